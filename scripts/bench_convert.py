"""End-to-end speed of `trialnorm convert` on a dump in the official download's layout.

    python scripts/bench_convert.py [--records 20000] [--keep DIR]

Builds `ctg-studies.json.zip` (one JSON file per study, in 100 folders) from the
API v2 records of ../shared/corpus/ctgov-v2 with their NCT IDs rewritten, then, in
one run: reads and `orjson.loads` every member (the baseline), and runs
`trialnorm convert` to JSONL and to SQLite with 1 and 2 workers, each in its own
process so peak memory (largest process) is measured. Reports records/s, the
ratio to the baseline, peak memory and the time the 600,000-study dump would take.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FULL_DUMP = 600_000
_NCT = re.compile(rb'"nctId"\s*:\s*"NCT\d{8}"')


def build_dump(path: Path, n: int) -> None:
    sources = [p.read_bytes() for p in sorted((CORPUS / "ctgov-v2").glob("*.json"))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for i in range(n):
            nct = f"NCT{90000000 + i:08d}"
            data = _NCT.sub(f'"nctId":"{nct}"'.encode(), sources[i % len(sources)], count=1)
            z.writestr(f"ctg-studies/NCT9{i % 100:02d}/{nct}.json", data)


def baseline(path: Path) -> tuple[int, float]:
    t = time.perf_counter()
    n = 0
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            orjson.loads(z.read(info))
            n += 1
    return n, time.perf_counter() - t


def run_convert(dump: Path, out: Path, jobs: int) -> tuple[float, float, dict]:
    cmd = [sys.executable, "-m", "trialnorm", "convert", str(dump), "-o", str(out),
           "--jobs", str(jobs), "--summary-json"]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    stdout, _ = proc.communicate()
    elapsed = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mb, orjson.loads(stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--keep", type=Path, help="build the dump and outputs here")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="trialnorm-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    dump = work / "ctg-studies.json.zip"
    if not dump.exists():
        build_dump(dump, args.records)
    n, t_base = baseline(dump)
    print(f"dump: {n:,} studies, {dump.stat().st_size / 1e6:.0f} MB zipped, {os.cpu_count()} cores")
    print(f"{'baseline: unzip + orjson.loads':34s} {n / t_base:9,.0f} records/s")
    results = {}
    for suffix in (".jsonl", ".sqlite"):
        for jobs in (1, 2):
            out = work / f"out-{jobs}{suffix}"
            out.unlink(missing_ok=True)
            elapsed, peak, summary = run_convert(dump, out, jobs)
            assert summary["records"] + summary["error_rows"] == n, summary
            rate = n / elapsed
            results[(suffix, jobs)] = rate
            print(f"{'convert to ' + suffix[1:] + f', {jobs} worker' + ('s' if jobs > 1 else ''):34s}"
                  f" {rate:9,.0f} records/s  {rate / jobs:7,.0f}/s per core  "
                  f"ratio to baseline {(n / t_base) / (rate / jobs):5.1f}x per core  "
                  f"peak {peak:6.0f} MB (largest process so far)")
    best = max(results[(".jsonl", 2)], results[(".sqlite", 2)])
    print(f"full dump ({FULL_DUMP:,} studies) on 2 workers: JSONL "
          f"{FULL_DUMP / results[('.jsonl', 2)] / 60:.1f} min, SQLite "
          f"{FULL_DUMP / results[('.sqlite', 2)] / 60:.1f} min (best {FULL_DUMP / best / 60:.1f} min)")
    print(f"work files in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
