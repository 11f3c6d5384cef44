"""Speed of trialnorm.parse over the API v2 corpus, against bare orjson.loads of the same bytes.

    python scripts/bench_parse.py [--repeat 3] [--profile]

Both are timed in this one process over the same in-memory bytes (file reading is
left out of both), best of --repeat runs, in CPU time of this process (the machine
is shared: wall time would count other people's work). The whole-registry goal is
>= 2,000 records/s per core and a ratio to orjson of at most 10. The last lines split
the cost: the adapter alone (validation included, free-text readers off) and the
readers' share.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

import orjson

import trialnorm

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _best(fn, blobs: list[bytes], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for b in blobs:
            fn(b)
        best = min(best, time.process_time() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile run")
    args = ap.parse_args()
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
    print(f"records            {n} ({mb:.1f} MB of JSON)")
    print(f"orjson.loads       {n / t_orjson:10,.0f} records/s  ({t_orjson / n * 1e6:7.1f} us/record)")
    print(f"trialnorm.parse    {n / t_parse:10,.0f} records/s  ({t_parse / n * 1e6:7.1f} us/record)")
    print(f"  (format given)   {n / t_loaded:10,.0f} records/s")
    print(f"ratio parse/orjson {t_parse / t_orjson:10.1f}x   (goal <= 10x, >= 2,000 records/s)")
    print(f"adapter only       {n / t_adapter:10,.0f} records/s  ({t_adapter / n * 1e6:7.1f} us/record,"
          f" {t_adapter / t_orjson:.1f}x orjson; readers off)")
    print(f"free-text readers  {(t_parse - t_adapter) / n * 1e6:10.1f} us/record "
          f"({(t_parse - t_adapter) / t_parse:.0%} of parse)")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for b in blobs:
            trialnorm.parse(b)
        prof.disable()
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
