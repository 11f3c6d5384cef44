"""Thresholds read from real criterion phrases (tests/data/thresholds.json).

Each row is a phrase from the corpus with the thresholds a careful reader takes from it,
written by reading the phrase. Rows the reader gets wrong are listed in KNOWN_MISSES and
run as strict xfails, so fixing one is noticed. The "holdout", "holdout2" and "holdout3"
rows were labelled before the reader was run on them (so were "holdout4" to "holdout6");
their first-run scores (the honest figure for unseen phrases) are recorded below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialnorm.extract import thresholds as th
from trialnorm.extract.thresholds import ANALYTES, find_thresholds
from trialnorm.model import Threshold

TABLE = json.loads((Path(__file__).resolve().parent / "data" / "thresholds.json")
                   .read_text(encoding="utf-8"))["phrases"]

# Phrases the reader gets wrong today, by their text's first 60 characters.
KNOWN_MISSES = {
    "Lansky (age < 16 years at the time of assent/consent) or per",  # bound after "or ... status"
    "Total bilirubin <= the normal value of 1.5 times the upper l",  # "the normal value of"
    "Postmenopausal women under the age of 50 May also be conside",  # an age in a definition
    # holdout8 first-run misses (records outside the corpus)
    "PATIENT CHARACTERISTICS: Age: 18 to 70 Performance status: S",  # "SWOG 0-2" as ECOG
    "SGOT/SGPT less than 2.5 times normal (unless liver metastase",  # "times normal" as ULN
    "Patient must have the following minimum labs: ANC> 1500/mm3,",  # "100,000 mm3" without "/"
    "Written informed consent of a parent or guardian if under 18",  # a scoping age
    "Weighed at least 1,200 grams (2.5 lbs) at birth.",  # birth weight in grams
}

# First runs on phrases the reader had not seen, each set labelled after the fixes made
# from the misses of the one before: holdout 35/42 (83%), holdout2 27/33 (82%), holdout3
# 29/35 (83%); together 91/110 (83%) exact. holdout4 (106 phrases, 43 with no threshold
# that look like one) was labelled before any of the changes that followed: 90/106 (85%)
# exact on first run. After fixing what those misses showed (and making the reader faster,
# output unchanged), holdout5 (93 phrases, 35 with no threshold) was labelled and run once:
# 78/93 (84%) exact on first run (two multi-line phrases were first stored cut at their
# line break and mended after; the reader's output on them was unchanged by then);
# its misses are the strict xfails below the holdout4 ones. After fixing what those showed,
# holdout6 (87 phrases, 31 with no threshold) was labelled and run once: 78/87 (90%) exact.
# Every holdout set has been used for fixes since (they are tuning data now), and the
# reader was then checked over the criteria of the whole corpus for classes of misses and
# wrong readings; the rows added from that are "tuning" rows.
# After the third session's fixes (new comparators, ages without the word "age", scoping and
# onset ages, joins, units per analyte), holdout7 (123 criterion items from sources no row used,
# labelled by a helper who never ran the reader; 53 with no threshold) was run once: 117/123
# (95.1%) exact, 64/70 of the items with a threshold and 53/53 of those without. Three of its
# items had meanwhile been added as tuning rows by that session's corpus review (all three read
# right), so 120 are kept as holdout7: 114/120 (95.0%).
# holdout8 is the first set from outside ../shared/corpus: 94 criterion items of legacy
# records (2014 download) in the public repository fabianvf/ClinicalTrialsParser, mostly NCI
# PDQ cancer trials, labelled by a helper who never ran the reader, run once after the same
# fixes: 89/94 (94.7%) exact, 46/50 items with a threshold and 43/44 without.
# A later session fixed the classes holdout7's six misses showed (a bare "O2" followed by a %
# value, "within the range A and B", a between-range joined by a non-English "and", "at
# enrollment" before a range, "in which case it must be" opening a second bound, an analyte
# scoping a requirement "only required for patients with ...") and holdout5's last one (an
# analyte inside "(only applicable to ...)"), reading every corpus reading that changed:
# holdout7 120/120 and holdout5 93/93 since.
# The floors below are today's rates, so a change that loses a row is noticed.
MINIMUM_RATE = {"tuning": 0.99, "holdout": 0.97, "holdout2": 1.0, "holdout3": 1.0,
                "holdout4": 1.0, "holdout5": 1.0, "holdout6": 1.0, "holdout7": 1.0,
                "holdout8": 0.94}


def as_tuples(thresholds: list[Threshold]) -> list[tuple]:
    return sorted((t.analyte, t.comparator, t.value, t.unit) for t in thresholds)


def expected_tuples(row: dict) -> list[tuple]:
    return sorted((a, c, float(v), u) for a, c, v, u in row["expected"])


def _param(row: dict):  # type: ignore[no-untyped-def]
    marks = [pytest.mark.xfail(strict=True, reason="known miss")] \
        if row["text"][:60] in KNOWN_MISSES else []
    return pytest.param(row, id=f"{row['set']}-{row['group']}-{row['source']}-{row['text'][:30]}",
                        marks=marks)


def test_table_is_large_and_grouped() -> None:
    assert len(TABLE) >= 100
    assert len({row["group"] for row in TABLE}) >= 25
    assert {row["set"] for row in TABLE} == {"tuning", "holdout", "holdout2", "holdout3", "holdout4",
                                         "holdout5", "holdout6", "holdout7", "holdout8"}
    for row in TABLE:
        for analyte, comparator, _value, _unit in row["expected"]:
            assert analyte in ANALYTES and comparator in ("<", "<=", ">", ">=", "=")


@pytest.mark.parametrize("row", [_param(row) for row in TABLE])
def test_phrase(row: dict) -> None:
    assert as_tuples(find_thresholds(row["text"])) == expected_tuples(row)


@pytest.mark.parametrize("name", sorted(MINIMUM_RATE))
def test_exact_rate(name: str) -> None:
    rows = [row for row in TABLE if row["set"] == name]
    exact = sum(as_tuples(find_thresholds(row["text"])) == expected_tuples(row) for row in rows)
    print(f"{name}: {exact}/{len(rows)} exact")
    assert exact / len(rows) >= MINIMUM_RATE[name]


# The brief's own examples, spelled as registries spell them.


def test_two_analytes_share_one_bound() -> None:
    found = find_thresholds("ALT/AST ≤ 2.5 × ULN")
    assert as_tuples(found) == [("alt", "<=", 2.5, "ULN"), ("ast", "<=", 2.5, "ULN")]


def test_condition_stays_in_text() -> None:
    found = find_thresholds("aspartate aminotransferase (AST) / alanine aminotransferase (ALT) "
                            "≤ 2.5 × ULN (≤ 5 × ULN in patients with liver metastases)")
    conditional = [t for t in found if t.value == 5.0]
    assert len(conditional) == 2
    assert all(t.text == "≤ 5 × ULN in patients with liver metastases" for t in conditional)


@pytest.mark.parametrize(("text", "expected"), [
    ("platelet count ≥ 80 × 10⁹/L", ("platelets", ">=", 80.0, "10^9/L")),
    ("Platelets \\>= 100 x 10^9/L", ("platelets", ">=", 100.0, "10^9/L")),
    ("ANC >= 1.5 x10^9/L", ("anc", ">=", 1.5, "10^9/L")),
    ("neutrophil count ≥1×109/L", ("anc", ">=", 1.0, "10^9/L")),
    ("Hemoglobin at least 9 g/dL", ("hemoglobin", ">=", 9.0, "g/dL")),
    ("Hemoglobin ≥ 90 g/L", ("hemoglobin", ">=", 90.0, "g/L")),
    ("creatinine no more than 1.5 mg/dL", ("creatinine", "<=", 1.5, "mg/dL")),
    ("serum creatinine ≤ 133 µmol/L", ("creatinine", "<=", 133.0, "umol/L")),
    ("creatinine clearance greater than 60 mL/min", ("creatinine_clearance", ">", 60.0, "mL/min")),
    ("eGFR less than 30 mL/min/1.73 m²", ("egfr", "<", 30.0, "mL/min/1.73m2")),
    ("LVEF ≥ 50%", ("lvef", ">=", 50.0, "%")),
    ("Total bilirubin ≤ 1.5 × ULN", ("bilirubin", "<=", 1.5, "ULN")),
    ("Life expectancy ≥ 12 weeks", ("life_expectancy", ">=", 12.0, "weeks")),
    ("Body mass index ≤ 35 kg/m2", ("bmi", "<=", 35.0, "kg/m2")),
    ("HbA1c ≤ 7%", ("hba1c", "<=", 7.0, "%")),
    ("INR ≤ 1.5", ("inr", "<=", 1.5, None)),
    ("ECOG ≤ 1", ("ecog", "<=", 1.0, None)),
])
def test_spellings(text: str, expected: tuple) -> None:
    from trialnorm.extract.text import unescape
    assert as_tuples(find_thresholds(unescape(text))) == [expected]


@pytest.mark.parametrize("text", [
    "≥ 2 prior lines of therapy",
    "At least 3 months since the last dose of chemotherapy",
    "A decline in forced vital capacity (FVC) ≥10% over a 6-month follow-up period.",
    "No platelet transfusion within 7 days before screening",
    "Grade ≥ 2 peripheral neuropathy",
])
def test_no_threshold_where_there_is_none(text: str) -> None:
    assert find_thresholds(text) == []


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    for threshold in find_thresholds(text):
        assert threshold.analyte in ANALYTES


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "ALT", "AST", "/", " or ", " and ", "≤", "≥", "<", ">", "=", " 2.5", "1,500", "100 000",
    " × ", "ULN", "10⁹/L", "10^9", "/L", "%", "(", ")", "[", "]", " in patients with", "mg/dL",
    "µmol/L", "age", " years", "ECOG", " 0-1", "platelets", " of ", "at least", ";"]),
    max_size=30))
def test_never_raises_on_threshold_like_fragments(parts: list[str]) -> None:
    text = "".join(parts)
    for threshold in find_thresholds(text):
        assert threshold.text and threshold.text in text


# The reader's fast paths must read exactly what the regexes they skip would read.
_SPACES = " \t\n\u00a0\u2009\u202f\u3000"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(th._SYMBOL_CMPS)),
       st.text(alphabet=_SPACES + "=/<>≤≥()0123456789.,xorq ", max_size=12))
def test_symbol_comparator_reads_as_the_regex(symbol: str, rest: str) -> None:
    """"≥ 1.5": a one-symbol comparator read without _CMP gives _CMP's comparator and end."""
    text = symbol + rest
    m = th._CMP.match(text, 0, len(text))
    assert m is not None and m.lastgroup is not None
    assert th._CMP_BY_GROUP[m.lastgroup] == th._SYMBOL_CMPS[symbol]
    assert m.end() == 1 + len(rest) - len(rest.lstrip(_SPACES))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Years", "YEAR", "months", "Week", "days", "old", "OLD", "Of",
                                 "of", "AGE", "age", " ", "  ", ")", "(", "s", "-", "18", "\t",
                                 "older", "bold", "ages"]), max_size=12))
