"""Print (or, with --write, update) the README's formats table from the adapter registry."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from trialnorm.adapters import REGISTRY

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- formats:start -->", "<!-- formats:end -->"


def table() -> str:
    rows = ["| format (`--from`) | what it reads |", "|---|---|"]
    rows += [f"| `{a.name}` | {a.description} |" for a in REGISTRY.values()]
    return "\n".join(rows)


def updated(text: str) -> str:
    return re.sub(re.escape(START) + r".*?" + re.escape(END),
                  lambda _: f"{START}\n{table()}\n{END}", text, flags=re.DOTALL)


if __name__ == "__main__":
    if "--write" in sys.argv:
        README.write_text(updated(README.read_text()))
    else:
        print(table())
