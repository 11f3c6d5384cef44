"""Doses and regimens out of arm and intervention text (first cut: finds none)."""

from __future__ import annotations

from trialnorm.model import Dose

__all__ = ["parse_doses"]


def parse_doses(text: str, *, agent: str | None = None) -> tuple[list[Dose], list[str]]:
    """The doses ``text`` states, and warnings about what was ambiguous."""
    return [], []
