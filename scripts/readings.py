"""Dump a reader's readings of many texts, or check them against a dump (for speed changes).

    from readings import dump_or_check   # scripts/ is on sys.path when a script runs

A reading is any JSON-able value; a speed change must leave every reading as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def dump_or_check(texts: list[str], read: Callable[[str], Any], *, dump: Path | None = None,
                  check: Path | None = None, show: int = 5) -> int:
    """Write ``{"text", "reading"}`` lines to ``dump``, or compare with ``check``; exit code."""
    if dump is not None:
        with dump.open("w", encoding="utf-8") as out:
            for text in texts:
                out.write(json.dumps({"text": text, "reading": read(text)},
                                     ensure_ascii=False) + "\n")
        print(f"{len(texts)} texts dumped to {dump}")
        return 0
    assert check is not None
    rows = [json.loads(line) for line in check.read_text(encoding="utf-8").splitlines()]
    before = {row["text"]: row["reading"] for row in rows}
    if set(before) != set(texts):
        print(f"the texts differ from the dump's ({len(texts)} now, {len(before)} dumped)")
        return 1
    changed = []
    for text in texts:
        now = read(text)
        if now != before[text]:
            changed.append((text, now))
    for text, now in changed[:show]:
        print(f"changed: {text[:150]!r}\n  before: {before[text]}\n  now: {now}")
    print(f"{len(texts)} texts, {len(changed)} readings changed")
    return 1 if changed else 0
