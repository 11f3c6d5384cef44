"""Outcome time frames as time points and a horizon in days.

Registries write an outcome's time frame as prose ("Baseline, Week 12 and Week 24",
"Day 28、Month 3、Month 6", "up to 5 years", "every 3 months for 2 years"). Analysts
comparing trials need numbers, so :func:`parse_time_frame` reads every stated time
point in days and the horizon (the latest one).

Conventions (the hard cases, decided once so every record reads the same way)

- Units: seconds, minutes, hours (/24), days, weeks (x7), months (x30.4375),
  years (x365.25). Numbers may be digits, words ("six months", "twenty-four"),
  ordinals ("4th day", "3. month", "third day"), halves ("13 1/2", "15 ½") or a
  decimal comma ("1,5-months").
- "Day 28" is 28 days, "Week 12" is 84, "Month 6" is 182.625: a study-day label is
  read as that much time from the start. "Day 0", "Baseline", "Screening",
  "pre-dose", "pre-treatment", "pre-op", "before treatment" and a leading "Before,"
  are 0, as is the event a "from ... to ..." phrase starts at ("From enrollment to 6
  months", "time from randomisation to death, up to 2 years"), unless a bracket
  gives its time ("Baseline (Day 1)" is 1, "Week 1 (Baseline)" is 7).
  "post-baseline" is not a baseline. An event that opens the text and runs "to" a
  later one is such a start too, "from" or not ("Implant to one year" is [0, 365.25],
  "Immediately post-surgery to discharge" is [0] with no horizon), and so is a
  hanging "Pre-" ("Pre- to post-therapy") and a "before" of "before and after ..."
  ("Measured before and after 6 weeks of ..." is [0, 42]).
- Relative anchors are read as time from the anchor: "24 hours post-infusion" is 1,
  "28 days after the first dose" is 28, "6 months post-transplant" is 182.625.
  A time *before* an event is negative: "2 days before intervention" is -2,
  "Week -4" is -28. "Pre-dose" (or "pre-treatment") of a stated day is that day, not a
  study-start 0: "Week 4: Pre-dose" is 28, "Pre-dose on day 1 of cycle 1" is 1.
- Tolerances are dropped: "15 ± 3 days" is 15, "24 (± 4) hours" is 1.
- Ranges and lists give each end / item: "weeks 4-12" is [28, 84],
  "Day 1 through Day 10" is [1, 10], "Week 7, 13, 25" is [49, 91, 175].
- "up to", "within", "an average of", "approximately" bounds are time points too,
  so the horizon is always the latest point: "Up to 35 days after last dose" is 35,
  "through study completion, an average of 1 year" is 365.25.
- Compound durations add up: "3 years 5 months", "5 years and 2 months", "4+22 weeks",
  "Day 1+48 hours" (3), "H0+1h30" (0.0625), "T0 + 5 months", and so do back-to-back
  periods: "a 52-week period followed by a 12-week period" ends at 448, "36 months of
  treatment plus 1 month follow-up" at 1126.1875, "The Treatment Period lasted 12
  weeks and the RW Period started after the Treatment Period and lasted 4 weeks" at 112.
- Ages and intervals are not study times: "(13 months of age)", "36 weeks corrected
  gestational age", "8 weeks apart".
- Repeated schedules list their visits: "every 3 months for 2 years" is
  [91.3125, 182.625, ..., 730.5] with horizon 730.5 (visits listed for weekly or
  longer intervals and at most 60 of them; otherwise the bound only). "annually",
  "monthly", "weekly", "daily", "quarterly", "half annually" and "at the end of each
  cycle" (length stated) are schedules too. A schedule with no end ("every 12 weeks",
  "annually thereafter", "every 8 weeks until progression") leaves the horizon null,
  with a warning, unless a stated time follows it; daily and weekly measuring with no
  end does not (it says how often, not how long).
- A latest time that is named but not stated leaves the horizon null with a warning:
  "From randomization till the date of death", "Measured at baseline, month 3, and
  end of the study", "From 14 days after vaccination", "..., 12 months after
  amputation up to cicatrization", "Day 225, Day 309 and EOT" (an event right after the last time, not offered as
  an alternative: "up to 17 years or until death, whichever comes first" is 17 years).
- "30 minutes from t=60 to t=90" is [60, 90] minutes: the marks, in the unit of the
  window's length (the length is not a point).
- Clock times are not durations: "begins at 1800 hrs and proceeds through 1200 hours".
- Treatment cycles count only when the text states the cycle length ("each cycle
  is 28 days", "28-day cycles"): then "Cycle N Day D" is (N-1)*L + D, "C2D1" is
  L + 1, "end of cycle N" and "Cycle N" are N*L, "4 cycles" is 4*L. Without the
  length, cycle times are skipped with a warning, except days of cycle 1 ("Cycle 1
  Day 15", "Day 1 to Day 28 of Cycle 1"): cycle 1 starts on day 1 whatever its
  length, so its days are study days (a deliberate difference from reading every
  cycle time as unknown). Where cycles are numbered from 0 ("cycle 0 day 1, cycle 0
  day 3", a lead-in), cycle 0 is that first cycle and cycle 1 a later one. When a later cycle is named ("Cycle 2", "subsequent
  cycles") and the length is not stated or is given as alternatives ("21 or 28
  days"), only an explicit bound ("up to 9 weeks") gives a horizon.
- Calendar dates ("Up to August 1, 2022", "2019.7-2022.7", "2023-2024") are not
  durations: null and a warning, and "from <a date> to ..." starts at no 0. So is
  prose with no time ("through study completion", "Hospital discharge", "Daily").
- Labels are not times: "Visit 8", "Cohort 1", "course 2", "Phase 1", "dose 1",
  "session 3", "Point 2", "Version 4.0".

Points come back sorted and de-duplicated; results are cached per text because
time frames repeat a lot across a registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

__all__ = ["UNIT_DAYS", "TimeFrame", "parse_time_frame"]


def _trie(words: list[str] | tuple[str, ...]) -> str:
    """A regex for exactly these literal words, one branch per letter ("t(?:en|hree|wo)"):
    the engine tries a few letters per position instead of every word."""
    groups: dict[str, list[str]] = {}
    empty = False
    for word in sorted(set(words)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            empty = True
    alternatives = [re.escape(c) + _trie(rest) for c, rest in groups.items()]
    if len(alternatives) == 1 and not empty:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")" + ("?" if empty else "") if alternatives else ""


class TimeFrame(NamedTuple):
    """What one time frame says: its points and horizon in days, or why not."""

    points: list[float]
    horizon: float | None
    warning: str | None


UNIT_DAYS: dict[str, float] = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.4375,
    "year": 365.25,
}

# Spelling of a unit -> its canonical name (looked up after lower-casing).
_UNIT_SPELLINGS: dict[str, str] = {}
for _canon, _forms in {
    "second": ("seconds", "second", "secs", "sec"),
    "minute": ("minutes", "minute", "mins", "min"),
    "hour": ("hours", "hour", "hrs", "hr", "h"),
    "day": ("days", "day", "d"),
    "week": ("weeks", "week", "wks", "wk", "w"),
    "month": ("months", "month", "mounths", "mounth", "mths", "mth", "mos", "mo"),
    "year": ("years", "year", "yrs", "yr", "y"),
}.items():
    for _form in _forms:
        _UNIT_SPELLINGS[_form] = _canon

# Longest first so "months" wins over "mo"; the unit must end the word. (A letter trie of
# the same spellings reads the same but was no faster: measured.)
_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w"
    r"|mounths?|months?|mths?|mos?|years?|yrs?|y)(?![a-z])"
)
# At most 5 digits: a longer run is an identifier, not a time ("CYC140" aside). The first
# digit comes before the look-behind (which reads "no digit before it") so that a pattern
# opening with a number lets the regex engine skip to the next digit at once.
_NUM = r"\d(?<!\d\d)\d{0,4}(?:\.\d{1,4})?(?!\d)(?!\.\d)"
# An item of a list that ends in a unit ("0, 3, 6, and 12 months").
_SEP = r"\s*(?:,|;|/|&|\band\b|\bor\b|\bto\b|-)\s*(?:and\s+|or\s+|to\s+)?"
# A number that is not itself followed by a unit (which would make it a list of its own).
_BARE_NUM = (_NUM + r"(?!\s*-?\s*" + _UNIT + r"(?!\s*[:#.]?\s*[-+]?\d))"
             r"(?!\s*(?:st|nd|rd|th)\b)")

# ---------------------------------------------------------------- normalization
_PUNCT = str.maketrans({
    "、": ",", "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "【": "[", "】": "]",
    "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "～": "~", "\u00a0": " ", "\\": " ",
    "＋": "+", "／": "/",
})
_CJK_UNIT = re.compile(r"第?\s*(\d+(?:\.\d+)?)\s*(?:个)?(天|日|周|星期|个月|月|年|小时|分钟)")
_CJK_WORDS = (("基线", " baseline "), ("筛选期", " screening "), ("筛选", " screening "),
              ("至", " to "), ("到", " to "), ("和", " and "), ("及", " and "))
_CJK_UNITS = {"天": "days", "日": "days", "周": "weeks", "星期": "weeks", "个月": "months",
              "月": "months", "年": "years", "小时": "hours", "分钟": "minutes"}

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINALS = {
    "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "eightth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
# The look-ahead for the words' first letters fails most positions before the \b is tried
# (0.43-0.56x the time of the pattern without it on the corpus texts).
_WORD_NUMBER = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in (*_TENS, *_SMALL, *_ORDINALS)})) + "])"
    r"\b(?:(" + "|".join(_TENS) + r")(?:[\s-](" + "|".join(k for k in _SMALL if k != "zero")
    + r"))?|(" + "|".join(_SMALL) + r")|(" + "|".join(_ORDINALS) + r")"
    # an ordinal word is a time only before a unit: "third day", "first postoperative day"
    r"(?=\s+(?:(?:post-?operative|study|hospital|treatment)\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)\b))\b"
)
# "second" is an ordinal unless a number precedes it ("120 second(s)" is the unit).
_SECOND_ORDINAL = re.compile(
    r"(?:(?<![\d\s])(\s*)|^)\bsecond\b(?=\s+(?:(?:post-?operative|study|hospital|treatment)\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?)\b)")
_GLUED_WORD = re.compile(
    r"\b(at|to|upto|up to|within|after|over|for|was|is|of|by|about|and|or)(\d)")
# "1,5-months" is 1.5 months (a list is "1, 5 months" or "1,5 months").
_DECIMAL_COMMA = re.compile(r"(\d)(?<![\d,]\d),(\d)(?=-(?:months?|years?|weeks?|days?|hours?)\b)")
# "13 1/2 months" is 13.5 months.
_HALF_FRACTION = re.compile(r"(\d)\s*(?:\s1\s*/\s*2\b|½)")
_HALF = re.compile(r"\b(?:a\s+)?half[\s-]+(hour|day|year|month)\b")
_FREQUENCY_WORDS = (
    (re.compile(r"\b(?:half[\s-]*annual(?:ly)?|semi-?annual(?:ly)?|bi-?annual(?:ly)?)\b"),
     " every 6 months "),
    (re.compile(r"\bquarterly\b"), " every 3 months "),
    (re.compile(r"\b(?:annual(?:ly)?|yearly|every\s+year)\b"), " every 1 year "),
    (re.compile(r"\b(?:monthly|every\s+month)\b"), " every 1 month "),
    (re.compile(r"\b(?:bi-?weekly|fortnightly)\b"), " every 2 weeks "),
    (re.compile(r"\b(?:weekly|every\s+week)\b"), " every 1 week "),
    (re.compile(r"\b(?:once\s+)?(?:daily|every\s+day)\b"), " every 1 day "),
)
_ORDINAL_BEFORE_NUMBER = re.compile(r"\b(?:first|last|initial|next)\s+(?=\d)")
_FREQUENCY_HINT = re.compile(
    r"annual|yearly|monthly|quarterly|weekly|daily|fortnight|every\s+(?:year|month|week|day)")
# Substrings of every number word _WORD_NUMBER reads ("teen" covers 13-19): a cheap pre-test.
_NUMBER_WORD_HINTS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "first", "second", "third", "fifth", "ninth", "twelfth", "last",
    "initial", "next",
)
# One search for all of them (faster than a substring test per word on most texts).
_NUMBER_WORD_HINT = re.compile(_trie(_NUMBER_WORD_HINTS))
_FIRST_CYCLE = re.compile(r"\bfirst\s+(?:treatment\s+)?cycle\b")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_LETTER_DIGIT = re.compile(r"\d(?<=[a-z]\d)")  # a letter then a digit, found from the digit
_ORDINAL_SUFFIX = re.compile(r"(\d)\s*(?:st|nd|rd|th)\b")
_ORDINAL_DOT = re.compile(r"(\d)\.\s+(?=" + _UNIT + r")")
_HOURS_MINUTES = re.compile(r"(\d+)\s*h\s*(\d{2})\b")
# Pre-tests that open with a literal (the engine then jumps between its occurrences, much
# cheaper than the rewrite they guard when, as in most texts, it finds nothing): each is
# a part every match of the rewrite's pattern contains.
# _HOURS_MINUTES: its "h" follows a digit or a space ("month 12" is no hint: 4 texts of
# 5,000 pass where 62 passed without the look-behind).
_H_DIGITS = re.compile(r"h(?<=[\d\s]h)\s*\d\d")
_DECIMAL_COMMA_HINT = re.compile(r",\d-")  # _DECIMAL_COMMA
_DOT_SPACE = re.compile(r"\.\s")  # _ORDINAL_DOT
_HYPHEN_THEN_LIST = re.compile(r"-\s*(?:,|and|&|or)")  # _TRAILING_HYPHEN
# A clock time is not a duration: "begins at 1800 hrs and proceeds through 1200 hours" (four
# digits, HHMM, after a word that names a moment); checked only on such a reading of hours.
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_LEAD = re.compile(r"\b(?:at|through|thru|until|till|from|by)\s+$")
_TILDE_RANGE = re.compile(r"(\d)\s*~\s*(\d)")
_TRAILING_HYPHEN = re.compile(r"(\d)\s*-\s*(?=,|\band\b|&|\bor\b)")

# Tolerances: "(± 4)", "[±2]", "(+/- 7days)" whole; "± 60 days" after a unit; "± 3" before one.
_TOLERANCE_BRACKET = re.compile(r"[\(\[]\s*(?:±|\+\s*/\s*-|\+-)[^\)\]]*[\)\]]")
_TOLERANCE_AFTER_UNIT = re.compile(
    r"(" + _UNIT + r")\s*(?:±|\+\s*/\s*-|\+-)\s*" + _NUM + r"\s*-?\s*" + _UNIT)
_TOLERANCE = re.compile(r"(?<=\d)\s*(?:±|\+\s*/\s*-|\+-)\s*" + _NUM)
_TOLERANCE_WITH_UNIT = re.compile(r",?\s*(?:±|\+\s*/\s*-)\s*" + _NUM + r"\s*-?\s*" + _UNIT)

_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
               r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_YEAR = r"(?:19|20)\d\d"
_DATES = re.compile(
    r"\b" + _MONTH_NAME + r"\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?" + _YEAR + r"\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\.?,?\s*" + _YEAR + r"\b"
    r"|\b" + _YEAR + r"[./-](?:0?[1-9]|1[0-2])(?:[./-]\d{1,2})?\b(?!\s*-?\s*" + _UNIT + r")"
    r"|\b" + _YEAR + r"\b(?!\s*-?\s*" + _UNIT + r")(?!\.\d)"
)

# Numbered labels that are not times: "Visit 8", "Cohort 1 and 2", "course 1", "Phase 1".
_LABEL_WORDS = (
    "visits?", "cohorts?", "courses?", "arms?", "groups?", "phases?", "parts?", "stages?", "points?",
    "sessions?", "doses?", "levels?", "versions?", "grades?", "types?", "steps?", "periods?",
    "conditions?", "regimens?", "patients?", "pts", "participants?", "subjects?", "lines?", "r",
    r"t(?=\d)", r"time(?=\s*\d+\s*:)", "n", "#",
)
_LABEL_BY_LETTER: dict[str, list[str]] = {}
for _word in _LABEL_WORDS:
    _LABEL_BY_LETTER.setdefault(_word[0], []).append(_word[1:])
# The words grouped by first letter (in their order; words of different letters cannot match
# at one place), behind a look-ahead for those letters: the look-ahead fails most positions
# at once, the \b only then (0.7-0.8x the time of "\b(?:visits?|cohorts?|...)" on the corpus
# texts; opening on the letters as a class was slower, being common letters).
_LABEL = re.compile(
    "(?=[" + "".join(_LABEL_BY_LETTER) + r"])\b(?:"
    + "|".join(c + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
               for c, rest in _LABEL_BY_LETTER.items()) + ")"
    r"\s*[#:=]?\s*-?\s*" + _BARE_NUM + r"(?:\s*(?:,|and|&|-|to)\s*" + _BARE_NUM + r")*"
)

# ---------------------------------------------------------------- cycles
_CYCLE_LENGTH = (
    re.compile(r"(\d+)\s*-?\s*(day|week)s?\s*(?:\(\w+\)\s*)?(?:treatment\s+|dosing\s+)?cycles?\b"),
    re.compile(r"cycles?\s*(?:\d+\s*)?(?:is|=|are|:|lasts?|of|consists?|comprises?)\s*(?:of\s+|a\s+)?(?:\d+\s*(?:-|or)\s*)?"
               r"(\d+)\s*-?\s*(day|week)s?\b"),
    re.compile(r"cycles?\s*\d*\s*\(\s*(\d+)\s*-?\s*(day|week)s?\s*\)"),
)
_CYCLE_REFS = re.compile(
    # C1D1, C2D15
    r"\bc(?P<cd_c>\d+)\s*d(?P<cd_d>\d+)\b"
    # Cycle 1 Day 1 / Cycle 1, Day 1 and Day 13 / Cycle 1 day1,8,15, 21
    r"|\bcycles?\s*(?P<cy_c>\d+)\s*[,:]?\s*(?:\(\s*)?(?:days?|d)\s*(?P<cy_d>\d+"
    r"(?:\s*(?:,|and|&|-|to)\s*(?:days?\s*)?\d+)*)"
    # day1, day2 of cycle1 / Day 1 to Day 28 of Cycle 1
    r"|\b(?:days?|d)\s*(?P<dc_d>\d+(?:\s*(?:,|and|&|-|to|through)\s*(?:days?\s*)?\d+)*)\s*,?\s*"
    r"(?:(?:of|in)\s+)?(?:the\s+)?(?:treatment\s+)?cycles?\s*"
    r"(?P<dc_c>\d+(?:\s*(?:,\s*and|,|and|&)\s*\d+(?!\s*-?\s*" + _UNIT + r"))*)"
    # end of cycle 1 / Cycles 1-6 / cycle 8
    r"|\bcycles?\s*(?P<c_a>\d+)(?:\s*(?:-|to|and|&|through|,)\s*(?:cycles?\s*)?(?P<c_b>\d+))?"
    # Up to 4 cycles / first 6 cycles
    r"|\b(?P<every_n>every\s+|each\s+)?(?P<n_cycles>\d+)\s*(?:treatment\s+)?cycles?\b"
    # subsequent cycles / each cycle / every cycle
    r"|\b(?P<later>subsequent|each|every|later|following)\s+(?:treatment\s+)?cycles?\b"
)
_CYCLE_WORD = re.compile(r"\bcycles?(?![a-z])|\bc\d+\s*d\d")
# Its second half alone ("C2D1"), written to start from the "c": the engine jumps to each "c".
_CYCLE_DAY_WORD = re.compile(r"c(?<!\wc)\d+\s*d\d")

# ---------------------------------------------------------------- time values
# "Day 1+48 hours", "H0+2h", "J0+180 days", "T0 + 5 months".
_COMPOSITE = re.compile(
    r"\b(?P<anchor_unit>day|d|j|h|t)\s*(?P<anchor>[-+]?\d+)\s*\+\s*(?P<n>" + _NUM + r")\s*-?\s*"
    r"(?P<unit>" + _UNIT + r")"
)
# "26 weeks (4+22 weeks)": the parts of one length add up.
_SUM = re.compile(
    r"(?<![\w.+])(?P<n1>" + _NUM + r")\s*\+\s*(?P<n2>" + _NUM + r")\s*-?\s*(?P<unit>" + _UNIT + r")")
# "30 minutes from t=60 to t=90": a window between two clock marks in the unit of its length
# (the length itself is not a time point).
_T_MARKS = re.compile(
    r"(?:" + _NUM + r"\s*-?\s*(?P<unit>" + _UNIT + r")\s+f?from\s+)t\s*=\s*(?P<a>\d{1,4})\s*"
    r"(?:-|to|until|through)\s*t\s*=\s*(?P<b>\d{1,4})\b")
# "12 hours post-dose on day 7" is 7.5 days.
_HOURS_ON_DAY = re.compile(
    r"(?P<n>" + _NUM + r")\s*-?\s*(?P<unit>hours?|hrs?|h|minutes?|mins?)\s+"
    r"(?:post[\s-]?dose|after\s+(?:the\s+)?(?:dose|dosing|infusion|injection|administration))"
    r"\s+on\s+day\s*(?P<day>\d{1,4})\b")
# "3 years 5 months", "5 years and 2 months" (a smaller unit after a larger one).
_COMPOUND = re.compile(
    r"(?P<n1>" + _NUM + r")\s*-?\s*(?P<u1>" + _UNIT + r")\s*,?\s*(?:and\s+)?(?P<n2>" + _NUM
    + r")\s*-?\s*(?P<u2>" + _UNIT + r")"
)
# "every 3 months", "every 6-8 weeks" (the frequency words were rewritten to this form).
_EVERY = re.compile(
    r"\b(?:every|each)\s+(?P<n>" + _NUM + r")?(?:\s*(?:-|to|or)\s*(?P<n_hi>" + _NUM + r"))?\s*-?\s*"
    r"(?P<unit>" + _UNIT + r")"
)
# A bound right after a schedule: "for 2 years", ", up to 24 months", "during 6 months".
_SCHEDULE_BOUND = re.compile(
    r"^[^;.\d]{0,40}?\b(?:for|up\s*to|upto|until|till|through|thru|during|over|to)\b[^;.\d]{0,30}$"
)
# "Day 28", "Weeks 4-12", "Week 7, 13, 25", "Day -6", "D0", "J1", "H0".
# It opens on the unit's first letter as a class, its look-behinds after it, so that the engine
# jumps from one such letter to the next (0.76x the time of the same pattern behind a
# "(?=[dwmyhj])" look-ahead on the corpus texts); the unit is head + tail: "days?", "weeks?",
# "wks?", "months?", "mths?", "years?", "yrs?", "hours?", "hrs?", or the letter alone before
# a number ("D0", "J1", "H0", "W4").
_PREFIXED = re.compile(
    r"(?P<head>[dwmyhj])(?<![\da-z][dwmyhj])(?<!\d\s[dwmyhj])"
    r"(?:(?P<tail>(?<=d)ays?|(?<=w)(?:eeks?|ks?)|(?<=m)(?:onths?|ths?)|(?<=y)(?:ears?|rs?)"
    r"|(?<=h)(?:ours?|rs?))\s*[:#.]?\s*"
    r"|(?<=[djhw])(?=[-+]?\d))"
    r"(?P<first>[-+]?" + _BARE_NUM + r")(?P<rest>(?:(?:\s*\([^()\d]{0,30}\))?" + _SEP
    + r"[-+]?" + _BARE_NUM + r")*)"
)
# "0, 3, 6, and 12 months", "4-12 weeks", "6-12-36 months", "24-months", "1 postoperative day".
# The pattern opens on the list's first digit, its "no digit, dot or letter before" after
# that digit, so that the engine jumps from digit to digit; a minus opening a bracket before
# the list is a sign ("(-2 weeks)", "(- 48 hours to Day 0)"), found by _suffixed, which
# starts the match at that minus.
_SUFFIXED = re.compile(
    r"(?P<list>\d(?<![\d.a-z]\d)" + _NUM[len(r"\d(?<!\d\d)"):] + r"(?:" + _SEP + _NUM + r")*)"
    r"\s*,?\s*-?\s*"
    r"(?:(?:post-?operative|study|hospital|treatment|calendar|consecutive|full)\s+)?"
    r"(?P<unit>" + _UNIT + r")"
    r"(?P<apart>\s+apart\b|\s+(?:of\s+age|old)\b|\s+(?:corrected\s+)?gestational\s+age\b)?"
    r"(?P<before>\s*(?:before|prior\s+to|pre[\s-](?!dose|treatment|op\b|operat)|earlier)"
    r"(?P<and_after>\s+and\s+after)?)?"
)
# A whole chain of list items, and what _SUFFIXED needs right after a chain. A _SUFFIXED
# match starting at any item of a chain runs to the chain's end (a unit cannot start where
# a separator and a number do), so a chain not followed by a unit holds no match at all;
# on long texts such chains are hidden from _SUFFIXED, which would otherwise try every
# item as a start and scan to the chain's end each time (quadratic in the list's length).
_CHAIN = re.compile(_NUM + r"(?:" + _SEP + _NUM + r")*+")
_CHAIN_TAIL = re.compile(
    r"\s*,?\s*-?\s*(?:(?:post-?operative|study|hospital|treatment|calendar|consecutive|full)\s+)?"
    + _UNIT)
_LONG_CHAINS_FROM = 300  # characters; below this the pre-pass costs more than it saves
_NUMBER = re.compile(_NUM)
_SIGNED_NUMBER = re.compile(r"(?:(?<=[\sa-z,;/&])[-+])?" + _NUM)

# The words of a 0, each branch opening on its first letter with the look-behinds after it
# ("b(?<!\wb)(?<!post-b)" is "(?<!post-)\bb"), so that the engine jumps from one of the five
# letters to the next instead of trying the look-behinds at every position (0.5x the time of
# the same alternatives behind "(?<![a-z])(?<!post-)(?<!post )\b" on the corpus texts).
# Words of different first letters cannot match at one place, so the grouping by letter
# (in the order of the words) finds the same matches.
_ZERO_WORDS = re.compile(
    r"(?:b(?<!\wb)(?<!post-b)(?<!post b)(?:ase[\s-]?line"
    r"|efore\s+(?:the\s+)?(?:start\s+of\s+)?(?:treatment|intervention|surgery|therapy|injection"
    r"|infusion|dosing|the\s+first\s+dose)|eginning\s+of\s+the\s+study"
    r"|efore(?<!§\sbefore)(?<!§before)(?=\s+and\s+after\b))"
    r"|s(?<!\ws)(?<!post-s)(?<!post s)(?:creening|tart\s+of\s+the\s+study)"
    r"|p(?<!\wp)(?<!post-p)(?<!post p)re-?\s?(?:dose|treatment|op(?:erative(?:ly)?|eration)?\b"
    r"|intervention|therapy|program|injection|infusion|surgery|implant\w*|vaccination)"
    r"|t(?<!\wt)(?<!post-t)(?<!post t)ime\s+zero"
    r"|i(?<!\wi)(?<!post-i)(?<!post i)nitially)\b"
)
# An anchor that is itself the first point when the text starts from it: "At enrolment",
# "On admission", "Before, 14 days, ...", and "From <event> to/until <end>" (the event is 0).
# What follows each opening: an event ("at enrolment"), "before", or "from ... to".
_ANCHOR_EVENT = (
    r"\s*(?:(?:at|on|since|the|date|time|day|of|study)\s+)*"
    r"(?:enrol{1,2}ment|inclusion|admission|randomi[sz]ation|intake|first\s+infusion"
    r"|first\s+dose|day\s+of\s+surgery|time\s+of\s+surgery|surgery|study\s+entry"
    r"|start\s+of\s+(?:the\s+)?(?:treatment|therapy|study|intervention)"
    r"|(?:before|prior\s+to)(?=\s*(?:[,;]|\band\b|$)))\b")
_ANCHOR_BEFORE = r"\s*(?:immediately\s+)?before\b(?=\s+[a-z])"
_ANCHOR_FROM = (
    r"\s*from\b(?!\s*(?:[§\d¤]|" + _MONTH_NAME + r"\b))"
    r"(?=[^;]{1,100}?\b(?:to|until|till|untill|through|up\s*to)\b)")
_FROM_LEADS = ("time", "interval", "assessed", "measured", r"followed\s+up", "period", "and",
               "collected", "documented", "recorded", "reported", "evaluated", "observed")
_START_ANCHOR = re.compile(
    r"(?:(?<![a-z])|(?=[,;:(.\[]))(?:"
    r"(?:^|[,;:(.]|\band\b)" + _ANCHOR_EVENT
    + r"|(?:^|[,;])" + _ANCHOR_BEFORE
    + r"|(?:^|[,;:(.\[]|\b(?:" + "|".join(_FROM_LEADS) + r"))" + _ANCHOR_FROM + ")"
)


def _word_start(word: str) -> str:
    """``\\bword`` written to open with its first letter (the look-behind comes after it)."""
    return word[0] + r"(?<!\w" + word[0] + ")" + word[1:]


# The same matches past position 0 (where "^" cannot match), each branch opening with its
# first character in the order _START_ANCHOR tries them, so that the engine jumps from one
# possible opening to the next instead of trying every branch at every position.
_START_ANCHOR_AFTER_0 = re.compile("|".join(
    [re.escape(c) + tail for c in ",;:(.["
     for tail, openers in ((_ANCHOR_EVENT, ",;:(."), (_ANCHOR_BEFORE, ",;"),
                           (_ANCHOR_FROM, ",;:(.["))
     if c in openers]
    + [_word_start("and") + r"\b" + _ANCHOR_EVENT]
    + [_word_start(word) + _ANCHOR_FROM for word in _FROM_LEADS]
))
# The same without the branches that need "from" (they cannot match where the text has no
# "from", so this one finds the same matches there, trying fewer branches at each letter:
# 0.80-0.92x the time over the corpus texts).
_START_ANCHOR_AFTER_0_NO_FROM = re.compile("|".join(
    [re.escape(c) + tail for c in ",;:(.["
     for tail, openers in ((_ANCHOR_EVENT, ",;:(."), (_ANCHOR_BEFORE, ",;"))
     if c in openers]
    + [_word_start("and") + r"\b" + _ANCHOR_EVENT]
))


def _start_anchors(s: str) -> Iterator[re.Match[str]]:
    """_START_ANCHOR.finditer(s), faster: the first try at 0, then the "^"-free pattern."""
    first = _START_ANCHOR.match(s)
    if first is not None:
        yield first
    after_0 = _START_ANCHOR_AFTER_0 if "from" in s else _START_ANCHOR_AFTER_0_NO_FROM
    yield from after_0.finditer(s, first.end() if first is not None else 1)


# "Implant to one year", "Immediately post-surgery to discharge", "Date of confirmed response
# to date of progression": an event that opens the text and runs "to" a later one is a start
# (0) even without "from".
_LEADING_EVENT = re.compile(
    r"\s*(?:(?:immediately|right|just)\s+)?(?:(?:post|after)[\s-]?)?"
    r"(?:(?:the\s+)?(?:date|time|day|start|end|onset|beginning)\s+of\s+)?"
    r"(?:(?:the|first|initial|confirmed|study|hospital)\s+)*"
    r"(?:surgery|implant\w*|admission|randomi[sz]ation|enrol{1,2}ment|response|infusion"
    r"|transplant\w*|diagnosis|birth|delivery|injection|vaccination|dose|dosing|treatment"
    r"|therapy|procedure|operation|consent|registration|inclusion|administration)"
    r"\s+(?:to|until|till|through)\b")
# "Baseline (Day 1)" and "Week 1 (Baseline)": the stated time is the baseline, no extra 0.
_BASELINE_DEFINED = re.compile(
    r"\b(?:base[\s-]?line|screening)(?=\s*[\(\[]\s*(?:(?:days?|weeks?|months?|d|w)\s*-?\d"
    r"|-?\s*\d+\s*(?:days?|weeks?|months?)\b))"
    r"|(?<=\d)\s*[\(\[]\s*(?:base[\s-]?line|screening)\s*[\)\]]"
)
# After a 0, words that name a later time the text does not state.
# "Week 4: Pre-dose", "Cycle 1 day 1, 8 pre-dose", "Pre-dose on day 1": the time before that
# day's dose is that day, not a study-start 0.
_DAY_THEN_PRE_DOSE = re.compile(r"§\s*[:,]?\s*$")
_PRE_DOSE_OF_A_DAY = re.compile(r"pre-?\s?(?:dose|treatment)\s+on\s+§")
_OPEN_END_POINT = re.compile(
    r"\b(?:to|until|till|untill|through|thru|up\s*to|after|end|discont\w*|discharge"
    r"|completion|follow[\s-]*up|death|progression)\b")
_TIME_IN_BRACKET = re.compile(
    r"\s*(?:[\(\[]\s*(?:within\s+|at\s+|approx\w*\s+|about\s+)?|\son\s+)§")
_DEFINED_AFTER = re.compile(r"[^()§;,]{0,20}[\(\[]\s*§")
_OPEN_WINDOW = re.compile(r"\s*(?:starting\s+)?from\s+§")
_ANCHORS_A_TIME = re.compile(r"§\s*(?:from|after|since|following)\s+(?:the\s+)?$")
_FROM_END = re.compile(r"\b(?:to|until|till|untill|through|up\s*to)\b")
_UNSTATED_END = re.compile(
    r"(?:(?:,|\band\b)\s*(?:at\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:study|trial|follow[\s-]*up)"
    r"|study\s+(?:completion|end)|final\s+(?:study\s+)?visit|entire\s+study(?:\s+period)?"
    r"|eot|eos|end\s+of\s+treatment)"
    r"|\buntil\s+(?:the\s+)?(?:last\s+)?follow[\s-]*up)\b(?![^§]*§)")
# After the last stated time, an end that is an event, not a time: "12 months after
# amputation up to cicatrization", "Week 12 until disease progression".
# Not an alternative ("or until death, whichever comes first") nor a data cut-off.
_UNTIL_EVENT = re.compile(
    r"[^§\d(),;]{0,40}?(?<!\bor\s)\b(?:up\s*to|until|till|untill)\s+(?:the\s+)?(?!data\b|cut)"
    r"[a-z][^§\d()]*")
_OPEN_ENDED = re.compile(r"\b(?:thereafter|onwards?|indefinite(?:ly)?)\b")
_BOUND_BEFORE = re.compile(
    r"(?:up\s*to|upto|maximum|max\.?|approx\.?|approximately|until|average\s+of|~)"
    r"\W*(?:\w+\W+){0,2}$"
)


# Literal hints: a pass is skipped when its words are absent (cheaper than a failed search).
# "Pre- to post-therapy": a hanging "pre-" shares the noun that follows (a 0 as well).
_HANGING_PRE = re.compile(r"\bpre-(?=\s+(?:to|and|&|vs\.?)\s)")
_ANCHOR_HINT = re.compile(
    r"enrol|inclusion|admission|randomi|intake|first|surgery|entry|start|before|prior|from")
_BACK_TO_BACK = re.compile(
    r"[^;.§\d]{0,40}?\b(?:followed\s+by|plus)\b[^;.§\d]{0,12}"
    # "The Treatment Period lasted 12 weeks and the RW Period started after the Treatment
    # Period and lasted 4 weeks"
    r"|[^;.§\d]{0,80}?\b(?:started|starting|began|begins|starts)\s+after\b[^;.§\d]{0,60}?"
    r"\blast(?:ed|s|ing)?\s+(?:for\s+)?"
    r"|\s*of\s+(?:\w+\s+){0,2}(?:therapy|treatment|dosing|intervention)\s+(?:and|then)\s+")
# "a 2-month wash-out period following the 3-year treatment period": the first comes after.
_AFTER_PERIOD = re.compile(r"[^;.§\d]{0,30}?\b(?:period|phase)\s+following\s+(?:the\s+|a\s+)?")
_LONG_UNIT = re.compile(r"month|year|\bmos?\b|\byrs?\b")


class _Value(NamedTuple):
    start: int
    end: int
    days: float


def _word_number(m: re.Match[str]) -> str:
    tens, tens_unit, small, ordinal = m.groups()
    if tens:
        return str(_TENS[tens] + (_SMALL[tens_unit] if tens_unit else 0))
    if small:
        return str(_SMALL[small])
    return str(_ORDINALS[ordinal])


def _cjk_unit(m: re.Match[str]) -> str:
    return f" {m.group(1)} {_CJK_UNITS[m.group(2)]} "


def _normalize(text: str) -> tuple[str, bool]:
    """Lower-case, one spelling per symbol, numbers as digits; True if a calendar date was cut."""
    # The only ASCII symbol _PUNCT rewrites is the backslash (translate reads a dict per
    # character, a replace does not).
    if text.isascii():
        s = (text.replace("\\", " ") if "\\" in text else text).lower()
    else:
        s = text.translate(_PUNCT).lower()
    if not s.isascii():
        s = _CJK_UNIT.sub(_cjk_unit, s)
        for cjk, english in _CJK_WORDS:
            s = s.replace(cjk, english)
        s = s.replace("±", " ± ")
    # Each rewrite runs only when a cheap test says it can apply: most time frames are short
    # and plain, and a regex pass costs microseconds even when it finds nothing.
    if _LETTER_DIGIT.search(s):
        s = _GLUED_WORD.sub(r"\1 \2", s)
    if "," in s and _DECIMAL_COMMA_HINT.search(s):
        s = _DECIMAL_COMMA.sub(r"\1.\2", s)
    if "1/2" in s or "½" in s:
        s = _HALF_FRACTION.sub(r"\1.5", s)
    if "half" in s:
        s = _HALF.sub(r"0.5 \1", s)
    if ("ly" in s or "every" in s or "annual" in s or "fortnight" in s) and _FREQUENCY_HINT.search(s):
        for pattern, repl in _FREQUENCY_WORDS:
            s = pattern.sub(repl, s)
    if _NUMBER_WORD_HINT.search(s):
        s = _WORD_NUMBER.sub(_word_number, _ORDINAL_BEFORE_NUMBER.sub("", s))
        if "second" in s:
            s = _SECOND_ORDINAL.sub(r"\g<1>2", s)
    if _ORDINAL_SUFFIX.search(s):  # a search is cheaper than a sub that finds nothing
        s = _ORDINAL_SUFFIX.sub(r"\1", s)
    if "first" in s:
        s = _FIRST_CYCLE.sub("cycle 1", s)
    n_dates = 0
    if ("20" in s or "19" in s) and _YEARISH.search(s):  # the test first: 0.5x the time
        s, n_dates = _DATES.subn(" ¤ ", s)  # ¤: a date was here (not a start event)
    if "." in s and _DOT_SPACE.search(s):
        s = _ORDINAL_DOT.sub(r"\1 ", s)
    if _H_DIGITS.search(s) and _HOURS_MINUTES.search(s):
        s = _HOURS_MINUTES.sub(lambda m: f"{int(m.group(1)) + int(m.group(2)) / 60:g} h", s)
    if "~" in s:
        s = _TILDE_RANGE.sub(r"\1-\2", s).replace("~", " ~ ")
    if "±" in s or "+" in s:
        s = _TOLERANCE_BRACKET.sub(" ", s)
        s = _TOLERANCE_AFTER_UNIT.sub(r"\1", s)
        s = _TOLERANCE_WITH_UNIT.sub(" ", _TOLERANCE.sub("", s))
    if "-" in s and _HYPHEN_THEN_LIST.search(s):
        s = _TRAILING_HYPHEN.sub(r"\1 ", s)
    if ("(" in s or "[" in s) and ("base" in s or "screening" in s):
        s = _BASELINE_DEFINED.sub(" ", s)
    if _LABEL.search(s):
        s = _LABEL.sub(lambda m: "#" * len(m.group()), s)
    return s, n_dates > 0


_HOUR = UNIT_DAYS["hour"]


def _unit_days(unit: str) -> float:
    return UNIT_DAYS[_UNIT_SPELLINGS[unit]]


def _mask(s: str, start: int, end: int) -> str:
    return s[:start] + "§" * (end - start) + s[end:]


_DIGITS_HIDDEN = str.maketrans("0123456789", "__________")


def _unitless_chains_hidden(s: str) -> str:
    """``s`` with the digits of each chain of list items that no unit follows turned into
    "_", for _SUFFIXED: the same matches, found in linear time on a long list of bare
    numbers. "_" is a word character that is neither a letter nor a digit, so the \\b and
    (?![a-z]) tests of a match beside a hidden chain read it as they read its digits."""
    if len(s) < _LONG_CHAINS_FROM:
        return s
    for m in _CHAIN.finditer(s):
        if not _CHAIN_TAIL.match(s, m.end()):
            s = s[:m.start()] + m.group().translate(_DIGITS_HIDDEN) + s[m.end():]
    return s


def _suffixed(s: str) -> Iterator[tuple[int, re.Match[str], bool]]:
    """_SUFFIXED's matches in ``s``, each with where it starts and whether it is negative:
    a minus after an opening bracket and at most one white space ("(-2 weeks)", "( - 48
    hours to Day 0)") is a sign, and the match starts at it (as the look-behinds
    "(?<=[(\\[])-\\s*" and "(?<=[(\\[]\\s)-\\s*" before the list would start it)."""
    after = 0  # where the previous match ended: a match cannot start before it
    for m in _SUFFIXED.finditer(s):
        start = i = m.start()
        while i > 0 and s[i - 1].isspace():
            i -= 1
        i -= 1  # the minus, if there is one
        if (i >= max(after, 1) and s[i] == "-"
                and (s[i - 1] in "([" or (i >= 2 and s[i - 1].isspace() and s[i - 2] in "(["))):
            yield i, m, True
        else:
            yield start, m, False
        after = m.end()


def _cycle_length(s: str) -> tuple[float | None, str]:
    """The stated cycle length in days, and the text with that statement's time masked."""
    length = None
    for i, pattern in enumerate(_CYCLE_LENGTH):
        for m in pattern.finditer(s):
            if length is None and " or " not in m.group():  # "21 or 28 days": not known
                length = float(m.group(1)) * (7.0 if m.group(2) == "week" else 1.0)
            # "each cycle is 28 days" says how long a cycle is; it is not a time point.
            # "Cycle 1 (28 days)" keeps its cycle number: cycle 1 ends on day 28.
            s = _mask(s, m.start() if i == 1 else m.start(1), m.end(2))
    return length, s


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text)]


