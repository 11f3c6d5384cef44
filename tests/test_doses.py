"""The dose reader on real phrases from the corpus and the seeds (table in doses_table.py)."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, SEEDS, seed
from dose_context import context_names
from doses_external import (
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT15,
    HOLDOUT16,
    HOLDOUT17,
    HOLDOUT18,
    HOLDOUT19,
    HOLDOUT20,
    HOLDOUT21,
    HOLDOUT22,
    HOLDOUT23,
    HOLDOUT24,
    HOLDOUT27,
    HOLDOUT28,
    HOLDOUT29,
    HOLDOUT30,
    HOLDOUT31,
    HOLDOUT32,
    HOLDOUT33,
    HOLDOUT34,
    HOLDOUT35,
    HOLDOUT36,
    HOLDOUT37,
    HOLDOUT38,
    HOLDOUT39,
    HOLDOUT40,
    HOLDOUT41,
    HOLDOUT42,
    HOLDOUT43,
    HOLDOUT44,
    HOLDOUT45,
    HOLDOUT46,
    HOLDOUT47,
    HOLDOUT48,
    HOLDOUT49,
    HOLDOUT50,
    HOLDOUT51,
    HOLDOUT52,
    HOLDOUT53,
    HOLDOUT54,
    HOLDOUT55,
    HOLDOUT56,
    HOLDOUT57,
    HOLDOUT58,
    HOLDOUT59,
    HOLDOUT60,
    HOLDOUT61,
    HOLDOUT62,
    HOLDOUT63,
    HOLDOUT64,
    HOLDOUT65,
    HOLDOUT66,
    HOLDOUT67,
    HOLDOUT68,
    HOLDOUT69,
    HOLDOUT70,
    HOLDOUT71,
    HOLDOUT72,
    HOLDOUT73,
    HOLDOUT74,
    HOLDOUT75,
    HOLDOUT76,
    HOLDOUT77,
    HOLDOUT78,
    HOLDOUT79,
    HOLDOUT80,
    HOLDOUT81,
    HOLDOUT82,
    HOLDOUT83,
    HOLDOUT84,
    HOLDOUT85,
    HOLDOUT86,
    HOLDOUT87,
    HOLDOUT88,
    HOLDOUT89,
    HOLDOUT90,
    HOLDOUT91,
    HOLDOUT92,
    HOLDOUT93,
    HOLDOUT94,
    HOLDOUT95,
    HOLDOUT96,
    HOLDOUT97,
    HOLDOUT98,
    HOLDOUT99,
)
from doses_table import (
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT25,
    HOLDOUT26,
    HOLDOUT26_SKIPPED_NONDOSES,
    ROWS,
    WITH_CONTEXT,
    WITHOUT_CONTEXT,
    Row,
    Want,
)
from hypothesis import given, settings
from hypothesis import strategies as st

import trialnorm
from trialnorm.extract.doses import parse_doses
from trialnorm.extract.text import clean
from trialnorm.model import Dose


def _triples(doses: list[Any]) -> list[tuple[Any, str, str | None]]:
    """(value, or (low, high) for a range), unit and agent of each dose: what most rule tests compare."""
    return [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in doses]


def _matches(dose: Dose, want: Want) -> bool:
    def close(a: float | None, b: float | None) -> bool:
        if a is None or b is None:
            return a is b
        return abs(a - b) <= 1e-9 * max(1.0, abs(b))

    if not (close(dose.value, want.value) and close(dose.low, want.low)
            and close(dose.high, want.high)):
        return False
    if dose.unit != want.unit or dose.agent != want.agent or dose.level != want.level:
        return False
    if want.days is not None and tuple(dose.days) != want.days:
        return False
    return want.fractions is None or tuple(dose.fractions) == want.fractions


def _show(doses: list[Dose]) -> str:
    return "\n".join(str(d.model_dump(exclude_defaults=True)) for d in doses) or "(none)"


def _params(rows: list[Row], context: bool) -> list[object]:
    """Each row read with its record's names (``context``, what a user of ``parse`` gets) or
    alone; a WITHOUT_CONTEXT note is a known miss only of the phrase read alone, a WITH_CONTEXT
    note only of the phrase read with its record's names."""
    params = []
    for i, (kind, source, phrase, agent, wants, miss) in enumerate(rows):
        if miss and miss.startswith(WITHOUT_CONTEXT if context else WITH_CONTEXT):
            miss = None
        marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
        params.append(pytest.param(phrase, agent, source if context else None, wants,
                                   id=f"{kind}-{source}-{i}", marks=marks))
    return params


def _check(phrase: str, agent: str | None, source: str | None, wants: list[Want]) -> None:
    doses, _ = parse_doses(phrase, agent=agent, names=context_names(source) if source else ())
    assert len(doses) == len(wants), _show(doses)
    for dose, want in zip(doses, wants):
        assert _matches(dose, want), f"{want}\n got:\n{_show(doses)}"
        assert dose.text and dose.text in phrase.replace("\\^", "^").replace("\\~", "~")


_HOLDOUTS = (HOLDOUT + HOLDOUT2 + HOLDOUT3 + HOLDOUT4 + HOLDOUT5 + HOLDOUT6 + HOLDOUT7 + HOLDOUT8
             + HOLDOUT9 + HOLDOUT10 + HOLDOUT11 + HOLDOUT12 + HOLDOUT13 + HOLDOUT14
             + HOLDOUT15 + HOLDOUT16 + HOLDOUT17
             + HOLDOUT18 + HOLDOUT19 + HOLDOUT20 + HOLDOUT21 + HOLDOUT22 + HOLDOUT23 + HOLDOUT24
             + HOLDOUT27 + HOLDOUT28 + HOLDOUT29 + HOLDOUT30
             + HOLDOUT31 + HOLDOUT32 + HOLDOUT33 + HOLDOUT34 + HOLDOUT35 + HOLDOUT36
             + HOLDOUT37 + HOLDOUT38 + HOLDOUT39 + HOLDOUT40
             + HOLDOUT41 + HOLDOUT42 + HOLDOUT43 + HOLDOUT44
             + HOLDOUT45 + HOLDOUT46
             + HOLDOUT47 + HOLDOUT48 + HOLDOUT49 + HOLDOUT50
             + HOLDOUT51 + HOLDOUT52 + HOLDOUT53 + HOLDOUT54
             + HOLDOUT55 + HOLDOUT56 + HOLDOUT57 + HOLDOUT58
             + HOLDOUT59 + HOLDOUT60 + HOLDOUT61 + HOLDOUT62 + HOLDOUT63 + HOLDOUT64
             + HOLDOUT65 + HOLDOUT66 + HOLDOUT67 + HOLDOUT68 + HOLDOUT69 + HOLDOUT70
             + HOLDOUT71 + HOLDOUT72 + HOLDOUT73 + HOLDOUT74 + HOLDOUT75 + HOLDOUT76
             + HOLDOUT77 + HOLDOUT78 + HOLDOUT79 + HOLDOUT80 + HOLDOUT81 + HOLDOUT82
             + HOLDOUT83 + HOLDOUT84 + HOLDOUT85 + HOLDOUT86 + HOLDOUT87 + HOLDOUT88
             + HOLDOUT89 + HOLDOUT90 + HOLDOUT91 + HOLDOUT92 + HOLDOUT93 + HOLDOUT94
             + HOLDOUT95 + HOLDOUT96 + HOLDOUT97 + HOLDOUT98 + HOLDOUT99
             + HOLDOUT25 + HOLDOUT26 + HOLDOUT26_SKIPPED_NONDOSES)


@pytest.mark.parametrize(("phrase", "agent", "source", "wants"), _params(ROWS, context=True))
def test_table(phrase: str, agent: str | None, source: str | None, wants: list[Want]) -> None:
    _check(phrase, agent, source, wants)


@pytest.mark.parametrize(("phrase", "agent", "source", "wants"), _params(_HOLDOUTS, context=True))
def test_holdout(phrase: str, agent: str | None, source: str | None, wants: list[Want]) -> None:
    _check(phrase, agent, source, wants)


@pytest.mark.parametrize(("phrase", "agent", "source", "wants"), _params(ROWS + _HOLDOUTS, context=False))
def test_without_context(phrase: str, agent: str | None, source: str | None, wants: list[Want]) -> None:
    """The phrase alone (``parse_doses`` called without names, as a library user may)."""
    _check(phrase, agent, source, wants)


def test_most_rows_have_a_record_to_read_them_with() -> None:
    """The context test is no copy of the no-context one: nearly every row has its record's
    names (the others come from outside the corpus, or from records that list no intervention)."""
    rows = ROWS + _HOLDOUTS
    with_names = [row for row in rows if context_names(row[1])]
    assert len(with_names) > 0.9 * len(rows)
    assert not [row for row in with_names if row[1].split(":")[0] in ("seed", "fab", "chictr", "euctr-page")]
    assert "rhBMP-2" in context_names("NCT05238740")
    assert "Polyherbal formulation" in context_names("NCT03884920")


# ------------------------------------------------------------------ provenance

@lru_cache(maxsize=1)
def _corpus_descriptions() -> dict[str, list[str]]:
    """Arm and intervention descriptions by NCT ID, cleaned as the adapters clean them."""
    by_id: dict[str, list[str]] = {}
    for path in sorted((CORPUS / "ctgov-v2").glob("*.json")):
        module = json.loads(path.read_text()).get("protocolSection", {}).get(
            "armsInterventionsModule", {})
        for item in (module.get("armGroups") or []) + (module.get("interventions") or []):
            if item.get("description"):
                by_id.setdefault(path.stem, []).append(clean(item["description"]) or "")
    for path in sorted((CORPUS / "ctgov-xml").glob("*.xml")):
        root = ET.parse(path).getroot()
        for el in root.findall("arm_group") + root.findall("intervention"):
            text = el.findtext("description")
            if text:
                by_id.setdefault(path.stem, []).append(clean(text) or "")
    return by_id


def _v1_studies(node: object) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        if "ProtocolSection" in node:
            return [node]
        return [s for value in node.values() for s in _v1_studies(value)]
    if isinstance(node, list):
        return [s for value in node for s in _v1_studies(value)]
    return []


@lru_cache(maxsize=1)
def _v1_descriptions() -> dict[str, list[str]]:
    """Arm and intervention descriptions of the legacy API v1 records, by NCT ID."""
    by_id: dict[str, list[str]] = {}
    for path in sorted((CORPUS / "ctgov-v1").glob("*.json")):
        for study in _v1_studies(json.loads(path.read_text())):
            section = study["ProtocolSection"]
            module = section.get("ArmsInterventionsModule", {})
            items = module.get("ArmGroupList", {}).get("ArmGroup", []) + module.get(
                "InterventionList", {}).get("Intervention", [])
            for item in items:
                text = item.get("ArmGroupDescription") or item.get("InterventionDescription")
                if text:
                    by_id.setdefault(section["IdentificationModule"]["NCTId"], []).append(
                        clean(text) or "")
    return by_id


def _summary_text(nct_id: str) -> str:
    """A record's brief summary and detailed description (API v2, else legacy XML), cleaned."""
    v2 = CORPUS / "ctgov-v2" / f"{nct_id}.json"
    if v2.exists():
        module = json.loads(v2.read_text()).get("protocolSection", {}).get("descriptionModule", {})
        fields = [module.get(f) or "" for f in ("briefSummary", "detailedDescription")]
    else:
        root = ET.parse(CORPUS / "ctgov-xml" / f"{nct_id}.xml").getroot()
        fields = [root.findtext(f"{f}/textblock") or "" for f in ("brief_summary", "detailed_description")]
    return "\n".join(clean(f) or "" for f in fields)


def _seed_text(source: str) -> str:
    return seed(source.split(":")[1]).read_text(encoding="utf-8")


