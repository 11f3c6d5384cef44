"""Does a change to the eligibility reader leave its output identical? A dump and a check.

    python scripts/check_eligibility_identity.py --dump /tmp/elig-before.jsonl
    ... change extract/eligibility.py ...
    python scripts/check_eligibility_identity.py --check /tmp/elig-before.jsonl

The texts: every criteria text of the corpus as the file holds it (API v2
eligibilityCriteria with its history snapshots, legacy XML textblocks with their
re-downloads, v1 EligibilityCriteria), the text every adapter hands to the reader
(trialnorm.iter_parse_file over every corpus file: saved pages and other registries
included), the seeds, and two cut variants of each (first and second half of its lines:
lists cut mid-way, sections without their heading). For each distinct text the dump
holds parse_criteria's trees and warnings and ages_from_text's answer, one JSON line.
--check reads the texts again, compares line by line and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from corpus_texts import criteria_texts
from readings import dump_or_check

import trialnorm
from trialnorm.extract.eligibility import ages_from_text, parse_criteria

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


def source_texts() -> list[str]:
    """Criteria texts as the corpus files hold them, version histories included."""
    return criteria_texts(history=True)


def adapter_texts() -> Iterator[str]:
    """The criteria text each adapter hands on, over every corpus file and seed."""
    paths = [p for p in sorted(CORPUS.rglob("*")) if p.is_file()
             and "spec" not in p.relative_to(CORPUS).parts and p.suffix not in (".md", ".tsv")]
    paths += sorted(SEEDS.glob("*.txt"))
    for path in paths:
        try:
            for trial in trialnorm.iter_parse_file(path):
                text = trial.eligibility.criteria_text
                if text:
                    yield text
        except trialnorm.TrialnormError:  # a file no adapter reads has no criteria here
            pass


def all_texts() -> list[str]:
    seen: dict[str, None] = {}
    for text in (*source_texts(), *adapter_texts()):
        lines = text.split("\n")
        half = len(lines) // 2
        for variant in (text, "\n".join(lines[:half]), "\n".join(lines[half:])):
            if variant.strip():
                seen.setdefault(variant, None)
    return list(seen)


def reading_of(text: str) -> str:
    reading = parse_criteria(text)
    low, high = ages_from_text(text)
    return json.dumps({
        "inclusion": [c.model_dump(mode="json") for c in reading.inclusion],
        "exclusion": [c.model_dump(mode="json") for c in reading.exclusion],
        "warnings": reading.warnings,
        "ages": [a.model_dump(mode="json") if a else None for a in (low, high)],
    }, ensure_ascii=False, sort_keys=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path, help="write the readings to this file")
    group.add_argument("--check", type=Path, help="compare with the readings in this file")
    args = ap.parse_args()

    return dump_or_check(all_texts(), reading_of, dump=args.dump, check=args.check)

if __name__ == "__main__":
    sys.exit(main())
