"""CPU per record of `trialnorm convert`, today's code against git revision REV, alternating.

    python scripts/ab_convert.py REV [--rounds 5] [--jobs 1]

REV may also be a folder holding a ``trialnorm`` package, such as a ``src`` with
mypyc-compiled modules, run against this checkout's pure Python.

Each run is a fresh process converting the 815 distinct API v2 records of
../shared/corpus/ctgov-v2 once, to JSONL and to SQLite: every text is new to the
process, as in a real dump (cold, no cache profits from repetition). Runs of the two
versions alternate, --rounds times, and the report gives the least and the median CPU
time (user + system, the process and its workers) per record, minus the CPU time of a
process that only starts and imports the package. On a shared machine wall time is
noise; CPU time less so, and alternating spreads the drift of the machine over both.
For the end-to-end figure (zip dump, 2 workers, records/s) see scripts/bench_convert.py.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from bench_convert import CORPUS, unpack


def _cpu(cmd: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", choices=("jsonl", "sqlite"))
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="trialnorm-ab-"))
    old_env = dict(os.environ, PYTHONPATH=str(unpack(args.rev, work)))
    versions = {"now": dict(os.environ), args.rev: old_env}
    inputs = str(CORPUS / "ctgov-v2")
    n = len(list((CORPUS / "ctgov-v2").glob("*.json")))
    suffixes = [f".{args.only}"] if args.only else [".jsonl", ".sqlite"]
    spent: dict[tuple[str, str], list[float]] = {}
    start_cmd = [sys.executable, "-c", "import trialnorm.cli, trialnorm.convert"]
    for _ in range(args.rounds):
        for suffix in suffixes:
            for name, env in versions.items():
                startup = _cpu(start_cmd, env)
                out = work / f"out-{name.replace('/', '_')}{suffix}"
                out.unlink(missing_ok=True)
                cmd = [sys.executable, "-m", "trialnorm", "convert", inputs, "-o", str(out),
                       "--jobs", str(args.jobs)]
                spent.setdefault((name, suffix), []).append((_cpu(cmd, env) - startup) / n)
    print(f"{n} records, {args.rounds} rounds, --jobs {args.jobs}; CPU us/record "
          "(least, median), start-up and imports left out")
    for suffix in suffixes:
        row = []
        for name in versions:
            times = spent[(name, suffix)]
            row.append((name, min(times) * 1e6, statistics.median(times) * 1e6))
        (_, new_min, new_med), (_, old_min, old_med) = row
        print(f"  {suffix[1:]:7s} " + "   ".join(f"{name}: {lo:6.0f} {med:6.0f}"
                                              for name, lo, med in row)
              + f"   now/{args.rev}: {new_min / old_min:.3f} (least) {new_med / old_med:.3f} "
                "(median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