def test_age_pair_hint_on_lowered_ascii(parts: list[str]) -> None:
    """The age-pair hint searched on lower-cased ASCII text finds what it finds on the text."""
    text = "".join(parts)
    assert (th._PAIR_HINT_LOWER.search(text.lower()) is None) == \
        (th._PAIR_HINT.search(text) is None)


def test_age_pair_hint_on_real_phrases() -> None:
    texts = [row["text"] for row in TABLE if row["text"].isascii()]
    hits = [t for t in texts if th._PAIR_HINT.search(t)]
    assert len(hits) >= 20
    assert [t for t in texts if th._PAIR_HINT_LOWER.search(t.lower())] == hits


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["for", "patients", "subjects", "applicable", "only", "to", "donor",
                                 "each", "year", "age", "aged", " ", "\n", "  ", "(", ":", ".", ";",
                                 "18", "\t"]), max_size=14))
def test_scoping_age_pre_check_changes_nothing(parts: list[str]) -> None:
    """_scoping_age skips the regex where no match can end (no white space just before)."""
    text = "".join(parts)
    for start in range(len(text) + 1):
        assert th._scoping_age(text, start) == \
            (th._SCOPE_BEFORE.search(text, max(0, start - 40), start) is not None)


def test_text_whose_lower_case_is_longer_keeps_its_positions() -> None:
    """'İ' lowers to two characters; positions found on the lowered text must still fit."""
    text = "İSTANBUL site: Platelets >= 100,000/mm3; age >= 18 years"
    assert as_tuples(find_thresholds(text)) == [("age", ">=", 18.0, "years"),
                                                 ("platelets", ">=", 100000.0, "/uL")]


def test_number_words_in_odd_case_forms_are_read() -> None:
    """'ſ' (long s) matches 's' under IGNORECASE; the word lookup must not raise and lose the text."""
    text = "Platelets >= 100,000/mm3 and life expectancy of at least ſix months"
    assert as_tuples(find_thresholds(text)) == [("life_expectancy", ">=", 6.0, "months"),
                                                 ("platelets", ">=", 100000.0, "/uL")]
