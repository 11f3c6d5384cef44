"""The record context a dose phrase of ``doses_table.py`` is read with: the names its record
gives its interventions, as ``enrich`` passes them to the dose reader.

A row's source names its record: "NCT...", "desc:NCT...", "model:", "outcome:" (API v2, else
legacy XML), "xdesc:", "xoutcome:" (legacy XML), "v1:", "v1desc:" (API v1). Rows from outside
../shared/corpus ("fab:..."), the seeds and the other registries' pages have no record here,
so no names: they are read without context. Rows of the external holdouts ("ext:...",
``doses_external.py``) take the names their record gives, kept in
``tests/data/external_context.json``. Used by ``test_doses.py`` and
``scripts/bench_doses.py --score``.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path

import trialnorm
from trialnorm.enrich import dose_names

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

_FORMATS = {"xdesc": ("xml",), "xoutcome": ("xml",), "v1": ("v1",), "v1desc": ("v1",)}


@lru_cache(maxsize=1)
def _v1_names() -> dict[str, tuple[str, ...]]:
    """Names of every API v1 record (several are cut from one multi-study file)."""
    out: dict[str, tuple[str, ...]] = {}
    for path in sorted((CORPUS / "ctgov-v1").glob("*.json")):
        for trial in trialnorm.iter_parse_file(path):
            if trial.nct_id and trial.nct_id not in out:
                out[trial.nct_id] = dose_names(trial)
    return out


@cache
def record_names(nct_id: str, formats: tuple[str, ...] = ("v2", "xml", "v1")) -> tuple[str, ...]:
    """The names ``enrich`` passes for ``nct_id``'s record, from the first of ``formats`` the
    corpus holds it in; () when it holds none."""
    for fmt in formats:
        if fmt == "v1":
            names = _v1_names().get(nct_id)
            if names is not None:
                return names
            continue
        path = CORPUS / ("ctgov-v2" if fmt == "v2" else "ctgov-xml") / (
            f"{nct_id}.json" if fmt == "v2" else f"{nct_id}.xml")
        if path.exists():
            return dose_names(trialnorm.parse_file(path))
    return ()


@lru_cache(maxsize=1)
def _external_names() -> dict[str, tuple[str, ...]]:
    """Names of the records outside the corpus ("ext:" rows), as ``dose_names`` gives them."""
    data = json.loads((Path(__file__).parent / "data" / "external_context.json").read_text())
    return {nct: tuple(names) for nct, names in data.items()}


def context_names(source: str) -> tuple[str, ...]:
    """The names a table row's phrase is read with (see the module docstring)."""
    if source.startswith("ext:"):
        nct = next((part for part in source.split(":") if part.startswith("NCT")), "")
        return _external_names().get(nct, ())
    kind, _, rest = source.rpartition(":")
    if not rest.startswith("NCT") or kind.startswith("fab"):
        return ()
    return record_names(rest, _FORMATS.get(kind, ("v2", "xml", "v1")))
