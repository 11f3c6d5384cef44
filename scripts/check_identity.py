"""Check that `trialnorm convert` output is unchanged by a speed change.

    python scripts/check_identity.py --dump DIR     # before the change: keep the outputs
    python scripts/check_identity.py --check DIR    # after: compare, list what differs

Converts the whole of ../shared/corpus (every format, and the files no adapter reads,
which end as error rows) and a 2,000-study dump in the official zip layout (built
as scripts/bench_convert.py builds it) to JSONL and to SQLite, with 1 and 2 workers.
What is compared: the JSONL output and the error file byte for byte, and for SQLite
the schema and every row of every table in rowid order (the record_json column too).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from bench_convert import CORPUS, build_dump


def sqlite_lines(path: Path) -> list[bytes]:
    """The schema and every row of every table, one JSON line each, in a stable order."""
    db = sqlite3.connect(path)
    lines = []
    tables = db.execute("SELECT name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for name, sql in tables:
        lines.append(orjson.dumps(["schema", name, sql]))
    for name, sql in tables:
        if sql and sql.startswith("CREATE TABLE"):
            for row in db.execute(f"SELECT * FROM {name} ORDER BY rowid"):
                lines.append(orjson.dumps([name, *row]))
    db.close()
    return lines


def outputs(work: Path) -> dict[str, list[bytes]]:
    """Every output of every run, as lists of lines keyed by run and file."""
    dump = work / "ctg-studies.json.zip"
    if not dump.exists():
        build_dump(dump, 2_000)
    got: dict[str, list[bytes]] = {}
    for label, inputs in (("corpus", [str(CORPUS)]), ("dump", [str(dump)])):
        for jobs in (1, 2):
            for suffix in (".jsonl", ".sqlite"):
                out = work / f"{label}-{jobs}{suffix}"
                errors = work / f"{label}-{jobs}{suffix}.errors.jsonl"
                for p in (out, errors):
                    p.unlink(missing_ok=True)
                subprocess.run([sys.executable, "-m", "trialnorm", "convert", *inputs, "-o",
                                str(out), "--jobs", str(jobs), "--errors", str(errors)],
                               check=False, stderr=subprocess.DEVNULL, cwd=ROOT)
                key = f"{label}, {jobs} worker(s), {suffix[1:]}"
                got[key] = (sqlite_lines(out) if suffix == ".sqlite"
                            else out.read_bytes().splitlines())
                got[key + ", errors"] = errors.read_bytes().splitlines()
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path, help="write the reference outputs here")
    group.add_argument("--check", type=Path, help="compare with the reference outputs here")
    args = ap.parse_args()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        got = outputs(args.dump)
        (args.dump / "reference.json").write_bytes(orjson.dumps(
            {k: [line.decode() for line in v] for k, v in got.items()}))
        for k, v in got.items():
            print(f"{k:40s} {len(v):7,} lines  "
                  f"{hashlib.sha256(b''.join(v)).hexdigest()[:16]}")
        return 0
    reference = orjson.loads((args.check / "reference.json").read_bytes())
    with tempfile.TemporaryDirectory(prefix="trialnorm-identity-") as tmp:
        work = Path(tmp)
        (work / "ctg-studies.json.zip").write_bytes(
            (args.check / "ctg-studies.json.zip").read_bytes())
        got = outputs(work)
    # Paths inside the outputs name the work folder: the dump's path differs by run.
    failed = 0
    for k, before in reference.items():
        now = [line.decode().replace(str(work), str(args.check)) for line in got.get(k, [])]
        differ = [i for i, (a, b) in enumerate(zip(before, now)) if a != b]
        same = not differ and len(before) == len(now)
        print(f"{k:40s} {len(now):7,} lines  {'same' if same else 'DIFFERENT'}")
        if not same:
            failed += 1
            if len(before) != len(now):
                print(f"  {len(before):,} lines before, {len(now):,} now")
            for i in differ[:3]:
                print(f"  line {i}:\n    was {before[i][:400]}\n    now {now[i][:400]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
