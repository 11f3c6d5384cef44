"""The legacy ClinicalTrials.gov adapters: <clinical_study> XML and API v1 JSON.

Every file of ../shared/corpus/ctgov-xml, ctgov-xml-history and ctgov-v1 must parse,
be detected by content, and lose nothing: each leaf value of the input is either in
a typed field or in ``extras`` under its source path (leaf coverage, as for API v2).
Value tables below are real spellings seen in the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from trialnorm import iter_parse, parse
from trialnorm.adapters import REGISTRY, RawInput
from trialnorm.adapters._legacy_values import (
    code_for,
    healthy_volunteers_for,
    masking_for,
    parse_design_text,
    phases_for,
    secondary_id_type_for,
)
from trialnorm.adapters.ctgov_xml import MAX_XML_BYTES, dedent_textblock
from trialnorm.errors import ParseError
from trialnorm.extract.ages import parse_age
from trialnorm.extract.dates import parse_date
from trialnorm.model import (
    AgencyClass,
    Allocation,
    ArmGroupType,
    DateType,
    InterventionModel,
    InterventionType,
    ObservationalModel,
    PersonRole,
    PrimaryPurpose,
    Sex,
    Status,
    StdAge,
    StudyType,
    TimePerspective,
    Trial,
    WhoMasked,
)

XML_FILES = sorted((CORPUS / "ctgov-xml").glob("*.xml")) + sorted(
    (CORPUS / "ctgov-xml-history").glob("*/*.xml"))
V1_FILES = sorted((CORPUS / "ctgov-v1").glob("*.json"))


def _id(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def test_the_corpus_holds_what_the_task_names() -> None:
    assert len(XML_FILES) == 275
    assert len(V1_FILES) == 42


# ----------------------------------------------------------------- value tables

CODES = [
    (Status, "Not yet recruiting", "NOT_YET_RECRUITING"),
    (Status, "Active, not recruiting", "ACTIVE_NOT_RECRUITING"),
    (Status, "Enrolling by invitation", "ENROLLING_BY_INVITATION"),
    (Status, "Unknown status", "UNKNOWN"),
    (Status, "Withheld", "WITHHELD"),
    (Status, "Available", "AVAILABLE"),
    (Status, "RECRUITING", "RECRUITING"),  # a v2 code is its own spelling
    (DateType, "Anticipated", "ESTIMATED"),
    (DateType, "Estimate", "ESTIMATED"),
    (DateType, "Actual", "ACTUAL"),
    (Sex, "All", "ALL"),
    (Sex, "Both", "ALL"),
    (Sex, "Female", "FEMALE"),
    (StudyType, "Interventional", "INTERVENTIONAL"),
    (StudyType, "Observational [Patient Registry]", "OBSERVATIONAL"),
    (StudyType, "Expanded Access", "EXPANDED_ACCESS"),
    (AgencyClass, "Industry", "INDUSTRY"),
    (AgencyClass, "U.S. Fed", "FED"),
    (AgencyClass, "NIH", "NIH"),
    (AgencyClass, "Other", "OTHER"),
    (AgencyClass, "OTHER_GOV", "OTHER_GOV"),
    (ArmGroupType, "Experimental", "EXPERIMENTAL"),
    (ArmGroupType, "Active Comparator", "ACTIVE_COMPARATOR"),
    (ArmGroupType, "Placebo Comparator", "PLACEBO_COMPARATOR"),
    (ArmGroupType, "Sham Comparator", "SHAM_COMPARATOR"),
    (ArmGroupType, "No Intervention", "NO_INTERVENTION"),
    (InterventionType, "Drug", "DRUG"),
    (InterventionType, "Biological", "BIOLOGICAL"),
    (InterventionType, "Dietary Supplement", "DIETARY_SUPPLEMENT"),
    (InterventionType, "Diagnostic Test", "DIAGNOSTIC_TEST"),
    (InterventionType, "Procedure/Surgery", "PROCEDURE"),
    (Allocation, "Randomized", "RANDOMIZED"),
    (Allocation, "Non-Randomized", "NON_RANDOMIZED"),
    (Allocation, "N/A", "NA"),
    (InterventionModel, "Parallel Assignment", "PARALLEL"),
    (InterventionModel, "Single Group Assignment", "SINGLE_GROUP"),
    (InterventionModel, "Crossover Assignment", "CROSSOVER"),
    (InterventionModel, "Factorial Assignment", "FACTORIAL"),
    (InterventionModel, "Sequential Assignment", "SEQUENTIAL"),
    (PrimaryPurpose, "Supportive Care", "SUPPORTIVE_CARE"),
    (PrimaryPurpose, "Health Services Research", "HEALTH_SERVICES_RESEARCH"),
    (PrimaryPurpose, "Basic Science", "BASIC_SCIENCE"),
    (ObservationalModel, "Case-Control", "CASE_CONTROL"),
    (ObservationalModel, "Case Control", "CASE_CONTROL"),
    (ObservationalModel, "Case-Only", "CASE_ONLY"),
    (ObservationalModel, "Defined Population", "DEFINED_POPULATION"),
    (TimePerspective, "Cross-Sectional", "CROSS_SECTIONAL"),
    (PersonRole, "Principal Investigator", "PRINCIPAL_INVESTIGATOR"),
    (PersonRole, "Sub-Investigator", "SUB_INVESTIGATOR"),
    (PersonRole, "Study Chair", "STUDY_CHAIR"),
    (PersonRole, "Study Director", "STUDY_DIRECTOR"),
    (StdAge, "Older Adult", "OLDER_ADULT"),
    (WhoMasked, "Subject", "PARTICIPANT"),
    (WhoMasked, "Caregiver", "CARE_PROVIDER"),
    (WhoMasked, "Care Provider", "CARE_PROVIDER"),
    (WhoMasked, "Outcomes Assessor", "OUTCOMES_ASSESSOR"),
]


@pytest.mark.parametrize("cls,text,code", CODES, ids=[f"{c.__name__}:{t}" for c, t, _ in CODES])
def test_legacy_spelling_maps_to_v2_code(cls: Any, text: str, code: str) -> None:
    assert code_for(cls, text) == code


@pytest.mark.parametrize("text", ["Recruiting soon", "", "Phase 1"])
def test_unknown_spelling_is_no_code(text: str) -> None:
    assert code_for(Status, text) is None


PHASES = [
    ("Phase 1/Phase 2", ["PHASE1", "PHASE2"]),
    ("Phase 2/Phase 3", ["PHASE2", "PHASE3"]),
    ("Phase 3", ["PHASE3"]),
    ("N/A", ["NA"]),
    ("Not Applicable", ["NA"]),
    ("Phase 0", ["EARLY_PHASE1"]),
    ("Early Phase 1", ["EARLY_PHASE1"]),
    ("Phase 5", None),
]


@pytest.mark.parametrize("text,codes", PHASES)
def test_phases(text: str, codes: list[str] | None) -> None:
    assert phases_for(text) == codes


MASKING = [
    # 2017- vocabulary
    ("Double (Participant, Investigator)", "DOUBLE", ["PARTICIPANT", "INVESTIGATOR"], False),
    ("Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)", "QUADRUPLE",
     ["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"], False),
    ("Single (Outcomes Assessor)", "SINGLE", ["OUTCOMES_ASSESSOR"], False),
    ("None (Open Label)", "NONE", [], False),
    # v1 / the transition months of 2017
    ("Quadruple", "QUADRUPLE", [], False),
    ("Participant, Care Provider, Investigator, Outcomes Assessor", "QUADRUPLE",
     ["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"], False),
    ("Outcomes Assessor", "SINGLE", ["OUTCOMES_ASSESSOR"], False),
    ("No masking", "NONE", [], False),
    # pre-2017 vocabulary: the level came from the roles in the 2017 migration
    ("Open Label", "NONE", [], False),
    ("Single Blind (Subject)", "SINGLE", ["PARTICIPANT"], False),
    ("Double Blind (Subject, Investigator)", "DOUBLE", ["PARTICIPANT", "INVESTIGATOR"], False),
    ("Double Blind (Subject, Caregiver, Investigator, Outcomes Assessor)", "QUADRUPLE",
     ["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"], True),
    ("Double Blind", "DOUBLE", [], False),
]


@pytest.mark.parametrize("text,level,roles,warns", MASKING, ids=[m[0] for m in MASKING])
def test_masking(text: str, level: str, roles: list[str], warns: bool) -> None:
    got_level, got_roles, messages = masking_for(text)
    assert (got_level, got_roles) == (level, roles)
    assert bool(messages) == warns


def test_masking_migration_matches_the_record_history() -> None:
    """NCT02586688 was re-exported after 2017 with the level ClinicalTrials.gov derived."""
    folder = CORPUS / "ctgov-xml-history" / "NCT02586688"
    old = parse((folder / "NCT02586688_downloaded-2017-01-18.xml").read_bytes())
    new = parse((folder / "NCT02586688_downloaded-2018-05-11.xml").read_bytes())
    assert old.design.masking == new.design.masking == "QUADRUPLE"
    assert old.design.who_masked == new.design.who_masked


def test_pre_2017_study_design_line() -> None:
    text = ("Allocation: Randomized, Endpoint Classification: Safety/Efficacy Study, "
            "Intervention Model: Parallel Assignment, Masking: Double Blind (Subject, "
            "Investigator), Primary Purpose: Treatment")
    assert parse_design_text(text) == {
        "Allocation": "Randomized", "Endpoint Classification": "Safety/Efficacy Study",
        "Intervention Model": "Parallel Assignment",
        "Masking": "Double Blind (Subject, Investigator)", "Primary Purpose": "Treatment"}


def test_pre_2017_design_is_typed_and_kept() -> None:
    path = CORPUS / "ctgov-xml-history/NCT02586688/NCT02586688_downloaded-2016-07-17.xml"
    t = parse(path.read_bytes(), source=str(path))
    assert t.design.allocation == "RANDOMIZED"
    assert t.design.intervention_model == "PARALLEL"
    assert t.design.primary_purpose == "TREATMENT"
    assert t.design.masking == "QUADRUPLE"
    assert t.design.who_masked == ["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR",
                                   "OUTCOMES_ASSESSOR"]
    # "Endpoint Classification" has no typed field: that part stays in extras.
    assert t.extras["study_design.Endpoint Classification"] == "Safety/Efficacy Study"


@pytest.mark.parametrize("text,value", [("Accepts Healthy Volunteers", True), ("No", False),
                                        ("Maybe", None)])
def test_healthy_volunteers(text: str, value: bool | None) -> None:
    assert healthy_volunteers_for(text) is value


@pytest.mark.parametrize("text,code", [("Registry Identifier", "REGISTRY"),
                                       ("Other Grant/Funding Number", "OTHER_GRANT"),
                                       ("EudraCT Number", "EUDRACT_NUMBER"),
                                       ("Something New", "Something New")])
def test_secondary_id_types(text: str, code: str) -> None:
    assert secondary_id_type_for(text) == code


def test_dedent_textblock_keeps_the_list_layout() -> None:
    block = ("\n        Inclusion Criteria:\n\n          -  Age 18 or older\n"
             "             (continued)\n\n        Exclusion Criteria:\n          -  None\n      ")
    assert dedent_textblock(block) == ("Inclusion Criteria:\n\n  -  Age 18 or older\n"
                                       "     (continued)\n\nExclusion Criteria:\n  -  None")


# ----------------------------------------------------------------- real records, field by field

def _xml(name: str) -> Trial:
    path = CORPUS / name
    return parse(path.read_bytes(), source=str(path))


def test_xml_record_2017_transition() -> None:
    """Both date vocabularies in one file; 2017-era masking; Anticipated dates."""
    t = _xml("ctgov-xml-history/NCT02970669/NCT02970669_downloaded-2017-10-20.xml")
    assert t.source.format == "ctgov-xml"
    assert t.nct_id == "NCT02970669"
    assert t.org_study_id == "CLCZ696BUS14"
    assert t.acronym == "AWAKE-HF"
    assert t.overall_status == "RECRUITING"
    assert t.phases == ["PHASE4"]
    assert t.study_type == "INTERVENTIONAL"
    assert (t.design.allocation, t.design.intervention_model, t.design.masking) == (
        "RANDOMIZED", "PARALLEL", "DOUBLE")
    assert t.design.who_masked == ["PARTICIPANT", "INVESTIGATOR"]
    assert t.enrollment.model_dump() == {"count": 136, "type": "ESTIMATED"}
    d = t.dates
    assert d.start.model_dump() == {"date": "2016-12", "type": None}
    assert d.completion.model_dump() == {"date": "2018-10", "type": "ESTIMATED"}
    assert d.first_submitted.date == "2016-11-17"
    assert d.first_posted.model_dump() == {"date": "2016-11-22", "type": "ESTIMATED"}
    assert d.last_update_submitted.date == "2017-01-17"
    assert d.last_update_posted.date == "2017-01-19"
    assert d.status_verified.date == "2017-01"
    assert "lastchanged_date" not in t.extras  # same date as last_update_submitted
    assert t.sponsor.model_dump(by_alias=True) == {"name": "Novartis Pharmaceuticals",
                                                   "class": "INDUSTRY"}
    assert [(a.label, a.type) for a in t.arms] == [
        ("sacubitril/valsartan (LCZ696)", "EXPERIMENTAL"), ("enalapril", "ACTIVE_COMPARATOR")]
    assert [(i.name, i.type, i.arm_labels) for i in t.interventions][:2] == [
        ("sacubitril/valsartan (LCZ696)", "DRUG", ["sacubitril/valsartan (LCZ696)"]),
        ("enalapril", "DRUG", ["enalapril"])]
    el = t.eligibility
    assert (el.sex, el.minimum_age.years, el.maximum_age.years, el.healthy_volunteers) == (
        "ALL", 18.0, 80.0, False)
    assert el.criteria_text.startswith("Key Inclusion Criteria:\n\n  -  Written informed")
    assert "\n     (HFrEF).\n" in el.criteria_text  # continuation line keeps its place
    assert t.officials[0].role == "STUDY_DIRECTOR"
    assert t.contacts[0].phone == "1-888-669-6682"
    assert t.locations[0].model_dump(exclude={"contacts"}) == {
        "facility": "Novartis Investigative Site", "city": "Allen", "state": "Texas",
        "zip": "75002-3688", "country": "United States", "status": "RECRUITING"}
    assert t.source.record_version == "2017-10-20"
    assert t.extras["condition_browse"] == {"mesh_term": ["Heart Failure"]}
    assert t.extras["responsible_party"] == {"responsible_party_type": "Sponsor"}


def test_xml_pre_2017_dates_and_old_tags() -> None:
    t = _xml("ctgov-xml-history/NCT00482794/NCT00482794_downloaded-2016-06-27.xml")
    assert t.dates.last_update_submitted.date == "2015-10-23"  # <lastchanged_date>
    assert t.dates.first_submitted is not None  # <firstreceived_date>
    assert t.dates.first_posted is None  # the old export has no posted dates
    assert t.design.observational_model == "COHORT"


def test_xml_phase_1_2_and_results_in_extras() -> None:
    hits = {}
    for path in XML_FILES:
        text = path.read_text(encoding="utf-8")
        if "<phase>Phase 1/Phase 2</phase>" in text and "phase12" not in hits:
            hits["phase12"] = path
        if "<clinical_results>" in text and "results" not in hits:
            hits["results"] = path
    t = parse(hits["phase12"].read_bytes())
    assert t.phases == ["PHASE1", "PHASE2"]
    t = parse(hits["results"].read_bytes())
    assert isinstance(t.extras["clinical_results"], dict)
    assert "participant_flow" in t.extras["clinical_results"] or t.extras["clinical_results"]


def test_v1_page_yields_every_study_with_its_header() -> None:
    path = CORPUS / "ctgov-v1" / "NCT00023673.json"
    (t,) = list(iter_parse(path.read_bytes(), source=str(path)))
    assert t.source.format == "ctgov-v1"
    assert t.source.meta["APIVrs"] == "1.01.05"
    assert t.source.meta["Rank"] == "1"
    assert t.nct_id == "NCT00023673"
    assert t.org_study_id == "RTOG L-0117"
    assert [s.model_dump() for s in t.secondary_ids] == [
        {"id": "CDR0000068850", "type": "REGISTRY", "domain": "PDQ (Physician Data Query)"},
        {"id": "NCI-2012-02401", "type": "REGISTRY",
         "domain": "CTRP (Clinical Trials Reporting System)"}]
    assert t.sponsor.name == "Radiation Therapy Oncology Group"
    assert t.sponsor.class_ == "NETWORK"


def test_v1_bare_study() -> None:
    path = CORPUS / "ctgov-v1" / "NCT04780386.json"
    t = parse(path.read_bytes(), source=str(path))
    assert t.nct_id == "NCT04780386"
    assert t.overall_status == "COMPLETED"
    assert t.phases == ["PHASE1"]
    assert (t.design.allocation, t.design.intervention_model, t.design.masking) == (
        "RANDOMIZED", "CROSSOVER", "NONE")
    assert t.dates.start.model_dump() == {"date": "2020-08-29", "type": "ACTUAL"}
    assert t.dates.first_posted.model_dump() == {"date": "2021-03-03", "type": "ESTIMATED"}
    assert t.enrollment.model_dump() == {"count": 58, "type": "ACTUAL"}
    assert t.eligibility.healthy_volunteers is True
    assert t.eligibility.minimum_age.years == 19.0
    assert t.eligibility.std_ages == ["ADULT", "OLDER_ADULT"]
    assert t.officials[0].model_dump() == {
        "name": "Jaewoo Kim, M.D.", "role": "PRINCIPAL_INVESTIGATOR",
        "affiliation": "H Plus Yangji Hospital", "phone": None, "email": None}
    assert t.source.record_version == "2021-03-03"
    assert t.extras["ProtocolSection.OversightModule"]["OversightHasDMC"] == "No"


def test_v1_accepts_loaded_data_and_a_study_wrapper() -> None:
    data = orjson.loads((CORPUS / "ctgov-v1" / "NCT04780386.json").read_bytes())
    assert parse(data).nct_id == "NCT04780386"
    assert parse({"Rank": 3, "Study": data}).nct_id == "NCT04780386"
    assert parse(orjson.dumps({"Study": data})).nct_id == "NCT04780386"
    assert [t.nct_id for t in iter_parse([data, data])] == ["NCT04780386"] * 2


# ----------------------------------------------------------------- every corpus file

@pytest.mark.parametrize("path", XML_FILES, ids=_id)
def test_every_xml_file_parses_and_is_detected(path: Path) -> None:
    assert REGISTRY["ctgov-xml"].detect(RawInput(path.read_bytes()))
    (t,) = list(iter_parse(path.read_bytes(), source=str(path)))
    assert t.source.format == "ctgov-xml"
    assert t.nct_id and path.name.startswith(t.nct_id)
    assert t.brief_title
    assert t.overall_status is not None
    assert t.sponsor is not None


@pytest.mark.parametrize("path", V1_FILES, ids=_id)
def test_every_v1_file_parses_and_is_detected(path: Path) -> None:
    inp = RawInput(path.read_bytes())
    assert REGISTRY["ctgov-v1"].detect(inp)
    assert not REGISTRY["ctgov-v2"].detect(RawInput(path.read_bytes()))
    trials = list(iter_parse(path.read_bytes(), source=str(path)))
    assert trials and all(t.source.format == "ctgov-v1" for t in trials)
    assert trials[0].nct_id == path.stem
    assert all(t.brief_title and t.overall_status for t in trials)


def test_v2_files_are_not_claimed_by_the_legacy_adapters() -> None:
    for path in sorted((CORPUS / "ctgov-v2").glob("*.json"))[:200]:
        inp = RawInput(path.read_bytes())
        assert not REGISTRY["ctgov-v1"].detect(inp), path
        assert not REGISTRY["ctgov-xml"].detect(inp), path


# ----------------------------------------------------------------- leaf coverage

_WS = re.compile(r"\s+")
_INDEX = re.compile(r"\[\d+\]")
_NULL_WORDS = {"n/a", "na"}  # SCHEMA: "N/A" is null, never a value


def _norm(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _WS.sub(" ", str(value)).strip().casefold()


def xml_leaves(el: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, value) for every attribute and text of a <clinical_study>, comments aside."""
    for name, value in el.attrib.items():
        yield f"{path}@{name}", value
    children = [c for c in el if isinstance(c.tag, str)]
    text = "".join(el.itertext()) if not children else (el.text or "")
    if text.strip():
        yield path, text
    counts: dict[str, int] = {}
    for child in children:
        i = counts.get(child.tag, 0)
        counts[child.tag] = i + 1
        sub = f"{path}.{child.tag}" if path else child.tag
        yield from xml_leaves(child, f"{sub}[{i}]")


