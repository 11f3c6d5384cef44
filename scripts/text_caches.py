"""The per-text caches of trialnorm, found by watching them grow, so benchmarks can empty them.

Benchmarks cycle the same corpus records many times; the readers remember answers per
text (time frames, heading lines, dates, ...), so from the second copy of a record on,
every one of its texts is a cache hit, which a real dump of distinct studies never gets.
``find()`` parses the API v2 corpus once and returns every module-level container of
the ``trialnorm`` package that grew meanwhile, plus every ``functools.lru_cache`` at
module level; ``clear()`` empties them. Found by growth rather than listed by name, so a
cache another reader adds later is cleared too.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

_CONTAINERS = (dict, set, list)


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


def find() -> list[tuple[str, str]]:
    """(module, name) of every cache that parsing the API v2 corpus fills, and every lru_cache."""
    import trialnorm
    import trialnorm.convert  # the convert path's modules too

    blobs = [p.read_bytes() for p in sorted((CORPUS / "ctgov-v2").glob("*.json"))]
    trialnorm.parse(blobs[0])  # imports done lazily on first use
    before = {k: _size(v) for k, v in _candidates().items()}
    for b in blobs:
        trialnorm.parse(b)
    caches = []
    for key, obj in _candidates().items():
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
