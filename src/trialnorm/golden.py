"""Golden pairs: an input under ``fixtures/<format>/`` and ``<case>.expected.json`` beside it.

``fixtures/seeds/<seed>.expected.json`` pairs with ``../shared/seeds/<seed>.txt`` so that
the seeds are not copied. Used by the golden test and by ``scripts/regen_golden.py``;
paths in the record are written relative to the repository so goldens are portable.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from trialnorm._api import iter_parse

__all__ = ["EXPECTED_SUFFIX", "golden_pairs", "golden_record", "write_golden"]

EXPECTED_SUFFIX = ".expected.json"


def golden_pairs(fixtures: Path, seeds: Path | None = None) -> Iterator[tuple[Path, Path]]:
    """(input, expected) for every input file under ``fixtures``."""
    for path in sorted(fixtures.rglob("*")):
        if not path.is_file() or path.name.endswith(EXPECTED_SUFFIX) or path.name.startswith("."):
            continue
        if path.name.endswith((".md", ".orig")):
            continue
        yield path, path.with_name(path.name.rsplit(".", 1)[0] + EXPECTED_SUFFIX)
    if seeds is not None:
        for expected in sorted((fixtures / "seeds").glob(f"*{EXPECTED_SUFFIX}")):
            stem = expected.name[: -len(EXPECTED_SUFFIX)]
            yield seeds / f"{stem}.txt", expected


def golden_record(path: Path, root: Path) -> Any:
    """What the golden file for ``path`` holds: the record, or a list when several."""
    # Paths relative to the checkout ("fixtures/...") or, for the seeds beside it, to its
    # parent ("shared/seeds/..."), so goldens do not depend on the checkout's folder name.
    resolved = path.resolve()
    for base in (root.resolve(), root.resolve().parent):
        if resolved.is_relative_to(base):
            name = str(resolved.relative_to(base))
            break
    else:
        name = path.name
    records = [t.to_dict() for t in iter_parse(path.read_bytes(), source=name)]
    return records[0] if len(records) == 1 else records


def write_golden(path: Path, expected: Path, root: Path) -> None:
    data = golden_record(path, root)
    expected.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