def json_leaves(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from json_leaves(value, f"{path}.{key}" if path else key)
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from json_leaves(value, f"{path}[{i}]")
    elif obj is not None and str(obj).strip():
        yield path, obj


def _typed_values(t: Trial) -> set[str]:
    data = t.to_dict()
    data.pop("extras")
    data.pop("warnings")  # a warning quoting a value does not keep it
    out = {_norm(v) for _, v in json_leaves(data)}
    el = t.eligibility
    for age in (el.minimum_age, el.maximum_age):
        if age is not None:
            out.add(_norm(f"{_norm(age.value)} {age.unit.value}"))
    return out


def _extras_index(t: Trial) -> dict[str, set[str]]:
    """Extras keys without list indexes, each with every value held under it."""
    index: dict[str, set[str]] = {}
    for key, value in t.extras.items():
        values = index.setdefault(_INDEX.sub("", key), set())
        values.add(_norm(value))
        values.update(_norm(v) for _, v in json_leaves(value))
    return index


def _candidates(path: str, value: str) -> set[str]:
    """The forms a typed field may hold a legacy value in: as written, as a code, ISO, parsed."""
    out = {_norm(value)}
    text = str(value)
    iso = parse_date(text.replace("ClinicalTrials.gov processed this data on ", ""))
    if iso:
        out.add(iso)
    age = parse_age(text)
    if age is not None:
        out.add(_norm(f"{_norm(age.value)} {age.unit.value}"))
    for cls in (Status, StudyType, Sex, DateType, AgencyClass, ArmGroupType, InterventionType,
                Allocation, InterventionModel, PrimaryPurpose, ObservationalModel,
                TimePerspective, PersonRole, StdAge, WhoMasked):
        code = code_for(cls, text)
        if code:
            out.add(_norm(code))
    out |= {_norm(c) for c in phases_for(text) or ()}
    if "masking" in path.lower():
        level, roles, _ = masking_for(text)
        out |= {_norm(x) for x in [level, *roles] if x}
    if "healthy" in path.lower():
        hv = healthy_volunteers_for(text)
        if hv is not None:
            out.add(_norm(hv))
    if "secondaryid" in path.lower():
        out.add(_norm(secondary_id_type_for(text)))
    return out


def _lost(leaves: list[tuple[str, Any]], t: Trial) -> list[str]:
    typed = _typed_values(t)
    extras = _extras_index(t)
    lost = []
    for path, value in leaves:
        if _norm(value) in _NULL_WORDS:
            continue
        if _candidates(path, value) & typed:
            continue
        bare = _INDEX.sub("", path)
        held = any((bare == key or bare.startswith((key + ".", key + "@"))) and _norm(value) in vals
                   for key, vals in extras.items())
        if not held:
            lost.append(f"{path} = {str(value)[:80]!r}")
    return lost


@pytest.mark.parametrize("path", XML_FILES, ids=_id)
def test_xml_leaf_coverage(path: Path) -> None:
    data = path.read_bytes()
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True,
                                                  remove_comments=True))
    # xml_leaves names every child "tag[i]"; the adapter writes [i] only on tags that can
    # repeat, which the index-free comparison in _lost allows for.
    leaves = []
    for leaf_path, value in xml_leaves(root):
        if leaf_path == "study_design[0]" and parse_design_text(value):
            # The pre-2017 one-line design is several values: each part must be kept.
            leaves += [(f"study_design.{k}", v) for k, v in parse_design_text(value).items()]
        else:
            leaves.append((leaf_path, value))
    (t,) = list(iter_parse(data, source=str(path)))
    lost = _lost(leaves, t)
    assert not lost, "\n".join(lost)


