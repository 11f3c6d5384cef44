"""Speed and output of the threshold reader over every criterion of the corpus.

    python scripts/bench_thresholds.py [--repeat 5] [--profile] [--dump FILE] [--check FILE]
                                       [--against REV] [--patterns]

Every text that the eligibility reader hands to ``find_thresholds`` (each criterion and
sub-criterion of every API v2, legacy XML and API v1 record in ../shared/corpus) is
collected once, then ``find_thresholds`` is timed over all of them in memory: best of
--repeat runs of CPU time (process_time: the machine is shared). A baseline loop in the same
run (a call of a trivial function on the same texts) shows how fast the machine is right
now, so numbers from different runs can be compared as a ratio. --dump writes every
reading as JSON lines, to check that a speed change does not change the output; --check
compares the readings with such a dump and lists the texts whose reading differs.
--against REV times the module as it was at git revision REV (loaded from ``git show``) in
the same run, alternating with today's, so a speed change is measured on one machine state
(the shared machine's speed drifts by more than most single changes gain). --mypyc compiles
today's thresholds.py with mypyc (mypy's compiler, in the dev extra; needs a C compiler) in
a temporary folder, checks that it reads every criterion exactly as the Python module does,
and times the two in the same run: what compiling the reader would buy, without changing it.
--patterns records every call the reader makes on its module-level compiled patterns over the
corpus, then replays each pattern's calls alone (best of --repeat), so a pattern's own cost,
and what a rewrite of it saves, is measured without the rest of the reader around it.

The budget: the whole record parse must reach 2,000 records/s per core, which leaves about
40 us per criteria text (one record's criteria) for thresholds.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus_texts import criteria_texts

from trialnorm.extract import eligibility
from trialnorm.extract.thresholds import find_thresholds
from trialnorm.model import Threshold

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def criterion_texts(blocks: list[str]) -> list[str]:
    """Exactly the texts the eligibility reader passes to find_thresholds."""
    seen: list[str] = []

    def record(text: str) -> list:  # type: ignore[type-arg]
        seen.append(text)
        return []

    real = eligibility.find_thresholds
    eligibility.find_thresholds = record  # type: ignore[assignment]
    try:
        for block in blocks:
            eligibility.parse_criteria(block)
    finally:
        eligibility.find_thresholds = real
    return seen


def best_of(repeat: int, fn: Callable[[str], object], items: list[str]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - start)
    return best


def module_at(rev: str) -> Callable[[str], object]:
    """``find_thresholds`` of thresholds.py as it was at git revision ``rev``."""
    source = subprocess.run(["git", "show", f"{rev}:src/trialnorm/extract/thresholds.py"],
                            cwd=ROOT, check=True, capture_output=True).stdout
    with tempfile.NamedTemporaryFile(suffix=".py", delete=False) as handle:
        handle.write(source)
    spec = importlib.util.spec_from_file_location("thresholds_at_rev", handle.name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.find_thresholds  # type: ignore[no-any-return]


def compiled_module() -> Callable[[str], list[Threshold]]:
    """``find_thresholds`` of today's thresholds.py compiled by mypyc in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="thresholds-mypyc-"))
    source = ROOT / "src" / "trialnorm" / "extract" / "thresholds.py"
    (folder / "thresholds_mypyc.py").write_bytes(source.read_bytes())
    subprocess.run([sys.executable, "-m", "mypyc", "thresholds_mypyc.py"], cwd=folder,
                   check=True, capture_output=True)
    built = next(folder.glob("thresholds_mypyc.*.so"))
    spec = importlib.util.spec_from_file_location("thresholds_mypyc", built)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shutil.rmtree(folder, ignore_errors=True)  # the loaded extension stays mapped
    return module.find_thresholds  # type: ignore[no-any-return]


def alternating(repeat: int, fns: list[Callable[[str], object]], items: list[str]) -> list[float]:
    """Best CPU time of each function, the runs interleaved (one machine state for all)."""
    best = [float("inf")] * len(fns)
    order = list(enumerate(fns))
    for run in range(repeat):
        # which goes first alternates: a pass right after another finds the texts in the
        # processor's caches
        for k, fn in order if run % 2 == 0 else order[::-1]:
            best[k] = min(best[k], best_of(1, fn, items))
    return best


def categories(texts: list[str]) -> dict[str, list[str]]:
    """The criteria by how far the reader gets: no digit, no analyte word, no analyte
    mention, a mention but no bound, bounds read (where a speed change can pay off)."""
    from trialnorm.extract import thresholds

    found: dict[str, list[str]] = {"no digit": [], "no analyte word": [], "no mention": [],
                                   "mention, no bound": [], "bounds read": []}
    for text in texts:
        lowered = text.lower()
        if not text or not thresholds._has_number(text):
            found["no digit"].append(text)
        elif not thresholds._FIRST_WORDS_BYTES.intersection(
                lowered.encode().translate(thresholds._TOKEN_BYTES).split()):
            found["no analyte word"].append(text)
        elif not thresholds._mentions(text, lowered):
            found["no mention"].append(text)
        else:
            found["bounds read" if find_thresholds(text) else "mention, no bound"].append(text)
    return found