def _signed_numbers(text: str) -> list[float]:
    """Numbers of a list tail; a sign counts only after a word or comma ("-6 and -3"), not
    as a range dash ("8-10")."""
    return [float(n) for n in _SIGNED_NUMBER.findall(text)]


def _read_cycles(
    s: str, values: list[_Value], schedules: list[tuple[int, int, float | None]]
) -> tuple[str, bool, bool]:
    """Cycle times (when the length is stated); returns masked text, skipped?, later cycle?"""
    if not (("cycle" in s and _CYCLE_WORD.search(s)) or _CYCLE_DAY_WORD.search(s)):
        return s, False, False
    length, s = _cycle_length(s)
    skipped = later = False
    refs = list(_CYCLE_REFS.finditer(s))
    # Cycles numbered from 0 (a lead-in "cycle 0"): cycle 0 is the first, so it starts on day 1.
    first = 0 if any(m.group("cy_c") == "0" or m.group("cd_c") == "0" for m in refs) else 1
    for m in refs:
        days: list[float] = []
        g = m.groupdict()
        if g["cd_c"] is not None:
            pairs = [(int(g["cd_c"]), float(g["cd_d"]))]
        elif g["cy_c"] is not None:
            pairs = [(int(g["cy_c"]), d) for d in _numbers(g["cy_d"])]
        elif g["dc_c"] is not None:
            pairs = [(int(c), d) for c in _numbers(g["dc_c"]) for d in _numbers(g["dc_d"])]
        elif g["c_a"] is not None:
            ends = [int(g["c_a"])] + ([int(g["c_b"])] if g["c_b"] else [])
            if length is not None:
                days = [n * length for n in ends]
            later = later or max(ends) >= 2
            pairs = []
        elif g["n_cycles"] is not None:
            if g["every_n"]:  # "every two cycles" is how often, not when
                if length is not None:
                    schedules.append((m.start(), m.end(), int(g["n_cycles"]) * length))
            elif length is not None:
                days = [int(g["n_cycles"]) * length]
            later = later or int(g["n_cycles"]) >= 2
            pairs = []
        else:
            later = True
            pairs = []
            if length is not None and g["later"] in ("each", "every"):
                schedules.append((m.start(), m.end(), length))  # "at the end of each cycle"
        for cycle, day in pairs:
            if cycle == first:  # the first cycle starts on day 1 whatever its length
                days.append(day)
            elif length is not None:
                days.append((cycle - first) * length + day)
            else:
                later = True
        if length is None and (later or not pairs):
            skipped = True
        for d in days:
            values.append(_Value(m.start(), m.end(), d))
        s = _mask(s, m.start(), m.end())
    return s, skipped and length is None, later and length is None


