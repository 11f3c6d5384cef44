"""Timing two versions of a reader text by text, for the benchmarks under scripts/."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any


def per_text_best(repeat: int, old: Callable[[Any], object], new: Callable[[Any], object],
                  items: Sequence[Any]) -> tuple[float, float]:
    """Seconds for all items, each item's best of ``repeat`` runs, old and new run on
    each item in turn: a burst of load from elsewhere hits both, and the best of a few
    runs of one text (tens of microseconds) is seldom hit at all."""
    old_best = [float("inf")] * len(items)
    new_best = [float("inf")] * len(items)
    clock = time.perf_counter
    for run in range(repeat):
        # which goes first alternates: the second reading of a text finds it in the
        # processor's caches (same code against itself, always second: 0.93)
        first, second, first_best, second_best = (
            (old, new, old_best, new_best) if run % 2 == 0 else (new, old, new_best, old_best))
        for i, item in enumerate(items):
            start = clock()
            first(item)
            middle = clock()
            second(item)
            end = clock()
            first_best[i] = min(first_best[i], middle - start)
            second_best[i] = min(second_best[i], end - middle)
    return sum(old_best), sum(new_best)
