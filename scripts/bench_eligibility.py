"""Speed of the eligibility reader over every criteria text in the corpus.

    python scripts/bench_eligibility.py [--repeat 5] [--profile] [--against REV]

Reads the criteria of every API v2 record (eligibilityCriteria), legacy XML record
(criteria/textblock) and v1 study (EligibilityCriteria) once, then times parse_criteria
over them in memory, best of --repeat runs of CPU time (process_time: the machine is
shared), and reports microseconds per criteria text: the tree reader alone (no
thresholds), thresholds alone, and both.

--against REV also loads extract/eligibility.py as it was at git revision REV (a
separate module, ``git show REV:...``) and times its tree reader and the current one
text by text, in turn (each text's best of 3 x --repeat runs, wall clock, which reader
goes first alternating), so that both
see the same machine load: the ratio is the figure to quote, the microseconds only say
how busy the machine was. Caches are warm here (both readers read every text first); same code against itself: 0.995-0.998.

Machine load distorts microseconds, so each figure is also given in steps of a bare
Python loop timed in the same run (between the timed runs, best of as many), and as the
microseconds that makes on a core doing ~30 ns a step (an idle modern one). The tree
reader's budget is <= 70 us per text there: the whole registry is 600,000 records at
>= 2,000 records/s per core, and thresholds, the adapter and the other readers share it.

The heading cache (eligibility._remembered_heading, an lru_cache) of the module timed is
emptied before each timed run, so repeated runs over the same texts do not flatter it: every run starts cold,
as a stream of new records would, apart from headings repeated within the corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from corpus_texts import criteria_texts
from timing import per_text_best

from trialnorm.extract import eligibility
from trialnorm.extract.thresholds import find_thresholds

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def module_at(revision: str) -> ModuleType:
    """extract/eligibility.py as it was at ``revision``, loaded as a module of its own."""
    source = subprocess.run(
        ["git", "show", f"{revision}:src/trialnorm/extract/eligibility.py"], cwd=ROOT,
        check=True, capture_output=True, text=True).stdout
    name = "_eligibility_at_" + "".join(c if c.isalnum() else "_" for c in revision)
    path = Path(tempfile.mkdtemp()) / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


IDLE_LOOP_NS = 30.0
loop_ns_seen: list[float] = []


def loop_step_ns() -> float:
    """CPU nanoseconds per step of a bare Python loop: the machine's speed right now."""
    start = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    return (time.process_time() - start) * 1e3


def best_of(repeat: int, fn, items) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        loop_ns_seen.append(loop_step_ns())
        # the heading cache of the module that defines fn (this revision's or another's)
        module = sys.modules.get(getattr(fn, "__module__", ""), eligibility)
        remembered = getattr(module, "_remembered_heading", None)
        if remembered is not None:
            remembered.cache_clear()
        start = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - start)
    return best


def report(label: str, seconds: float, n: int, loop_ns: float, extra: str = "") -> None:
    us = seconds / n * 1e6
    steps = us * 1e3 / loop_ns
    print(f"{label:18s} {us:8.1f} us/text = {steps:6.0f} loop steps "
          f"= {steps * IDLE_LOOP_NS / 1e3:6.1f} us at {IDLE_LOOP_NS:.0f} ns/step{extra}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile run")
    ap.add_argument("--against", metavar="REV",
                    help="also time the tree reader of this git revision, in alternate runs")
    args = ap.parse_args()

    texts = criteria_texts()
    full = best_of(args.repeat, eligibility.parse_criteria, texts)
    readings = [eligibility.parse_criteria(t) for t in texts]
    criteria: list[str] = []
    stack = [c for r in readings for c in r.inclusion + r.exclusion]
    while stack:
        criterion = stack.pop()
        criteria.append(criterion.text)
        stack.extend(criterion.children)
    only_thresholds = best_of(args.repeat, find_thresholds, criteria)
    n_thresholds = sum(len(find_thresholds(c)) for c in criteria)

    real = eligibility.find_thresholds
    eligibility.find_thresholds = lambda text: []  # type: ignore[assignment]
    try:
        tree = best_of(args.repeat, eligibility.parse_criteria, texts)
    finally:
        eligibility.find_thresholds = real

    if args.against:
        old = module_at(args.against)
        trees = (old, eligibility)
        reals = [module.find_thresholds for module in trees]
        for module in trees:
            module.find_thresholds = lambda text: []  # type: ignore[attr-defined]
        try:
            for module in trees:  # warm both (regexes compiled, caches filled)
                for text in texts:
                    module.parse_criteria(text)
            old_best, new_best = per_text_best(args.repeat * 3, old.parse_criteria,
                                               eligibility.parse_criteria, texts)
        finally:
            for module, real_find in zip(trees, reals):
                module.find_thresholds = real_find

    loop_ns = min(loop_ns_seen)
    n = len(texts)
    print(f"machine: {loop_ns:.1f} ns per bare Python loop step, best of {len(loop_ns_seen)} "
          f"taken between the timed runs (an idle modern core: ~{IDLE_LOOP_NS:.0f})")
    print(f"{n} criteria texts, {len(criteria)} criteria, {n_thresholds} thresholds, "
          f"{sum(map(len, texts)) / n:.0f} characters per text")
    report("tree only", tree, n, loop_ns)
    report("thresholds only", only_thresholds, len(texts), loop_ns)
    report("parse_criteria", full, n, loop_ns, f"  ({n / full:,.0f} texts/s)")
    if args.against:
        report(f"tree at {args.against}", old_best, n, loop_ns)
        report("tree now", new_best, n, loop_ns,
               f"  ({new_best / old_best:.3f} of {args.against}'s time)")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for text in texts:
            eligibility.parse_criteria(text)
        profile.disable()
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