_SIMPLE_WORD_UNIT = (
    r"(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)"
)
# The plain forms most time frames take, read without the general passes (the results are
# the same: a test checks it over the corpus).
_SIMPLE = re.compile(
    r"\s*(?:(?:up\s*to|upto|at|after|within|approximately|about|over|through|for)\s+)?"
    r"(?:(?P<n>\d{1,4}(?:\.\d{1,2})?)\s*-?\s*" + _SIMPLE_WORD_UNIT
    + r"|(?P<prefix>days?|weeks?|months?|years?)\s*(?P<pn>\d{1,4}))"
    # "6 months post-surgery", "12 weeks after randomization": a time from a plain anchor
    r"(?:\s*(?:post[\s-]?(?:surgery|surgical|operatively|operative|op|operation|treatment"
    r"|intervention|randomi[sz]ation|procedure)"
    r"|after\s+(?:the\s+)?(?:surgery|intervention|treatment|randomi[sz]ation|operation"
    r"|procedure)))?\s*\.?\s*",
    re.IGNORECASE,
)
# "Baseline to Week 12", "From baseline to 12 weeks", "Week 1 to week 12", "Day 1 to Week 54".
_SIMPLE_SPAN = re.compile(
    r"\s*(?:from\s+)?(?:(?P<base>baseline)|(?P<au>day|week|month)\s*(?P<an>\d{1,4}))"
    r"\s*(?:,|\s(?:to|through|until|up\s+to)\s)\s*"
    r"(?:(?P<bu>days?|weeks?|months?)\s*(?P<bn>\d{1,4})|(?P<bn2>\d{1,4})\s*" + _SIMPLE_WORD_UNIT
    + r")\s*\.?\s*",
    re.IGNORECASE,
)