def _page_text(path: Path) -> str:
    """A saved page's text with its tags turned into line breaks (scripts and styles dropped)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    raw = re.sub(r"(?s)<script.*?</script>|<style.*?</style>", "", raw)
    raw = re.sub(r"<br\s*/?>", "\n", raw)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))


def _field_text(source: str) -> str:
    """The text of a field named by a HOLDOUT7 source tag ('xdesc:NCT...', 'outcome:NCT...', ...)."""
    kind, _, ident = source.partition(":")
    joined = "\n".join
    if kind == "xdesc":
        return _summary_text(ident)
    if kind == "xoutcome":
        root = ET.parse(CORPUS / "ctgov-xml" / f"{ident}.xml").getroot()
        return joined(clean(o.findtext("description")) or "" for o in root.iter()
                      if str(o.tag).endswith("_outcome"))
    if kind in ("model", "outcome"):
        section = json.loads((CORPUS / "ctgov-v2" / f"{ident}.json").read_text())["protocolSection"]
        if kind == "model":
            return clean(section.get("designModule", {}).get("designInfo", {}).get(
                "interventionModelDescription")) or ""
        outcomes = section.get("outcomesModule", {})
        return joined(clean(o.get(f)) or "" for k in ("primaryOutcomes", "secondaryOutcomes",
                                                      "otherOutcomes")
                      for o in outcomes.get(k) or [] for f in ("measure", "description"))
    if kind == "v1desc":
        for path in sorted((CORPUS / "ctgov-v1").glob("*.json")):
            for study in _v1_studies(json.loads(path.read_text())):
                section = study["ProtocolSection"]
                if section["IdentificationModule"]["NCTId"] == ident:
                    module = section.get("DescriptionModule", {})
                    return joined(clean(module.get(f)) or "" for f in ("BriefSummary",
                                                                      "DetailedDescription"))
        return ""
    if kind == "chictr":
        return _page_text(CORPUS / "other-registries" / "chictr" / f"{ident}_chictr-trial-page.html")
    if kind == "euctr-page":
        return _page_text(CORPUS / "other-registries" / "euctr" / f"{ident}_euctr-trial-page.html")
    raise KeyError(source)


def test_every_phrase_is_real() -> None:
    """Each phrase is a verbatim span of the record it names (or of its seed page)."""
    descriptions = _corpus_descriptions()
    missing = []
    v1 = _v1_descriptions()
    every = ROWS + _HOLDOUTS
    external = json.loads((Path(__file__).parent / "data" / "external_fields.json").read_text())
    for kind, source, phrase, *_ in every:
        if source.startswith(("fab:", "ext:")):  # records outside the corpus (HOLDOUT8-14)
            found = any(phrase in text for key, text in external.items()
                        if key == source or key.startswith(source + ":"))
        elif source.split(":")[0] in ("xdesc", "xoutcome", "model", "outcome", "v1desc", "chictr",
                                    "euctr-page"):
            found = phrase in _field_text(source)
        elif source.startswith("seed:"):
            # seeds keep their markdown escapes, and 002 is a Python repr
            found = phrase in _seed_text(source)
        elif source.startswith("desc:"):
            found = phrase in _summary_text(source[5:])
        elif source.startswith("v1:"):
            found = any(phrase in text for text in v1.get(source[3:], []))
        else:
            found = any(phrase in text for text in descriptions.get(source, []))
        if not found:
            missing.append((kind, source, phrase[:60]))
    assert not missing


def test_table_size() -> None:
    assert len(ROWS) >= 150
    kinds = {row[0] for row in ROWS}
    assert {"seeds", "amounts", "ranges", "scientific", "units", "agents", "levels",
            "schedules", "non-doses"} <= kinds


# ------------------------------------------------------------- seeds, in place

def _study_groups(prefix: str) -> str:
    text = seed(prefix).read_text(encoding="utf-8")
    start = text.index("Study Groups")
    return text[start:text.index("Eligibility Criteria", start)]


def test_seed_000_three_dose_levels() -> None:
    doses, _ = parse_doses(_study_groups("000"))
    by_level = {(d.level, d.value, d.unit) for d in doses if d.unit == "cells/kg"}
    assert by_level == {("Dose Level -1", 1e5, "cells/kg"), ("Dose Level 1", 4e5, "cells/kg"),
                        ("Dose Level 2", 8e5, "cells/kg")}
    assert not [d for d in doses if d.unit == "mL"]  # the 100 ml is blood collected


def test_seed_002_split_and_bolus_compare_on_the_total() -> None:
    text = seed("002").read_text(encoding="utf-8")
    split_arm = re.search(r"'description': '(Total dose: [^']*Day 7[^']*)'", text)
    bolus_arm = re.search(r"'description': '(Total dose: [^']*Full dose)'", text)
    assert split_arm and bolus_arm
    (split,), _ = parse_doses(split_arm.group(1).replace("\\\\", "\\"))
    (bolus,), _ = parse_doses(bolus_arm.group(1))
    assert (split.value, split.unit) == (bolus.value, bolus.unit) == (5e9, "cells")
    assert split.days == [1, 7] and split.fractions == [0.5, 0.5]
    assert bolus.days == [1] and bolus.fractions == [1.0]
    assert split.schedule and split.schedule.startswith("Day 1: 50%")


def test_seed_003_lost_superscripts_warn() -> None:
    text = seed("003").read_text(encoding="utf-8")
    doses, warnings = parse_doses(text[text.index("Arm && Interventions"):text.index("Primary Outcome")])
    assert [(d.value, d.unit) for d in doses] == [(2.5e7, "cells"), (1e8, "cells"), (2e8, "cells")]
    assert any("superscript" in w for w in warnings)
    # the target antigen (CD7) names the CAR-T product; the product, not the antigen, is the agent
    assert {d.agent for d in doses} == {"CD7 CAR-T cell therapy"}


def test_seed_004_escaped_markdown() -> None:
    doses, _ = parse_doses(_study_groups("004"))
    got = {(d.agent, d.low, d.high, d.unit, tuple(d.days)) for d in doses}
    assert got == {(None, 5e8, 3e9, "cells", ()),
                   ("Fludarabine", 25, 30, "mg/m2", (-5, -4, -3)),
                   ("Cyclophosphamide", 250, 300, "mg/m2", (-5, -4, -3))}


# ------------------------------------------------------ no lab threshold as dose

_LAB = re.compile(r"(?:platelet|neutrophil|\bANC\b|leukocyte|white blood cell|\bWBC\b|hemoglobin"
                  r"|haemoglobin|lymphocyte count|creatinine clearance)[^.;\n]{0,60}?\d[^.;\n]*",
                  re.IGNORECASE)


def test_no_lab_threshold_in_the_corpus_reads_as_a_dose() -> None:
    """Lab thresholds in every v2 eligibility text: none may come back as a dose."""
    read_as_dose = []
    checked = 0
    for path in sorted((CORPUS / "ctgov-v2").glob("*.json")):
        criteria = json.loads(path.read_text()).get("protocolSection", {}).get(
            "eligibilityModule", {}).get("eligibilityCriteria")
        for m in _LAB.finditer(clean(criteria) or ""):
            checked += 1
            doses, _ = parse_doses(m.group(0))
            read_as_dose += [(path.stem, d.text) for d in doses]
    assert checked > 200
    assert not read_as_dose


_CRITERIA_LAB_VALUES = [
    ("NCT00179647", "Absolute neutrophil count (ANC) <1,000 cells/mm3 (1.0 x 109/L)"),
    ("NCT00179647", "(>/=0.5 g/dL) or urine (>/=0.2 g"),
    ("NCT05813925", "HbA1c greater than or equal to 6.5 percent (48 mmol/mol)"),
    ("NCT05647226", "HbA1C between 86 mmol/mol (10%) ≥ 48mmol/mol (6.5%)"),
    ("NCT04022993", "Insulin resistance over 1.5 U/kg insulin pro day"),
    ("NCT03908762", "Insulin requirements in excess of 1U/kg per day"),
    ("NCT05923281", "or 200 mL or more of whole blood within 4 weeks"),
    ("NCT02017171", "30-5000 mg/g range"),
    ("NCT05035615", "Specimen with adequate volume (1 mL) to complete protocol tests."),
]
# lab values and scales in outcome measures
_OUTCOME_LAB_VALUES = [
    ("NCT05914155", "Urine protein-creatinine ratio < 0.3 g/gCr ICR I (Incomplete Remission Type I): 0.3 g/gCr"),
    ("NCT00503399", "(10.8 milligram per deciliter [mg/dL])"),
    ("NCT02552212", "which consists of six 10 unit horizontal Numeric Rating Scales"),
]


@pytest.mark.parametrize(("nct_id", "phrase"), _OUTCOME_LAB_VALUES, ids=[p for _, p in _OUTCOME_LAB_VALUES])
def test_lab_values_in_outcomes_are_not_doses(nct_id: str, phrase: str) -> None:
    """Lab values and rating scales from outcome descriptions (verbatim) read as no dose."""
    path = CORPUS / "ctgov-v2" / f"{nct_id}.json"
    if not path.exists():
        path = CORPUS / "ctgov-xml" / f"{nct_id}.xml"
    outcomes = trialnorm.parse_file(path).outcomes
    texts = [o.description or "" for o in outcomes.primary + outcomes.secondary + outcomes.other]
    assert any(phrase in t for t in texts)
    assert parse_doses(phrase)[0] == []


@pytest.mark.parametrize(("nct_id", "phrase"), _CRITERIA_LAB_VALUES, ids=[p for _, p in _CRITERIA_LAB_VALUES])
def test_lab_values_in_criteria_are_not_doses(nct_id: str, phrase: str) -> None:
    """Lab values and samples from eligibility criteria (verbatim) read as no dose."""
    path = CORPUS / "ctgov-v2" / f"{nct_id}.json"
    if not path.exists():
        path = CORPUS / "ctgov-xml" / f"{nct_id}.xml"
    assert phrase in (trialnorm.parse_file(path).eligibility.criteria_text or "")
    assert parse_doses(phrase)[0] == []


# ---------------------------------------------------------------- robustness

@settings(max_examples=400, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    doses, warnings = parse_doses(text)
    assert isinstance(doses, list) and isinstance(warnings, list)


_DOSEY = st.lists(st.sampled_from([
    "1", "0.5", "2,5", "1,000", "-", "~", " to ", "×", "x", "10", "^", "\\^", "⁹", "⁵", "e", "E",
    "mg", "/m2", "/kg", "/day", "cells", " ", "(", ")", "Day", "D", "-5", ",", " and ", ":", "%",
    "Dose Level", "DL", "Cohort", "Fludarabine", "of", "<", "≥", "mL", "blood", "IU", "Gy",
]), max_size=40).map("".join)


@settings(max_examples=600, deadline=None)
@given(_DOSEY, st.one_of(st.none(), st.text(max_size=20)))
def test_never_raises_on_dose_like_text(text: str, agent: str | None) -> None:
    doses, _ = parse_doses(text, agent=agent)
    for d in doses:
        assert d.unit
        assert d.value is not None or (d.low is not None and d.high is not None)


@settings(max_examples=400, deadline=None)
@given(_DOSEY, st.lists(st.one_of(st.sampled_from(["Fludarabine", "Drug: X", "CAR-T", "mg", "Placebo", "A",
                                                   "Dose Level 1", "X + Y", "(", "10 mg"]),
                                  st.text(max_size=30)), max_size=6))
def test_never_raises_with_any_names(text: str, names: list[str]) -> None:
    doses, _ = parse_doses(text, names=names)
    for d in doses:
        assert d.unit and (d.agent is None or d.agent.strip())


@pytest.mark.parametrize("names", [
    tuple(" ".join(["aspirin"] * k) for k in range(1, 60)),  # a name of every length up to 59 words
    tuple(" ".join(["aspirin"] * k) + " x" for k in range(1, 300)),  # each almost matches everywhere
    ("aspirin " * 500,),
])
def test_many_or_long_names_are_read_in_linear_time(names: tuple[str, ...]) -> None:
    """A record's names bound the work: names of more than 8 words are descriptions, a record's
    first 256 variants are used, and one name's matches do not overlap (these took 0.5-2 s)."""
    (dose,), _ = parse_doses("aspirin " * 3000 + "10 mg", names=names)
    assert dose.value == 10.0 and dose.agent and set(dose.agent.split()) == {"aspirin"}


def test_many_amounts_with_names_are_read_in_linear_time() -> None:
    """Each amount looks up only the names near it (by bisection), not every name of the text:
    3,000 amounts each beside a record's name took 0.8 s (6,000: 3.2 s), now 0.15 s."""
    text = "".join(f"aspirin {k} mg " for k in range(1, 3001))
    doses, _ = parse_doses(text, names=("aspirin",))
    assert len(doses) == 3000
    assert {d.agent for d in doses} == {"aspirin"}
    assert [d.value for d in doses[:3]] == [1.0, 2.0, 3.0]


@pytest.mark.parametrize("text", ["", "no numbers here", "12", "Day 1", "3 + 3 design"])
def test_no_dose_without_a_unit(text: str) -> None:
    assert parse_doses(text) == ([], [])


def test_seeds_directory_is_there() -> None:
    assert Path(SEEDS).is_dir()


# ------------------------------------------------- the forms issue 5 lists, as quoted there

_ISSUE_FORMS = [
    ("8 mg/kg", [(8, None, None, "mg/kg")]),
    ("25-30 mg/m^2", [(None, 25, 30, "mg/m2")]),
    ("250-300 mg/ m\\^2", [(None, 250, 300, "mg/m2")]),
    ("75 mg/m²", [(75, None, None, "mg/m2")]),
    ("2,5mg/kg", [(2.5, None, None, "mg/kg")]),
    ("1.5 g", [(1.5, None, None, "g")]),
    ("0.143 mg/kg", [(0.143, None, None, "mg/kg")]),
    ("150 mg daily", [(150, None, None, "mg")]),
    ("10 mg/m2/day", [(10, None, None, "mg/m2/day")]),
    ("4×10⁵ cells/kg", [(4e5, None, None, "cells/kg")]),
    ("0.5-3×10\\^9 CAR+NK Cells", [(None, 5e8, 3e9, "cells")]),
    ("5.0×10⁹ cells", [(5e9, None, None, "cells")]),
    ("1.0E6/kg CAR-T", [(1e6, None, None, "cells/kg")]),
    ("2x10^6 cells", [(2e6, None, None, "cells")]),
    ("1 x 10e8 cells", [(1e8, None, None, "cells")]),
    ("10 vg/kg", [(10, None, None, "vg/kg")]),
    ("2 U/kg", [(2, None, None, "U/kg")]),
    ("1000 IU/kg", [(1000, None, None, "IU/kg")]),
    ("3 x 10^8 PFU", [(3e8, None, None, "PFU")]),
    ("2 Gy", [(2, None, None, "Gy")]),
    ("platelet count >60 × 10⁹/L", []),
    ("~100 ml blood", []),
    ("aged 18-75 years", []),
    ("for 14 days", []),
]


@pytest.mark.parametrize(("text", "want"), _ISSUE_FORMS, ids=[t for t, _ in _ISSUE_FORMS])
def test_issue_forms(text: str, want: list[tuple[float | None, float | None, float | None, str]]) -> None:
    doses, _ = parse_doses(text)
    assert [(d.value, d.low, d.high, d.unit) for d in doses] == [
        (None if v is None else float(v), None if lo is None else float(lo),
         None if hi is None else float(hi), u) for v, lo, hi, u in want]


@pytest.mark.parametrize(("text", "days"), [
    ("Fludarabine 30 mg/m2 (D-5~D-3)", [-5, -4, -3]),
    ("Fludarabine 30 mg/m2 on Day -5, Day -4, Day -3", [-5, -4, -3]),
    ("Fludarabine 30 mg/m2 on days 1-5", [1, 2, 3, 4, 5]),
    ("Fludarabine 30 mg/m2 on Days 1, 3, and 5", [1, 3, 5]),
    ("Fludarabine 30 mg/m2 on day 1 of each 21-day cycle", [1]),
])
def test_issue_schedules(text: str, days: list[int]) -> None:
    (dose,), _ = parse_doses(text)
    assert dose.days == days and dose.agent == "Fludarabine"
    assert dose.schedule and dose.schedule in text


@pytest.mark.parametrize(("text", "level"), [
    ("Dose Level -1 at 1×10⁵ cells/kg", "Dose Level -1"),
    ("DL2: 3×10⁶ cells/kg", "DL2"),
    ("Cohort 1: 5.0×10⁹ cells", "Cohort 1"),
])
def test_issue_levels(text: str, level: str) -> None:
    (dose,), _ = parse_doses(text)
    assert dose.level == level


def test_issue_agents() -> None:
    doses, _ = parse_doses("daunorubicin 44 mg/m2 and cytarabine 100 mg/m2")
    assert [(d.agent, d.value) for d in doses] == [("daunorubicin", 44), ("cytarabine", 100)]
    (dose,), _ = parse_doses("Fludarabine: 25-30 mg/m^2")
    assert (dose.agent, dose.low, dose.high) == ("Fludarabine", 25, 30)
    (dose,), _ = parse_doses("25-30 mg/m^2", agent="Fludarabine")
    assert dose.agent == "Fludarabine"  # the intervention's name when the text names none


# ------------------------------------------------- rules the table cannot show on its own

@pytest.mark.parametrize(("text", "values", "warned"), [
    ("subcutaneous injection of Cortivazol ALTIM, 3,375mg", [3.375], True),  # NCT00804895
    ("1,250 mg", [1250.0], False),  # a group ending in 0 is thousands
    ("1.5 mg, then 1,125 mg", [1.5, 1125.0], False),  # the text writes decimals with a point
    ("2,5 mg/kg or 1,125 mg", [2.5, 1.125], True),  # the text writes decimals with a comma
])
def test_decimal_comma_before_three_digits(text: str, values: list[float], warned: bool) -> None:
    doses, warnings = parse_doses(text)
    assert [d.value for d in doses] == values
    assert any("decimal comma" in w for w in warnings) is warned


def test_cells_after_a_product_word_pass_the_pre_check() -> None:
    (dose,), _ = parse_doses("1000 CAR-T cells")
    assert (dose.value, dose.unit) == (1000.0, "cells")


# legacy XML text as the adapter gives it: hard-wrapped, the indentation gone ("ticagrelor\n90 mg")
@pytest.mark.parametrize(("nct_id", "start", "end", "want"), [
    ("NCT01742117", "using a genotyping strategy", "clopidogrel 75 mg per day",
     [(90.0, "mg", "ticagrelor"), (75.0, "mg/day", "clopidogrel")]),
    ("NCT01508936", "efficacy of reslizumab treatment", "for a total of 4 doses",
     [(3.0, "mg/kg", "reslizumab")]),
    ("NCT00503399", "All participants will receive", "of vitamin D.",
     [(1000.0, "mg/day", "elemental calcium"), ((800.0, 1200.0), "IU/day", "vitamin D")]),
    ("NCT00001289", "Macrophage-targeted glucocerebrosidase will be", "every other week.",
     [((60.0, 120.0), "IU/kg", "Macrophage-targeted glucocerebrosidase")]),
])
def test_wrapped_lines_of_a_parsed_record(nct_id: str, start: str, end: str,
                                          want: list[tuple[object, str, str]]) -> None:
    trial = trialnorm.parse_file(CORPUS / "ctgov-xml" / f"{nct_id}.xml")
    prose = "\n".join(t for t in (trial.brief_summary, trial.detailed_description) if t)
    at = prose.index(start)
    sentence = prose[at:prose.index(end, at) + len(end)]
    assert "\n" in sentence  # the case: a line break inside the sentence
    doses, _ = parse_doses(sentence)
    assert _triples(doses) == want


def test_days_across_a_wrapped_line() -> None:
    trial = trialnorm.parse_file(CORPUS / "ctgov-xml" / "NCT00179647.xml")
    prose = trial.detailed_description or ""
    at = prose.index("Option C: Oral pulse dexamethasone")
    (dose,), _ = parse_doses(prose[at:prose.index("28-day cycle.", at)])
    assert (dose.value, dose.agent) == (20.0, "dexamethasone")
    assert dose.days == [1, 2, 3, 4, 9, 10, 11, 12, 17, 18, 19, 20]


def test_a_dose_across_a_wrap_is_quoted_as_written() -> None:
    # xdesc:NCT01909401 (HOLDOUT7): the amount and its unit on two lines of the XML
    doses, _ = parse_doses("peginterferon 1.0 mcg/kg with weight-based ribavirin (600-1200 mg) with boceprevir 800"
                           "\n      mg TID")
    assert (doses[-1].agent, doses[-1].text) == ("boceprevir", "800\n      mg")


@pytest.mark.parametrize("text", ["1" * 20000, "1." * 10000, "1," * 5000, "12.5" * 4000])
def test_long_digit_runs_are_read_in_linear_time(text: str) -> None:
    """The unit pre-check starts once per run of digits: these took 2-50 s when it was tried at
    every digit. A bound on work, not a timing: the pre-check finds no unit, so no dose."""
    assert parse_doses(text) == ([], [])


def test_a_leading_decimal_point_still_opens_an_amount() -> None:
    doses, _ = parse_doses("dose:.5mg of haloperidol")
    assert [(d.value, d.unit) for d in doses] == [(0.5, "mg")]


# -------------------------------------------- who gets a dose, from the record's own names

