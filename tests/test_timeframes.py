"""The outcome time-frame reader (extract.timeframes) against real time frames.

The tables in tests/data/ hold real phrases with the points and horizon written by hand
from the phrase; known misses stay there as strict xfails. timeframes.tsv is from the API
v2 corpus the reader was tuned on; timeframes_holdout*.tsv are legacy XML and API v1
phrases labelled before the reader saw them. The corpus test measures how many API v2
outcomes get a horizon.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, patches_module_calls
from hypothesis import given, settings
from hypothesis import strategies as st

from trialnorm.extract import timeframes
from trialnorm.extract.timeframes import UNIT_DAYS, TimeFrame, parse_time_frame

DATA = ROOT / "tests" / "data"
TABLE = DATA / "timeframes.tsv"
HOLDOUT = DATA / "timeframes_holdout.tsv"
HOLDOUT2 = DATA / "timeframes_holdout2.tsv"
HOLDOUT3 = DATA / "timeframes_holdout3.tsv"
HOLDOUT4 = DATA / "timeframes_holdout4.tsv"
HOLDOUT5 = DATA / "timeframes_holdout5.tsv"
HOLDOUT6 = DATA / "timeframes_holdout6.tsv"
HOLDOUT7 = DATA / "timeframes_holdout7.tsv"
HOLDOUTS = [HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5, HOLDOUT6, HOLDOUT7]

_TOKEN_UNITS = {"s": UNIT_DAYS["second"], "min": UNIT_DAYS["minute"], "h": UNIT_DAYS["hour"],
                "": 1.0, "d": 1.0, "w": UNIT_DAYS["week"], "m": UNIT_DAYS["month"],
                "y": UNIT_DAYS["year"]}
_TOKEN = re.compile(r"(-?\d+(?:\.\d+)?)(min|s|h|d|w|m|y|)")


def _days(token: str) -> float:
    """'12w' -> 84, '3y+5m' -> sum, '1.5h' -> 0.0625 (the table's own notation)."""
    total = 0.0
    for part in token.split("+"):
        m = _TOKEN.fullmatch(part)
        assert m, f"bad table token {token!r}"
        total += float(m.group(1)) * _TOKEN_UNITS[m.group(2)]
    return total


def _points(cell: str) -> list[float]:
    if cell == "-":
        return []
    out: list[float] = []
    for token in cell.split():
        if ".." in token:  # "3m..24m/3m": a series
            span, step = token.split("/")
            lo, hi = (_days(t) for t in span.split(".."))
            k = 0
            while lo + k * _days(step) <= hi + 1e-9:
                out.append(lo + k * _days(step))
                k += 1
        else:
            out.append(_days(token))
    return sorted({round(p, 6) for p in out})


def _rows(path: Path) -> list[tuple[str, str, list[float], float | None, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        nct, text, points, horizon, status = line.split("\t")
        rows.append((nct, text, _points(points), None if horizon == "-" else _days(horizon),
                     status))
    return rows


def _params(path: Path) -> list[object]:
    params = []
    for nct, text, points, horizon, status in _rows(path):
        marks = []
        if status.startswith("xfail"):
            marks.append(pytest.mark.xfail(strict=True, reason=status[6:].strip()))
        params.append(pytest.param(text, points, horizon, id=f"{nct}:{text[:40]}", marks=marks))
    return params


def _same(reading: TimeFrame, points: list[float], horizon: float | None) -> bool:
    got = [round(p, 6) for p in reading.points]
    if len(got) != len(points) or any(abs(a - b) > 1e-4 for a, b in zip(got, points)):
        return False
    if horizon is None or reading.horizon is None:
        return horizon is None and reading.horizon is None
    return abs(reading.horizon - horizon) <= 1e-4


def _check(text: str, points: list[float], horizon: float | None) -> None:
    reading = parse_time_frame(text)
    assert _same(reading, points, horizon), (reading, points, horizon)
    if reading.horizon is None:
        assert reading.warning, "a null horizon always says why"


# ---------------------------------------------------------------- the tables
def test_table_is_big_enough() -> None:
    rows = _rows(TABLE)
    assert len(rows) >= 150
    assert len({text for _, text, *_ in rows}) == len(rows), "no duplicate phrases"


@pytest.mark.parametrize(("text", "points", "horizon"), _params(TABLE))
def test_corpus_time_frame(text: str, points: list[float], horizon: float | None) -> None:
    _check(text, points, horizon)


@pytest.mark.parametrize(("text", "points", "horizon"), [p for h in HOLDOUTS for p in _params(h)])
def test_held_out_time_frame(text: str, points: list[float], horizon: float | None) -> None:
    _check(text, points, horizon)


@pytest.mark.parametrize(("path", "floor"), [
    (HOLDOUT, 0.97), (HOLDOUT2, 0.97), (HOLDOUT3, 0.99), (HOLDOUT4, 0.98), (HOLDOUT5, 0.99),
    (HOLDOUT6, 0.99), (HOLDOUT7, 0.99)])
def test_held_out_horizon_accuracy(path: Path, floor: float) -> None:
    """Held-out time frames (legacy XML, API v1) labelled blind: given horizons read exactly.

    Measured blind, each before any fix it prompted: set 1 (XML) 117/126 = 92.9%, set 2 (XML)
    102/106 = 96.2%, set 3 (API v1) 101/101 = 100%, set 4 (XML) 88/94 = 93.6%, set 5 (XML)
    74/79 = 93.7%; 482/506 = 95.3% in all. Set 6 (API v2 phrases in no other table, plus the
    unused saved-page and EU CTR ones) 119/120 = 99.2%; set 7 (the next API v2 phrases of the
    same shuffle, labelled after set 6's fixes) 124/126 = 98.4%. The floors hold today's
    figures (after the fixes).
    """
    rows = [r for r in _rows(path) if r[3] is not None]
    assert len(rows) >= 75
    exact = 0
    for _, text, _, horizon, _ in rows:
        got = parse_time_frame(text).horizon
        exact += got is not None and horizon is not None and abs(got - horizon) <= 1e-4
    assert exact / len(rows) >= floor, f"{exact}/{len(rows)}"


# ---------------------------------------------------------------- the issue's own examples
@pytest.mark.parametrize(("text", "points", "horizon"), [
    ("Day 28、Month 3、Month 6", "28 3m 6m", "6m"),
    ("0 hours, 6 hours, 24 hours, and 72 hours after each infusion", "0 6h 24h 72h", "72h"),
    ("From signing ICF until 24 months after the last infusion", "0 24m", "24m"),
    ("Baseline, Week 12 and Week 24", "0 12w 24w", "24w"),
    ("up to 5 years", "5y", "5y"),
    ("About 1 year", "1y", "1y"),
    ("Screening Phase, Day 28, Day 90", "0 28 90", "90"),
    ("Week 12", "12w", "12w"),
    ("Day 1 through Day 10", "1 10", "10"),
    ("Week 7, 13, 25", "7w 13w 25w", "25w"),
    ("weeks 4-12", "4w 12w", "12w"),
    ("24 hours post-infusion", "24h", "24h"),
    ("28 days after the first dose", "28", "28"),
    ("every 3 months for 2 years", "3m..24m/3m", "2y"),
    ("six months", "6m", "6m"),
    ("6 months post-transplant", "6m", "6m"),
    ("through study completion", "-", "-"),
    ("Week 2; Week 4 / Week 8", "2w 4w 8w", "8w"),
    ("Cycle 1 Day 1", "1", "1"),  # cycle 1 starts on day 1 whatever its length
    ("Cycle 2 Day 1", "-", "-"),  # needs the cycle length
    ("Cycle 2 Day 1 (21-day cycles)", "22", "22"),
    ("第28天", "28", "28"),
])
def test_issue_examples(text: str, points: str, horizon: str) -> None:
    _check(text, _points(points), None if horizon == "-" else _days(horizon))


@pytest.mark.parametrize(("text", "points", "horizon"), [
    # ChiCTR-style phrasing (written here, not from the corpus): CJK units and words
    ("治疗后第28天", "28", "28"),
    ("术后3个月、6个月", "3m 6m", "6m"),
    ("基线、第4周、第12周", "0 4w 12w", "12w"),
    ("基线至12个月", "0 12m", "12m"),
])
def test_chinese_time_frames(text: str, points: str, horizon: str) -> None:
    _check(text, _points(points), _days(horizon))


def test_reasons_for_null() -> None:
    assert parse_time_frame("").warning == "no time frame"
    assert "calendar" in (parse_time_frame("Up to August 1, 2022").warning or "")
    assert "open-ended" in (parse_time_frame("Every 12 weeks").warning or "")
    assert "cycle length" in (parse_time_frame("Cycle 3 Day 8").warning or "")
    assert parse_time_frame("Up to 2 years").warning is None


def test_cached_results_are_independent() -> None:
    first = parse_time_frame("Baseline, Week 12 and Week 24")
    first.points.append(999.0)
    assert parse_time_frame("Baseline, Week 12 and Week 24").points == [0.0, 84.0, 168.0]


# ---------------------------------------------------------------- never raises
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    reading = parse_time_frame(text)
    assert isinstance(reading.points, list)
    assert reading.horizon is None or reading.horizon == max(reading.points)


_PIECES = st.sampled_from([
    "Day", "Week", "weeks", "month", "Months", "years", "hours", "min", "Cycle", "C1D1", "D",
    "H0", "J0", "+", "-", "~", "±", ",", ";", "、", "and", "to", "up to", "every", "annually",
    "thereafter", "baseline", "before", "(", ")", "[", "]", "0", "1", "12", "2.5", "99999",
    "1st", "third", "twenty-four", "each cycle is 28 days", "2019", "August", " ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_never_raises_on_time_like_text(text: str) -> None:
    reading = parse_time_frame(text)
    assert reading.horizon is None or reading.horizon == max(reading.points)
    assert reading.warning is None or "unreadable" not in reading.warning


# ---------------------------------------------------------------- the whole API v2 corpus
def _v2_time_frames() -> list[str | None]:
    files = sorted((CORPUS / "ctgov-v2").glob("*.json"))
    files += sorted((CORPUS / "ctgov-v2-history").rglob("*.json"))
    frames: list[str | None] = []
    for path in files:
        module = json.loads(path.read_text(encoding="utf-8")).get("protocolSection", {}).get(
            "outcomesModule", {})
        for group in ("primaryOutcomes", "secondaryOutcomes", "otherOutcomes"):
            frames += [o.get("timeFrame") for o in module.get(group, [])]
    return frames


@pytest.mark.corpus
def test_corpus_horizon_coverage() -> None:
    """Share of all API v2 outcomes (time frame or not) that get a horizon: 96.2% measured."""
    frames = _v2_time_frames()
    assert len(frames) > 6000
    readings = [parse_time_frame(f or "") for f in frames]
    with_horizon = sum(1 for r in readings if r.horizon is not None)
    assert with_horizon / len(frames) >= 0.96, f"{with_horizon}/{len(frames)}"
    assert not [r for r in readings if r.warning and "unreadable" in r.warning]


@pytest.mark.corpus
@patches_module_calls
def test_fast_path_reads_like_the_general_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcut for plain forms ("12 weeks", "Week 12") gives what the full reader gives."""
    simple = {t: timeframes._read_simple(t) for t in set(_v2_time_frames()) if t}
    simple = {t: r for t, r in simple.items() if r is not None}
    assert len(simple) > 200
    monkeypatch.setattr(timeframes, "_read_simple", lambda text: None)
    assert {t: timeframes._read(t) for t in simple} == simple


@pytest.mark.corpus
def test_outcomes_of_a_parsed_record_carry_days() -> None:
    from trialnorm import parse_file

    trial = parse_file(CORPUS / "ctgov-v2" / "NCT05793801.json")
    outcomes = trial.outcomes.primary + trial.outcomes.secondary + trial.outcomes.other
    by_frame = {o.time_frame: o for o in outcomes}
    assert by_frame["Day 35+48 hours"].horizon_days == 37.0
    assert by_frame["Day 35+48 hours"].time_points_days == [37.0]


@pytest.mark.corpus
def test_start_anchors_match_the_whole_pattern() -> None:
    """_start_anchors (a try at 0, then a '^'-free copy that opens with its first characters)
    finds what _START_ANCHOR.finditer finds, over every API v2 time frame and its halves."""
    texts = {t for t in _v2_time_frames() if t}
    checked = 0
    for text in texts:
        s, _ = timeframes._normalize(text)
        for variant in (s, s[len(s) // 2:], "from " + s, ", " + s):
            expected = [(m.start(), m.end()) for m in timeframes._START_ANCHOR.finditer(variant)]
            assert [(m.start(), m.end()) for m in timeframes._start_anchors(variant)] == expected
            checked += bool(expected)
    assert checked > 500


# ---------------------------------------------------------------- long lists of numbers
@pytest.mark.parametrize(("text", "points"), [
    (", ".join(str(k % 97) for k in range(1000)), []),
    ("-".join(str(k % 97) for k in range(1000)), []),
    (" and ".join(str(k % 9) for k in range(600)), []),
    ("Samples at " + ", ".join(str(k) for k in range(1, 301)) + " hours", [k / 24 for k in range(1, 301)]),
])
def test_long_number_lists_are_read_in_linear_time(text: str, points: list[float]) -> None:
    """A chain of list items with no unit after it is hidden from the suffixed-unit pass, which
    tried each item as a start and scanned to the chain's end: 0.13-0.25 s a text at the
    2,000-character cap. A bound on work, not a timing: what is read stays the same."""
    assert parse_time_frame(text).points == pytest.approx(points, abs=1e-6)


_LIST_PIECES = st.sampled_from([
    "0", "1", "12", "2.5", "(", "(-", "[", ")", ",", ", and", "-", " - ", "to", "or", "&", "/", ";",
    " ", "weeks", "h", "days", "post-operative", "study", "apart", "before", "after", "Day", "x",
    "a1", "1.", ".5", "months of age", "§",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LIST_PIECES, min_size=1, max_size=80).map("".join))
@patches_module_calls
def test_hiding_unitless_chains_reads_the_same(text: str) -> None:
    """The chain pre-pass (on from 300 characters) finds what the plain pass finds, on any text."""
    plain = timeframes._read(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(timeframes, "_LONG_CHAINS_FROM", 0)
        assert timeframes._read(text) == plain


@pytest.mark.corpus
@patches_module_calls
def test_hiding_unitless_chains_reads_the_same_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    frames = {t for t in _v2_time_frames() if t}
    plain = {t: timeframes._read(t) for t in frames}
    monkeypatch.setattr(timeframes, "_LONG_CHAINS_FROM", 0)
    assert {t: timeframes._read(t) for t in frames} == plain