def _read_simple(text: str) -> TimeFrame | None:
    m = _SIMPLE.fullmatch(text)
    if m is None:
        return _read_simple_span(text)
    if m.group("n") is not None:
        days = float(m.group("n")) * _unit_days(m.group("unit").lower())
    else:
        days = float(m.group("pn")) * _unit_days(m.group("prefix").lower())
    days = round(days, 6)
    return TimeFrame([days], days, None)


def _read_simple_span(text: str) -> TimeFrame | None:
    m = _SIMPLE_SPAN.fullmatch(text)
    if m is None:
        return None
    start = 0.0 if m.group("base") else float(m.group("an")) * _unit_days(m.group("au").lower())
    if m.group("bn") is not None:
        end = float(m.group("bn")) * _unit_days(m.group("bu").lower())
    else:
        end = float(m.group("bn2")) * _unit_days(m.group("unit").lower())
    points = sorted({round(start, 6), round(end, 6)})
    return TimeFrame(points, points[-1], None)


def _read(text: str) -> TimeFrame:
    simple = _read_simple(text)
    if simple is not None:
        return simple
    s, had_date = _normalize(text)
    values: list[_Value] = []
    schedules: list[tuple[int, int, float | None]] = []
    plain = s
    s, cycles_skipped, later_cycle = _read_cycles(s, values, schedules)

    for m in _T_MARKS.finditer(s) if "t=" in s else ():
        unit_days = _unit_days(m.group("unit"))
        values += [_Value(m.start(), m.end(), float(m.group(k)) * unit_days) for k in "ab"]
        s = _mask(s, m.start(), m.end())

    for m in _HOURS_ON_DAY.finditer(s) if " on day" in s else ():
        values.append(_Value(m.start(), m.end(), float(m.group("day"))
                             + float(m.group("n")) * _unit_days(m.group("unit"))))
        s = _mask(s, m.start(), m.end())

    for m in _COMPOSITE.finditer(s) if "+" in s else ():
        anchor_unit = m.group("anchor_unit")
        anchor = float(m.group("anchor"))
        base = anchor / 24 if anchor_unit == "h" else (0.0 if anchor_unit == "t" else anchor)
        values.append(_Value(m.start(), m.end(),
                             base + float(m.group("n")) * _unit_days(m.group("unit"))))
        s = _mask(s, m.start(), m.end())
    for m in _SUM.finditer(s) if "+" in s else ():
        values.append(_Value(m.start(), m.end(), (float(m.group("n1")) + float(m.group("n2")))
                             * _unit_days(m.group("unit"))))
        s = _mask(s, m.start(), m.end())

    for m in _COMPOUND.finditer(s):
        d1, d2 = _unit_days(m.group("u1")), _unit_days(m.group("u2"))
        if d2 < d1 and d1 >= 7:
            values.append(_Value(m.start(), m.end(),
                                 float(m.group("n1")) * d1 + float(m.group("n2")) * d2))
            s = _mask(s, m.start(), m.end())

    for m in _EVERY.finditer(s) if "every" in s or "each" in s else ():
        interval = None
        if m.group("n_hi") is None:
            interval = float(m.group("n") or 1) * _unit_days(m.group("unit"))
        schedules.append((m.start(), m.end(), interval))
        s = _mask(s, m.start(), m.end())

    for m in _PREFIXED.finditer(s):
        unit = m.group("head") + (m.group("tail") or "")
        days = _unit_days("d" if unit == "j" else unit)  # "J0" is the French "jour 0"
        nums = [float(m.group("first"))] + _signed_numbers(m.group("rest"))
        for n in nums:
            values.append(_Value(m.start(), m.end(), n * days))
        s = _mask(s, m.start(), m.end())

    for start, m, neg in _suffixed(_unitless_chains_hidden(s)):
        s = _mask(s, start, m.end())
        if m.group("apart"):  # "8 weeks apart", "13 months of age": not a study time
            continue
        days = _unit_days(m.group("unit"))
        if (days == _HOUR and _CLOCK_TIME.fullmatch(m.group("list"))
                and _CLOCK_LEAD.search(s, max(0, start - 10), start)):
            continue
        signs = ((-1.0, 1.0) if m.group("and_after") else
                 (-1.0,) if m.group("before") or neg else (1.0,))
        for n in _numbers(m.group("list")):
            for sign in signs:
                values.append(_Value(start, m.end(), sign * n * days))

    values += _zero_points(s, values)
    open_end = _expand_schedules(s, values, schedules)

    if not values:
        if had_date:
            return TimeFrame([], None, "calendar date, not a time from the study start")
        if cycles_skipped:
            return TimeFrame([], None, "cycle times without a stated cycle length")
        if open_end >= 0:
            return TimeFrame([], None, "open-ended schedule: no horizon")
        return TimeFrame([], None, "no time stated")

    if "followed by" in s or "plus" in s or " of " in s or "following" in s or "last" in s:
        values = _add_back_to_back(s, values)
    points = sorted({round(v.days, 6) for v in values})
    warning = None
    horizon: float | None = points[-1]
    last_end = max(v.end for v in values)
    if "from" in s and _OPEN_WINDOW.match(s) and not _FROM_END.search(s):
        # "From 14 days after vaccination": a start with no end.
        horizon, warning = None, "the end point is not a stated time"
    elif (("end" in s or "completion" in s or "final" in s or "entire" in s or "until" in s
           or "eot" in s or "eos" in s) and _UNSTATED_END.search(s, last_end)):
        # "Measured at baseline, month 3, and end of the study": the latest time is not stated.
        # (Every match contains one of the substrings tested first: 0.8x one search for them.)
        horizon, warning = None, "the end point is not a stated time"
    elif (("until" in s[last_end:] or "to" in s[last_end:] or "till" in s[last_end:])
          and "whichever" not in s and _UNTIL_EVENT.fullmatch(s, last_end)):
        horizon, warning = None, "the end point is not a stated time"
    elif horizon == 0.0 and _OPEN_END_POINT.search(s, last_end):
        # "From randomization till the date of death": the start is stated, the end is not.
        horizon, warning = None, "the end point is not a stated time"
    elif open_end >= 0 and not any(v.start >= open_end for v in values):
        horizon, warning = None, "open-ended schedule: no horizon"
    elif later_cycle:
        # A stated bound, or a time in months or years ("month 24 after treatment start"),
        # is not counted within a cycle.
        bounds = [v.days for v in values if _BOUND_BEFORE.search(s[max(0, v.start - 40):v.start])
                  or _LONG_UNIT.search(plain, v.start, v.end)]
        if bounds:
            horizon = points[-1]  # the stated bound, or a later stated point
            warning = "cycle times without a stated cycle length; horizon from the stated bound"
        else:
            horizon, warning = None, "later cycles without a stated cycle length: no horizon"
    elif cycles_skipped:
        warning = "cycle times without a stated cycle length were skipped"
    return TimeFrame(points, horizon, warning)


