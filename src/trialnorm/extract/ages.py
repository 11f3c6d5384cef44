"""Ages as registries write them ("18 Years", "6 Months", "N/A") and standard age groups."""

from __future__ import annotations

import re

from trialnorm.model import Age, AgeUnit, StdAge

__all__ = ["age_in_years", "parse_age", "std_ages_for"]

_AGE = re.compile(r"(\d+(?:\.\d+)?)\s*([A-Za-z]+)?")
_UNITS = {
    "year": AgeUnit.YEARS, "years": AgeUnit.YEARS, "yr": AgeUnit.YEARS, "yrs": AgeUnit.YEARS,
    "y": AgeUnit.YEARS, "month": AgeUnit.MONTHS, "months": AgeUnit.MONTHS, "mo": AgeUnit.MONTHS,
    "week": AgeUnit.WEEKS, "weeks": AgeUnit.WEEKS, "wk": AgeUnit.WEEKS, "wks": AgeUnit.WEEKS,
    "day": AgeUnit.DAYS, "days": AgeUnit.DAYS, "hour": AgeUnit.HOURS, "hours": AgeUnit.HOURS,
    "minute": AgeUnit.MINUTES, "minutes": AgeUnit.MINUTES,
}
_PER_YEAR = {
    AgeUnit.YEARS: 1.0,
    AgeUnit.MONTHS: 12.0,
    AgeUnit.WEEKS: 365.25 / 7,
    AgeUnit.DAYS: 365.25,
    AgeUnit.HOURS: 365.25 * 24,
    AgeUnit.MINUTES: 365.25 * 24 * 60,
}


def age_in_years(value: float, unit: AgeUnit) -> float:
    return round(value / _PER_YEAR[unit], 4)


def parse_age(text: str | None) -> Age | None:
    """Age of "18 Years" / "6 Months" / "18"; None for "N/A", empty or unreadable text."""
    if not text:
        return None
    m = _AGE.fullmatch(text.strip())
    if not m:
        return None
    unit = _UNITS.get((m.group(2) or "years").lower())
    if unit is None:
        return None
    value = float(m.group(1))
    return Age(value=value, unit=unit, years=age_in_years(value, unit))


def std_ages_for(minimum: Age | None, maximum: Age | None) -> list[StdAge]:
    """ClinicalTrials.gov's groups: child 0-17, adult 18-64, older adult 65+."""
    low = minimum.years if minimum else 0.0
    high = maximum.years if maximum else float("inf")
    groups = []
    if low < 18:
        groups.append(StdAge.CHILD)
    if low < 65 and high >= 18:
        groups.append(StdAge.ADULT)
    if high >= 65:
        groups.append(StdAge.OLDER_ADULT)
    return groups