@pytest.mark.parametrize(("path", "item", "agent_alone", "want", "alone"), [
    # the name runs on into the next sentence without a space
    ("ctgov-v2/NCT05238740.json", "arms[1]", "rhBMP-2",
     [((4.0, 6.0), "mg", "rhBMP-2")], ["rhBMP-2The stand-alone", "rhBMP-2"]),
    # a name of four words, the reader's own guess stops after two
    ("ctgov-v2/NCT02466334.json", "arms[0]", "Calcitonin-Gene Related Peptide",
     [(1.5, "ug/min", "calcitonin-gene related peptide")], ["calcitonin-gene"]),
    # "Insulin aspart 30 mix" (an other name) is written "insulin aspart"
    ("ctgov-v2/NCT04226105.json", "interventions[0]", "GP40081",
     [(1.0, "mL", "GP40081"), (100.0, "U", "insulin aspart")], ["GP40081", "insulin"]),
    # legacy XML: the other name "HES 130/0.4" is what the text writes
    ("ctgov-xml/NCT00308100.xml", "interventions[0]", "Hydroxyethylstarch 130/0.4",
     [(33.0, "mL/kg", "HES")], ["Hydroxyethylstarch 130/0.4"]),
    # a word glued to a hyphen before the amount is no name when the record's name follows it
    ("ctgov-xml/NCT01029262.xml", "interventions[0]", "Lenalidomide",
     [(10.0, "mg", "Lenalidomide"), (5.0, "mg", "Lenalidomide")], ["Lenalidomide", "Alternatively-one"]),
    # the intervention's name holds a route phrase the text does not dose
    ("ctgov-v2/NCT03377257.json", "arms[1]", "zolmitriptan by sublingual administration",
     [(2.5, "mg", "zolmitriptan")], ["zolmitriptan by sublingual administration"]),
])
def test_a_record_says_who_gets_a_dose(path: str, item: str, agent_alone: str | None,
                                       want: list[tuple[object, str, str]], alone: list[str]) -> None:
    """Whole records: the dose of an arm or intervention is given to the name the record gives
    an intervention, as the text writes it; the same text read alone (the agent argument
    ``enrich`` passes, no names) gets the agent wrong."""
    trial = trialnorm.parse_file(CORPUS / path)
    field, index = item.rstrip("]").split("[")
    part = getattr(trial, field)[int(index)]
    got = [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in part.doses]
    assert got == want
    assert [d.agent for d in parse_doses(part.description, agent=agent_alone)[0]] == alone


def test_names_do_not_move_a_dose_to_another_clause() -> None:
    """A record's name written in another clause, or naming an arm, is not the agent: the
    default reading stands ("X 10 mg and Y 20 mg" still gives X and Y)."""
    names = ("Olaparib", "Cisplatin", "Radiotherapy")
    text = ("The first cohort will receive Olaparib with a dose of 25mg BID combined with Cisplatin and RT. "
            "Thereafter in both with and without cisplatin arms dose escalation will follow to 50mg, 100mg.")
    assert parse_doses(text, agent="Olaparib", names=names) == parse_doses(text, agent="Olaparib")
    doses, _ = parse_doses("daunorubicin 44 mg/m2 and cytarabine 100 mg/m2", names=("Daunorubicin", "Cytarabine"))
    assert [(d.agent, d.value) for d in doses] == [("daunorubicin", 44), ("cytarabine", 100)]
    # a name in a URL or after the amount's clause is not the agent
    text = "1 mg intramuscular injection\nAdministered within 10 weeks of start of pralatrexate dosing"
    assert parse_doses(text, agent="Vitamin B12", names=("Pralatrexate", "Vitamin B12"))[0][0].agent == "Vitamin B12"


@pytest.mark.parametrize("names", [(), ("Placebo", "Control", "Surgery", "Bu", "Cy")])
def test_generic_and_short_names_are_no_mentions(names: tuple[str, ...]) -> None:
    """'Placebo', 'Control', 'Surgery' and names under 3 letters say nothing of who gets a dose."""
    text = "Patients in the control group receive busulfan 3.2 mg/kg and placebo tablets 10 mg"
    assert parse_doses(text, names=names) == parse_doses(text)


# ------------------------------ where this session's rules stop (phrases built in review)

@pytest.mark.parametrize(("text", "agent", "names", "want"), [
    # a record's name after the amount does not take a co-drug's dose
    ("Premedication:\nDiphenhydramine 50 mg IV\nPaclitaxel 175 mg/m2 IV", None, ("Paclitaxel", "Carboplatin"),
     [(50.0, "mg", "Diphenhydramine"), (175.0, "mg/m2", "Paclitaxel")]),
    ("Ondansetron 8 mg IV dexamethasone 8 mg IV", None, ("Dexamethasone",),
     [(8.0, "mg", "Ondansetron"), (8.0, "mg", "dexamethasone")]),
    # the slash pair needs a dose after the slash; "for X" only for a record's name
    ("Ceftriaxone 1 g q24h/14 days", "Ceftriaxone", (), [(1.0, "g", "Ceftriaxone")]),
    ("Patients receive 400 mg for COVID-19.", "Hydroxychloroquine", (), [(400.0, "mg", "Hydroxychloroquine")]),
    # "/Day 1" is a day; "in a volume of" after no dose is the dose's own volume
    ("Docetaxel 75 mg/m2/Day 1 every 21 days", None, (), [(75.0, "mg/m2", "Docetaxel")]),
    ("Bupivacaine 0.25% in a volume of 20 mL", None, (), [(20.0, "mL", "Bupivacaine")]),
    ("2mg / Kg of methylene blue in volume of 50ml is administrated", None, (), [(2.0, "mg/kg", "methylene blue")]),
    # "ranging from" is a range, a change of dose is two doses
    ("Ketamine to reduce pain, ranging from 0.1 to 0.5 mg/kg", None, (), [((0.1, 0.5), "mg/kg", "Ketamine")]),
    ("the dose will be increased from 10 to 20 mg daily", None, (), [(10.0, "mg", None), (20.0, "mg", None)]),
    # bullets on two lines are two doses, not a range
    ("Doses:\n- 50 mg\n- 100 mg", None, (), [(50.0, "mg", None), (100.0, "mg", None)]),
    # DC counts cells only after notation
    ("1200 veterans in Washington DC", None, (), []),
    ("CMN-001 dosing (1x10^7 DC/dose) is initiated", None, (), [(1e7, "cells", "CMN-001")]),
])
def test_rules_stop_where_they_should(text: str, agent: str | None, names: tuple[str, ...],
                                      want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text, agent=agent, names=names)
    assert _triples(doses) == want


# -------------------- where the rules of the holdout 15-21 fixes stop (phrases built in review)

