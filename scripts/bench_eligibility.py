"""Speed of the eligibility reader over every criteria text in the corpus.

    python scripts/bench_eligibility.py [--repeat 3] [--profile]

Reads the criteria of every API v2 record (eligibilityCriteria) and legacy XML record
(criteria/textblock) once, then times parse_criteria over them in memory, best of
--repeat runs of CPU time (process_time: the machine is shared), and reports microseconds
per criteria text: the tree reader alone (no
thresholds), thresholds alone, and both. The budget is well under ~150 us per text on
average: the whole registry is 600,000 records at >= 2,000 records/s per core.
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


def best_of(repeat: int, fn, items) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
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

    start = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    loop_ns = (time.process_time() - start) * 1e3
    n = len(texts)
    print(f"machine: {loop_ns:.0f} ns per bare Python loop step (an idle modern core: ~30)")
    print(f"{n} criteria texts, {len(criteria)} criteria, {n_thresholds} thresholds, "
          f"{sum(map(len, texts)) / n:.0f} characters per text")
    print(f"tree only          {tree / n * 1e6:8.1f} us/text")
    print(f"thresholds only    {only_thresholds / n * 1e6:8.1f} us/text")
    print(f"parse_criteria     {full / n * 1e6:8.1f} us/text  ({n / full:,.0f} texts/s)")

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
