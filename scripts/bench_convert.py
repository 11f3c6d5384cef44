"""End-to-end speed of `trialnorm convert` on a dump in the official download's layout.

    python scripts/bench_convert.py [--records 20000] [--keep DIR]

Builds `ctg-studies.json.zip` (one JSON file per study, in 100 folders) from the
API v2 records of ../shared/corpus/ctgov-v2 with their NCT IDs rewritten, then, in
one run: reads and `orjson.loads` every member (the baseline), and runs
`trialnorm convert` to JSONL and to SQLite with 1 and 2 workers, each in its own
process so peak memory (largest process) is measured. Reports records/s, the
ratio to the baseline, peak memory and the time the 600,000-study dump would take.

The machine may be shared, so every run also reports CPU time (the baseline's own,
and for a convert run that of the process and all its workers): "per CPU-s" is
records per second of CPU, what one idle core would do, and the full-dump estimate
from CPU time is a lower bound: that CPU time spread perfectly over 2 idle cores.
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


def baseline(path: Path) -> tuple[int, float, float]:
    """Records, wall seconds and CPU seconds of unzipping and loading every member."""
    t, c = time.perf_counter(), time.process_time()
    n = 0
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            orjson.loads(z.read(info))
            n += 1
    return n, time.perf_counter() - t, time.process_time() - c


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_convert(dump: Path, out: Path, jobs: int) -> tuple[float, float, float, dict]:
    """Wall seconds, CPU seconds (the run and its workers), peak MB and the summary."""
    cmd = [sys.executable, "-m", "trialnorm", "convert", str(dump), "-o", str(out),
           "--jobs", str(jobs), "--summary-json"]
    t, c = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    stdout, _ = proc.communicate()
    elapsed, cpu = time.perf_counter() - t, _children_cpu() - c
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, cpu, peak_mb, orjson.loads(stdout)


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
    n, t_base, cpu_base = baseline(dump)
    print(f"dump: {n:,} studies, {dump.stat().st_size / 1e6:.0f} MB zipped, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at start")
    print(f"{'baseline: unzip + orjson.loads':34s} {n / t_base:9,.0f} records/s  "
          f"{n / cpu_base:7,.0f} per CPU-s")
    results = {}
    cpu_rates = {}
    for suffix in (".jsonl", ".sqlite"):
        for jobs in (1, 2):
            out = work / f"out-{jobs}{suffix}"
            out.unlink(missing_ok=True)
            elapsed, cpu, peak, summary = run_convert(dump, out, jobs)
            assert summary["records"] + summary["error_rows"] == n, summary
            rate = n / elapsed
            results[(suffix, jobs)] = rate
            cpu_rates[(suffix, jobs)] = n / cpu
            print(f"{'convert to ' + suffix[1:] + f', {jobs} worker' + ('s' if jobs > 1 else ''):34s}"
                  f" {rate:9,.0f} records/s  {rate / jobs:7,.0f}/s per core  "
                  f"ratio to baseline {(n / t_base) / (rate / jobs):5.1f}x per core  "
                  f"peak {peak:6.0f} MB (largest process so far)  |  "
                  f"{n / cpu:6,.0f} per CPU-s, ratio to baseline {cpu / cpu_base:5.1f}x CPU")
    best = max(results[(".jsonl", 2)], results[(".sqlite", 2)])
    print(f"full dump ({FULL_DUMP:,} studies) on 2 workers: JSONL "
          f"{FULL_DUMP / results[('.jsonl', 2)] / 60:.1f} min, SQLite "
          f"{FULL_DUMP / results[('.sqlite', 2)] / 60:.1f} min (best {FULL_DUMP / best / 60:.1f} min)")
    for suffix in (".jsonl", ".sqlite"):
        print(f"full dump from CPU time ({suffix[1:]}, 2 workers), if it spread perfectly over 2 "
              f"idle cores: {FULL_DUMP / cpu_rates[(suffix, 2)] / 2 / 60:.1f} min (a lower bound)")
    print(f"work files in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