@pytest.mark.parametrize(("text", "want"), [
    # a strength per volume written with "per" is a dose in a volume, as with a slash
    ("Enoxaparin 40 mg per 0.4 mL once daily", [(40.0, "mg", "Enoxaparin")]),
    # caps: a bound where the text gives the dose is one; a condition on what was received is not
    ("Participants will be injected with less than 10 mCi of 18F-FPPRGD2.", [(10.0, "mCi", "18F-FPPRGD2")]),
    ("Patients receiving \\<5 mg of Prednisone daily may be included", []),
    ("Patients must have received no more than 360 mg/m2 of doxorubicin", []),
    ("Patients who have received less than 2 mg/kg of prior cyclophosphamide are eligible", []),
    ("Neonates receiving morphine weighing less than 2500 g", []),
    ("Infusion rate should not exceed 50 mg/min", []),
    ("Received prior radiation less than 30 Gy to the pelvis", []),
    ("Maximum daily caffeine intake below 300 mg", []),
    ("Patients will receive 100 mg aspirin. Max tolerated dose less than 200 mg", [(100.0, "mg", "aspirin")]),
    # the name inside brackets only when it follows the amount
    ("Viread (300 mg Tenofovir disoproxil fumarate) once daily", [(300.0, "mg", "Tenofovir disoproxil fumarate")]),
    ("Capecitabine (1000 mg/m2 twice daily with oxaliplatin)", [(1000.0, "mg/m2", "Capecitabine")]),
    ("Morphine (0.1 mg/kg as rescue for remifentanil)", [(0.1, "mg/kg", "Morphine")]),
    # two drugs joined by a hyphen, not any hyphenated words
    ("amoxicillin-clavulanic acid 875/125 mg PO BID", [(875.0, "mg", "amoxicillin"), (125.0, "mg", "clavulanic acid")]),
    ("double-blinded 5/10 mg amlodipine", [(5.0, "mg", "amlodipine"), (10.0, "mg", "amlodipine")]),
    # volumes: a weight-based rate is a dose, a total is not, in its own clause only
    ("at a rate of 10 mL/kg/h", [(10.0, "mL/kg/h", None)]),
    ("Group 1: dexamethasone 8 mg IV. Group 2: bupivacaine in a total volume of 20 mL of 0.25% bupivacaine",
     [(8.0, "mg", "dexamethasone"), (20.0, "mL", "bupivacaine")]),
    ("with chirocaine 0.25% 29,5ml + 0,5ml dexmedetomidine (50µg) (total volume 30ml)",
     [(29.5, "mL", "chirocaine"), (0.5, "mL", "dexmedetomidine"), (50.0, "ug", "dexmedetomidine")]),
    # samples in microlitres, a daily fraction, a product role alone
    ("Fingerstick: 20 µL capillary blood", []),
    ("Saliva 500 uL will be obtained at baseline", []),
    ("IMRT 2 Gy per daily fraction", [(2.0, "Gy", "IMRT")]),
    ("Metformin 500mg/daily titrated", [(500.0, "mg/day", "Metformin")]),
    ("Test Formulation 2 x 5 mg", [(5.0, "mg", None)]),
    # gases and molar amounts (holdouts 25 and 26): a flow given is a dose, a device's range is not
    ("PACAP38 (10 pmol/kg/min) is infused over 20 minutes", [(10.0, "pmol/kg/min", "PACAP38")]),
    ("given supplemental oxygen through a nasal cannula (3 L/min)", [(3.0, "L/min", "oxygen")]),
    ("0.17 liters (L) of carbon dioxide (CO2) will be delivered", [(0.17, "L", "carbon dioxide")]),
    ("A driving pressure of 20 psi will be used, producing a gas flow rate of 9 L/min.", []),
    ("it is capable of delivering O2 from 0 to 160 liters per minute (LPM)", []),
    ("testosterone > 10 nmol/L", []),
    # the subject of the sentence: after "Treatment with", a sponsor's code before its form
    ("Treatment with Patiromer will be initiated at a dose of 8.4 grams, once daily", [(8.4, "g", "Patiromer")]),
    ("Hemay022 tablets will be taken orally once daily in doses of 50mg", [(50.0, "mg", "Hemay022")]),
    ("Group A will receive 5 mg", [(5.0, "mg", None)]),
    # second review: litres only of a gas; compound number words are not read in parts
    ("PEF 300 L/min", []),
    ("Cardiac output 4 L/min", []),
    ("FVC 2.5 liters", []),
    ("diluted in 1 liter of normal saline", []),
    ("twenty five milligrams of drug", []),
    ("two hundred and fifty milligrams of ceftriaxone", []),
    ("two units of the hospital", []),
    # times of day are no pair of drugs; a reduced dose is a dose, a step is not
    ("AM/PM (10 mg/5 mg) of hydrocortisone", [(10.0, "mg", "hydrocortisone"), (5.0, "mg", "hydrocortisone")]),
    ("Dose reduction of 200 mg twice daily", [(200.0, "mg", None)]),
    ("doses will be reduced in steps of 90 mg per dose-reduction", []),
    # a descending pair splits only when plausible; a word inside another is no name
    ("taper 60-0 mg", [((60.0, 0.0), "mg", None)]),
    ("240 mg will be administered as a 30 minute IV.  Infusion on day 1 and day 15", [(240.0, "mg", None)]),
    # third review: a strength names a drug only when no name was given, never a diluent or a product word
    ("Investigational Product 50 mg/mL, 2 mg/kg given", [(2.0, "mg/kg", None)]),
    ("The dose of kIU per kg is 10 mL/kg", [(10.0, "mL/kg", None)]),
])
def test_holdout_fixes_stop_where_they_should(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert _triples(doses) == want


def test_radioactivity_of_a_labelled_drug() -> None:
    """A mass-balance study gives the tracer's activity in microcuries, and names the
    labelled drug with its isotope in brackets (NCT05406817)."""
    trial = trialnorm.parse_file(CORPUS / "ctgov-v2" / "NCT05406817.json")
    doses = [d for arm in trial.arms for d in arm.doses]
    assert [(d.value, d.unit, d.agent) for d in doses if d.unit == "uCi"] == [
        (100.0, "uCi", "[14C]-SNDX-5613")]


@pytest.mark.parametrize(("text", "want"), [
    ("5 mCi of [18F]FDG", [(5.0, "mCi", "[18F]FDG")]),
    ("10 millicuries of I-131", [(10.0, "mCi", "I-131")]),
    ("370 MBq of 68Ga-PSMA-11", [(370.0, "MBq", "68Ga-PSMA-11")]),
    ("about 100 µCi", [(100.0, "uCi", None)]),
])
def test_radioactivity_units(text: str, want: list[tuple[float, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert [(d.value, d.unit, d.agent) for d in doses] == want


@pytest.mark.parametrize(("text", "values"), [
    # the same amount at another stated frequency is another dose
    ("Chantix 0.5 mg once per day followed by 0.5 mg twice a day", [0.5, 0.5]),
    ("125 mg bid for 21 days, or 125 mg qd for 21 days", [125.0, 125.0]),
    ("1500 mg q3w for 4 cycles, then 1500 mg q4w for 10 cycles", [1500.0, 1500.0]),
    # a repeat at the same frequency, or with none stated, is the same dose
    ("apatinib 500mg qd po plus Erlotinib 150mg qd po / apatinib 500mg qd po plus Icotinib 125mg tid po",
     [500.0, 150.0, 125.0]),
    ("fremanezumab 225 mg monthly as single injections (225 mg/1.5 mL)", [225.0]),
    ("Tislelizumab 200mg Q3W + chemotherapy, followed by Tislelizumab 200mg Q3W", [200.0]),
])
def test_repeats_at_another_frequency(text: str, values: list[float]) -> None:
    doses, _ = parse_doses(text)
    assert [d.value for d in doses] == values


def test_an_agent_keeps_the_mark_the_text_writes() -> None:
    doses, _ = parse_doses("Subjects injected intravitreally with 1.0mg of Luminate®")
    assert [d.agent for d in doses] == ["Luminate®"]
    doses, _ = parse_doses("Luminate 1.0 mg intravitreally")
    assert [d.agent for d in doses] == ["Luminate"]


def test_a_level_that_opens_the_sentence() -> None:
    text = ("In Cohort 1, the subjects who were randomized to the deferiprone arm received 1.5 g twice "
            "daily. In Cohort 2, they received 2 g twice daily.")
    doses, _ = parse_doses(text)
    assert [(d.value, d.level) for d in doses] == [(1.5, "Cohort 1"), (2.0, "Cohort 2")]


@pytest.mark.parametrize(("name", "want"), [
    ("R-verapamil 75 mg tablet", "R-verapamil"),
    ("Phenylephrine infusion", "Phenylephrine infusion"),
    ("Lutetium Lu 177 dotatate injection", "Lutetium Lu 177 dotatate injection"),
    ("Droxidopa capsules", "Droxidopa capsules"),
    ("Omega 3 capsules", "Omega 3 capsules"),
    ("Sham injection", "Sham injection"),
    ("Prednisolone oral solution", "Prednisolone oral solution"),
])
def test_the_interventions_name_as_a_fallback(name: str, want: str) -> None:
    """An amount whose text names no drug takes the intervention's name as the record writes
    it, form word and all (15 of the 21 labels of such texts in the tables keep it: "100, 200
    or 300 mg" of "Droxidopa capsules"), cut only before a strength."""
    doses, _ = parse_doses("given at 10 mg daily", agent=name)
    assert [d.agent for d in doses] == [want]


def test_a_form_word_the_text_writes_is_cut() -> None:
    doses, _ = parse_doses("continuous phenylephrine infusion started at 25mcg/min",
                           agent="Phenylephrine infusion")
    assert _triples(doses) == [(25.0, "ug/min", "phenylephrine")]


def test_days_shared_across_a_long_word_in_linear_time() -> None:
    """The days a second amount shares with the first are looked for with words matched
    possessively: with 1,000 letters between the amounts this took 11 s (cubic), and 50,000
    did not finish; the suite would hang on it."""
    doses, _ = parse_doses("10 mg " + "a" * 50_000 + "! 20 mg on days 1 and 2")
    assert [(d.value, d.days) for d in doses] == [(10.0, []), (20.0, [1, 2])]


@pytest.mark.parametrize(("text", "want"), [
    # a fifth review of the rules the blind sets 27-34 prompted: each phrase was read wrongly
    # by one of them before it was narrowed (the review's finding in brackets)
    ("EPO 10 000 IU weekly", [(10000.0, "IU", "EPO")]),  # F1: no zero dose after an all-caps word
    ("HEPARIN 5 000 IU subcutaneously", [(5000.0, "IU", "HEPARIN")]),
    ("AMG 337 300mg orally daily.", [(300.0, "mg", "AMG 337")]),
    ("Patients will receive 2,4,8 mg/kg of drug", [(2.0, "mg/kg", None), (4.0, "mg/kg", None), (8.0, "mg/kg", None)]),
    ("Dose levels are 0.5,1,2 mg/kg", [(0.5, "mg/kg", None), (1.0, "mg/kg", None), (2.0, "mg/kg", None)]),
    ("1,250,500 IU of vitamin A", [(1250500.0, "IU", "vitamin A")]),  # F2: a thousands shape
    ("Infliximab 5 mg/kg at weeks 0,2,6 and 10 mg/kg every 8 weeks thereafter",
     [(5.0, "mg/kg", "Infliximab"), (10.0, "mg/kg", "Infliximab")]),  # F3: weeks are no doses
    ("Arm 2, 1 million cells/kg", [(1e6, "cells/kg", None)]),  # F4
    ("Days 1, 8, 2 million cells/kg", [(2e6, "cells/kg", None)]),
    ("IV sedation 2 mg", [(2.0, "mg", None)]),  # F6
    ("oral hydration 1000 mL", [(1000.0, "mL", None)]),
    ("Patients receive 10 mg of vitamin K 2 hours before surgery", [(10.0, "mg", "vitamin K")]),  # F7
    ("1000 IU of vitamin D 3 times a week", [(1000.0, "IU", "vitamin D")]),
    ("Interferon beta-1a (IFN; 30 mcg weekly)", [(30.0, "ug", "Interferon beta-1a")]),  # F8
    ("Insulin glargine (IG; 10 U)", [(10.0, "U", "Insulin glargine")]),
    ("Methotrexate high-dose 5 g/m2", [(5.0, "g/m2", "Methotrexate")]),  # F10
    ("Bupivacaine 0.5% 10 mL injected while the needle is withdrawn", [(10.0, "mL", "Bupivacaine")]),  # F11
    ("Lactulose 30 mL daily, which will be withdrawn after 2 weeks", [(30.0, "mL", "Lactulose")]),
    ("Patients enrolled in 100 mg Step 2 will receive drug", [(100.0, "mg", None)]),  # F13
    ("60 mg morphine equivalents of opioids per day", [(60.0, "mg", "morphine")]),  # F14
])
def test_blind_set_fixes_stop_where_they_should(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "levels", "days"), [
    ("Cohort 1, 2 million cells/kg; Cohort 2, 5 million cells/kg", ["Cohort 1", "Cohort 2"], [[], []]),
    ("Level -I 200 mg/m2 Level I 300 mg/m2 Level II 300 mg/m2 Level III 400 mg/m2",
     ["Level -I", "Level I", "Level II", "Level III"], [[], [], [], []]),
    ("Patients with hemoglobin below 10 g/dL IV iron sucrose 200 mg", [None], [[]]),  # F12
    ("Elective nodal irradiation of levels II-IV of the neck to 50 Gy, boost to 70 Gy", [None, None], [[], []]),
    # F5: days are shared down a list, not over ", followed by" or ", then"
    ("Clopidogrel loading dose 600 mg, followed by 150 mg or 75 mg on days 2 to 7",
     [None, None, None], [[], [2, 3, 4, 5, 6, 7], [2, 3, 4, 5, 6, 7]]),
    ("25 mg bid, 20 mg bid, or 10 mg bid on days 1 through 3", [None, None, None], [[1, 2, 3]] * 3),
])
def test_levels_and_days_of_lists(text: str, levels: list[str | None], days: list[list[int]]) -> None:
    doses, _ = parse_doses(text)
    assert [d.level for d in doses] == levels
    assert [d.days for d in doses] == days


@pytest.mark.parametrize("text", [
    ",".join(str(i) for i in range(1, 10**5))[:50000] + " mg",  # an increasing comma run: 62 s before the bound
    "Drug 1 mg" + " " * 10000 + "daily",  # spaces after an amount: 12 s when _OF_NAME backtracked
])
def test_long_runs_are_read_in_linear_time(text: str) -> None:
    """A bound on work, not a timing: these took a minute and 12 s before."""
    doses, _ = parse_doses(text)
    assert len(doses) <= 1


@pytest.mark.parametrize(("text", "want"), [
    # a sixth review, of the rules the second and third rounds prompted
    ("Cohort 1, 2,5 mg/kg; Cohort 2, 5 mg/kg", [(2.5, "mg/kg", None), (5.0, "mg/kg", None)]),  # a label, then a decimal comma
    ("Group 1, 2,5 mg bisoprolol", [(2.5, "mg", "bisoprolol")]),
    ("Dose levels of 100,200,400 and 800 mg", [(100.0, "mg", None), (200.0, "mg", None), (400.0, "mg", None),
                                               (800.0, "mg", None)]),
    ("Doses: 50,100,200 mg", [(50.0, "mg", None), (100.0, "mg", None), (200.0, "mg", None)]),
    ("COVID-19: standard of care; patients receive 400 mg", [(400.0, "mg", None)]),  # a heading that is no drug
    ("Durvalumab: Given IV. Premedication with 650 mg acetaminophen", [(650.0, "mg", "acetaminophen")]),
    ("FOLFOX: oxaliplatin 85 mg/m2 on D1, 5-fluorouracil 400 mg/m2",
     [(85.0, "mg/m2", "oxaliplatin"), (400.0, "mg/m2", "5-fluorouracil")]),
])
def test_later_blind_set_fixes_stop_where_they_should(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "days"), [
    # a frequency ends a drug's regimen: the next drug's days are not the first's
    ("Lenalidomide 25 mg daily, dexamethasone 40 mg on days 1, 8, 15 and 22", [[], [1, 8, 15, 22]]),
    ("Aspirin 100 mg daily, clopidogrel 75 mg on days 1-3", [[], [1, 2, 3]]),
    ("50 mg on days 1-3-weekly", [[1, 2, 3]]),
    ("Day 1: 10 mg on day 1-predose", [[1]]),
])
def test_days_stop_at_a_frequency(text: str, days: list[list[int]]) -> None:
    assert [d.days for d in parse_doses(text)[0]] == days


def test_clearance_rule_keeps_doses_in_mass() -> None:
    """A clearance is in mL; 'adjusted by creatinine clearance: 750 mg' still doses 750 mg."""
    assert [d.value for d in parse_doses("Dose adjusted by creatinine clearance: 750 mg every 24 hours")[0]] == [750.0]
    assert parse_doses("for patients with eGFR of 15 to 49 ml.")[0] == []


def test_comma_run_before_spaces_is_linear() -> None:
    """'1,2,3' and 50,000 spaces took 17.7 s (two whitespace runs backtracking); a bound, not a timing."""
    assert parse_doses("1,2,3" + " " * 50000) == ([], [])


@pytest.mark.parametrize(("text", "want"), [
    # the fourth blind round's rules, and where a review found them going too far
    ("4mg(1 ml) dexamethasone", [(4.0, "mg", "dexamethasone"), (1.0, "mL", "dexamethasone")]),
    ("Dexamethasone 10 mg vs placebo (2 mL)", [(10.0, "mg", "Dexamethasone"), (2.0, "mL", "placebo")]),
    ("[^14C]-Risdiplam 18 mg oral solution with approximately 0.75 megabecquerel MBq",
     [(18.0, "mg", "[^14C]-Risdiplam"), (0.75, "MBq", "[^14C]-Risdiplam")]),
    ("nutritional extract (-)-epicatechin 100mg/day", [(100.0, "mg/day", "(-)-epicatechin")]),
    ("Lipiodol(R)-based emulsion 5 mL", [(5.0, "mL", "Lipiodol")]),  # (R): a registered mark
    ("radium-223 50 kilobecquerels/kg", [(50.0, "kBq/kg", "radium-223")]),
    ("25microg thyroid hormone", [(25.0, "ug", "thyroid hormone")]),
    ("SPR741 400 mg IV + piperacillin/tazobactam 4.5 grams IV",
     [(400.0, "mg", "SPR741"), (4.5, "g", "piperacillin/tazobactam")]),
    ("aspirin/placebo 81 mg", [(81.0, "mg", "placebo")]),  # no pair of drugs
    ("Gum arabic 10 g/day", [(10.0, "g/day", "Gum arabic")]),
    ("Guar gum 5 g", [(5.0, "g", "Guar gum")]),
    ("Amphotericin B Liposome for Injection 50 mg/vial, at a dose of 3 mg/kg/day", [(3.0, "mg/kg/day", None)]),
    ("Cetuximab 100 mg/vial IV weekly; irinotecan 180 mg/m2",  # another drug's dose: the vial stays
     [(100.0, "mg", "Cetuximab"), (180.0, "mg/m2", "irinotecan")]),
    ("ketamine 1 mg/kg divided into 0.5 mL per nostril", [(1.0, "mg/kg", "ketamine"), (0.5, "mL", "ketamine")]),
    ("5 mL of the study drug will be injected into a 245 mL isotonic glucose solution", [(5.0, "mL", None)]),
    ("Intra thecal inj.of 100 millions MNC", [(1e8, "cells", None)]),
    ("100,000 units for a total of 300,000 units of vitamin D3",
     [(100000.0, "U", "vitamin D3"), (300000.0, "U", "vitamin D3")]),
    ("aspirin 80 mg and clopidogrel film-coated tablet 1 x 75 mg", [(80.0, "mg", "aspirin"), (75.0, "mg", "clopidogrel")]),
    ("81 mg enteric coated aspirin", [(81.0, "mg", "aspirin")]),
    ("With each insertion of the spinal needle, 1 ml with 20 mg of lidocaine", [(1.0, "mL", None), (20.0, "mg", "lidocaine")]),
])
def test_fourth_blind_round_fixes_stop_where_they_should(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert _triples(doses) == want


def test_per_kilogram_after_a_name_is_linear() -> None:
    """'5 mg of X per kcal' and 50,000 spaces took 39 s (an unbounded lazy name before 'per'); a bound, not a timing."""
    doses, _ = parse_doses("5 mg of X per kcal" + " " * 50000 + "end")
    assert [(d.value, d.unit, d.agent) for d in doses] == [(5.0, "mg", "X")]


def test_whitespace_after_per_and_after_a_day_is_linear() -> None:
    """Two older slow paths: 'per' then 8,000 spaces took 9.8 s, 'day 1' then 50,000 spaces 65 s
    (whitespace runs that two quantifiers could split); a bound, not a timing."""
    assert [(d.value, d.unit) for d in parse_doses("Drug X 5 mg per" + " " * 50000 + "patient")[0]] == [(5.0, "mg")]
    doses, _ = parse_doses("day 1" + " " * 50000 + ", 5 mg and 3 mg")
    assert [(d.value, d.unit) for d in doses] == [(5.0, "mg"), (3.0, "mg")]


def test_part_and_total_rule_is_linear() -> None:
    """Two doses 1,600 characters of line breaks apart took 46 s (three whitespace runs in the
    part-and-total pattern could split one run); a bound, not a timing."""
    doses, _ = parse_doses("Arm A: 10 mg" + "\r\n" * 5000 + "Arm B: 20 mg of aspirin")
    assert [(d.value, d.agent) for d in doses] == [(10.0, None), (20.0, "aspirin")]


@pytest.mark.parametrize(("text", "want"), [
    # the fifth and sixth blind rounds' rules, and where a second review found them going too far
    ("EDO-S101, IV, 20mg/m2 up to 150mg/m2", [((20.0, 150.0), "mg/m2", "EDO-S101")]),
    ("Oxycodone 5 mg up to 30 mg daily", [(5.0, "mg", "Oxycodone"), (30.0, "mg", "Oxycodone")]),  # a cap
    ("Naloxone 0.4 mg up to 2 mg total", [(0.4, "mg", "Naloxone"), (2.0, "mg", "Naloxone")]),
    ("Titration starting 300 mg/day up to 1800 mg/day", [(300.0, "mg/day", None), (1800.0, "mg/day", None)]),
    ("Started at 0.5 mg/kg/day, then 1 mg/kg/day up to 2 mg/kg/day",
     [(0.5, "mg/kg/day", None), (1.0, "mg/kg/day", None), (2.0, "mg/kg/day", None)]),
    ("Dexamethasone (Dex)/ 20 mg", [(20.0, "mg", "Dexamethasone")]),  # no unit in the brackets
    ("Ibuprofen 400 mg (PO)/ 800 mg (IV)", [(400.0, "mg", "Ibuprofen"), (800.0, "mg", "Ibuprofen")]),
    ("Oncoquest-CLL vaccine: 100 micrograms (mcg)/0.2 milliliters (mL)", [(100.0, "ug", "Oncoquest-CLL vaccine")]),
    ("Oxycodone immediate-release tablets 5 mg", [(5.0, "mg", "Oxycodone")]),
    ("Nicotine 24-hour patch 21 mg", [(21.0, "mg", "Nicotine")]),
    ("Arm A: metformin 500 mg; Arm B: Methylphenidate modified-release 18 mg",
     [(500.0, "mg", "metformin"), (18.0, "mg", "Methylphenidate")]),
    ("(Dose 1): 5 ppm inhaled nitric oxide", [(5.0, "ppm", "nitric oxide")]),
    ("expired CO of 8 ppm", []),  # ppm is a dose only of an inhaled gas
    ("Fluoride toothpaste 1450 ppm", []),
    ("comprised of 155 total units given at 31 sites", [(155.0, "U", None)]),
    ("24 total units across 6 hospitals", []),
    ("50 kilobecquerels (kBq)/kg of radium-223", [(50.0, "kBq/kg", "radium-223")]),
    ("5 cycles of 5.5 GBq (150 mCi)", [(5.5, "GBq", None), (150.0, "mCi", None)]),
    ("intratumoral injections of 10 Mio IU of L19IL2", [(1e7, "IU", "L19IL2")]),
    ("40,000 IU/month for 6 months", [(40000.0, "IU/month", None)]),
    ("2,000 IU/day vitamin D for 6 months", [(2000.0, "IU/day", "vitamin D")]),
    ("Dacarbazine: infusion on day 1 of each 21-cycle at a dosage of 1000 mg/m2", [(1000.0, "mg/m2", "Dacarbazine")]),
    ("A 10-mg/kg dose of tranexamic acid", [(10.0, "mg/kg", "tranexamic acid")]),
    ("Daily oral 18-mg (two 9-mg tablets) doses of LY2216684",
     [(18.0, "mg", "LY2216684"), (9.0, "mg", "LY2216684")]),
    ("E.coli Endotoxin Day 7 - 2 ng/kg", [(2.0, "ng/kg", "Endotoxin")]),  # a day, then the amount
    ("Seroquel film-coated tablets 300 mg of Astrazeneca Pharmaceuticals", [(300.0, "mg", "Seroquel")]),
    ("Pulses lentils 150 g/day", [(150.0, "g/day", "Pulses lentils")]),
    ("12 micrograms of PRTX-100 per kilogram of patient weight", [(12.0, "ug/kg", "PRTX-100")]),
    ("10 mg/kg on day 0 & 1 and 5mg/kg on day 2", [(10.0, "mg/kg", None), (5.0, "mg/kg", None)]),  # 1: a day
    ("5 mg on day 1, 8 and 10 mg on day 15", [(5.0, "mg", None), (10.0, "mg", None)]),
    ("MMF target dose: 2000 mg/day (1gx2)", [(2000.0, "mg/day", "MMF"), (1.0, "g", "MMF")]),  # a count glued on
    ("emulsified with nor-MDP (0.025) mg", [(0.025, "mg", "nor-MDP")]),  # the amount in brackets, then its unit
    ("(n=10) mg", []),
    # a third review: a day list must not break "100 000 IU" apart, and the per-kg look-up is linear
    ("Vitamin D3 100 000 IU on day 1 and 100 000 IU on day 30", [(100000.0, "IU", "Vitamin D3"), (100000.0, "IU", "Vitamin D3")]),
    ("Day 7, 100 000 IU of cholecalciferol", [(100000.0, "IU", "cholecalciferol")]),
    ("Loading dose on Day 1, 400 or 800 mg of imatinib", [(400.0, "mg", "imatinib"), (800.0, "mg", "imatinib")]),
    ("On day 1, 0.5, 1, 2 or 4 mg/kg of drug X",
     [(0.5, "mg/kg", None), (1.0, "mg/kg", None), (2.0, "mg/kg", None), (4.0, "mg/kg", None)]),
    ("Paclitaxel 80 mg/m2 on days 1, 8, 15 and 2 mg/kg trastuzumab weekly",
     [(80.0, "mg/m2", "Paclitaxel"), (2.0, "mg/kg", "trastuzumab")]),
    ("Mean daily dose 150 (30) mg of morphine", []),  # a mean and its spread
    ("Cohort (2) mg/kg: 1", []),
    ("Vitamin D 2 (50000) IU capsules", [(50000.0, "IU", None)]),  # a count, then the amount
    ("0.15 mg of intravenous dexamethasone per kg", [(0.15, "mg/kg", "dexamethasone")]),
    ("1.5 g of protein per kg per day", [(1.5, "g/kg/day", "protein")]),
    ("30 mg of ferrous bisglycinate per kg of flour", [(30.0, "mg", "ferrous bisglycinate")]),
    ("Concentration of 5 million cells per 1 mL", []),
    ("Drug X at a concentration of 50 mg in 250 mL normal saline", [(50.0, "mg", None)]),  # the bag's dose
    ("Amoxicillin 500mgX2 daily", [(500.0, "mg", "Amoxicillin")]),
    ("AAV vector at 2 vgx10^13/kg", [(1e13, "cells/kg", None)]),  # a power of ten, not a count
    ("Drug X 10mgx7d", []),
    ("Botox 155 Total units", [(155.0, "U", "Botox")]),
    ("ASA [100 mg daily]", [(100.0, "mg", "ASA")]),  # a name before a square bracket
    ("1 dose of 0.5 ml of quadrivalent influenza vaccine batch 1", [(0.5, "mL", "quadrivalent influenza vaccine")]),
    ("resuspended in saline to a concentration of 5 million cells per 1 mL", []),
    ("2 x 10^6 cells/kg at a concentration of 1 x 10^6 cells per mL", [(2e6, "cells/kg", None)]),
    ("one capsule containing 20mg lutein and 20 mg lycopene per day",  # a schedule: the table's plain unit
     [(20.0, "mg", "lutein"), (20.0, "mg", "lycopene")]),
])
def test_later_blind_rounds_fixes_stop_where_they_should(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "names", "want"), [
    # the one drug of the record's that a text names doses what it leaves unnamed after it
    ("Subjects in the allopurinol treatment arm begin with an initial dose of drug of 100 mg/d.",
     ("Allopurinol", "low-fructose diet"), [(100.0, "mg/day", "allopurinol")]),
    ("Drug: oxytocin and placebo nasal spray; dosage=24 international units (IU).",
     ("Oxytocin", "Placebo"), [(24.0, "IU", "oxytocin")]),
    # two drugs named, a procedure, radiation, a drug named only after the dose: no agent
    ("Participants take cisplatin or gemcitabine; 75 mg/m2 over 30 minutes.",
     ("Cisplatin", "Gemcitabine"), [(75.0, "mg/m2", None)]),
    ("Patients before radical prostatectomy. Single IV dose (370 MBq).", ("prostatectomy",), [(370.0, "MBq", None)]),
    ("Cisplatin weekly during radiation. Total 60 Gy in 30 fractions.", ("Cisplatin",), [(60.0, "Gy", None)]),
    ("A dose of 100 mg/d, then allopurinol is stopped.", ("Allopurinol",), [(100.0, "mg/day", None)]),
    ("Fludarabine 30 mg/m^2 on days -5 to -3, then 1×10⁶ CAR-T cells/kg on day 0", ("Fludarabine",),
     [(30.0, "mg/m2", "Fludarabine"), (1e6, "cells/kg", None)]),  # cells are no chemotherapy's
    # a record's name that ends in a bare number keeps it ...
    ("Urocortin 2 will be infused at 3.6 pmol/min", ("Urocortin 2", "Urocortin 3"), [(3.6, "pmol/min", "Urocortin 2")]),
    ("Toca 511: 14 mL intravenously daily", ("Toca 511", "Toca FC"), [(14.0, "mL", "Toca 511")]),
    # ... but not a number the text gives a unit, nor one inside a name ("Insulin aspart 30 mix")
    ("Aspirin 81 mg daily", ("Aspirin 81",), [(81.0, "mg", "Aspirin")]),
])
def test_the_records_names_in_the_text(
        text: str, names: tuple[str, ...], want: list[tuple[Any, str, str | None]]) -> None:
    """The one drug of the record's a text names doses what it leaves unnamed after it; a
    record's name ending in a number is looked for whole."""
    doses, _ = parse_doses(text, names=names)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "want"), [
    # the name before a bracket that names it again is the agent ...
    ("Patients taking mycophenolate mofetil (MMF) will receive 1.0 gram once daily", [(1.0, "g", "mycophenolate mofetil")]),
    ("Cyclosporine A (CSP) 3 mg/kg IV from day-3", [(3.0, "mg/kg", "Cyclosporine A")]),
    ("Zydena (Udenafil) 50 mg", [(50.0, "mg", "Zydena")]),
    # ... unless the text writes the bracket's name on its own too, or the name before is longer
    ("Certolizumab Pegol (CZP) 400 mg on Weeks 0, 2 and 4, followed by 200 mg CZP every 2 weeks",
     [(400.0, "mg", "Certolizumab Pegol"), (200.0, "mg", "CZP")]),
    ("granulocyte colony-stimulating factor(G-CSF) 200ug/(m2.d) for 14 days", [(200.0, "ug/m2/day", "G-CSF")]),
    ("Patients receive (MMF) 1 g", [(1.0, "g", "MMF")]),
    # litres are a dose of a gas or of a bowel preparation, and "L" glued to the number reads
    ("the same as protocol A plus 1L Polyethylene glycol 11-12h before VCE.", [(1.0, "L", "Polyethylene glycol")]),
    ("increased to a goal rate of 400cc/hour to a total of 8L of PEG.", [(8.0, "L", "PEG")]),
    ("Polyethylene glycol 3350, 8L in 48 hours", []),  # 3350 is the polymer's grade; a bare L needs its name after
    ("Room air; FVC 2.5 L; salbutamol 400 mcg", [(400.0, "ug", "salbutamol")]),  # a lung volume
    ("Sevoflurane with 2 L fresh gas flow", []),
    ("PEG 3350 238 g in 2 L of Gatorade", [(238.0, "g", "PEG 3350")]),
    ("2L setting; bowel prep with PEG 3350", []),
    # a fluid given in litres is a dose, as in millilitres (round 21: "2 litres intravenous infusion")
    ("1 liter of normal saline", [(1.0, "L", "normal saline")]),
    ("patients in the 2L setting receive 100 mg", [(100.0, "mg", None)]),  # second line
    ("PEG-asparaginase in the 2L setting, 2500 IU/m2", [(2500.0, "IU/m2", None)]),
    # a seventh blind round: a word before the drug that is no part of its name ...
    ("Cycles to be 4 weeks in length Gemcitabine 1000 mg/m2 IV weekly", [(1000.0, "mg/m2", "Gemcitabine")]),
    ("metroCX Cyclophosphamide 50mg PO d1-28", [(50.0, "mg", "Cyclophosphamide")]),
    ("nab-paclitaxel + FOLFOX nab-paclitaxel: 150 mg/m2 D1", [(150.0, "mg/m2", "nab-paclitaxel")]),
    ("treated patients will initiate Advagraf 0.075 mg/kg/day", [(0.075, "mg/kg/day", "Advagraf")]),
    ("pegylated liposomal doxorubicin 40 mg/m2", [(40.0, "mg/m2", "pegylated liposomal doxorubicin")]),
    # ... a group named for its drug, a heading before the amount, a device's maker
    ("Amlodipine group received 10 mg.", [(10.0, "mg", "Amlodipine")]),
    ("Control group received 10 mg.", [(10.0, "mg", None)]),
    ("Postsurgical: 5mg metoprolol, IV, prior to extubation", [(5.0, "mg", "metoprolol")]),
    ("Maintenance: 10 mg/kg", [(10.0, "mg/kg", None)]),
    ("Fludarabine: 25-30 mg/m^2", [((25.0, 30.0), "mg/m2", "Fludarabine")]),
    ("Fluticasone Propionate administered via Plastiape Monodose Dry powder Inhaler , 500mcg",
     [(500.0, "ug", "Fluticasone Propionate")]),
    ("Salbutamol via Ventolin inhaler 100 mcg", [(100.0, "ug", "Salbutamol")]),
    # ... and two names joined by a slash, then their amounts after a comma or a fixed dose
    ("Synflutide HFA MDI(Fluticasone propionate/ Salmeterol, 250/25mcg), Single dose",
     [(250.0, "ug", "Fluticasone propionate"), (25.0, "ug", "Salmeterol")]),
    ("oral grazoprevir/elbasvir combination therapy at fixed-dose (100mg/50mg) for 8 weeks",
     [(100.0, "mg", "grazoprevir"), (50.0, "mg", "elbasvir")]),
    ("AM/PM, 10 mg/5 mg of hydrocortisone", [(10.0, "mg", "hydrocortisone"), (5.0, "mg", "hydrocortisone")]),
])
def test_seventh_blind_round_fixes_stop_where_they_should(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    """The name before a bracket, litres of a bowel preparation, words before a drug, groups,
    headings, devices and slash-joined names (the seventh blind round's rules)."""
    doses, _ = parse_doses(text)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "agent", "want"), [
    # an eighth blind round: a brand in capitals before the generic name in brackets ...
    ("Subjects will be administered MOVANTIK™ (naloxegol) 25 mg tablet once daily", None, [(25.0, "mg", "naloxegol")]),
    ("LY2189265 (Dulaglutide): 1.5 milligrams (mg)", None, [(1.5, "mg", "LY2189265")]),  # a code stays
    ("Jakafi (Ruxolitinib) 25 mg bid", None, [(25.0, "mg", "Jakafi")]),  # a brand not in capitals stays
    ("ZYDENA (UDENAFIL) 100 MG, ONCE", None, [(100.0, "mg", "ZYDENA")]),  # a text in capitals tells nothing
    # ... slash-joined names and amounts, over names read one by one, or the intervention's own
    ("LDV/SOF (90/400 mg) FDC tablet administered orally once daily", "LDV/SOF", [(90.0, "mg", "LDV"), (400.0, "mg", "SOF")]),
    ("400/100 mg FDC tablet administered orally once daily", "SOF/VEL", [(400.0, "mg", "SOF"), (100.0, "mg", "VEL")]),
    # ... a cap right after a dose, a vaccine's potency, a count of tablets before the name
    ("dalbavancin given at 15 mg/kg (not to exceed 1000 mg) for patients", None,
     [(15.0, "mg/kg", "dalbavancin"), (1000.0, "mg", "dalbavancin")]),
    ("patients with creatinine not to exceed 2 mg/dL", None, []),
    ("0.5 mL dose containing ≥ 4.0 log10 plaque forming units (PFU)", None, [(0.5, "mL", None), (1e4, "PFU", None)]),
    ("a 2 log10 reduction in viral load", None, []),
    ("Single sublingual dose of 800mcg (4 tablets) misoprostol", None, [(800.0, "ug", "misoprostol")]),
    ("nicotine patch treatment (21 mg/24 h patches)", None, [(21.0, "mg/day", "nicotine")]),
    # ... and units: GY, l/min, mg m2 without its slash, the body before the time
    ("Radiation 50.4 GY in daily fractions of 1.8 Gy", None, [(50.4, "Gy", "Radiation"), (1.8, "Gy", "Radiation")]),
    ("6l/min oxygen", None, [(6.0, "L/min", "oxygen")]),
    ("Cetuximab 400 mg m2 IV", None, [(400.0, "mg/m2", "Cetuximab")]),
    ("fentanyl 0.03 mg/min/kg continuous", None, [(0.03, "mg/kg/min", "fentanyl")]),
    ("capsules of dose strengths 0.01 and 2.5 mg", "GSK2849466", [(0.01, "mg", "GSK2849466"), (2.5, "mg", "GSK2849466")]),
])
def test_eighth_blind_round_fixes_stop_where_they_should(
        text: str, agent: str | None, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text, agent=agent)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "want"), [
    # a tenth blind round and a second labelling of rounds 8-9: the same amount again close by,
    # by another route, on another day or at another time of day, is another dose ...
    (("Depending on study arm, participants will receive 0.2 mL intradermally, 0.1 mL intradermally, "
      "0.5 mL intramuscularly, or 0.2 mL intramuscularly."),
     [(0.2, "mL", None), (0.1, "mL", None), (0.5, "mL", None), (0.2, "mL", None)]),
    ("Aprepitant\n40 mg IV pre-operatively\n40 mg PO post-op day #1\n40 mg PO post-op day #2",
     [(40.0, "mg", "Aprepitant")] * 3),
    ("Linezolid: 600 mg QD up to Week 16, followed by 300 mg QD or 600 mg 3x/week",
     [(600.0, "mg", "Linezolid"), (300.0, "mg", "Linezolid"), (600.0, "mg", "Linezolid")]),
    ("ataluren 10 mg/kg in the morning, 10 mg/kg at midday, and 20 mg/kg in the evening",
     [(10.0, "mg/kg", "ataluren"), (10.0, "mg/kg", "ataluren"), (20.0, "mg/kg", "ataluren")]),
    # ... but the same regimen said again for another phase is one dose, and so is a restatement
    (("Double-Blind Treatment Phase: Participants received galcanezumab 300 mg once a month by subcutaneous "
      "(SC) injection for 3 months.\n\nOpen-Label Treatment Phase: Participants received 300 mg galcanezumab "
      "by subcutaneous injections every 30 days."), [(300.0, "mg", "galcanezumab")]),
    ("Participants will receive 10 mg loratadine (1*10 mg oral tablet) on Day 1", [(10.0, "mg", "loratadine")]),
    # ... words that are no drug's name after or before an amount
    ("apatinib 250mg qd, 3-5 days later SHR-1210 200mg q3w", [(250.0, "mg", "apatinib"), (200.0, "mg", "SHR-1210")]),
    ("Peroral vancomycin 125 mg q.i.d. for ten days.", [(125.0, "mg", "vancomycin")]),
    ("a prescription for oxycodone solution 0.1 mg/kg PO q4-6 hours as needed", [(0.1, "mg/kg", "oxycodone")]),
    ("This represents 15 ml for a patient of 75 kg", [(15.0, "mL", None)]),
    # ... how often, between the amount and the drug; not a code alone, which ends a list's item
    ("plus 1680mg every 4 weeks (Q4W) atezolizumab", [(1680.0, "mg", "atezolizumab")]),
    ("pyrotinib 400mg qd trastuzumab 4mg/kg loading dose then 2mg/kg qw", [
        (400.0, "mg", "pyrotinib"), (4.0, "mg/kg", "trastuzumab"), (2.0, "mg/kg", "trastuzumab")]),
    # ... a misspelt unit, and the number that ends a code is no count of cells
    ("Ramucirumab 8 miligrams/kilogram will be administered", [(8.0, "mg/kg", "Ramucirumab")]),
    ("bb2121 autologous CAR T cells at a starting dose of 450 x 10^6 CAR+ T cells", [(4.5e8, "cells", "CAR T cells")]),
    ("CD19 5 x 10^6 cells", [(5e6, "cells", "CD19")]),
    # ... a slash-joined name of codes or abbreviations given one amount is one name
    ("Single intravenous administration of ISU304/CB2679d (75 IU/kg)", [(75.0, "IU/kg", "ISU304/CB2679d")]),
    ("oral supplementation of purified EPA/DHA (3.9g/day)", [(3.9, "g/day", "EPA/DHA")]),
    ("LDV/SOF (90/400 mg) FDC tablet", [(90.0, "mg", "LDV"), (400.0, "mg", "SOF")]),
    # ... and a salt solution keeps its word "solution"; a drug's form word does not
    ("Sodium chloride solution 10 mL IV just before induction", [(10.0, "mL", "Sodium chloride solution")]),
    ("Prednisolone oral solution 10 mg", [(10.0, "mg", "Prednisolone")]),
    # a review (review11) of these rules: what they must not read. A repeat that
    # states its route, day or time on one side only is a restatement ...
    ("Cisplatin 75 mg/m2 IV on Day 1 (75 mg/m2 IV infusion over 1 hour)", [(75.0, "mg/m2", "Cisplatin")]),
    ("Levothyroxine 50 mcg PO in the morning (50 mcg orally before breakfast)", [(50.0, "ug", "Levothyroxine")]),
    # ... ways said before make no new dose, however often they alternate ...
    ("8 mg IV, 8 mg PO, " * 300, [(8.0, "mg", None), (8.0, "mg", None)]),
    # ... a split range keeps its neighbours' flags in place ...
    ("dose level 1A of 30-20 mg; granisetron 1 mg, ondansetron 8 mg IV, granisetron 1 mg, ondansetron 8 mg PO",
     [(30.0, "mg", None), (20.0, "mg", None), (1.0, "mg", "granisetron"), (8.0, "mg", "ondansetron"),
      (8.0, "mg", "ondansetron")]),
    # ... "1x/day" is "once daily"; a level's amount again without the level is no new dose ...
    ("600 mg once daily, then 600 mg 1x/day", [(600.0, "mg", None)]),
    ("Dose level 1: 100 mg on day 1; 100 mg on day 8", [(100.0, "mg", None)]),
    # ... and after "every N weeks" only a drug without an amount of its own, no English word
    ("200 mg every 3 weeks except during radiotherapy", [(200.0, "mg", None)]),
    ("10 mg/kg every 2 weeks bevacizumab 5 mg/kg", [(10.0, "mg/kg", None), (5.0, "mg/kg", "bevacizumab")]),
    ("500 mg at night", [(500.0, "mg", None)]),
    # ... nor English words after the twelfth round ("latter", "sufficient", "Load dose")
    ("For the latter, 1 mg dexamethasone is given", [(1.0, "mg", "dexamethasone")]),
    ("weight-based heparin infusions at a rate of 10 units/kg/hour are sufficient", [(10.0, "U/kg/h", "heparin")]),
    ("daily dose was 75 mg/kg by weight, 1-2 times", [(75.0, "mg/kg", None)]),
    # ... and a per-kilogram unit written with a dot
    ("Ketamine (0.06 to 0.12 mg.kg/hr)", [((0.06, 0.12), "mg/kg/h", "Ketamine")]),
])
def test_tenth_blind_round_fixes_stop_where_they_should(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    """The tenth to twelfth rounds' rules: what they read, and what a review found they must not."""
    doses, _ = parse_doses(text)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "agent", "names", "want"), [
    # a review of this session's rules (/tmp/review10): what they must not read ...
    ("1L chemo; polyethylene glycol 3350 17 g daily", None, (), [(17.0, "g", None)]),  # first line, not a litre
    ("Hydration with 3 L of normal saline per day; macrogol 17 g", None, (), [(17.0, "g", "macrogol")]),
    ("Patients continue their usual methotrexate. Subjects receive 40 mg every other week.", None,
     ("methotrexate", "adalimumab"), [(40.0, "mg", None)]),
    (("Studies suggest adding metformin improves outcomes. In the control arm, patients receive chemotherapy with "
      "75 mg/m2 on day 1."), None, ("metformin",), [(75.0, "mg/m2", None)]),
    ("Patients receive ondansetron as premedication, then 60 mg/m2 of the study drug.", None, ("ondansetron",),
     [(60.0, "mg/m2", None)]),
    ("Participants with diet containing at least 1000 mg calcium per day", None, (), []),
    ("Vaccine containing at least 6.0 log10 CCID50 per dose", None, (), [(1e6, "CCID50", None)]),
    ("Bacterial challenge with 16 log10 CFU", None, (), []),
    ("human papillomavirus vaccine 0.5 mL", None, (), [(0.5, "mL", "human papillomavirus vaccine")]),
    ("albumin-bound Paclitaxel 125 mg/m2", None, (), [(125.0, "mg/m2", "albumin-bound Paclitaxel")]),
    ("Lidocaine group received 1.5 mg/kg. Magnesium group received 30 mg/kg", None, (),
     [(1.5, "mg/kg", "Lidocaine"), (30.0, "mg/kg", "Magnesium")]),
    ("Ketamine group received 0.5 mg/kg and the saline group received an equal volume of 5 mL", None, (),
     [(0.5, "mg/kg", "Ketamine"), (5.0, "mL", None)]),
    ("Weight < 75 kg / ≥ 75 kg: 1000 mg/1200 mg", "Sofosbuvir/Ribavirin", (),
     [(1000.0, "mg", "Sofosbuvir/Ribavirin"), (1200.0, "mg", "Sofosbuvir/Ribavirin")]),
    ("Patients receive 10/20 mg", "Placebo/Vehicle", (), [(10.0, "mg", "Placebo/Vehicle"), (20.0, "mg", "Placebo/Vehicle")]),
    ("Drug A 40 mg (2 tablets) with water", None, (), [(40.0, "mg", None)]),
    # ... and what they still read
    (("Patients randomized to this group will receive a PCA pump with morphine. The basic rate is 0.3 mg/h. "
      "Patients will be allowed to administer 1 mg each five minutes"), None, ("Morphine",),
     [(0.3, "mg/h", "morphine"), (1.0, "mg", "morphine")]),
    ("Ketoconazole (400 mg [2 x 200 mg] once daily) will be orally administered on Days 4, 5 and 6.", "Ketoconazole", (),
     [(400.0, "mg", "Ketoconazole"), (200.0, "mg", "Ketoconazole")]),
])
def test_this_sessions_rules_stop_where_a_review_found_them_overreaching(
        text: str, agent: str | None, names: tuple[str, ...], want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text, agent=agent, names=names)
    assert _triples(doses) == want


