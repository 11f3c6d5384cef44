"""The per-text caches of trialnorm, found by watching them grow, so benchmarks can empty them.

Benchmarks cycle the same corpus records many times; the readers remember answers per
text (time frames, heading lines, dates, ...), so from the second copy of a record on,
every one of its texts is a cache hit, which a real dump of distinct studies never gets.
``find()`` parses the API v2 corpus once and returns every module-level container of
the ``trialnorm`` package that grew meanwhile, plus every ``functools.lru_cache`` at
module level; ``clear()`` empties them. Found by growth rather than listed by name, so a
cache another reader adds later is cleared too.

Caches whose keys come from a small closed set are kept (``SMALL_KEYSPACE``): dates (a
few thousand days in the registry's whole history), age strings ("18 Years"), list
markers ("1.", "a)"), coded values and single words. A real dump of 600,000 studies
meets nearly all of their keys within its first few thousand records, so emptying them
at each copy of the 815 corpus records would under-state its speed. Free-text caches
(whole time frames, criteria lines, page texts) are the ones a real dump rarely hits
beyond the texts that genuinely repeat, and those are emptied.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

_CONTAINERS = (dict, set, list)

SMALL_KEYSPACE = frozenset({
    ("trialnorm.adapters.ctgov_v2", "_DATE_CACHE"),  # "2023-05-17", "2023-05"
    ("trialnorm.adapters.ctgov_v2", "_AGE_CACHE"),  # "18 Years"
    ("trialnorm.extract.eligibility", "_MARKER_INFO"),  # "1.", "a)", "iv."
    ("trialnorm.extract.eligibility", "_RUN_IN_PATTERNS"),  # (marker family, ordinal)
    ("trialnorm.adapters._legacy_values", "code_for"),  # coded values, per enum
    ("trialnorm.adapters.ctgov_html", "code_for"),
    ("trialnorm.adapters.ctgov_v1", "code_for"),
    ("trialnorm.adapters.ctgov_xml", "code_for"),
    ("trialnorm.adapters.summary_page", "_word_class"),  # single words
    ("trialnorm.adapters.summary_page", "_score_of"),  # tuples of feature names
})


def _candidates() -> dict[tuple[str, str], Any]:
    found = {}
    for name, module in list(sys.modules.items()):
        if not (name == "trialnorm" or name.startswith("trialnorm.")) or module is None:
            continue
        for attr, obj in vars(module).items():
            if isinstance(obj, _CONTAINERS) or callable(getattr(obj, "cache_clear", None)):
                found[(name, attr)] = obj
    return found


def _size(obj: Any) -> int:
    if callable(getattr(obj, "cache_info", None)):
        return int(obj.cache_info().currsize)
    return len(obj)


def find(keep: frozenset[tuple[str, str]] = SMALL_KEYSPACE) -> list[tuple[str, str]]:
    """(module, name) of every cache that parsing the API v2 corpus fills, and every
    lru_cache, except those in ``keep``."""
    import trialnorm
    import trialnorm.convert  # the convert path's modules too

    blobs = [p.read_bytes() for p in sorted((CORPUS / "ctgov-v2").glob("*.json"))]
    trialnorm.parse(blobs[0])  # imports done lazily on first use
    before = {k: _size(v) for k, v in _candidates().items()}
    for b in blobs:
        trialnorm.parse(b)
    caches = []
    for key, obj in _candidates().items():
        if key in keep:
            continue
        if callable(getattr(obj, "cache_clear", None)) or _size(obj) > before.get(key, 0):
            caches.append(key)
    clear(caches)
    return sorted(caches)


def clear(caches: list[tuple[str, str]]) -> None:
    for module, attr in caches:
        obj = getattr(sys.modules[module], attr, None)
        if obj is None:
            continue
        if callable(getattr(obj, "cache_clear", None)):
            obj.cache_clear()
        else:
            obj.clear()