@pytest.mark.parametrize("path", V1_FILES, ids=_id)
def test_v1_leaf_coverage(path: Path) -> None:
    data = orjson.loads(path.read_bytes())
    trials = list(iter_parse(path.read_bytes(), source=str(path)))
    if "FullStudiesResponse" in data:
        response = data["FullStudiesResponse"]
        studies = [full for full in response["FullStudies"]]
        header = [(k, v) for k, v in response.items() if k != "FullStudies"]
    else:
        studies, header = [{"Study": data}], []
    assert len(studies) == len(trials)
    for full, t in zip(studies, trials):
        leaves = header + [(p, v) for p, v in json_leaves(full["Study"])]
        leaves += [(k, v) for k, v in full.items() if k != "Study"]
        lost = _lost(leaves, t)
        assert not lost, "\n".join(lost)


# ----------------------------------------------------------------- safety and errors

def test_malformed_xml_names_file_format_and_reason() -> None:
    bad = b"<?xml version='1.0'?>\n<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info"
    with pytest.raises(ParseError) as info:
        parse(bad, source="broken.xml")
    err = info.value
    assert err.source == "broken.xml"
    assert err.format == "ctgov-xml"
    assert "malformed XML" in err.reason


def test_external_entities_are_refused() -> None:
    xxe = (b'<?xml version="1.0"?>\n<!DOCTYPE clinical_study [<!ENTITY x SYSTEM '
           b'"file:///etc/passwd">]>\n<clinical_study><brief_title>&x;</brief_title>'
           b'</clinical_study>')
    with pytest.raises(ParseError) as info:
        parse(xxe, source="xxe.xml")
    assert info.value.format == "ctgov-xml"
    assert "entities" in info.value.reason