def test_days_after_a_bracket_of_parts_go_to_the_whole() -> None:
    doses, _ = parse_doses("Ketoconazole (400 mg [2 x 200 mg] once daily) will be orally administered on Days 4, 5 and 6.")
    assert [d.days for d in doses] == [[4, 5, 6], []]
    doses, _ = parse_doses("Drug A 100 mg (2 x 50 mg on Day 1); Drug B 20 mg on Day 1")
    assert [d.days for d in doses] == [[], [1], [1]]  # the days inside the bracket stay the part's


def test_new_rules_stay_linear_on_long_texts() -> None:
    """A brand looked up once per dose scanned the whole text each time (0.9 s for 50,000
    characters, 6 s for 200,000); a device phrase was read back recursively (RecursionError at
    84,000 characters). Each is now linear: a bound, not a timing."""
    doses, _ = parse_doses("REVLIMID " + ", ".join(f"{i} mg" for i in range(1, 8000)))
    assert len(doses) == 7999 and doses[-1].value == 7999.0
    doses, _ = parse_doses("Budesonide " + "via Acme inhaler " * 6000 + ", 5 mcg")
    assert [(d.value, d.unit) for d in doses] == [(5.0, "ug")]
    assert parse_doses(" ".join(f"{i} L" for i in range(12000)))[0] == []
    # an everyday-word name was judged once per dose over the whole text (review14: 3.2 s at 100k)
    doses, _ = parse_doses("".join(f"Metformin {i} mg; Relief {i + 1} mg. " for i in range(4000)), names=("Metformin",))
    assert len(doses) == 8000 and {d.agent for d in doses} == {"Metformin", None}