def _zero_points(s: str, values: list[_Value]) -> list[_Value]:
    """The 0s that words state: baseline, screening, pre-dose, and the event a "from ... to"
    phrase starts at."""
    # "preoperatively (4-6 weeks prior to surgery)": the bracket gives the time, no extra 0;
    # "6 months from baseline": the baseline anchors a time, it is not one.
    # Each match contains one of the substrings tested first (0.75x the time of one search
    # for them all).
    zero_at = [m.start() for m in _ZERO_WORDS.finditer(s)
               if not _TIME_IN_BRACKET.match(s, m.end())
               and not _ANCHORS_A_TIME.search(s, 0, m.start())
               and not (s.startswith("pre", m.start())
                        and (_PRE_DOSE_OF_A_DAY.match(s, m.start())
                             or _DAY_THEN_PRE_DOSE.search(s, 0, m.start())))] if (
        "pre" in s or "base" in s or "screen" in s or "before" in s or "zero" in s
        or "initially" in s or "of the study" in s) else []
    if "pre- " in s:
        zero_at += [m.start() for m in _HANGING_PRE.finditer(s)]
    # "From enrollment to 6 months" starts at 0; "90 days from randomisation" does not.
    for m in _start_anchors(s) if _ANCHOR_HINT.search(s) else ():
        if s[:m.start() + 1].rstrip().endswith("§") or _DEFINED_AFTER.match(s, m.end()):
            continue  # "90 days from randomisation"; "first dose date (Day 1)"
        if m.group().endswith("from"):
            # "From date of dosing (day 1) up to 50 weeks": the start is stated, not 0.
            from_end = _FROM_END.search(s, m.end())
            stop = from_end.start() if from_end else m.end()
            if any(m.end() <= v.start < stop for v in values):
                continue
        zero_at.append(m.end() - 1)
    if not zero_at and (" to " in s or " until " in s or " till " in s or " through " in s):
        lead = _LEADING_EVENT.match(s)
        if lead and not _DEFINED_AFTER.match(s, lead.start()):
            zero_at.append(lead.start())
    return [_Value(pos, pos + 1, 0.0) for pos in zero_at]


