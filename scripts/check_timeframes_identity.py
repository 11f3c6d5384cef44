"""Does a change to the time-frame reader leave its output identical, and how much faster is it?

    python scripts/check_timeframes_identity.py --dump /tmp/tf-before.jsonl
    ... change extract/timeframes.py ...
    python scripts/check_timeframes_identity.py --check /tmp/tf-before.jsonl
    python scripts/check_timeframes_identity.py --against main     # identity + speed vs a git ref

The texts: every time frame the corpus files hold (any JSON key named like "timeFrame" and
any XML <time_frame>: API v2 outcomes and results sections with their history snapshots, v1
responses, legacy XML with its re-downloads), the time frame every adapter hands to the
reader (trialnorm.iter_parse_file over every corpus file: saved pages and other registries
included), the phrases of the test tables (tests/data/timeframes*.tsv), and two cut variants
of each (first and second half of its words: lists cut mid-way, anchors without their time).
For each distinct text the reading is its points, horizon and warning (as _read_cached
returns them, so an "unreadable" answer counts too).

--dump writes one JSON line per text; --check reads the texts again, compares and exits 1 on
any difference. --against REF loads extract/timeframes.py as it is at git REF into a module of
its own and compares every reading with it, and the readings of made-up texts too (pieces of
the real ones shuffled: phrasings the corpus lacks), exit 1 on a difference; then it times both
readers on the corpus's distinct texts, no cache (each text read by _read_cached's uncached
function), in alternating runs, and prints CPU microseconds per text (best of the runs) and
the ratio.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import types
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from readings import dump_or_check

import trialnorm
from trialnorm import enrich
from trialnorm.extract import timeframes

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"
TABLES = sorted((ROOT / "tests" / "data").glob("timeframes*.tsv"))
_KEY = re.compile(r"time_?frame", re.IGNORECASE)

Reading = tuple[tuple[float, ...], "float | None", "str | None"]


def _json_texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and _KEY.search(key):
                yield value
            else:
                yield from _json_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_texts(value)


def source_texts() -> Iterator[str]:
    """Time frames as the corpus files hold them (protocol and results sections alike)."""
    for path in sorted(CORPUS.rglob("*.json")):
        if "spec" in path.relative_to(CORPUS).parts:
            continue
        try:
            yield from _json_texts(json.loads(path.read_bytes()))
        except ValueError:
            continue
    for path in sorted(CORPUS.rglob("*.xml")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        yield from (node.text for node in root.iter("time_frame") if node.text)


def adapter_texts() -> list[str]:
    """The time frame each adapter hands to the reader, over every corpus file and seed."""
    seen: list[str] = []
    real = enrich.timeframe_reader.parse_time_frame

    def record(text: str) -> timeframes.TimeFrame:
        seen.append(text)
        return real(text)

    paths = [p for p in sorted(CORPUS.rglob("*")) if p.is_file()
             and "spec" not in p.relative_to(CORPUS).parts and p.suffix not in (".md", ".tsv")]
    paths += sorted(SEEDS.glob("*.txt"))
    enrich.timeframe_reader.parse_time_frame = record  # type: ignore[assignment]
    try:
        for path in paths:
            try:
                for _ in trialnorm.iter_parse_file(path):
                    pass
            except trialnorm.TrialnormError:  # a file no adapter reads has no time frames
                pass
    finally:
        enrich.timeframe_reader.parse_time_frame = real  # type: ignore[assignment]
    return seen


def table_texts() -> Iterator[str]:
    for path in TABLES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                yield line.split("\t")[1]


def all_texts() -> list[str]:
    seen: dict[str, None] = {}
    for text in (*source_texts(), *adapter_texts(), *table_texts()):
        words = text.split(" ")
        half = len(words) // 2
        for variant in (text, " ".join(words[:half]), " ".join(words[half:])):
            if variant.strip():
                seen.setdefault(variant[:2000], None)  # parse_time_frame reads 2000 at most
    return list(seen)


def shuffled_texts(texts: list[str], n: int, seed: int = 10) -> list[str]:
    """`n` made-up texts of 1-12 pieces of the real ones (words and their splits at digits,
    punctuation kept), so that phrasings the corpus lacks are compared too."""
    rng = random.Random(seed)
    pieces = sorted({p for t in texts for w in t.split() for p in (w, *re.split(r"(\d+)", w)) if p})
    joins = [" ", " ", " ", "", ", ", "-", " to ", " and ", "; ", " (", ") "]
    made = []
    for _ in range(n):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 12))]
        made.append("".join(w + rng.choice(joins) for w in words).strip())
    return made


def reading_of(module: types.ModuleType, text: str) -> Reading:
    result: Reading = module._read_cached.__wrapped__(text)
    return result


def _as_json(reading: Reading) -> str:
    return json.dumps(reading)


def load_ref(ref: str) -> types.ModuleType:
    """extract/timeframes.py as it is at git `ref`, as a module of its own."""
    source = subprocess.run(
        ["git", "show", f"{ref}:src/trialnorm/extract/timeframes.py"],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "timeframes_at_ref.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # NamedTuple looks its module up
    spec.loader.exec_module(module)
    return module


def time_per_text(read: Callable[[str], object], texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        read(text)
    return (time.process_time() - start) / len(texts) * 1e6


def against(ref: str, texts: list[str], rounds: int, made_up: int) -> int:
    old = load_ref(ref)
    changed = [t for t in texts if reading_of(old, t) != reading_of(timeframes, t)]
    made = shuffled_texts(texts, made_up)
    changed_made = [t for t in made if reading_of(old, t) != reading_of(timeframes, t)]
    for text in (changed + changed_made)[:10]:
        print(f"changed: {text[:150]!r}\n  {ref}: {reading_of(old, text)}\n"
              f"  now: {reading_of(timeframes, text)}")
    print(f"{len(texts)} texts, {len(changed)} readings differ from {ref}; "
          f"{len(made)} made-up texts, {len(changed_made)} differ")
    # The corpus's own distinct time frames (no cut variants), as a record's parse meets them.
    distinct = list(dict.fromkeys(t[:2000] for t in adapter_texts() if t.strip()))
    readers = {ref: old._read_cached.__wrapped__, "now": timeframes._read_cached.__wrapped__}
    for name, sample in (("distinct adapter texts", distinct), ("all texts", texts)):
        best = {k: float("inf") for k in readers}
        for _ in range(rounds):
            for key, read in readers.items():  # alternate, so drift hits both alike
                best[key] = min(best[key], time_per_text(read, sample))
        print(f"{name} ({len(sample)}): {ref} {best[ref]:.1f} us/text, now {best['now']:.1f}"
              f" us/text, ratio {best['now'] / best[ref]:.3f} (CPU time, best of {rounds})")
    return 1 if changed or changed_made else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path, help="write the readings to this file")
    group.add_argument("--check", type=Path, help="compare with the readings in this file")
    group.add_argument("--against", metavar="REF", help="compare with and time the reader at REF")
    ap.add_argument("--made-up", type=int, default=30000,
                    help="made-up texts (pieces of real ones) also compared (--against)")
    ap.add_argument("--rounds", type=int, default=7, help="timed runs per reader (--against)")
    args = ap.parse_args()

    texts = all_texts()
    if args.against:
        return against(args.against, texts, args.rounds, args.made_up)
    return dump_or_check(texts, lambda text: _as_json(reading_of(timeframes, text)),
                         dump=args.dump, check=args.check, show=10)

if __name__ == "__main__":
    sys.exit(main())