def test_entity_expansion_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE clinical_study [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
            b'<clinical_study><brief_title>&c;</brief_title></clinical_study>')
    with pytest.raises(ParseError):
        parse(bomb, source="bomb.xml")


def test_oversized_xml_is_refused() -> None:
    big = b"<clinical_study><brief_title>" + b"x" * (MAX_XML_BYTES + 1) + b"</brief_title>"
    big += b"</clinical_study>"
    with pytest.raises(ParseError) as info:
        parse(big, source="big.xml", format="ctgov-xml")
    assert "limit" in info.value.reason


def test_xml_text_input_with_encoding_declaration() -> None:
    path = CORPUS / "ctgov-xml" / "NCT02513394.xml"
    t = parse(path.read_text(encoding="utf-8"))
    assert t.nct_id == "NCT02513394"


def test_other_root_element_is_a_parse_error() -> None:
    with pytest.raises(ParseError) as info:
        parse(b"<search_results><clinical_study/></search_results>", format="ctgov-xml")
    assert "clinical_study" in info.value.reason


def test_invalid_v1_json_is_a_parse_error() -> None:
    with pytest.raises(ParseError) as info:
        parse(b'{"FullStudiesResponse": {"FullStudies": [', format="ctgov-v1", source="x.json")
    assert info.value.format == "ctgov-v1"