def _expand_schedules(
    s: str, values: list[_Value], schedules: list[tuple[int, int, float | None]]
) -> int:
    """Add the visits of each bounded schedule to ``values``; return where the last
    open-ended schedule ends (-1 if none)."""
    open_end = -1
    for _, end, interval in schedules:
        following = [v for v in values if v.start >= end]
        if not following:
            # Daily or weekly is how often something is measured, not an open follow-up.
            if interval is None or interval >= 14:
                open_end = max(open_end, end)
            continue
        nxt = min(following, key=lambda v: v.start)
        if interval and nxt.days > 0 and _SCHEDULE_BOUND.match(s[end:nxt.start]):
            count = int(nxt.days / interval + 1e-9)
            if interval >= 7 and count <= 60:
                values.extend(_Value(end, end, interval * k) for k in range(1, count + 1))
    for m in (_OPEN_ENDED.finditer(s) if "thereafter" in s or "onward" in s
              or "indefinite" in s else ()):
        open_end = max(open_end, m.end())
    return open_end


def _add_back_to_back(s: str, values: list[_Value]) -> list[_Value]:
    """"a 52-week period followed by a 12-week period" ends at 64 weeks, "36 months of
    treatment plus 1 month follow-up" at 37 months: the second length starts where the
    first ends."""
    ordered = sorted(values, key=lambda v: v.start)
    for i in range(1, len(ordered)):
        before, value = ordered[i - 1], ordered[i]
        if before.end <= value.start and before.days > 0 < value.days:
            if _BACK_TO_BACK.fullmatch(s, before.end, value.start):
                ordered[i] = value._replace(days=before.days + value.days)
            elif _AFTER_PERIOD.fullmatch(s, before.end, value.start):
                ordered[i - 1] = before._replace(days=before.days + value.days)
    return ordered


@lru_cache(maxsize=65536)
def _read_cached(text: str) -> tuple[tuple[float, ...], float | None, str | None]:
    try:
        frame = _read(text)
    except (ValueError, KeyError, IndexError, OverflowError) as exc:  # never raise on odd text
        return (), None, f"unreadable time frame ({type(exc).__name__})"
    return tuple(frame.points), frame.horizon, frame.warning


def parse_time_frame(text: str) -> TimeFrame:
    """Time points and horizon (days) of an outcome time frame; null and a warning if none."""
    if not text or not text.strip():
        return TimeFrame([], None, "no time frame")
    points, horizon, warning = _read_cached(text[:2000])
    return TimeFrame(list(points), horizon, warning)
