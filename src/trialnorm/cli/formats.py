"""`trialnorm formats`: the input formats, in detection order."""

from __future__ import annotations

import argparse
from typing import Any

from trialnorm.adapters import REGISTRY


def add_parser(sub: Any) -> argparse.ArgumentParser:
    return sub.add_parser("formats", help="list the input formats trialnorm reads")


def run(args: argparse.Namespace) -> int:
    width = max(len(name) for name in REGISTRY)
    for adapter in REGISTRY.values():
        print(f"{adapter.name:<{width}}  {adapter.description}")
    return 0
