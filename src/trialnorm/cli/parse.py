"""`trialnorm parse PATH... [--from FORMAT] [--pretty]`: normalized records as JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from trialnorm._api import formats, iter_parse, iter_parse_file
from trialnorm.errors import ParseError

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("parse", help="print the normalized record of each input as JSON",
                       description="Print the normalized record of each input as JSON "
                                   "(one object per line when there are several).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a record file, or - for stdin")
    p.add_argument("--from", dest="format", choices=formats(), metavar="FORMAT",
                   help=f"read as this format instead of detecting it ({', '.join(formats())})")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    return p


def run(args: argparse.Namespace) -> int:
    failed = 0
    out = sys.stdout
    for path in args.paths:
        try:
            if path == "-":
                records = iter_parse(sys.stdin.buffer.read(), format=args.format,
                                     source="<stdin>")
            else:
                records = iter_parse_file(path, format=args.format)
            for trial in records:
                out.write(trial.to_json(pretty=args.pretty))
                out.write("\n")
        except ParseError as exc:
            print(f"trialnorm: {exc}", file=sys.stderr)
            failed += 1
    out.flush()
    return EXIT_FAILED if failed else EXIT_OK