def test_unknown_legacy_value_is_kept_with_a_warning() -> None:
    xml = (b"<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info>"
           b"<brief_title>T</brief_title><overall_status>Recruiting soon</overall_status>"
           b"<phase>Phase 5</phase><start_date>sometime in 2014</start_date>"
           b"<eligibility><minimum_age>eighteen</minimum_age><gender>Both</gender>"
           b"</eligibility></clinical_study>")
    t = parse(xml)
    assert t.overall_status is None and t.phases == [] and t.dates.start is None
    assert t.eligibility.minimum_age is None and t.eligibility.sex == "ALL"
    assert t.extras["overall_status"] == "Recruiting soon"
    assert t.extras["phase"] == "Phase 5"
    assert t.extras["start_date"] == "sometime in 2014"
    assert t.extras["eligibility.minimum_age"] == "eighteen"
    assert {w.field for w in t.warnings} >= {"overall_status", "phases", "dates.start",
                                             "eligibility.minimum_age"}


def test_xml_with_bom_or_leading_blank_lines() -> None:
    data = (CORPUS / "ctgov-xml" / "NCT02513394.xml").read_bytes()
    assert parse(b"\xef\xbb\xbf" + data).nct_id == "NCT02513394"
    assert parse(b"\n\n  " + data).nct_id == "NCT02513394"


