"""Speed of the eligibility reader over every criteria text in the corpus.

    python scripts/bench_eligibility.py [--repeat 5] [--profile]

Reads the criteria of every API v2 record (eligibilityCriteria) and legacy XML record
(criteria/textblock) once, then times parse_criteria over them in memory, best of
--repeat runs of CPU time (process_time: the machine is shared), and reports microseconds
per criteria text: the tree reader alone (no thresholds), thresholds alone, and both.

Machine load distorts microseconds, so each figure is also given in steps of a bare
Python loop timed in the same run (between the timed runs, best of as many), and as the
microseconds that makes on a core doing ~30 ns a step (an idle modern one). The tree
reader's budget is <= 70 us per text there: the whole registry is 600,000 records at
>= 2,000 records/s per core, and thresholds, the adapter and the other readers share it.

The heading cache (eligibility._remembered_heading, an lru_cache) is emptied before each
timed run, so repeated runs over the same texts do not flatter it: every run starts cold,
as a stream of new records would, apart from headings repeated within the corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from trialnorm.extract import eligibility
from trialnorm.extract.thresholds import find_thresholds

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def criteria_texts() -> list[str]:
    texts = []
    for path in sorted((CORPUS / "ctgov-v2").glob("*.json")):
        try:
            study = json.loads(path.read_bytes())
        except ValueError:
            continue
        text = study.get("protocolSection", {}).get("eligibilityModule", {}).get(
            "eligibilityCriteria")
        if text:
            texts.append(text)
    for path in sorted((CORPUS / "ctgov-xml").glob("*.xml")):
        try:
            node = ET.parse(path).getroot().find("eligibility/criteria/textblock")
        except ET.ParseError:
            continue
        if node is not None and node.text:
            texts.append(node.text)
    return texts


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
        remembered = getattr(eligibility, "_remembered_heading", None)
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

    loop_ns = min(loop_ns_seen)
    n = len(texts)
    print(f"machine: {loop_ns:.1f} ns per bare Python loop step, best of {len(loop_ns_seen)} "
          f"taken between the timed runs (an idle modern core: ~{IDLE_LOOP_NS:.0f})")
    print(f"{n} criteria texts, {len(criteria)} criteria, {n_thresholds} thresholds, "
          f"{sum(map(len, texts)) / n:.0f} characters per text")
    report("tree only", tree, n, loop_ns)
    report("thresholds only", only_thresholds, len(texts), loop_ns)
    report("parse_criteria", full, n, loop_ns, f"  ({n / full:,.0f} texts/s)")

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
