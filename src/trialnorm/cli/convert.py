"""`trialnorm convert INPUT... -o OUT [--jobs N] [--errors FILE] [--resume]`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from trialnorm.convert import OUTPUT_SUFFIXES, convert, progress_printer

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "convert", help="convert files, folders and zip archives to JSONL or SQLite",
        description="Convert files, folders (recursive) and zip archives of trial records in "
                    "any mix of formats. Every input ends as records or as an error row.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help=f"output file; its suffix picks the kind: {', '.join(OUTPUT_SUFFIXES)}")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores)")
    p.add_argument("--errors", metavar="FILE",
                   help="write error rows here as JSONL (default for .jsonl: OUT.errors.jsonl)")
    p.add_argument("--resume", action="store_true",
                   help="carry on an interrupted run, skipping inputs already converted")
    p.add_argument("--summary-json", action="store_true",
                   help="print the summary as JSON on stdout")
    return p


def run(args: argparse.Namespace) -> int:
    if not args.output.lower().endswith(OUTPUT_SUFFIXES):
        print(f"trialnorm: error: output must end in {' or '.join(OUTPUT_SUFFIXES)}: "
              f"{args.output}", file=sys.stderr)
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        print("trialnorm: error: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = convert(args.inputs, args.output, jobs=args.jobs, errors=args.errors,
                          resume=args.resume, progress=progress_printer())
    except ValueError as exc:
        print(f"trialnorm: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(summary.report(), file=sys.stderr)
    if args.summary_json:
        sys.stdout.write(orjson.dumps(summary.as_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
    return EXIT_FAILED if summary.error_rows else EXIT_OK
