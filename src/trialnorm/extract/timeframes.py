"""Outcome time frames as time points and a horizon in days (first cut)."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["TimeFrame", "parse_time_frame"]


class TimeFrame(NamedTuple):
    points: list[float]
    horizon: float | None
    warning: str | None


def parse_time_frame(text: str) -> TimeFrame:
    return TimeFrame([], None, None)