def test_html_quoting_the_xml_is_not_claimed() -> None:
    page = (b"<!DOCTYPE html><html><body><pre><clinical_study><id_info>"
            b"<nct_id>NCT01234567</nct_id></id_info></clinical_study></pre></body></html>")
    assert not REGISTRY["ctgov-xml"].detect(RawInput(page))
    assert REGISTRY["ctgov-xml"].detect(RawInput(b'<?xml version="1.0"?>\n<!-- note -->\n'
                                                  b'<clinical_study rank="3"></clinical_study>'))


# ----------------------------------------------------------------- odd input never raises

def _v1_sample() -> dict[str, Any]:
    return orjson.loads((CORPUS / "ctgov-v1" / "NCT04780347.json").read_bytes())


def test_v1_odd_shapes_are_kept_not_dropped() -> None:
    study = _v1_sample()
    proto = study["ProtocolSection"]
    proto["DesignModule"]["PhaseList"] = "Phase 2"  # a string where a wrapper belongs
    proto["EligibilityModule"]["StdAgeList"]["StdAge"] = ["Adult", {"odd": 1}]
    proto["ContactsLocationsModule"]["LocationList"]["Location"].append("somewhere")
    t = parse(study)
    assert t.phases == []
    assert t.extras["ProtocolSection.DesignModule.PhaseList"] == "Phase 2"
    assert t.eligibility.std_ages == ["ADULT"]
    assert t.extras["ProtocolSection.EligibilityModule.StdAgeList.StdAge[1]"] == {"odd": 1}
    n = len(proto["ContactsLocationsModule"]["LocationList"]["Location"]) - 1
    assert t.extras[f"ProtocolSection.ContactsLocationsModule.LocationList.Location[{n}]"] == (
        "somewhere")