def pattern_costs(repeat: int, texts: list[str]) -> list[tuple[float, int, str]]:
    """(seconds, calls, name) of each module-level pattern of thresholds.py: its calls
    during one pass over ``texts`` recorded, then replayed alone, best of ``repeat``."""
    from trialnorm.extract import thresholds

    calls: dict[str, list[tuple[str, tuple[object, ...]]]] = {}

    class Recorder:
        def __init__(self, name: str, pattern: re.Pattern[str]) -> None:
            self.name, self.pattern = name, pattern

        def __getattr__(self, method: str) -> object:
            real = getattr(self.pattern, method)
            if not callable(real):
                return real
            seen = calls.setdefault(self.name, [])

            def record(*args: object) -> object:
                seen.append((method, args))
                return real(*args)
            return record

    patterns = {name: value for name, value in vars(thresholds).items()
                if isinstance(value, re.Pattern)}
    for name, pattern in patterns.items():
        setattr(thresholds, name, Recorder(name, pattern))
    try:
        for text in texts:
            find_thresholds(text)
    finally:
        for name, pattern in patterns.items():
            setattr(thresholds, name, pattern)
    costs = []
    for name, made in calls.items():
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            for method, args in made:
                result = getattr(patterns[name], method)(*args)
                if method == "finditer":
                    list(result)
            best = min(best, time.process_time() - start)
        costs.append((best, len(made), name))
    return sorted(costs, reverse=True)


def _trivial(text: str) -> list:  # type: ignore[type-arg]
    """A call that does almost nothing: the price of the loop and the call itself."""
    return [] if not text.isdigit() else [text]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile run")
    ap.add_argument("--dump", type=Path, help="write every reading as JSON lines")
    ap.add_argument("--check", type=Path, help="compare every reading with a --dump file")
    ap.add_argument("--against", metavar="REV", help="also time thresholds.py at git REV")
    ap.add_argument("--mypyc", action="store_true",
                    help="also time today's module compiled by mypyc (same output checked)")
    ap.add_argument("--categories", action="store_true",
                    help="split the time by how far the reader gets with a criterion")
    ap.add_argument("--patterns", action="store_true",
                    help="time each compiled pattern alone on its recorded corpus calls")
    args = ap.parse_args()

    blocks = criteria_texts()
    texts = criterion_texts(blocks)
    baseline = best_of(args.repeat, _trivial, texts)
    reader = best_of(args.repeat, find_thresholds, texts)
    readings = [find_thresholds(t) for t in texts]
    n_found = sum(map(len, readings))
    start = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    loop_ns = (time.process_time() - start) * 1e3
    n_blocks, n_texts = len(blocks), len(texts)
    print(f"machine: {loop_ns:.0f} ns per bare Python loop step (an idle modern core: ~30)")
    print(f"{n_blocks} criteria texts, {n_texts} criteria passed to find_thresholds, "
          f"{n_found} thresholds in {sum(1 for r in readings if r)} criteria")
    print(f"baseline loop      {baseline / n_texts * 1e6:8.2f} us/criterion")
    print(f"find_thresholds    {reader / n_texts * 1e6:8.2f} us/criterion   "
          f"{reader / n_blocks * 1e6:8.1f} us/criteria text   "
          f"({reader / max(baseline, 1e-9):.0f}x the baseline loop)")
    if args.categories:
        for name, items in categories(texts).items():
            spent = best_of(args.repeat, find_thresholds, items)
            print(f"  {name:18} {len(items):6} criteria  {spent * 1e3:7.1f} ms  "
                  f"{spent / max(1, len(items)) * 1e6:6.2f} us each  "
                  f"({spent / max(reader, 1e-9):4.0%} of the time)")
    if args.patterns:
        costs = pattern_costs(args.repeat, texts)
        print(f"patterns: {sum(c[0] for c in costs) * 1e3:.1f} ms of {reader * 1e3:.1f} ms")
        for spent, n_calls, name in costs[:25]:
            print(f"  {name:24} {n_calls:6} calls  {spent * 1e3:7.3f} ms")
    if args.against:
        old, new = alternating(args.repeat, [module_at(args.against), find_thresholds], texts)
        print(f"at {args.against:14} {old / n_blocks * 1e6:8.1f} us/criteria text   "
              f"now {new / n_blocks * 1e6:8.1f} us/criteria text   ({new / old:.3f}x)")
    if args.mypyc:
        compiled = compiled_module()
        differ_c = len([text for text, found in zip(texts, readings)
                        if [t.model_dump() for t in compiled(text)] !=
                        [t.model_dump() for t in found]])
        python, native = alternating(args.repeat, [find_thresholds, compiled], texts)
        print(f"mypyc: {differ_c} of {n_texts} readings differ from the Python module's;   "
              f"python {python / n_blocks * 1e6:8.1f} us/criteria text   "
              f"compiled {native / n_blocks * 1e6:8.1f} us/criteria text   ({native / python:.3f}x)")
    lines = [json.dumps([text, [t.model_dump() for t in found]], ensure_ascii=False)
             for text, found in zip(texts, readings)] if args.dump or args.check else []
    if args.dump:
        args.dump.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    if args.check:
        before = args.check.read_text(encoding="utf-8").splitlines()
        differ = [k for k, (a, b) in enumerate(zip(before, lines)) if a != b]
        if len(before) != len(lines):
            print(f"check: {len(before)} readings in {args.check}, {len(lines)} now")
        print(f"check: {len(differ)} of {len(lines)} readings differ from {args.check}")
        for k in differ[:10]:
            print("  was", before[k][:300], "\n  now", lines[k][:300])
        if differ or len(before) != len(lines):
            return 1
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for text in texts:
            find_thresholds(text)
        profile.disable()
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
