"""End-to-end speed of `trialnorm convert` on a dump in the official download's layout.

    python scripts/bench_convert.py [--records 20000] [--keep DIR] [--warm] [--against REV]

Builds `ctg-studies.json.zip` (one JSON file per study, in 100 folders) from the
API v2 records of ../shared/corpus/ctgov-v2 with their NCT IDs rewritten, then, in
one run: reads and `orjson.loads` every member (the baseline), and runs
`trialnorm convert` to JSONL and to SQLite with 1 and 2 workers, each in its own
process so peak memory (largest process) is measured. Reports records/s, the
ratio to the baseline, peak memory and the time the 600,000-study dump would take.

Caches. The dump repeats the corpus's 815 distinct records ~25 times, and the readers
remember their answers per text (time frames, heading lines, ...): from the second copy
on, every text would be a cache hit, which a real dump of 600,000 distinct studies never
gets. So the headline runs are COLD: every free-text cache (found by
``scripts/text_caches.py``, which watches which module-level caches grow while the
corpus is parsed) is emptied whenever a process moves on to the next copy of the corpus,
so each copy is read as if its texts were new, except for the texts that genuinely
repeat within the 815 distinct studies ("12 weeks", "Inclusion Criteria:"), which a real
dump repeats at least as often. Caches keyed by a small closed set (dates, age strings,
list markers, coded values: ``text_caches.SMALL_KEYSPACE``) are kept, since a real dump
meets nearly all of their keys early on. Making the copies' texts distinct instead (a
unique token appended to each) was not done: the token would be read by the readers too
(numbers in a time frame, a word at a criterion's end) and change both the work and the
output, and it would also break the repeats that are real. ``--warm`` adds the runs with
every cache kept across copies (the former figure, an over-statement), for comparison.

Where the time goes (scripts/bench_parse.py --stages, cold, December 2026; shares of the
parse, which is ~85% of a record's CPU in the workers): eligibility criteria with their
thresholds 23%, doses 16%, time frames 16% (2% warm: the cold/warm gap is almost all
theirs), adapter mapping 17%, pydantic validation 9%, orjson load 7%, enrich glue 5%,
detection 2%, the rest 5%. After the parse, per record: JSON ~11% of the parse (extras
spliced in by orjson), SQLite rows ~7%. The main process: JSONL writes bytes only;
SQLite spends ~250-300 us a record in SQLite itself (B-trees, WAL writes), which the
Python side no longer adds to (rows come marshalled, numbered within the batch).

The machine may be shared, so every run also reports CPU time (the baseline's own,
and for a convert run that of the process and all its workers): "per CPU-s" is
records per second of CPU, what one idle core would do, and the full-dump estimate
from CPU time is a lower bound: that CPU time spread perfectly over 2 idle cores.
``--against REV`` also runs the code of git revision REV (unpacked from ``git archive``
into the work folder) on the same dump, each of its runs right after the same run of
today's code, so that a speed change is measured in one machine state. REV may also be
a folder holding a ``trialnorm`` package (``--against build/mypyc/src``: a compiled build
against this checkout's pure Python).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from io import BytesIO
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FULL_DUMP = 600_000
FIRST_NCT = 90_000_000
_NCT = re.compile(rb'"nctId"\s*:\s*"NCT\d{8}"')
_MEMBER_NCT = re.compile(r"NCT(\d{8})\.json$")


def corpus_sources() -> list[bytes]:
    return [p.read_bytes() for p in sorted((CORPUS / "ctgov-v2").glob("*.json"))]


def build_dump(path: Path, n: int) -> None:
    """Study i of the dump is corpus record i % 815 with NCT ID NCT9000000i."""
    sources = corpus_sources()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for i in range(n):
            nct = f"NCT{FIRST_NCT + i:08d}"
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


# ---------------------------------------------------------------- the convert process

def _runner(argv: list[str]) -> int:
    """`trialnorm convert argv...`; with BENCH_COLD set, caches emptied at each copy of the
    corpus. The hook is ``InputItem.load``, which every version of the convert path calls
    once per input where the input is converted; it is patched before the pool starts, so
    forked workers inherit the patch."""
    from trialnorm.cli import main as cli_main
    from trialnorm.inputs import InputItem

    spec = os.environ.get("BENCH_COLD")
    if spec:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import text_caches

        cold = orjson.loads(spec)
        period, caches = cold["period"], [tuple(c) for c in cold["caches"]]
        load = InputItem.load
        last: list[int | None] = [None]

        def cold_load(item: InputItem) -> InputItem:
            m = _MEMBER_NCT.search(item.member or "")
            if m:
                copy = (int(m.group(1)) - FIRST_NCT) // period
                if copy != last[0]:
                    text_caches.clear(caches)
                    last[0] = copy
            return load(item)

        InputItem.load = cold_load  # type: ignore[method-assign]
    return cli_main(argv)


def find_caches(env: dict[str, str]) -> list[list[str]]:
    """The caches of the code that ``env`` imports (found in a process of its own)."""
    code = ("import sys, orjson; sys.path.insert(0, sys.argv[1]); import text_caches; "
            "sys.stdout.write(orjson.dumps(text_caches.find()).decode())")
    out = subprocess.run([sys.executable, "-c", code, str(Path(__file__).resolve().parent)],
                         env=env, check=True, capture_output=True).stdout
    return orjson.loads(out)


def run_convert(dump: Path, out: Path, jobs: int, env: dict[str, str]
                ) -> tuple[float, float, float, dict]:
    """Wall seconds, CPU seconds (the run and its workers), peak MB and the summary."""
    for p in (out, out.with_name(out.name + ".errors.jsonl")):
        p.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--runner", "convert", str(dump),
           "-o", str(out), "--jobs", str(jobs), "--summary-json"]
    t, c = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    stdout, _ = proc.communicate()
    elapsed, cpu = time.perf_counter() - t, _children_cpu() - c
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, cpu, peak_mb, orjson.loads(stdout)


def unpack(rev: str, into: Path) -> Path:
    """The ``src`` folder of git revision ``rev``, unpacked under ``into``; or ``rev`` itself
    when it names a folder (a ``src`` built elsewhere, e.g. with mypyc-compiled modules)."""
    if Path(rev).is_dir():
        return Path(rev).resolve()
    tar = subprocess.run(["git", "archive", rev, "src"], cwd=ROOT, check=True,
                         capture_output=True).stdout
    target = into / f"src-{rev.replace('/', '_')}"
    with tarfile.open(fileobj=BytesIO(tar)) as t:
        t.extractall(target, filter="data")
    return target / "src"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--runner":
        return _runner(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--keep", type=Path, help="build the dump and outputs here")
    ap.add_argument("--warm", action="store_true",
                    help="also run with caches kept across copies of the corpus")
    ap.add_argument("--against", metavar="REV", help="also run the code of git revision REV")
    ap.add_argument("--only", choices=("jsonl", "sqlite"), help="one output kind only")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="trialnorm-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    dump = work / "ctg-studies.json.zip"
    if not dump.exists():
        build_dump(dump, args.records)
    period = len(corpus_sources())

    codes: list[tuple[str, dict[str, str]]] = [("now", dict(os.environ))]
    if args.against:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(unpack(args.against, work))
        codes.append((args.against, env))
    for _, env in codes:
        env["BENCH_COLD_CACHES"] = orjson.dumps(find_caches(env)).decode()

    n, t_base, cpu_base = baseline(dump)
    print(f"dump: {n:,} studies ({period} distinct), {dump.stat().st_size / 1e6:.0f} MB zipped, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    print(f"{'baseline: unzip + orjson.loads':40s} {n / t_base:9,.0f} records/s  "
          f"{n / cpu_base:7,.0f} per CPU-s")
    modes = ["cold"] + (["warm"] if args.warm else [])
    suffixes = [f".{args.only}"] if args.only else [".jsonl", ".sqlite"]
    results: dict[tuple[str, str, str, int], tuple[float, float]] = {}
    for mode in modes:
        print(f"-- {mode}: " + ("per-text caches emptied at each copy of the corpus (headline)"
                                if mode == "cold" else
                                "caches kept across copies (over-states the speed)"))
        for suffix in suffixes:
            for jobs in (1, 2):
                for code, base_env in codes:
                    env = dict(base_env)
                    if mode == "cold":
                        env["BENCH_COLD"] = orjson.dumps(
                            {"period": period,
                             "caches": orjson.loads(env["BENCH_COLD_CACHES"])}).decode()
                    out = work / f"out-{jobs}{suffix}"
                    elapsed, cpu, peak, summary = run_convert(dump, out, jobs, env)
                    assert summary["records"] + summary["error_rows"] == n, summary
                    rate = n / elapsed
                    results[(mode, code, suffix, jobs)] = (rate, n / cpu)
                    label = (f"{suffix[1:]}, {jobs} worker{'s' if jobs > 1 else ''}"
                             + (f" [{code}]" if len(codes) > 1 else ""))
                    print(f"  {label:38s} {rate:9,.0f} records/s  {rate / jobs:7,.0f}/s per core  "
                          f"ratio to baseline {(n / t_base) / (rate / jobs):5.1f}x per core  "
                          f"peak {peak:6.0f} MB (largest process so far)  |  "
                          f"{n / cpu:6,.0f} per CPU-s, ratio to baseline "
                          f"{cpu / cpu_base:5.1f}x CPU")
        if len(codes) > 1:
            for suffix in suffixes:
                for jobs in (1, 2):
                    (new, new_cpu), (old, old_cpu) = (results[(mode, c, suffix, jobs)]
                                                      for c, _ in codes)
                    print(f"  now / {codes[1][0]}: {suffix[1:]}, {jobs} worker(s): "
                          f"{new / old:5.2f}x records/s, {new_cpu / old_cpu:5.2f}x per CPU-s")
    for mode in modes:
        rates = {s: results[(mode, "now", s, 2)] for s in suffixes}
        print(f"full dump ({FULL_DUMP:,} studies, {mode}) on 2 workers: " + ", ".join(
            f"{s[1:]} {FULL_DUMP / rate / 60:.1f} min (from CPU time, 2 idle cores: "
            f"{FULL_DUMP / cpu_rate / 2 / 60:.1f} min)" for s, (rate, cpu_rate) in rates.items()))
    print(f"work files in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