_XML_SAMPLE = (CORPUS / "ctgov-xml-history/NCT02970669/NCT02970669_downloaded-2017-10-20.xml"
               ).read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(_XML_SAMPLE)),
       junk=st.binary(max_size=12))
def test_xml_adapter_raises_only_parse_errors(cut: int, junk: bytes) -> None:
    """Truncated or corrupted files give a record or a ParseError from the adapter itself."""
    data = _XML_SAMPLE[:cut] + junk + _XML_SAMPLE[cut:][: len(_XML_SAMPLE) // 3]
    try:
        list(REGISTRY["ctgov-xml"].parse(RawInput(data, source="fuzz.xml")))
    except ParseError as err:
        assert err.format == "ctgov-xml"


@settings(max_examples=60, deadline=None)
@given(path=st.sampled_from(["ProtocolSection", "ProtocolSection.DesignModule",
                             "ProtocolSection.StatusModule.StartDateStruct",
                             "ProtocolSection.ArmsInterventionsModule.ArmGroupList",
                             "ProtocolSection.EligibilityModule"]),
       value=st.one_of(st.none(), st.integers(), st.text(max_size=5),
                       st.lists(st.integers(), max_size=2), st.dictionaries(
                           st.sampled_from(["X", "ArmGroup", "StartDate", "MinimumAge"]),
                           st.one_of(st.integers(), st.text(max_size=3)), max_size=2)))
def test_v1_adapter_survives_odd_values(path: str, value: Any) -> None:
    study = _v1_sample()
    node = study
    *parents, last = path.split(".")
    for key in parents:
        node = node[key]
    node[last] = value
    try:
        trials = list(REGISTRY["ctgov-v1"].parse(RawInput(study)))
    except ParseError as err:
        assert err.format == "ctgov-v1"
    else:
        assert trials[0].source.format == "ctgov-v1"
        if path != "ProtocolSection":
            assert trials[0].nct_id == "NCT04780347"


def test_v1_field_statistics_are_not_a_study() -> None:
    """The v1 study_statistics document names every field, ProtocolSection too, but holds no study."""
    path = CORPUS / "spec" / "ctgov-api-v1-study-statistics.json"
    assert not REGISTRY["ctgov-v1"].detect(RawInput(path.read_bytes()))
    assert REGISTRY["ctgov-v1"].detect(RawInput(b'{"Rank": 1, "Study": {"ProtocolSection": {}}}'))
    assert REGISTRY["ctgov-v1"].detect(RawInput(b'[ {"ProtocolSection": {}}]'))


def test_observational_na_phase_as_written() -> None:
    """The 2017 export wrote <phase>N/A</phase> for an observational study; 2018 wrote none.

    The adapter reads what each file says ("N/A" is [NA]); the later export's silence is [].
    """
    folder = CORPUS / "ctgov-xml-history" / "NCT00513591"
    with_na = parse((folder / "NCT00513591_downloaded-2017-10-20.xml").read_bytes())
    without = parse((folder / "NCT00513591_downloaded-2018-05-11.xml").read_bytes())
    assert with_na.study_type == without.study_type == "OBSERVATIONAL"
    assert (with_na.phases, without.phases) == (["NA"], [])


def test_interventional_na_phase_is_na() -> None:
    t = _xml("ctgov-xml-history/NCT02586688/NCT02586688_downloaded-2016-07-17.xml")
    assert (t.study_type, t.phases) == ("INTERVENTIONAL", ["NA"])


HISTORY = sorted((CORPUS / "ctgov-xml-history").iterdir())


@pytest.mark.parametrize("folder", HISTORY, ids=lambda p: p.name)
def test_history_versions_with_one_update_date_agree(folder: Path) -> None:
    """Re-downloads of one record version (same last-update date) give the same record.

    Across the 2017 change of date tags and masking words, only what the older export
    could not say may differ: the posted dates (new in 2017) and the hard wrap of text.
    """
    by_version: dict[str, list[Trial]] = {}
    for path in sorted(folder.glob("*.xml")):
        t = parse(path.read_bytes(), source=str(path))
        by_version.setdefault(t.dates.last_update_submitted.date, []).append(t)
    for trials in by_version.values():
        for older, newer in pairwise(trials):
            a, b = older.to_dict(), newer.to_dict()
            for d in (a, b):
                for key in ("source", "extras", "warnings"):
                    d.pop(key)
                for key in ("brief_summary", "detailed_description"):
                    d[key] = d[key] and " ".join(d[key].split())
                d["eligibility"]["criteria_text"] = d["eligibility"]["criteria_text"] and " ".join(
                    d["eligibility"]["criteria_text"].split())
                d["eligibility"].pop("inclusion")
                d["eligibility"].pop("exclusion")
            if older.dates.first_posted is None:  # the pre-2017 export has no posted dates
                for key in ("first_posted", "last_update_posted"):
                    b["dates"][key] = None
            if (a["study_type"], a["phases"], b["phases"]) == ("OBSERVATIONAL", ["NA"], []):
                a["phases"] = []  # the 2018 export stopped writing "N/A" for observational
            assert a == b
