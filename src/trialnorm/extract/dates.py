"""Dates as written in registries, to ISO strings at the precision the source gives.

"2014-06-04" -> "2014-06-04", "June 4, 2014" -> "2014-06-04", "June 2014" -> "2014-06",
"2014" -> "2014", "06/04/2014" (US order, as ClinicalTrials.gov writes it) -> "2014-06-04".
Anything else gives None; the caller warns and keeps the text.
"""

from __future__ import annotations

import re

__all__ = ["parse_date"]

_MONTHS = {
    name: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1800 <= year <= 2200:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str | None) -> str | None:
    """The ISO form of a registry date, or None when the text is not a date."""
    if not text:
        return None
    s = text.strip()
    m = _ISO.fullmatch(s)
    if m:
        y, mo, d = m.groups()
        return _iso(int(y), int(mo) if mo else None, int(d) if d else None)
    m = _MONTH_DAY_YEAR.fullmatch(s)
    if m and m.group(1).lower() in _MONTHS:
        return _iso(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _DAY_MONTH_YEAR.fullmatch(s)
    if m and m.group(2).lower() in _MONTHS:
        return _iso(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MONTH_YEAR.fullmatch(s)
    if m and m.group(1).lower() in _MONTHS:
        return _iso(int(m.group(2)), _MONTHS[m.group(1).lower()])
    m = _SLASHED.fullmatch(s)
    if m:
        return _iso(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    m = _COMPACT.fullmatch(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None
