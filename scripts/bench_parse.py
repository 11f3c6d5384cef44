"""Speed of trialnorm.parse over the API v2 corpus, against bare orjson.loads of the same bytes.

    python scripts/bench_parse.py [--repeat 3] [--profile] [--stages] [--warm]

Both are timed in this one process over the same in-memory bytes (file reading is
left out of both), best of --repeat runs, in CPU time of this process (the machine
is shared: wall time would count other people's work). The whole-registry goal is
>= 2,000 records/s per core and a ratio to orjson of at most 10. The last lines split
the cost: the adapter alone (validation included, free-text readers off) and the
readers' share.

Every timed pass is COLD: the readers' free-text caches (found by scripts/text_caches.py;
caches of a small closed set of keys, such as dates, are kept) are emptied before it, so
each of the 815 distinct records is read as a new study of a real dump would be; only
texts that repeat within the corpus itself hit a cache. (Timing
repeated passes over the same records with the caches kept, as this script did before,
made every text a hit from the second pass on: ~875 instead of ~1,040 us/record.)
``--warm`` times passes with the caches kept, for comparison.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path
from typing import Any

import orjson

import trialnorm

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text_caches

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
CACHES: list[tuple[str, str]] = []  # emptied before each timed pass (none with --warm)


def _best(fn, blobs: list[bytes], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        text_caches.clear(CACHES)
        t = time.process_time()
        for b in blobs:
            fn(b)
        best = min(best, time.process_time() - t)
    return best


def _stages(blobs: list[bytes]) -> None:
    """CPU time per record of each stage of parse (plus serialisation), by timing wrappers.

    Wrappers cost ~0.5 us a call, so small stages read a little high; the point is
    which stage owns the time, so that each owner knows what to attack.
    """
    from collections import defaultdict

    from trialnorm import _api
    from trialnorm.adapters import ctgov_v2
    from trialnorm.convert import _record_json as record_json  # as convert writes it
    from trialnorm.extract import doses, eligibility, timeframes
    from trialnorm.model import Trial
    from trialnorm.tables import TABLES, add_trial_rows
    tables: dict[str, list[Any]] = {t: [] for t in ("trials", *TABLES)}
    spent: dict[str, float] = defaultdict(float)
    clock = time.process_time

    def timed(fn: Any, stage: str) -> Any:
        def wrapper(*a: Any, **k: Any) -> Any:
            t = clock()
            try:
                return fn(*a, **k)
            finally:
                spent[stage] += clock() - t
        return wrapper

    class _TimedTrial:  # stands in for Trial inside the adapter: times its one validation
        model_validate = staticmethod(timed(Trial.model_validate, "validation (pydantic)"))

    patches = [
        (_api, "_detect", "detect"),
        (ctgov_v2, "load_studies", "JSON load (orjson) and unwrap"),
        (ctgov_v2, "study_to_trial", "adapter"),
        (_api, "enrich", "enrich"),
        (eligibility, "parse_criteria", "reader: eligibility criteria (+ thresholds)"),
        (eligibility, "ages_from_text", "reader: ages from criteria"),
        (doses, "parse_doses", "reader: doses"),
        (timeframes, "parse_time_frame", "reader: time frames"),
    ]
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in patches]
    try:
        for mod, name, stage in patches:
            setattr(mod, name, timed(getattr(mod, name), stage))
        ctgov_v2.Trial = _TimedTrial  # type: ignore[misc,assignment]
        for _ in range(2):  # the second pass counts: the first warms imports and the machine
            spent.clear()
            text_caches.clear(CACHES)
            total = 0.0
            for b in blobs:  # one record alive at a time, as in a conversion
                t = clock()
                trial = trialnorm.parse(b)
                t2 = clock()
                js = record_json(trial)
                t3 = clock()
                add_trial_rows(tables, 0, trial, js.decode())
                for rows in tables.values():
                    rows.clear()
                total += t2 - t
                spent["(after parse) JSON serialisation"] += t3 - t2
                spent["(after parse) SQLite rows (add_trial_rows)"] += clock() - t3
    finally:
        for mod, name, fn in saved:
            setattr(mod, name, fn)
        ctgov_v2.Trial = Trial  # type: ignore[misc]
    n = len(blobs)
    readers = sum(v for k, v in spent.items() if k.startswith("reader"))
    spent["adapter mapping (adapter minus validation)"] = (
        spent["adapter"] - spent["validation (pydantic)"])
    spent["enrich glue (enrich minus readers)"] = spent["enrich"] - readers
    spent["rest of parse (RawInput, generators, wrappers)"] = (
        total - spent["detect"] - spent["JSON load (orjson) and unwrap"] - spent["adapter"]
        - spent["enrich"])
    print(f"\nstages, CPU us/record (parse total {total / n * 1e6:.0f} us):")
    for stage in ("detect", "JSON load (orjson) and unwrap",
                  "adapter mapping (adapter minus validation)", "validation (pydantic)",
                  "reader: eligibility criteria (+ thresholds)", "reader: ages from criteria",
                  "reader: doses", "reader: time frames", "enrich glue (enrich minus readers)",
                  "rest of parse (RawInput, generators, wrappers)",
                  "(after parse) JSON serialisation",
                  "(after parse) SQLite rows (add_trial_rows)"):
        share = f"{spent[stage] / total:5.0%}" if not stage.startswith("(after") else "     "
        print(f"  {stage:48s} {spent[stage] / n * 1e6:8.1f}  {share}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile run")
    ap.add_argument("--stages", action="store_true",
                    help="print the CPU time of each stage (detect, load, adapter, validation, "
                         "each reader, serialisation)")
    ap.add_argument("--warm", action="store_true",
                    help="keep the readers' caches across passes (over-states the speed)")
    args = ap.parse_args()
    if not args.warm:
        CACHES.extend(text_caches.find())
    files = sorted((CORPUS / "ctgov-v2").glob("*.json"))
    blobs = [f.read_bytes() for f in files]
    mb = sum(map(len, blobs)) / 1e6
    for b in blobs[:50]:  # warm caches and imports
        trialnorm.parse(b)

    t_orjson = _best(orjson.loads, blobs, args.repeat)
    t_parse = _best(trialnorm.parse, blobs, args.repeat)
    t_loaded = _best(lambda b: trialnorm.parse(orjson.loads(b), format="ctgov-v2"), blobs,
                     args.repeat)
    enrich = trialnorm._api.enrich
    trialnorm._api.enrich = lambda trial: trial  # type: ignore[assignment]
    try:
        t_adapter = _best(trialnorm.parse, blobs, args.repeat)
    finally:
        trialnorm._api.enrich = enrich  # type: ignore[assignment]
    n = len(blobs)
    print(f"records            {n} ({mb:.1f} MB of JSON), "
          + ("caches kept across passes (warm)" if args.warm else "caches emptied before each pass (cold)"))
    print(f"orjson.loads       {n / t_orjson:10,.0f} records/s  ({t_orjson / n * 1e6:7.1f} us/record)")
    print(f"trialnorm.parse    {n / t_parse:10,.0f} records/s  ({t_parse / n * 1e6:7.1f} us/record)")
    print(f"  (format given)   {n / t_loaded:10,.0f} records/s")
    print(f"ratio parse/orjson {t_parse / t_orjson:10.1f}x   (goal <= 10x, >= 2,000 records/s)")
    print(f"adapter only       {n / t_adapter:10,.0f} records/s  ({t_adapter / n * 1e6:7.1f} us/record,"
          f" {t_adapter / t_orjson:.1f}x orjson; readers off)")
    print(f"free-text readers  {(t_parse - t_adapter) / n * 1e6:10.1f} us/record "
          f"({(t_parse - t_adapter) / t_parse:.0%} of parse)")
    if args.stages:
        _stages(blobs)
    if args.profile:
        text_caches.clear(CACHES)
        prof = cProfile.Profile()
        prof.enable()
        for b in blobs:
            trialnorm.parse(b)
        prof.disable()
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
