"""Eligibility criteria text as a tree of criteria with thresholds (first cut)."""

from __future__ import annotations

from typing import NamedTuple

from trialnorm.model import Age, Criterion

__all__ = ["CriteriaReading", "parse_criteria", "ages_from_text"]


class CriteriaReading(NamedTuple):
    inclusion: list[Criterion]
    exclusion: list[Criterion]
    warnings: list[str]


def parse_criteria(text: str) -> CriteriaReading:
    return CriteriaReading([], [], [])


def ages_from_text(text: str) -> tuple[Age | None, Age | None]:
    return None, None