def test_the_second_labels_are_of_the_tables_phrases() -> None:
    """tests/data/second_labels.json (scripts/label_agreement.py) labels HOLDOUT51-88 a second
    time: each entry must still name its table row's phrase."""
    import doses_external
    import orjson

    second = orjson.loads((Path(__file__).parent / "data" / "second_labels.json").read_bytes())
    assert len(second) == 2851
    for entry in second:
        assert getattr(doses_external, entry["set"])[entry["row"]][2] == entry["phrase"]


def test_the_drug_name_list_holds_generic_names_not_everyday_words() -> None:
    """scripts/build_drug_names.py keeps rare generic names; foods, lab analytes and classes stay out."""
    from trialnorm.extract.doses import _drug_names
    names = _drug_names()
    assert 7_000 < len(names) < 9_000
    assert {"ipatasertib", "allopurinol", "rivaroxaban", "morphine", "insulin", "rocuronium"} <= names
    assert not names & {"honey", "copper", "glucose", "cholesterol", "benzodiazepines", "amylases", "placebo"}


@pytest.mark.parametrize(("text", "agent", "want"), [
    # an amount no rule names a drug for takes the generic name its clause writes (corpus NCT03424005) ...
    ("Ipatasertib will be administered by mouth 400 mg once a day, on Day 1-21 of each 28 day cycle", None,
     [(400.0, "mg", "Ipatasertib")]),
    (("Cyclophosphamide iv: 50 mg/kg iv over 2 hours\nMesna iv (uro-protectant): 36 mg/kg iv over 12 hours"), None,
     [(50.0, "mg/kg", "Cyclophosphamide"), (36.0, "mg/kg", "Mesna")]),
    # ... but not one the text rules out, nor for the head of a list whose name comes after it
    (("After surgery before the patient is discharged home their femoral catheter will then be connected to the "
      "home pain pump filled with Bupivicaine 0.25% solution (without epinephrine), and the infusion will be "
      "started at 6 ml/hr."), None, [(6.0, "mL/h", "Bupivicaine")]),
    (("After a minimum of 4 days of IV meropenem, patients could switch to 250 or 500 mg oral levofloxacin"), None,
     [(250.0, "mg", "levofloxacin"), (500.0, "mg", "levofloxacin")]),
    ("Patients continue their usual methotrexate. Subjects receive 40 mg every other week.", None,
     [(40.0, "mg", None)]),
])
def test_a_known_drug_name_in_the_clause_is_the_last_fallback(
        text: str, agent: str | None, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text, agent=agent)
    assert _triples(doses) == want


@pytest.mark.parametrize(("text", "want"), [
    # two known drugs joined by a hyphen, then their strengths joined by a dash (HOLDOUT65, NCT02196662)
    ("Patients will be discharged with oxycodone-acetaminophen (5mg-325mg) PRN for pain control after surgery.",
     [(5.0, "mg", "oxycodone"), (325.0, "mg", "acetaminophen")]),
    ("Patients receive oxycodone- acetaminophen (5mg-325mg) 28 tablets PRN for pain following ACL reconstruction surgery",
     [(5.0, "mg", "oxycodone"), (325.0, "mg", "acetaminophen")]),
    ("IBD98-M: mesalamine-sodium hyaluronate 200mg-28.75mg X2",
     [(200.0, "mg", "mesalamine"), (28.75, "mg", "sodium hyaluronate")]),
    # a range of one drug stays a range
    ("Ketamine to reduce pain, ranging from 0.1 to 0.5 mg/kg", [((0.1, 0.5), "mg/kg", "Ketamine")]),
])
def test_hyphen_joined_drugs_take_their_dash_joined_strengths(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in doses] == want


@pytest.mark.parametrize(("text", "want"), [
    # words that end a name elsewhere open these names (HOLDOUT51, HOLDOUT62, HOLDOUT67) ...
    (("Drug 1: Aspirin, 100mg/day orally; Drug 2: rivaroxaban, 10mg/day orally; Drug 3: low molecule heparin, "
      "4000IU(0.4ml)/day subcutaneous injection"),
     [(100.0, "mg/day", "Aspirin"), (10.0, "mg/day", "rivaroxaban"), (4000.0, "IU", "low molecule heparin"),
      (0.4, "mL", "low molecule heparin")]),
    (("followed by a blended solution which comprised floxuridine (FUDR) at 0.15 mg/kg/day, dexa-methasone (DXM) at "
      "1 mg/m2/day, low molecular heparin 3200U and saline, lasted for 7 days continuously."),
     [(0.15, "mg/kg/day", "floxuridine"), (1.0, "mg/m2/day", "dexa-methasone"), (3200.0, "U", "low molecular heparin")]),
    ("Total lymphoid irradiation (TLI) administered at 80cGy for 10 days", [(0.8, "Gy", "Total lymphoid irradiation")]),
    # ... and still end others (HOLDOUT51, NCT01566656)
    ("low dose aspirin, 75-100mg, bid, after pregnancy", [((75.0, 100.0), "mg", "aspirin")]),
    (("ATG: Thymoglobulin will be administered five times intravenously at 1.5 mg/kg/day from day -11 through day -7 "
      "for a total dose of 7.5 mg/kg."), [(1.5, "mg/kg/day", "Thymoglobulin"), (7.5, "mg/kg", "Thymoglobulin")]),
])
def test_low_and_total_open_some_names(text: str, want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in doses] == want


@pytest.mark.parametrize(("text", "want"), [
    # round 14's units: French 'UI', 'cGY', a titre glued to its unit by '_' (HOLDOUT69, HOLDOUT70) ...
    ("Lovenox® (enoxaparin), 4000 UI/day (+ Aspegic® 100mg/day)", [(4000.0, "IU/day"), (100.0, "mg/day")]),
    ("rATG on days -3, -2 and -1 TBI 200cGY (as randomized) on day -1", [(2.0, "Gy")]),
    ("1x 10E8_TCID50", [(1e8, "TCID50")]),
    # ... and a bare '10E7' is 10^7, as '10e8' is in '1 x 10e8' (HOLDOUT67, HOLDOUT51)
    ("3 immunizations; first study group: 10E7_TCID50", [(1e7, "TCID50")]),
    ("NK DLI products containing >1 10e7 NK cells/kg bodyweight (BW)", [(1e7, "cells/kg")]),
    # an exponent written with '*' after "1 x 10" (HOLDOUT73), not a count of units
    ("DC cell suspension (1×10*7 DC cells)", [(1e7, "cells")]),
    ("2 x 10*6 cells/kg", [(2e6, "cells/kg")]),
    ("3*10 mg", [(10.0, "mg")]),
])
def test_round_fourteen_units(text: str, want: list[tuple[float, str]]) -> None:
    doses, _ = parse_doses(text)
    assert [(d.value, d.unit) for d in doses] == want


@pytest.mark.parametrize(("text", "agent", "names", "want"), [
    # a review of this session's rules (review12): the drug-name fallback must not take a drug the
    # text mentions but does not give, nor beat the intervention's own drug name ...
    ("Compared with morphine, participants receive 5 mg IV every 4 hours", "Hydromorphone", (),
     [(5.0, "mg", "Hydromorphone")]),
    ("Given at the end of surgery to reverse rocuronium block, 2 mg/kg IV bolus", "Sugammadex", (),
     [(2.0, "mg/kg", "Sugammadex")]),
    ("Participants with elevated homocysteine receive 1 mg daily", "Folate", ("Folic acid",), [(1.0, "mg", "Folate")]),
    ("Patients with opioid (fentanyl) overdose receive 0.4 mg IV", "Narcan", ("Naloxone",), [(0.4, "mg", "Narcan")]),
    ("Patients with serum creatinine above 1.5 mg/dL receive a reduced dose of 50 mg", None, (), [(50.0, "mg", None)]),
    ("Women with hormone receptor-positive (estrogen or progesterone receptor) breast cancer receive 2.5 mg daily",
     None, (), [(2.5, "mg", None)]),
    ("Patients undergoing surgery under sevoflurane anesthesia receive 0.5 mcg/kg over 10 minutes", None,
     ("Dexmedetomidine", "Normal saline"), [(0.5, "ug/kg", None)]),
    # ... a bare '10E7' is 10^7 only where no other E-number is a mantissa ...
    ("Autologous T cells at 10E6 to 50E6 cells/kg", None, (), [((1e7, 5e7), "cells/kg", "Autologous T cells")]),
    ("Vaccine 5E8 and 10E8 TCID50", None, (), [(5e8, "TCID50", "Vaccine"), (1e9, "TCID50", "Vaccine")]),
    # ... route words before a name after the amount, the opening word at the dose's own name ...
    ("Patients receive 2.5 mg nebulized salbutamol every 20 minutes", None, (), [(2.5, "mg", "salbutamol")]),
    ("Low molecular weight heparin (enoxaparin 40 mg daily) or unfractionated heparin 5000 IU twice daily", None, (),
     [(40.0, "mg", "enoxaparin"), (5000.0, "IU", "heparin")]),
    # ... one drug's range, a salt and a form word, a vial's volume, urinary incontinence
    ("Hydrocodone-acetaminophen 5mg-10mg every 4 hours as needed for pain", None, (),
     [((5.0, 10.0), "mg", "Hydrocodone-acetaminophen")]),
    ("Diclofenac-sodium tablets 50mg-100mg daily", None, (), [((50.0, 100.0), "mg", "Diclofenac-sodium")]),
    ("Ondansetron injection 4mg-2mL vial, 4 mg IV before induction", None, (), [(4.0, "mg", "Ondansetron")]),
    ("baseline 3.2 UI/24h", None, (), []),
    ("Sayana injectable 104 mg every 3 months", None, (), [(104.0, "mg", "Sayana")]),
])
def test_review12_findings_stay_fixed(text: str, agent: str | None, names: tuple[str, ...],
                                      want: list[tuple[Any, str, str | None]]) -> None:
    doses, _ = parse_doses(text, agent=agent, names=names)
    assert [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in doses] == want


