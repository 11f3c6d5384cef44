"""What the dose reader costs: per text, and against parsing the same records.

Reads every API v2 and legacy XML record in ../shared/corpus with
``trialnorm.parse_file`` (which runs the dose reader inside ``enrich``), collects
every arm and intervention description, then times ``parse_doses`` alone over those
texts (CPU time, best of --repeat, so other load on the machine does not skew it).
The share printed at the end is dose-reading time / whole-parse time.

    .venv/bin/python scripts/bench_doses.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import trialnorm
from trialnorm.errors import TrialnormError
from trialnorm.extract.doses import parse_doses

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _files() -> list[Path]:
    return sorted((CORPUS / "ctgov-v2").glob("*.json")) + sorted((CORPUS / "ctgov-xml").glob("*.xml"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    args = ap.parse_args(argv)

    files = _files()
    texts: list[tuple[str, str | None]] = []
    parsed_files: list[Path] = []
    for path in files:
        try:
            trial = trialnorm.parse_file(path)
        except TrialnormError as exc:  # a bench reports, it does not stop
            print(f"skip {path.name}: {type(exc).__name__}: {exc}"[:160], file=sys.stderr)
            continue
        parsed_files.append(path)
        texts += [(arm.description, None) for arm in trial.arms if arm.description]
        texts += [(iv.description, iv.name) for iv in trial.interventions if iv.description]

    parse_best = dose_best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for path in parsed_files:
            trialnorm.parse_file(path)
        parse_best = min(parse_best, time.process_time() - t0)
        t0 = time.process_time()
        for text, agent in texts:
            parse_doses(text, agent=agent)
        dose_best = min(dose_best, time.process_time() - t0)

    n_doses = n_with = n_warn = 0
    for text, agent in texts:
        doses, warnings = parse_doses(text, agent=agent)
        n_doses += len(doses)
        n_with += bool(doses)
        n_warn += len(warnings)
    chars = sum(len(t) for t, _ in texts)
    parsed = len(parsed_files)
    print(f"records: {parsed} parsed ({len(files) - parsed} failed) of {len(files)} (API v2 + XML)")
    print(f"descriptions: {len(texts)} ({chars / 1e3:.0f} k chars); with a dose: {n_with}; "
          f"doses: {n_doses}; warnings: {n_warn}")
    print(f"dose reader: {dose_best * 1e3:.1f} ms total, "
          f"{dose_best / max(1, len(texts)) * 1e6:.1f} us per text, "
          f"{len(texts) / dose_best:,.0f} texts/s")
    print(f"parse_file (includes the reader): {parse_best * 1e3:.1f} ms, "
          f"{parse_best / max(1, parsed) * 1e3:.2f} ms per record, {parsed / parse_best:,.0f} records/s")
    print(f"dose reading is {dose_best / parse_best:.1%} of parse time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
