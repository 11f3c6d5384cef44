"""The ``trialnorm`` command.

``main(argv) -> int``: 0 ok, 1 differences found or some inputs failed, 2 usage
error. Data goes to stdout, messages to stderr, never a traceback for bad input.
Each subcommand lives in its own module here with ``add_parser(subparsers)`` and
``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from trialnorm import __version__
from trialnorm._build import build
from trialnorm.errors import TrialnormError

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# Subcommand modules, in the order `trialnorm --help` lists them.
_COMMANDS = ("parse", "formats", "fetch", "store", "diff", "convert")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 on usage errors; keep that
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"trialnorm: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="trialnorm",
                     description="Clinical-trial registry records as one typed record.")
    parser.add_argument("--version", action="version", version=f"trialnorm {__version__} ({build()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _COMMANDS:
        module = importlib.import_module(f"trialnorm.cli.{name}")
        sp = module.add_parser(sub)
        sp.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args._run(args))
    except KeyboardInterrupt:
        print("trialnorm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except TrialnormError as exc:
        print(f"trialnorm: {exc}", file=sys.stderr)
        return EXIT_FAILED
