"""Benchmark: trialnorm's time-frame reader against the `ctgov` package's parse_timeframe.

Both read the same outcome time frames (every outcome of the API v2 corpus, with or
without a time frame) in one run, and the report gives, for each: coverage (share of
outcomes with a horizon), agreement where both give a horizon, and microseconds per
text. `ctgov.parse_timeframe(text)["horizon_days"]` is the latest number-with-unit it
finds (months 30.44 days, an unstated cycle 21 days); trialnorm's `horizon` is the
latest stated time point (months 30.4375 days), so horizons are compared, like for like,
with a 0.5% tolerance that absorbs the month constants.

    pip install -e '.[bench]'          # or: pip install ctgov
    python scripts/bench_timeframes.py [--corpus ../shared/corpus] [--show 15]
    python scripts/bench_timeframes.py --against main [--rounds 5]

With ``--against REF`` it only times this checkout's reader against extract/timeframes.py as
it is at git REF (no ctgov needed), on the corpus's distinct time frames, uncached: each text
is read by the old reader and then the new one, one text after the other, and each text's
best time over the rounds is kept, so that load on a shared machine (which swings whole-pass
timings by 10% and more) hits both readers alike; the sums of the best times and their
ratio are printed. Same readings are checked by check_timeframes_identity.py.

Exit code: 0 done, 2 ctgov is not installed or the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from trialnorm.extract import timeframes

ROOT = Path(__file__).resolve().parents[1]


def load_time_frames(corpus: Path) -> tuple[list[str], int]:
    """Every outcome's time frame ("" when absent) and how many come from ctgov-v2/ alone."""
    frames: list[str] = []
    groups = [sorted((corpus / "ctgov-v2").glob("*.json")),
              sorted((corpus / "ctgov-v2-history").rglob("*.json"))]
    v2_only = 0
    for i, files in enumerate(groups):
        for path in files:
            module = json.loads(path.read_text(encoding="utf-8")).get(
                "protocolSection", {}).get("outcomesModule", {})
            for group in ("primaryOutcomes", "secondaryOutcomes", "otherOutcomes"):
                frames += [o.get("timeFrame") or "" for o in module.get(group, [])]
        if i == 0:
            v2_only = len(frames)
    return frames, v2_only


def time_per_text(read: Callable[[str], object], texts: list[str], repeat: int = 5) -> float:
    """Best of `repeat` runs, in CPU microseconds per text (steadier than wall time on a
    shared machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            read(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def against(ref: str, texts: list[str], rounds: int) -> None:
    """Per-text best wall times of the reader at git ``ref`` and of this one, interleaved."""
    from check_timeframes_identity import load_ref  # beside this script
    from timing import per_text_best

    old_read = load_ref(ref)._read_cached.__wrapped__
    new_read = timeframes._read_cached.__wrapped__
    # which goes first alternates: always second, the same code reads ~0.93 of itself
    old_sum, new_sum = per_text_best(rounds, old_read, new_read, texts)
    print(f"{len(texts)} distinct time frames, per-text best of {rounds}, interleaved: {ref} "
          f"{old_sum / len(texts) * 1e6:.1f} us/text, now {new_sum / len(texts) * 1e6:.1f} "
          f"us/text, ratio {new_sum / old_sum:.3f}")


def agree(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01, 0.005 * max(abs(a), abs(b)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--show", type=int, default=10, help="disagreements to list")
    parser.add_argument("--against", metavar="REF", help="time this reader against the one at REF")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per text (--against)")
    args = parser.parse_args(argv)
    if args.against:
        if not (args.corpus / "ctgov-v2").is_dir():
            print(f"no API v2 corpus at {args.corpus}", file=sys.stderr)
            return 2
        frames, _ = load_time_frames(args.corpus)
        against(args.against, [t[:2000] for t in dict.fromkeys(frames) if t.strip()], args.rounds)
        return 0
    try:
        import ctgov  # optional: only this script needs it
    except ImportError:
        print("ctgov is not installed: pip install -e '.[bench]'  (or: pip install ctgov)",
              file=sys.stderr)
        return 2
    if not (args.corpus / "ctgov-v2").is_dir():
        print(f"no API v2 corpus at {args.corpus}", file=sys.stderr)
        return 2

    frames, v2_only = load_time_frames(args.corpus)
    ours = [timeframes.parse_time_frame(t).horizon for t in frames]
    theirs = [ctgov.parse_timeframe(t)["horizon_days"] for t in frames]

    def coverage(values: list[float | None], n: int) -> str:
        got = sum(v is not None for v in values[:n])
        return f"{got}/{n} = {got / n:.1%}"

    both = [(t, a, b) for t, a, b in zip(frames, ours, theirs) if a is not None and b is not None]
    same = [x for x in both if agree(x[1], x[2])]
    only_ours = sum(1 for a, b in zip(ours, theirs) if a is not None and b is None)
    only_theirs = sum(1 for a, b in zip(ours, theirs) if a is None and b is not None)

    unique = list(dict.fromkeys(frames))
    timeframes._read_cached.cache_clear()
    ours_cold = time_per_text(lambda t: timeframes._read(t) if t.strip() else None, unique)
    first_passes = []
    for _ in range(5):
        timeframes._read_cached.cache_clear()
        start = time.process_time()
        for text in frames:
            timeframes.parse_time_frame(text)
        first_passes.append((time.process_time() - start) / len(frames) * 1e6)
    ours_first_pass = min(first_passes)
    ours_warm = time_per_text(timeframes.parse_time_frame, frames)
    theirs_all = time_per_text(ctgov.parse_timeframe, frames)
    theirs_unique = time_per_text(ctgov.parse_timeframe, unique)

    print(f"outcomes: {len(frames)} (ctgov-v2/: {v2_only}; with ctgov-v2-history/: {len(frames)}),"
          f" {len(unique)} distinct time frames, {sum(1 for t in frames if not t)} without one")
    print(f"ctgov {getattr(ctgov, '__version__', '?')}")
    print("coverage (outcomes with a horizon)")
    print(f"  trialnorm  ctgov-v2/: {coverage(ours, v2_only)}   all: {coverage(ours, len(frames))}")
    print(f"  ctgov      ctgov-v2/: {coverage(theirs, v2_only)}   all: {coverage(theirs, len(frames))}")
    print(f"  horizon from trialnorm only: {only_ours}, from ctgov only: {only_theirs}")
    print(f"agreement where both give a horizon: {len(same)}/{len(both)} = "
          f"{len(same) / max(1, len(both)):.1%} (within 0.5%)")
    print("speed, CPU microseconds per text (best of 5)")
    print(f"  trialnorm  distinct texts, no cache: {ours_cold:.1f}   all outcomes, first pass"
          f" (cache filling): {ours_first_pass:.1f}   all outcomes, cached: {ours_warm:.2f}")
    print(f"  ctgov      distinct texts: {theirs_unique:.1f}   all outcomes: {theirs_all:.1f}")
    if args.show:
        print(f"first {args.show} distinct disagreements (text | trialnorm | ctgov):")
        seen: set[str] = set()
        for text, a, b in both:
            if not agree(a, b) and text not in seen:
                seen.add(text)
                print(f"  {text[:110]!r} | {a:g} | {b:g}")
                if len(seen) >= args.show:
                    break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
