"""Speed of the API v2 adapter alone: the mapping (study_to_trial minus validation) and
the one pydantic validation, over the studies of the corpus, already loaded; and detection
plus loading (orjson and unwrapping) of the corpus files.

    python scripts/bench_adapter.py [--repeat 15]
    python scripts/bench_adapter.py --baseline ../main/src/trialnorm/adapters/ctgov_v2.py

CPU time of this process, best of --repeat passes. With ``--baseline FILE`` another
version of ``adapters/ctgov_v2.py`` (e.g. main's) is loaded beside this checkout's, as a
module of its own that imports the same ``trialnorm`` (model, text clean-up, dates), and
the two are timed in alternating passes of the same run, so that load on the machine
hits both alike; the ratio new/old is printed. (Only fair when the rest of the package
is the same in both.) Each study is mapped once before timing, so the date and age
caches are warm, as in a long conversion.

Measured with it (Dec 2026, Python 3.11, pydantic-core 2.50; mapping ~145, validation ~65
us/record) and left out because nothing was gained:
- building Location, Person, Outcome, Arm, Intervention and DateStruct as instances
  (BaseModel's slots set directly, as extract/eligibility does for criteria) instead of
  dicts: validation 64 -> 26 us, but the mapping 150 -> 191 us; pydantic-core makes a
  model from a dict (~1.5 us for 7 fields) as fast as Python sets one up;
- a second validator from Trial's core schema with extra="ignore" (the adapter builds no
  unknown key), or strict=True: within noise;
- inlining the module lookups, the rest() key tests and the outcome/location loops of
  the mapping: 0.95-1.06 over four runs (noise);
- a fast path in clean_inline (isalnum, isprintable, a regex): slower. The text
  clean-up is ~52 of the mapping's ~120 us (measured by replacing clean and clean_inline
  with identity functions), ~90 clean_inline and ~16 clean calls a record, bound by
  Python's call cost rather than by the work inside.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _studies() -> tuple[list[bytes], list[dict[str, Any]]]:
    """The corpus files an adapter reads, and the studies they hold."""
    from trialnorm.adapters import ctgov_v2
    from trialnorm.adapters._base import RawInput
    from trialnorm.errors import ParseError

    blobs: list[bytes] = []
    studies: list[dict[str, Any]] = []
    for f in sorted((CORPUS / "ctgov-v2").glob("*.json")):
        blob = f.read_bytes()
        try:
            found, _ = ctgov_v2.load_studies(RawInput(blob, source=str(f)))
        except ParseError:  # the corpus's deliberately broken files
            continue
        blobs.append(blob)
        studies.extend(found)
    return blobs, studies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--baseline", type=Path, help="another version of adapters/ctgov_v2.py")
    args = ap.parse_args()

    from trialnorm.adapters import ctgov_v2
    from trialnorm.adapters._base import RawInput
    from trialnorm.model import Trial

    versions = {"new": ctgov_v2}
    if args.baseline:
        spec = importlib.util.spec_from_file_location("_ctgov_v2_baseline", args.baseline)
        assert spec is not None and spec.loader is not None
        old = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(old)
        versions = {"old": old, "new": ctgov_v2}
    blobs, studies = _studies()
    recs: dict[str, list[dict[str, Any]]] = {label: [] for label in versions}

    class _Keep:  # stands in for Trial: keeps the dict the mapping built
        def __init__(self, into: list[dict[str, Any]]) -> None:
            self.into = into

        def model_validate(self, rec: dict[str, Any]) -> dict[str, Any]:
            self.into.append(rec)
            return rec

    for label, mod in versions.items():
        mod.Trial = _Keep(recs[label])  # type: ignore[attr-defined]
        for s in studies:
            mod.study_to_trial(s, source="x")
    if args.baseline:
        same = all(Trial.model_validate(a) == Trial.model_validate(b)
                   for a, b in zip(recs["old"], recs["new"], strict=True))
        print(f"old and new build equal records: {same}")
    clock = time.process_time
    loading = {label: float("inf") for label in versions}
    mapping = {label: float("inf") for label in versions}
    validation = {label: float("inf") for label in versions}
    for _ in range(args.repeat):
        for label, mod in versions.items():
            detect, load = mod.detect, mod.load_studies
            t = clock()
            for b in blobs:  # as parse does it: one RawInput for detection and loading
                inp = RawInput(b)
                detect(inp)
                load(inp)
            loading[label] = min(loading[label], clock() - t)
            to_trial = mod.study_to_trial
            t = clock()
            for s in studies:
                to_trial(s, source="x")
            mapping[label] = min(mapping[label], clock() - t)
            validate = Trial.model_validate
            t = clock()
            for rec in recs[label][:len(studies)]:
                validate(rec)
            validation[label] = min(validation[label], clock() - t)
    n = len(studies)
    print(f"{n} studies, CPU us/record, best of {args.repeat}")
    for label in versions:
        print(f"  {label}: detect+load (orjson included) {loading[label] / n * 1e6:6.1f}  "
              f"mapping {mapping[label] / n * 1e6:6.1f}  "
              f"validation {validation[label] / n * 1e6:6.1f}  "
              f"total {(mapping[label] + validation[label]) / n * 1e6:6.1f}")
    if args.baseline:
        print(f"  new/old: detect+load {loading['new'] / loading['old']:.2f}  mapping {mapping['new'] / mapping['old']:.2f}  "
              f"validation {validation['new'] / validation['old']:.2f}  total "
              f"{(mapping['new'] + validation['new']) / (mapping['old'] + validation['old']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