@pytest.mark.parametrize(("text", "names", "want"), [
    # radiation is no agent of an amount of drug, a drug none of a dose in Gy (HOLDOUT70) ...
    ("Temozolomide will be administered concomitantly with radiotherapy, at 75 mg/m^2/day orally for 42 days.",
     ("Temozolomide", "Temodal", "Radiotherapy", "Irradiation", "radiation therapy"),
     [(75.0, "mg/m2/day", "Temozolomide")]),
    (("Patient receives preparative therapy including Fludarabine, cyclophosphamide, and total marrow irradiation "
      "of 18 Gy on Days -6 through -1"), ("cyclophosphamide", "Fludarabine", "mycophenolate mofetil"),
     [(18.0, "Gy", "total marrow irradiation")]),
    # ... and each keeps its own where the text names both (HOLDOUT69)
    ("rATG on days -3, -2 and -1 TBI 200cGY (as randomized) on day -1", (), [(2.0, "Gy", "TBI")]),
])
def test_radiation_and_drugs_keep_their_own_doses(text: str, names: tuple[str, ...],
                                                 want: list[tuple[float, str, str | None]]) -> None:
    doses, _ = parse_doses(text, names=names)
    assert [(d.value, d.unit, d.agent) for d in doses] == want


@pytest.mark.parametrize(("text", "want"), [
    # the vehicle named between "dilute(d) in" and its volume is no dose (HOLDOUT68) ...
    ("Tranexamic acid 2000 mg dilute in normal saline solution 50 ml.", [(2000.0, "mg", "Tranexamic acid")]),
    (("Each ampule contains TXA 250 mg. TXA preparation is 2000 mg dilute in normal saline 50 ml to get the "
      "concentration of 40 mg/ml."), [(250.0, "mg", "TXA"), (2000.0, "mg", "TXA")]),
    # ... but saline given as such is
    ("Patients receive normal saline 500 mL", [(500.0, "mL", "normal saline")]),
])
def test_a_named_diluent_volume_is_no_dose(text: str, want: list[tuple[float, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert [(d.value, d.unit, d.agent) for d in doses] == want


@pytest.mark.parametrize(("text", "want"), [
    # a bracket of how the amount is made up, then the drug's name (HOLDOUT51, HOLDOUT61, HOLDOUT57) ...
    ("Each subject will receive a single oral dose of 18 mg (3 X 6 mg tablets) deflazacort, following an overnight fast.",
     [(18.0, "mg", "deflazacort"), (6.0, "mg", "deflazacort")]),
    ("Repeat doses of 400 mcg (two tablets) of misoprostol will be administered buccally every three hours",
     [(400.0, "ug", "misoprostol")]),
    ("1 ml (7 mg / ml) betamethasone and 4 ml of 0.5% bupivacaine will be given subacromial bursa-subdeltoid space.",
     [(1.0, "mL", "betamethasone"), (4.0, "mL", "bupivacaine")]),
    # ... not a schedule's bracket before the next drug
    ("Oxaliplatin: 60mg/㎡ (day 1) Capecitabine: 650mg/㎡ twice a day",
     [(60.0, "mg/m2", "Oxaliplatin"), (650.0, "mg/m2", "Capecitabine")]),
])
def test_a_name_after_a_bracket_of_parts(text: str, want: list[tuple[float, str, str | None]]) -> None:
    doses, _ = parse_doses(text)
    assert [(d.value, d.unit, d.agent) for d in doses] == want


def _read(text: str) -> list[tuple[object, str, str | None]]:
    """(value, or (low, high) for a range; unit; agent) of each dose ``text`` states, read alone."""
    return [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent)
            for d in parse_doses(text)[0]]


@pytest.mark.parametrize(("text", "want"), [
    # a dot between thousands where a decimal is implausible (HOLDOUT55, HOLDOUT68) ...
    ("Bemiparin 3.500 U, once a day during hospitalization", [(3500.0, "U", "Bemiparin")]),
    ("The criterion for HCG administration (5.000 IU Choriomon, Biopharma, Brazil)", [(5000.0, "IU", "Choriomon")]),
    ("benzathine penicillin 1.200.000 IU", [(1200000.0, "IU", "benzathine penicillin")]),
    # ... but a decimal elsewhere
    ("insulin 1.500 mg", [(1.5, "mg", "insulin")]),
    ("fentanyl 1.250 ug", [(1.25, "ug", "fentanyl")]),
])
def test_a_dot_between_thousands(text: str, want: list[tuple[float, str, str | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # per kg of total, lean or ideal body weight, then per time (HOLDOUT63)
    ("Propofol infusion (4-8 mg/kg of total body weight/h) were used in the TIVA group.",
     [((4.0, 8.0), "mg/kg/h", "Propofol")]),
    ("remifentanil IV infusion (0.1-0.25 mcg/kg of LBW/min) and rocuronium infusion (0.3-0.7 mg/kg of LBW/h)",
     [((0.1, 0.25), "ug/kg/min", "remifentanil"), ((0.3, 0.7), "mg/kg/h", "rocuronium")]),
    # a ventilator setting is no dose
    ("Protective mechanical ventilation will be chosen (7ml/kg IBW) with a respiratory rate", []),
    # the days between a name and its amount (HOLDOUT67), but not vitamin D3
    ("Maintenance cycles 1-6 HCQ daily TMZ D 1-5 150-200mg/m2 every 28 days.", [((150.0, 200.0), "mg/m2", "TMZ")]),
    ("Foobarin days 1-5 150 mg", [(150.0, "mg", "Foobarin")]),
    ("vitamin D3 1000 IU", [(1000.0, "IU", "vitamin D3")]),
])
def test_body_weight_ventilation_and_days_before(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # French "UI" before the drug's name is IU (HOLDOUT73) ...
    ("Injection of 50 UI Botulism toxin for the treated zone", [(50.0, "IU", "Botulism toxin")]),
    ("Injection of 50 UI of botulism toxin for treated zone", [(50.0, "IU", "botulism toxin")]),
    # ... not episodes of urinary incontinence
    ("2 UI episodes per day", []),
    # an inhaler's trade name is cut after a generic name, kept after a brand (HOLDOUT71)
    ("inhaled budesonide turbuhaler 200ug taken 1 puff morning & 1 puff evening.", [(200.0, "ug", "budesonide")]),
    ("Single-dose of Seretide Diskus (50/500 mcg/inhalation) and charcoal",
     [(50.0, "ug", "Seretide Diskus"), (500.0, "ug", "Seretide Diskus")]),
    # 'self-administered' and 'Without ...' are no names; the drug after them is (HOLDOUT72, HOLDOUT73)
    ("1000 micrograms of self-administered vaginal misoprostol", [(1000.0, "ug", "misoprostol")]),
    ("Without seeding: 18 Gy to ventricle + 12.6 Gy to primary site", [(18.0, "Gy", None), (12.6, "Gy", None)]),
])
def test_round_15_units_and_names(text: str, want: list[tuple[float, str, str | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "days"), [
    # a number followed by "days" is a length, not a day of the schedule (HOLDOUT59) ...
    ("Capsule, P.O. 12mg qd ,days 1-14, 21 days a cycle", list(range(1, 15))),
    ("MD: ATG Thymo: 2,5mg/Kg BW/d 3 days.", []),
    ("Dose escalation starting at 20 mg oral once or twice a day 28 day cycle.", []),
    # ... except at a range's end
    ("5 mg days 1 to 5 days", [1, 2, 3, 4, 5]),
    ("50 mg on Day -5, Day -4, Day -3", [-5, -4, -3]),
])
def test_a_length_in_days_is_no_day(text: str, days: list[int]) -> None:
    doses, _ = parse_doses(text)
    assert [d.days for d in doses] == [days]


@pytest.mark.parametrize(("text", "want"), [
    # the drug a placebo stands for, before "or placebo" (HOLDOUT75) ...
    ("Modafinil OR Placebo 100mg orally (on the morning) from day 0 to day 14",
     [(100.0, "mg", "Modafinil")]),
    # ... not a vehicle
    ("saline or placebo 10 ml", [(10.0, "mL", "placebo")]),
    # route and order words are no names; a salt's name keeps both words (HOLDOUT74, HOLDOUT75)
    ("375 mg/m^2 By Vein Weekly for 4 Weeks", [(375.0, "mg/m2", None)]),
    ("Core Study: Aliskiren ascending doses: 75 mg tablet for 1st week",
     [(75.0, "mg", "Aliskiren")]),
    ("a single dose (5 mg sodium nitrite)of AIR001 Inhalation Solution", [(5.0, "mg", "sodium nitrite")]),
    ("The main study compares a 10 mg/kg dose of rifapentine, open label, against 10 mg/kg rifampin",
     [(10.0, "mg/kg", "rifapentine"), (10.0, "mg/kg", "rifampin")]),
])
def test_round_16_names(text: str, want: list[tuple[float, str, str | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # review of this session's rules: "without"/"against" inside a name stay in it ...
    ("Lidocaine without epinephrine 2% 5 mL", [(5.0, "mL", "Lidocaine without epinephrine")]),
    ("Monoclonal antibody against PD-1 200 mg", [(200.0, "mg", "Monoclonal antibody against PD-1")]),
    # ... the whole name before "or placebo" is the drug's
    ("Botulinum toxin or placebo 100 U", [(100.0, "U", "Botulinum toxin")]),
    ("Tranexamic acid or placebo 1 g", [(1.0, "g", "Tranexamic acid")]),
    # ... a dot between thousands at both ends of a range, not per kg, not among decimals
    ("Heparin 1.000-2.000 IU/h", [((1000.0, 2000.0), "IU/h", "Heparin")]),
    ("Insulin glargine 1.500 U/kg", [(1.5, "U/kg", "Insulin glargine")]),
    ("Insulin aspart 0.100, 0.200 or 1.000 U", [(0.1, "U", "Insulin aspart"), (0.2, "U", "Insulin aspart"),
                                               (1.0, "U", "Insulin aspart")]),
    # ... ventilated patients get doses; only a setting per kg of ideal weight is none
    ("In ventilated patients, 500 mL of Ringer's lactate", [(500.0, "mL", "Ringer's lactate")]),
    ("Ventilated neonates: surfactant (Survanta) 4 mL/kg", [(4.0, "mL/kg", "surfactant")]),
    # ... "UI" as urinary incontinence stays no unit
    ("7 UI voids per week", []),
    # ... a D glued to a hyphen is no day
    ("Vitamin-D3 1000 IU", [(1000.0, "IU", "Vitamin-D3")]),
])
def test_review13_findings(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # round 17: a vitamin's number is no range's low end ("D3 - 200"), a glued code's range is
    # ("EADM20～40mg") (HOLDOUT78, HOLDOUT51)
    ("Lycopene - 20 mg, Vitamin D3 - 200 IU, Selenium - 100 mcg",
     [(20.0, "mg", "Lycopene"), (200.0, "IU", "Vitamin D3"), (100.0, "ug", "Selenium")]),
    ("Lipiodol 10-20ml,MMC 8～10mg,EADM20～40mg.",
     [((10.0, 20.0), "mL", "Lipiodol"), ((8.0, 10.0), "mg", "MMC"), ((20.0, 40.0), "mg", "EADM")]),
    # Italian "/die" is per day; "women" and a film coating are no names (HOLDOUT79, HOLDOUT78)
    ("PCOS women treated with 1500 mg/die of extended-release metformin", [(1500.0, "mg/day", None)]),
    ("Film coated tablet 500mg", [(500.0, "mg", None)]),
    # the unit written out in a bracket before its symbol, as the registry's form puts it (HOLDOUT76, HOLDOUT79)
    ("lenalidomide 25 (milligrams) mg", [(25.0, "mg", "lenalidomide")]),
    ("aspirin 100 (milligram) mg daily", [(100.0, "mg", "aspirin")]),
])
def test_round_17_amounts_and_names(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want


def test_days_written_with_spaces_only() -> None:
    """"ivd d3 d4 d5": day codes with nothing but a space between them (HOLDOUT77)."""
    doses, _ = parse_doses("Cisplatin 25 mg/m2/d ivd d3 d4 d5, repeat every 3 weeks")
    assert [d.days for d in doses] == [[3, 4, 5]]


@pytest.mark.parametrize(("text", "want"), [
    # round 18: an everyday word is no name (HOLDOUT79, HOLDOUT78, HOLDOUT82) ...
    ("Bemcentinib capsules are administered at 400mg on days 1-3, and 200mg there after.",
     [(400.0, "mg", "Bemcentinib"), (200.0, "mg", "Bemcentinib")]),  # (round 21: everyday words are no drugs either)
    ("soft gelatin capsule, 20 mg, daily", [(20.0, "mg", None)]),
    # ... joined names take joined strengths in order (HOLDOUT74, HOLDOUT77, HOLDOUT73, HOLDOUT80) ...
    ("Fosfomycin/Tobramycin combination 80mg/20 mg inhaled twice daily",
     [(80.0, "mg", "Fosfomycin"), (20.0, "mg", "Tobramycin")]),
    ("Glipizide Metformin Hydrochloride 5/500 mg Tablet",
     [(5.0, "mg", "Glipizide"), (500.0, "mg", "Metformin Hydrochloride")]),
    ("Tooth extraction and Amoxicillin- clavulanic acid 875/125 mg, twice a day",
     [(875.0, "mg", "Amoxicillin"), (125.0, "mg", "clavulanic acid")]),
    ("ABC 600 mg/3TC 300 mg once daily", [(600.0, "mg", "ABC"), (300.0, "mg", "3TC")]),
    # ... "a day" is per day; a titration from one to another is two doses, an escalation a range
    # (HOLDOUT74, HOLDOUT72) ...
    ("will be titrated from 5mg a day to 20mg a day over 4 weeks", [(5.0, "mg/day", None), (20.0, "mg/day", None)]),
    ("Escalating doses from 6mg/kg to 15mg/kg will be tested", [((6.0, 15.0), "mg/kg", None)]),
    ("Metformin 850 mg twice a day", [(850.0, "mg", "Metformin")]),
    # ... a hyphenated strength before a patch, the body said twice,
    # and a measured excretion (HOLDOUT81, HOLDOUT80, HOLDOUT82)
    ("a 21-mg nicotine patch for 4 weeks, a 14-mg nicotine patch for 2 weeks",
     [(21.0, "mg", "nicotine"), (14.0, "mg", "nicotine")]),
    ("Azathioprine 3 mg/kg/body weight daily", [(3.0, "mg/kg", "Azathioprine")]),
    ("(24 h protein excretion 1-2 g/day, systolic blood pressure)", []),
])
def test_round_18_names_and_units(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want


def test_an_everyday_word_gives_way_to_the_record_name() -> None:
    """"lowering cholesterol ... starting doses of 10 mg": the record's name written before the
    amounts is their agent, not the everyday word (HOLDOUT78)."""
    text = ("to evaluate the effectiveness of atorvastatin in lowering cholesterol and getting these"
            " high risk patients to their goals across starting doses of 10 mg, 20 mg, or 40 mg")
    doses, _ = parse_doses(text, names=("Atorvastatin",))
    assert [(d.value, d.agent) for d in doses] == [(10.0, "atorvastatin"), (20.0, "atorvastatin"),
                                                   (40.0, "atorvastatin")]
    doses, _ = parse_doses("Each subject will receive a single vaccine dose of 0.25mL",
                           agent="Influenza Trivalent Inactivated Vaccines")
    assert [d.agent for d in doses] == ["Influenza Trivalent Inactivated Vaccines"]


@pytest.mark.parametrize(("text", "agent", "names", "want"), [
    # review14: the everyday-word fallback takes the name right after the amount first, keeps a
    # brand written with its capital mid-sentence or a word of the record's name ...
    ("Ibuprofen 400 mg every 8 hours; rescue 10 mg morphine as needed", "Ibuprofen", (),
     [(400.0, "mg", "Ibuprofen"), (10.0, "mg", "morphine")]),
    ("Sertraline 50 mg; patients also use Relief 4 mg", None, (), [(50.0, "mg", "Sertraline"), (4.0, "mg", "Relief")]),
    ("Balance 4 mg daily", None, ("Balance Supplement",), [(4.0, "mg", "Balance")]),
    # ... "gelatin" is a material only before a capsule or shell ...
    ("Succinylated gelatin 500 mL", None, (), [(500.0, "mL", "Succinylated gelatin")]),
    ("Gelatin 10 g", None, (), [(10.0, "g", "Gelatin")]),
    # ... "each day" before day numbers and "a day later" are no rate ...
    ("75 mg/m2 a day later", None, (), [(75.0, "mg/m2", None)]),
    # ... "increased" as an adjective is no titration; "then" lists share no unit
    ("Patients with increased liver enzymes will receive from 5 mg to 10 mg", None, (), [((5.0, 10.0), "mg", None)]),
    ("Cohort 1, then 2, then 3 mg/kg", None, (), [(3.0, "mg/kg", None)]),
])
def test_review14_findings(text: str, agent: str | None, names: tuple[str, ...],
                           want: list[tuple[object, str, str | None]]) -> None:
    doses, _ = parse_doses(text, agent=agent, names=names)
    assert [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in doses] == want


def test_each_day_before_day_numbers_keeps_the_days() -> None:
    """"80 mg/m2 each day 1, 8 and 15" is 80 mg/m2 on days 1, 8 and 15, not a rate (review14)."""
    doses, _ = parse_doses("Paclitaxel 80 mg/m2 each day 1, 8 and 15")
    assert [(d.unit, d.days) for d in doses] == [("mg/m2", [1, 8, 15])]


@pytest.mark.parametrize(("text", "want"), [
    # round 19: "ucg" is micrograms, "&" joins a list, a frequency glued to the unit, a hyphen
    # pair whose second name has a capital (HOLDOUT85, HOLDOUT84, HOLDOUT85)
    ("The maximum dose of secretin will be 18.5 ucg.", [(18.5, "ug", "secretin")]),
    ("WST11 at doses of 5, 7.5 & 10 mg/kg",
     [(5.0, "mg/kg", "WST11"), (7.5, "mg/kg", "WST11"), (10.0, "mg/kg", "WST11")]),
    ("Dose splitting (200mgQ2W) and Dose Escalation (400mg Q2W)", [(200.0, "mg", None), (400.0, "mg", None)]),
    ("Linagliptin-Metformin 2.5/1700mg daily", [(2.5, "mg", "Linagliptin"), (1700.0, "mg", "Metformin")]),
    # a group named for its drug (HOLDOUT76); 'self-administered' before the name (HOLDOUT72)
    ("Subjects in the tocilizumab group will receive a 4 mg/kg infusion", [(4.0, "mg/kg", "tocilizumab")]),
    # slash names whose second name has two words, a known drug or a salt (HOLDOUT83); a form word
    # after them is no part of a name
    ("Levonorgestrel/ethinyl estradiol 0.10/0.02 mg tablet",
     [(0.1, "mg", "Levonorgestrel"), (0.02, "mg", "ethinyl estradiol")]),
    ("Amoxicillin/clavulanic acid 100/10 mg/kg 6-hourly",
     [(100.0, "mg/kg", "Amoxicillin"), (10.0, "mg/kg", "clavulanic acid")]),
    ("sacubitril/valsartan tablets 49/51 mg", [(49.0, "mg", "sacubitril"), (51.0, "mg", "valsartan")]),
    # round 20: a hyphenated strength right before a known drug; "liquid" is a form, no name (HOLDOUT88, HOLDOUT86)
    ("One time oral loading dose (LD) of 60-mg Prasugrel followed by 10-mg Prasugrel once a day",
     [(60.0, "mg", "Prasugrel"), (10.0, "mg", "Prasugrel")]),
    ("0.05 mg/kg once daily oral liquid dose", [(0.05, "mg/kg", None)]),
    ("100-mg increments", []),
])
def test_rounds_19_and_20_units_pairs_and_names(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want


def test_the_everyday_word_list_leaves_drugs_and_agents_out() -> None:
    """scripts/build_common_words.py: trial text's everyday words, without drug names, salts,
    or the substances the tables give as agents."""
    from trialnorm.extract.doses import _common_words, _drug_names
    words = _common_words()
    assert 2_000 < len(words) < 4_000
    assert {"cholesterol", "there", "examine", "begin", "current", "novel"} <= words
    assert not words & {"placebo", "saline", "water", "oxygen", "insulin", "morphine", "sodium", "radiotherapy"}
    assert not words & _drug_names()


@pytest.mark.parametrize(("text", "want"), [
    # review15: "started at A to B" stays a range (the rule fitted to one phrase is withdrawn) ...
    ("Patients will be started at 25 mg to 50 mg according to body weight", [((25.0, 50.0), "mg", None)]),
    # ... a slash pair before a word that is no drug is no pair of drugs ...
    ("AM/PM dose 10/20 mg", [(10.0, "mg", None), (20.0, "mg", None)]),
    ("HIV/AIDS patients 10/20 mg", [(10.0, "mg", None), (20.0, "mg", None)]),
    ("switched to DRV/r at a dose 800mg/100mg QD", [(800.0, "mg", "DRV"), (100.0, "mg", "r")]),
    # ... "between A & B" is a range as "between A and B" is; a lone form word is no name
    ("Doses between 2 & 5 mg/kg", [((2.0, 5.0), "mg/kg", None)]),
    ("Liquid nitrogen 10 mL", [(10.0, "mL", "Liquid nitrogen")]),
])
def test_review15_findings(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want



@pytest.mark.parametrize(("text", "agent", "names", "want"), [
    # round 21: a duration is no name; a title's capitalised words are everyday ones; a list
    # takes the name of its last amount (HOLDOUT90) ...
    ("CR845 administered as a single 15-min i.v. infusion at doses of 0.008 or 0.024 mg/kg", None, ("CR845",),
     [(0.008, "mg/kg", "CR845"), (0.024, "mg/kg", "CR845")]),
    ("Study to Assess Safety, Pharmacokinetics and Efficacy of 100, 150, and 200 mg Oral Risedronate", None, (),
     [(100.0, "mg", "Risedronate"), (150.0, "mg", "Risedronate"), (200.0, "mg", "Risedronate")]),
    ("Active-controlled (5 mg daily risedronate)", None, (), [(5.0, "mg", "risedronate")]),
    ("5 mg daily for 7 days", None, (), [(5.0, "mg", None)]),
    # ... a fluid given in litres is a dose, a diluent's litre is not (HOLDOUT91) ...
    ("2 litres intravenous infusion in 60 minutes", "Crystalloid", (), [(2.0, "L", "Crystalloid")]),
    ("diluted in 1 liter of normal saline", None, (), []),
    ("FVC 2.5 liters", None, (), []),
    # ... a cohort's number is no range's low end (HOLDOUT91) ...
    ("Cohort 2 - 10 mg/kg, Cohort 3 - 20 mg/kg", None, (), [(10.0, "mg/kg", None), (20.0, "mg/kg", None)]),
    ("Cohort 2 receives 10 - 20 mg", None, (), [((10.0, 20.0), "mg", None)]),
    # ... words that say which use or look of a drug are no part of its name (HOLDOUT89-91) ...
    ("Treatment will be with a standard propranolol dose of 40 mg every 12 hrs.", None, (),
     [(40.0, "mg", "propranolol")]),
    ("patients will receive single-agent Tarceva, 150 mg/day.", None, (), [(150.0, "mg/day", "Tarceva")]),
    ("Subjects will receive a 250 mg identical looking placebo pill", None, (), [(250.0, "mg", "placebo")]),
    ("100 mg/m2/day on days 1-7", "Standard dose cytarabine", (),
     [(100.0, "mg/m2/day", "Standard dose cytarabine")]),  # (the intervention's own name stays whole)
    ("Standard Ibuprofen 400 mg", "Standard Ibuprofen", (), [(400.0, "mg", "Standard Ibuprofen")]),
    # ... a three-word first name of a slash pair (HOLDOUT91) ...
    ("Tenofovir disoproxil fumarate/emtricitabine 300mg/200mg 1 tablet", None, (),
     [(300.0, "mg", "Tenofovir disoproxil fumarate"), (200.0, "mg", "emtricitabine")]),
    # ... and the one drug a text names heads a sentence that opens with a heading, or says its dosing (HOLDOUT89)
    ("CF patients receiving Sitagliptin.\nIntervention: Dose is 100 mg taken orally once a day", None,
     ("Sitagliptin", "Januvia"), [(100.0, "mg", "Sitagliptin")]),
    (("Eculizumab was given IV for 12 weeks. All participants received the following weight-based dosing "
      "regimen: 600 mg weekly x 4"), None, ("Eculizumab",), [(600.0, "mg", "Eculizumab")]),
    ("Metformin improves outcomes. In the control arm patients get 75 mg/m2", None, ("Metformin",),
     [(75.0, "mg/m2", None)]),
])
def test_round_21_rules(text: str, agent: str | None, names: tuple[str, ...],
                        want: list[tuple[object, str, str | None]]) -> None:
    doses, _ = parse_doses(text, agent=agent, names=names)
    assert [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in doses] == want


@pytest.mark.parametrize(("text", "names", "want"), [
    # review16 (made-up phrases against round 21's rules): an amount with its own unit keeps its
    # own name, not the next one's ...
    ("Vaccine 0.5 mL and 0.5 mL Placebo", (), [(0.5, "mL", "Vaccine"), (0.5, "mL", "Placebo")]),
    # ... litres taken out, restricted or measured are no dose ...
    ("Ultrafiltration will remove 2 liters of fluid per session", (), []),
    ("Fluid restriction to 1.5 liters fluid per day", (), []),
    ("A 1 liter glucose tolerance test", (), []),
    # ... a plural label word or the unit "dL" is no cohort's number ...
    ("at one of three dose levels 10 - 30 mg/kg", (), [((10.0, 30.0), "mg/kg", None)]),
    ("251-300 mg/dL 6 - 8 units of insulin aspart", (), [((6.0, 8.0), "U", "insulin aspart")]),
    # ... a capitalised qualifier of a brand or of a record's own name stays ...
    ("Standard Process Cataplex B 500 mg", (), [(500.0, "mg", "Standard Process Cataplex B")]),
    ("Standard Dose Cytarabine 100 mg/m2", ("Standard Dose Cytarabine",), [(100.0, "mg/m2", "Standard Dose Cytarabine")]),
    # ... another arm's heading or sentence is not the named drug's ...
    ("Experimental: oral semaglutide. Placebo: dose-matched tablets 14 mg.", ("Semaglutide",), [(14.0, "mg", None)]),
    (("Participants in Arm A receive ibuprofen. Participants in Arm B receive the following dosing regimen: 1 g "
      "every 6 hours."), ("ibuprofen",), [(1.0, "g", None)]),
    # ... a verb after "will" is no drug; "every N weeks" before a name is how often, as "daily" is
    ("Patients will consume 500 mL of fluid", (), [(500.0, "mL", None)]),
    ("Keytruda (200 mg every 3 weeks pembrolizumab)", (), [(200.0, "mg", "pembrolizumab")]),
    ("tenofovir alafenamide fumarate/emtricitabine 25mg/200mg", (),
     [(25.0, "mg", "tenofovir alafenamide fumarate"), (200.0, "mg", "emtricitabine")]),
    # round 22: a taper written high to low is one range; a matching placebo is no matched drug ...
    ("oral pill of hydrocortisone (ranging from 20mg - 2.5mg) taken for 10 days", (),
     [((2.5, 20.0), "mg", "hydrocortisone")]),
    ("875mg-125mg amoxicillin", (), [(875.0, "mg", None), (125.0, "mg", "amoxicillin")]),
    ("po pramipexole versus matching placebo minimum 0.125 mg bid and maximum 0.75 mg bid", (),
     [(0.125, "mg", "pramipexole"), (0.75, "mg", "pramipexole")]),
    ("placebo matched to firsocostat 5 mg", (), []),
    # ... a release form, "bolus" and "CIVI" stand between a drug and its amount ...
    ("50 HCC patients will be implanted 600mg sustained released 5-FU and 60mg sustained released cisplatin", (),
     [(600.0, "mg", "5-FU"), (60.0, "mg", "cisplatin")]),
    ("Bevacizumab 5 mg/kg IV\n5FU bolus 400 mg/m^2\n5FU CIVI 1200 mg/m^2", (),
     [(5.0, "mg/kg", "Bevacizumab"), (400.0, "mg/m2", "5FU"), (1200.0, "mg/m2", "5FU")]),
    # ... "40 mg day," is per day; an everyday word before a capitalised name is no part of it
    ("tablets, 40 mg day, 3 months", (), [(40.0, "mg/day", None)]),
    ("40 mg day 1", (), [(40.0, "mg", None)]),
    ("This study will assess Laquinimod doses of 0.5mg /day to 2 mg/day", (), [((0.5, 2.0), "mg/day", "Laquinimod")]),
])
def test_review16_and_round_22(text: str, names: tuple[str, ...], want: list[tuple[object, str, str | None]]) -> None:
    doses, _ = parse_doses(text, names=names)
    assert [(d.value if d.value is not None else (d.low, d.high), d.unit, d.agent) for d in doses] == want


def test_review16_lists_and_dosing_sentences_are_read_in_linear_time() -> None:
    """A list amount looks at most 12 amounts ahead for its name, and "the following dosing
    regimen" is looked for once a sentence: these took 20-25 s with round 21's first version of
    the rules, now under 1 s each."""
    doses, _ = parse_doses("Blood " + ", ".join("10 mL/kg" for _ in range(6400)))
    assert doses and all(d.value == 10.0 and d.unit == "mL/kg" for d in doses)
    doses, _ = parse_doses("Efficacy of " + ", ".join("10" for _ in range(6400)) + " mg Risedronate")
    assert doses[-1].agent == "Risedronate" and doses[0].agent is None  # (too far from the list's name)
    doses, _ = parse_doses("Aspirin is given. All patients received the following dosing regimen: "
                           + ", ".join("10 mg" for _ in range(8000)), names=("Aspirin",))
    assert doses and {d.agent for d in doses} == {"Aspirin"}


@pytest.mark.parametrize(("text", "want"), [
    # rounds 23 and 24 (HOLDOUT95-99), misses both labellers agree on: a route in brackets
    # between a unit and its "per" ...
    ("0.5mg(i.v.)/month for 35 months", [(0.5, "mg/month", None)]),
    ("Calcium 305 mg and Vitamine D3 200IU(p.o.)/day", [(305.0, "mg", "Calcium"), (200.0, "IU/day", "Calcium")]),
    # ... "mg.kg" is mg/kg; "mg/m2 day CIV" is per day ...
    ("neostigmine 0.1 mg.kg associated with atropine 0.05 mg/kg",
     [(0.1, "mg/kg", "neostigmine"), (0.05, "mg/kg", "atropine")]),
    ("0.1 mg.kg-1", [(0.1, "mg/kg", None)]),
    ("5-fluorouracil 1000 mg/m2 day CIV 4days", [(1000.0, "mg/m2/day", "5-fluorouracil")]),
    ("cisplatin 75 mg/m2 day 1", [(75.0, "mg/m2", "cisplatin")]),
    # ... a strength, "Blinded", "depot" or a dissolving film are no part of a name; a time around surgery is none ...
    ("0.2% ropivacaine by elastomeric infusion pump at 5ml/h", [(5.0, "mL/h", "ropivacaine")]),
    ("Blinded Canakinumab 50 mg quarterly", [(50.0, "mg", "Canakinumab")]),
    ("Monthly depot leuprolide acetate 3.75 mg injection", [(3.75, "mg", "leuprolide acetate")]),
    ("single dose of Ondansetron Orally Dissolving Filmstrip 8 mg", [(8.0, "mg", "Ondansetron")]),
    ("30 mg intranasal post-surgery for up to 5 days total", [(30.0, "mg", None)]),
    # ... a range with its unit on both ends, after "between", is one range ...
    ("Flexible dose between 300 mg/day (minimum) and 1200 mg/day (maximum).", [((300.0, 1200.0), "mg/day", None)]),
    ("patients between 40 kg and 60 kg get 10 mg", [(10.0, "mg", None)]),
    ("10 mg and 20 mg", [(10.0, "mg", None), (20.0, "mg", None)]),
    # ... a rounding step is no dose; a salt said once is the same drug said again without it
    ("adjusted at 4 month intervals to the closest 0.1 mg", []),
    ("One tablet containing 100 mg losartan potassium and 5 mg amlodipine camsylate. The 5 mg amlodipine is daily",
     [(100.0, "mg", "losartan potassium"), (5.0, "mg", "amlodipine camsylate")]),
])
def test_rounds_23_and_24_rules(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # review17 (made-up phrases against rounds 22-24's rules): two arms compared "between" two
    # doses stay two; a three-step taper stays three steps ...
    ("Patients are randomized between 10 mg and 20 mg of drug X", [(10.0, "mg", None), (20.0, "mg", None)]),
    ("doses between 50 mg and 200 mg", [((50.0, 200.0), "mg", None)]),
    ("Prednisone taper ranging from 40 mg - 20 mg - 10 mg",
     [(40.0, "mg", "Prednisone"), (20.0, "mg", "Prednisone"), (10.0, "mg", "Prednisone")]),
    # ... two salts of one drug are two doses ...
    ("Metoprolol tartrate 50 mg and metoprolol succinate 50 mg",
     [(50.0, "mg", "Metoprolol tartrate"), (50.0, "mg", "metoprolol succinate")]),
    # ... fluid restricted in another clause does not stop fluid given ...
    ("After fluid restriction, patients receive 1 liter of normal saline", [(1.0, "L", "normal saline")]),
    # ... and a matching placebo right before an amount is the strength it matches
    ("Placebo: matching placebo 10 mg tablets", []),
])
def test_review17_findings(text: str, want: list[tuple[object, str, str | None]]) -> None:
    assert _read(text) == want
