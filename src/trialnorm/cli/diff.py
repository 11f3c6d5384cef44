"""`trialnorm diff OLD NEW [--format text|json|html] [--all]`: what changed between two versions.

OLD and NEW are files in any format trialnorm reads, or stored versions
(``NCT01234567@3``, ``NCT01234567@latest``). Exit 0 when nothing substantive
changed, 1 when something did, 2 when an input cannot be read (a one-line
message naming it, never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from trialnorm.diff import diff, load_version
from trialnorm.diff_report import render
from trialnorm.errors import TrialnormError

EXIT_SAME, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "diff", help="show what changed between two versions of a trial",
        description="Show what changed between two versions of a trial: events first, then "
                    "field-level changes by section. Exit 0: no substantive change; 1: changed; "
                    "2: an input could not be read.")
    p.add_argument("old", metavar="OLD", help="a record file (any format) or NCT01234567@N")
    p.add_argument("new", metavar="NEW", help="a record file (any format) or NCT01234567@latest")
    p.add_argument("--format", dest="report_format", choices=("text", "json", "html"),
                   default="text", help="report format (default: text)")
    p.add_argument("--all", action="store_true",
                   help="also report noise: bookkeeping and derived fields, formatting-only "
                        "edits, source fields (extras) across formats")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text report (default: on a terminal only)")
    return p


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and \
        os.environ.get("TERM") != "dumb"


def run(args: argparse.Namespace) -> int:
    try:
        old = load_version(args.old)
        new = load_version(args.new)
        result = diff(old, new, all=args.all)
    except TrialnormError as exc:
        print(f"trialnorm diff: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(render(result, args.report_format, color=_use_color(args.color)))
    sys.stdout.flush()
    return EXIT_CHANGED if result.changed else EXIT_SAME


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
