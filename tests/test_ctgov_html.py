"""Saved ClinicalTrials.gov pages (classic views, classic results tab, Archive) on the real corpus."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, SEEDS
from lxml import etree

from trialnorm import parse, parse_file
from trialnorm.adapters import RawInput
from trialnorm.adapters._legacy_values import parse_design_text
from trialnorm.adapters.ctgov_html import (
    ADAPTER,
    html_text,
    load_document,
    phase_codes,
    status_code,
)
from trialnorm.archive import ArchiveVersion, archive_versions
from trialnorm.errors import NotATrialRecord, ParseError
from trialnorm.model import Phase, Status

PAGES = CORPUS / "pages"
VERSION_PAGES = sorted((PAGES / "ctgov-archive").glob("*/versions/*.html"))
CLASSIC_PAGES = sorted((PAGES / "ctgov-classic-views").glob("*.html")) + sorted(
    (PAGES / "ctgov-classic-results").glob("*.html"))
RECORD_PAGES = VERSION_PAGES + CLASSIC_PAGES
HISTORY_PAGES = sorted((PAGES / "ctgov-archive").glob("*/history-index_*.html"))
CHANGES_PAGES = sorted((PAGES / "ctgov-archive").glob("*/official-changes/*.html"))
ERROR_PAGES = sorted((PAGES / "ctgov-classic-errors").glob("*.html"))
VIEWS = {view: PAGES / "ctgov-classic-views" / f"CT_{view}_NCT00936455.html"
         for view in ("full", "tab", "results")}

_ids = lambda paths: [str(p.relative_to(PAGES)) for p in paths]


def test_the_corpus_page_families_are_all_here():
    assert (len(VERSION_PAGES), len(CLASSIC_PAGES), len(HISTORY_PAGES), len(CHANGES_PAGES),
            len(ERROR_PAGES)) == (13, 10, 3, 10, 1)


# ----------------------------------------------------------------- every page parses

@pytest.mark.parametrize("path", RECORD_PAGES, ids=_ids(RECORD_PAGES))
def test_every_record_page_parses_with_its_nct_id_title_and_status(path: Path):
    trial = parse_file(path)
    assert trial.source.format == "ctgov-html"
    assert trial.nct_id == re.search(r"NCT\d{8}", path.name).group(0)
    assert trial.brief_title
    assert trial.overall_status is not None
    assert trial.sponsor is not None
    assert trial.source.record_version  # a date: version date or last update
    assert not [w for w in trial.warnings if w.field in ("overall_status", "phases", "study_type")]


@pytest.mark.parametrize("path", RECORD_PAGES + HISTORY_PAGES + CHANGES_PAGES + ERROR_PAGES,
                         ids=_ids(RECORD_PAGES + HISTORY_PAGES + CHANGES_PAGES + ERROR_PAGES))
def test_every_saved_ctgov_page_is_detected_as_ctgov_html(path: Path):
    assert ADAPTER.detect(RawInput(path.read_bytes(), source=str(path)))


OTHER_SITES = sorted((CORPUS / "other-registries").glob("*/*")) + sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", OTHER_SITES, ids=[p.name for p in OTHER_SITES])
def test_other_sites_and_scraped_pages_are_not_claimed(path: Path):
    assert not ADAPTER.detect(RawInput(path.read_bytes(), source=str(path)))


def test_a_page_that_only_mentions_clinicaltrials_gov_is_not_claimed():
    page = ("<!DOCTYPE html><html><head><title>Trial NCT01234567 | SomeAggregator</title></head>"
            "<body><p>Source: ClinicalTrials.gov, see https://clinicaltrials.gov/ct2/show/"
            "NCT01234567</p></body></html>")
    assert not ADAPTER.detect(RawInput(page))


# ----------------------------------------------------------------- pages that are not records

@pytest.mark.parametrize("path", ERROR_PAGES, ids=_ids(ERROR_PAGES))
def test_the_error_page_is_not_a_trial_record(path: Path):
    with pytest.raises(NotATrialRecord) as err:
        parse_file(path)
    message = str(err.value)
    assert "not a trial record" in message
    assert path.name in message and "error page" in message


@pytest.mark.parametrize("path", HISTORY_PAGES, ids=_ids(HISTORY_PAGES))
def test_a_history_index_is_not_a_record_and_points_to_archive_versions(path: Path):
    with pytest.raises(NotATrialRecord) as err:
        parse_file(path)
    message = str(err.value)
    assert "history index" in message
    assert "trialnorm.archive.archive_versions" in message
    assert path.name in message


@pytest.mark.parametrize("path", CHANGES_PAGES, ids=_ids(CHANGES_PAGES))
def test_official_changes_pages_are_not_records(path: Path):
    with pytest.raises(NotATrialRecord, match="Changes to"):
        parse_file(path)


def test_an_unknown_layout_of_the_site_is_a_parse_error_not_a_crash():
    page = ("<html><head><title>Something - ClinicalTrials.gov</title></head><body>"
            "<a href='/ct2/home'>home</a><p>nothing here</p></body></html>")
    with pytest.raises(ParseError):
        parse(page, format="ctgov-html", source="odd.html")


# ----------------------------------------------------------------- the Archive history index

def test_archive_versions_of_nct00000122():
    path = PAGES / "ctgov-archive/NCT00000122/history-index_NCT00000122_72f5f0c0.html"
    versions = archive_versions(path.read_bytes())
    assert [v.date for v in versions] == ["2005-06-23", "2005-06-30", "2005-12-08", "2006-06-01",
                                          "2009-09-16", "2014-03-14"]
    assert versions[0] == ArchiveVersion(
        number=1, date="2005-06-23", nct_id="NCT00000122", url="/archive/NCT00000122/2005_06_23",
        changes_url=None, changed="Nothing (earliest version on record)")
    assert versions[4].changed == "Protocol, Recruitment, Misc."
    assert versions[4].changes_url == "/archive/NCT00000122/2009_09_16/changes"
    assert [v.number for v in versions] == [1, 2, 3, 4, 5, 6]


def test_archive_versions_of_nct00000160():
    path = PAGES / "ctgov-archive/NCT00000160/history-index_NCT00000160_39ea2ee8.html"
    versions = archive_versions(path.read_text(encoding="utf-8"))
    assert [(v.date, v.changed) for v in versions] == [
        ("2005-06-23", "Nothing (earliest version on record)"),
        ("2005-06-30", "Misc."),
        ("2005-12-08", "Internal-use (not shown)"),
        ("2006-04-26", "Misc."),
        ("2006-06-01", "Misc."),
        ("2014-03-14", "Protocol, Recruitment, Misc."),
    ]
    assert {v.nct_id for v in versions} == {"NCT00000160"}


def test_both_saved_copies_of_a_history_index_give_the_same_versions():
    a, b = sorted((PAGES / "ctgov-archive/NCT00000122").glob("history-index_*.html"))
    assert archive_versions(a.read_bytes()) == archive_versions(b.read_bytes())


def test_the_history_index_lists_a_version_page_for_every_saved_version():
    for index in HISTORY_PAGES:
        nct = index.parent.name
        saved = {p.stem.split("_")[1] for p in (index.parent / "versions").glob("*.html")}
        listed = {v.date.replace("-", "") for v in archive_versions(index.read_bytes())}
        assert saved - {"06232005"} <= listed  # 06232005 is a re-indented copy of 20050623
        assert nct in index.name


def test_archive_versions_refuses_a_page_that_is_no_history_index():
    with pytest.raises(ParseError, match="history index"):
        archive_versions(VERSION_PAGES[0].read_bytes(), source="x.html")


# ----------------------------------------------------------------- Archive version pages

def test_archive_version_page_values_nct00000122_2014():
    t = parse_file(PAGES / "ctgov-archive/NCT00000122/versions/NCT00000122_20140314.html")
    assert t.brief_title == "Fluorouracil Filtering Surgery Study (FFSS)"
    assert t.official_title is None  # the page shows an empty paragraph
    assert t.phases == [Phase.PHASE3]
    assert t.study_type.value == "INTERVENTIONAL"
    assert (t.design.allocation.value, t.design.primary_purpose.value, t.design.masking.value) == (
        "RANDOMIZED", "TREATMENT", "DOUBLE")
    assert t.conditions == ["Glaucoma"]
    assert [(i.type.value, i.name) for i in t.interventions] == [("DRUG", "5-Fluorouracil")]
    assert t.dates.start.date == "1985-09"
    assert t.overall_status == Status.COMPLETED
    assert t.eligibility.sex.value == "ALL"
    assert t.eligibility.healthy_volunteers is False
    assert t.eligibility.minimum_age is None and t.eligibility.maximum_age is None
    assert t.eligibility.criteria_text.startswith("Men and women with uncontrolled intraocular")
    assert t.org_study_id == "NEI-21"
    assert t.sponsor.name == "National Eye Institute (NEI)"
    assert t.source.record_version == "2014-03-14"
    assert len(t.extras["Reference"]) == 4
    assert t.extras["Reference"][0].endswith("MEDLINE: 2688428")
    assert t.extras["Last follow-up date"] == "1988-06 (Actual)"
    assert t.detailed_description.count("\n\n") == 4  # five paragraphs, <br><br> apart


def test_archive_version_page_values_nct00000160_2006():
    t = parse_file(PAGES / "ctgov-archive/NCT00000160/versions/NCT00000160_20060601.html")
    assert t.conditions == ["Diabetic Retinopathy", "Blindness"]
    assert [(i.type.value, i.name) for i in t.interventions] == [
        ("PROCEDURE", "Xenon Photocoagulation"), ("PROCEDURE", "Argon Photocoagulation"),
        ("PROCEDURE", "Photocoagulation")]
    assert t.eligibility.maximum_age.years == 70.0
    assert t.brief_summary == (
        "To determine whether photocoagulation helps prevent severe visual loss from proliferative "
        "diabetic retinopathy.\n\nTo determine whether a difference exists in the efficacy and "
        "safety of argon versus xenon photocoagulation for proliferative diabetic retinopathy.")


def _typed(trial) -> dict:
    data = trial.to_dict()
    for key in ("source", "extras", "warnings"):
        data.pop(key)
    return data


@pytest.mark.parametrize("nct", ["NCT00000122", "NCT00000160"])
def test_archive_versions_with_the_same_text_give_identical_values(nct: str):
    """2005-2014 versions differ in markup, whitespace, "Procedure:" vs "Procedure/Surgery:",
    reference ids and URLs (extras), never in the typed values these records show."""
    pages = sorted((PAGES / "ctgov-archive" / nct / "versions").glob("*.html"))
    typed = [_typed(parse_file(p)) for p in pages]
    assert all(t == typed[0] for t in typed[1:])


def test_a_reindented_copy_of_a_version_page_parses_to_the_same_record():
    a = parse_file(PAGES / "ctgov-archive/NCT00000122/versions/NCT00000122_20050623.html")
    b = parse_file(PAGES / "ctgov-archive/NCT00000122/versions/NCT00000122_06232005.html")
    assert _typed(a) == _typed(b)
    assert a.extras == b.extras
    assert a.source.record_version == b.source.record_version == "2005-06-23"


# ----------------------------------------------------------------- the three classic views

# Typed fields every view shows, and what each view lacks (and so leaves null / []).
VIEW_LACKS = {
    "full": set(),
    "tab": {"keywords", "locations"},
    "results": {"official_title", "brief_summary", "detailed_description", "enrollment",
                "keywords", "arms", "eligibility", "officials", "locations",
                "dates.start", "dates.completion", "dates.primary_completion",
                "outcomes.description"},
}


def _flat(trial) -> dict:
    data = _typed(trial)
    for name, value in data.pop("dates").items():
        data[f"dates.{name}"] = value
    outcomes = data.pop("outcomes")
    data["outcomes"] = {g: [{k: v for k, v in o.items() if k != "description"} for o in items]
                        for g, items in outcomes.items()}
    data["outcomes.description"] = {g: [o["description"] for o in items]
                                    for g, items in outcomes.items()}
    return data


def test_the_three_views_of_nct00936455_agree_on_every_field_they_share():
    flat = {view: _flat(parse_file(path)) for view, path in VIEWS.items()}
    for key in flat["full"]:
        showing = [v for v in flat if key not in VIEW_LACKS[v]]
        values = [flat[v][key] for v in showing]
        assert all(val == values[0] for val in values), (key, showing)
    # what a view lacks is empty there, not guessed
    blank = {"official_title": None, "brief_summary": None, "detailed_description": None,
             "enrollment": {"count": None, "type": None}, "keywords": [], "arms": [],
             "officials": [], "locations": [], "dates.start": None, "dates.completion": None,
             "dates.primary_completion": None,
             "outcomes.description": {"primary": [None], "secondary": [None] * 3, "other": []}}
    for view, lacks in VIEW_LACKS.items():
        for key in lacks - {"eligibility"}:
            assert flat[view][key] == blank[key], (view, key)
    assert flat["results"]["eligibility"]["criteria_text"] is None
    assert flat["results"]["eligibility"]["sex"] is None


def test_the_full_view_of_nct00936455_key_values():
    t = parse_file(VIEWS["full"])
    assert t.overall_status == Status.COMPLETED
    assert t.study_type.value == "OBSERVATIONAL"
    assert (t.design.observational_model.value, t.design.time_perspective.value) == (
        "COHORT", "RETROSPECTIVE")
    assert t.enrollment.count == 75
    assert (t.dates.start.date, t.dates.primary_completion.date, t.dates.completion.date) == (
        "2009-06", "2010-06", "2010-08")
    assert (t.dates.first_submitted.date, t.dates.last_update_submitted.date,
            t.dates.status_verified.date) == ("2009-07-09", "2012-04-24", "2012-04")
    assert t.conditions == ["Telemedicine Evaluation vs Telephone Evaluation"]
    assert t.keywords == ["telemedicine", "telephone", "outcomes"]
    assert [(a.label, a.description) for a in t.arms] == [
        ("Telemedicine", "Telemedicine evaluated patients"),
        ("Telephone", "Telephone evaluated patients")]
    assert t.eligibility.minimum_age.years == 18 and t.eligibility.maximum_age.years == 90
    assert t.eligibility.sex.value == "ALL" and t.eligibility.healthy_volunteers is False
    assert t.eligibility.criteria_text == (
        "Inclusion Criteria are:\n\n"
        "1. Male or female subjects, age > 18 years.\n"
        "2. Prior enrollment into the STRokE DOC (\"STRokE DOC Trial (NCT00283868)\") clinical "
        "research trial.\n\n"
        "Exclusion criteria are:\n\n"
        "1. Male or female subjects, age < 18 years.\n"
        "2. Patients not previously enrolled into the STRokE DOC (\"STRokE DOC Trial "
        "(NCT00283868)\") clinical research trial.")
    assert [o.measure for o in t.outcomes.secondary] == [
        "Recurrent Stroke", "Recurrent Stroke",
        ("Functional Outcome (mRS(0-1)) at 12 Months After Index Event. The mRS is the Modified "
        "Rankin Scale That Measures Patient's Functional Level of Activity. The Scale is a 6 Point "
        "Scale With 0 Score Being Normal and 6 Score Being Death.")]
    assert t.outcomes.primary[0].time_frame.endswith("in concrete units is 6 months")
    assert t.sponsor.name == "University of California, San Diego"
    assert [(o.name, o.role.value, o.affiliation) for o in t.officials] == [
        ("Brett C Meyer, MD", "PRINCIPAL_INVESTIGATOR", "University of California, San Diego")]
    assert [(loc.facility, loc.city, loc.state, loc.zip, loc.country) for loc in t.locations] == [
        ("UCSD", "San Diego", "California", "92103", "United States")]
    assert t.org_study_id == "STRokE DOC-LTO"
    assert t.extras["Health Authority"] == "United States: Federal Government"
    assert len(t.extras["Additional relevant MeSH terms"]) == 7
    assert t.source.meta["processed_on"] == "2014-06-01"
    assert t.detailed_description.endswith(
        "5. Disposition for 3 time periods (6 months after index event, 12 months after index "
        "event, and \"current\" time of contact.")


def test_the_results_view_keeps_result_tables_in_extras():
    t = parse_file(VIEWS["results"])
    results = t.extras["results"]
    assert list(results) == ["Participant Flow", "Baseline Characteristics", "Outcome Measures",
                             "Serious Adverse Events / Other Adverse Events",
                             "Limitations and Caveats"]
    flow = {table["heading"]: table["rows"] for table in results["Participant Flow"]}
    assert flow["Participant Flow: Overall Study"] == [
        ["", "Telemedicine", "Telephone"], ["STARTED", "37", "38"], ["COMPLETED", "37", "38"],
        ["NOT COMPLETED", "0", "0"]]
    assert t.extras["Results First Received"] == "August 29, 2011"
    assert "bcmeyer@ucsd.edu" in t.extras["Results Point of Contact"]
    assert len(t.outcomes.primary) == 1 and len(t.outcomes.secondary) == 3


def test_the_tabular_view_keeps_the_original_outcomes_in_extras():
    t = parse_file(VIEWS["tab"])
    assert len(t.extras["Original Secondary Outcome Measures"]) == 6
    assert t.extras["Has Data Monitoring Committee"] == "No"


# ----------------------------------------------------------------- classic results tab (2017+)

RESULTS_TAB = [
    # file, status, why_stopped, primary completion, completion, first posted, last update posted,
    # sponsor, collaborators, QC cycles
    ("NCT01234532", "TERMINATED", "low accrual", ("2017-05", "ACTUAL"), ("2017-05", "ACTUAL"),
     "2010-11-04", "2017-10-04", "University of Maryland, College Park",
     ["Syndax Pharmaceuticals"], 1),
    ("NCT01411527", "UNKNOWN", None, ("2017-01", "ESTIMATED"), ("2017-01", "ESTIMATED"),
     "2011-08-08", "2013-12-09", "Rigshospitalet, Denmark",
     ["The Ministry of Science, Technology and Innovation, Denmark", "European Commission"], 2),
    ("NCT02302417", "COMPLETED", None, ("2015-05-01", "ACTUAL"), ("2015-05-28", "ACTUAL"),
     "2014-11-27", "2017-09-11", "GlaxoSmithKline", [], 1),
    ("NCT02422290", "COMPLETED", None, ("2018-01-01", "ACTUAL"), ("2018-01-01", "ACTUAL"),
     "2015-04-21", "2018-08-20", "New York State Psychiatric Institute",
     ["New York Presbyterian Hospital"], 0),
    ("NCT02690948", "ACTIVE_NOT_RECRUITING", None, ("2018-02-01", "ACTUAL"),
     ("2019-02-01", "ESTIMATED"), "2016-02-24", "2018-02-12", "Anne Chang",
     ["Merck Sharp & Dohme Corp.", "National Cancer Institute (NCI)"], 1),
    ("NCT03057704", "COMPLETED", None, ("2017-01-20", None), ("2017-01-20", None),
     "2017-02-20", "2017-11-06", "Wake Forest University Health Sciences", [], 3),
    ("NCT03135535", "COMPLETED", None, ("2018-11-15", "ACTUAL"), ("2018-12-15", "ACTUAL"),
     "2017-05-01", "2019-05-06", "Baylor College of Medicine", ["Avex LLC"], 1),
]


@pytest.mark.parametrize("row", RESULTS_TAB, ids=[r[0] for r in RESULTS_TAB])
def test_classic_results_tab_key_values(row):
    nct, status, why, primary, completion, posted, updated, sponsor, collaborators, cycles = row
    t = parse_file(PAGES / "ctgov-classic-results" / f"{nct}_ct2-show-results.html")
    assert t.nct_id == nct
    assert t.overall_status.value == status
    assert t.why_stopped == why
    d = t.dates
    assert (d.primary_completion.date, d.primary_completion.type and d.primary_completion.type.value) \
        == primary
    assert (d.completion.date, d.completion.type and d.completion.type.value) == completion
    assert (d.first_posted.date, d.last_update_posted.date) == (posted, updated)
    assert t.source.record_version == updated
    assert t.sponsor.name == sponsor
    assert [c.name for c in t.collaborators] == collaborators
    assert len(t.extras.get("Results Submission Cycles", [])) == cycles
    assert t.extras["Results"] == ("Results Submitted - Not Posted on ClinicalTrials.gov" if cycles
                                   else "No Study Results Posted on ClinicalTrials.gov for this Study")


def test_an_unknown_status_page_keeps_the_last_known_status_and_verification():
    t = parse_file(PAGES / "ctgov-classic-results/NCT01411527_ct2-show-results.html")
    assert t.dates.status_verified.date == "2013-12"
    assert t.extras["Recruitment status was"] == "Active, not recruiting"
    assert t.extras["Verified by"] == "Anders Juul, Rigshospitalet, Denmark"


def test_a_cancelled_submission_keeps_its_lines():
    t = parse_file(PAGES / "ctgov-classic-results/NCT01234532_ct2-show-results.html")
    (cycle,) = t.extras["Results Submission Cycles"]
    assert cycle["Results Submitted to ClinicalTrials.gov"] == (
        "November 5, 2019\n(Canceled on November 5, 2019)\nNovember 5, 2019")
    assert cycle["Results Returned after Quality Control Review"] == "November 22, 2019"


# ----------------------------------------------------------------- legacy wording, text layout

@pytest.mark.parametrize("text,codes", [
    ("Phase 1/Phase 2", [Phase.PHASE1, Phase.PHASE2]),
    ("Phase 2/Phase 3", [Phase.PHASE2, Phase.PHASE3]),
    ("Phase 3", [Phase.PHASE3]),
    ("Phase 4", [Phase.PHASE4]),
    ("N/A", [Phase.NA]),
    ("Early Phase 1", [Phase.EARLY_PHASE1]),
    ("Phase 0", [Phase.EARLY_PHASE1]),
    ("Phase 1/2", [Phase.PHASE1, Phase.PHASE2]),  # parts read one by one
    ("Phase 2/3", [Phase.PHASE2, Phase.PHASE3]),
    ("Not Applicable", [Phase.NA]),
    ("NA", [Phase.NA]),
    ("EARLY_PHASE1", [Phase.EARLY_PHASE1]),  # the v2 code itself
    ("Phase II", []),
    ("", []),
])
def test_phase_wording(text, codes):
    assert phase_codes(text) == codes


@pytest.mark.parametrize("text,code", [
    ("Not yet recruiting", Status.NOT_YET_RECRUITING),
    ("Active, not recruiting", Status.ACTIVE_NOT_RECRUITING),
    ("Enrolling by invitation", Status.ENROLLING_BY_INVITATION),
    ("Unknown status", Status.UNKNOWN),
    ("This study has been completed.", Status.COMPLETED),
    ("This study is currently recruiting participants.", Status.RECRUITING),
    ("This study is not yet open for participant recruitment.", Status.NOT_YET_RECRUITING),
    ("This study is ongoing, but not recruiting participants.", Status.ACTIVE_NOT_RECRUITING),
    ("This study has been terminated.", Status.TERMINATED),
    ("Approved for marketing", Status.APPROVED_FOR_MARKETING),
    ("Withheld", Status.WITHHELD),
    ("No longer available", Status.NO_LONGER_AVAILABLE),
    ("ACTIVE_NOT_RECRUITING", Status.ACTIVE_NOT_RECRUITING),
    ("something else", None),
])
def test_status_wording(text, code):
    assert status_code(text) == code


# ----------------------------------------------------------------- one vocabulary with the XML adapter

XML = CORPUS / "ctgov-xml"
_DESIGN_CELL = re.compile(
    r'(<td headers="studyInfoColData" style="padding-left:1em">)Allocation:[^<]*(?:<br/>[^<]*)*(</td>)')
_DESIGN_LABELS = {"allocation": "Allocation", "intervention_model": "Intervention Model",
                  "primary_purpose": "Primary Purpose", "masking": "Masking",
                  "observational_model": "Observational Model", "time_perspective": "Time Perspective"}


def _design_lines(path: Path) -> dict[str, str] | None:
    """The design facts of an XML record as the classic page labels them.

    Before 2017 the XML holds the page's own line (``<study_design>``); later records
    hold one element per fact, which the page showed as "Label: value" lines.
    """
    root = etree.parse(str(path)).getroot()
    line = root.findtext("study_design")
    if line:
        return parse_design_text(line)
    info = root.find("study_design_info")
    if info is None:
        return None
    return {_DESIGN_LABELS[el.tag]: el.text.strip() for el in info
            if el.tag in _DESIGN_LABELS and el.text and el.text.strip()}


DESIGN_RECORDS = [p for p in sorted(XML.glob("*.xml")) if _design_lines(p)]


def test_most_xml_records_have_a_design_to_compare():
    assert len(DESIGN_RECORDS) == 193


@pytest.mark.parametrize("path", DESIGN_RECORDS, ids=[p.stem for p in DESIGN_RECORDS])
def test_a_records_design_lines_read_on_a_page_as_the_xml_adapter_reads_them(path: Path):
    """Real legacy design values (128 pre-2017 lines, 65 later records) shown in the design
    cell of a Full Text View give the XML adapter's codes, warnings included: "Double Blind"
    with four masked roles is QUADRUPLE on both, as the 2017 migration read it."""
    page = (FIXTURES / "ctgov-html/classic-full_recruiting.html").read_text(encoding="utf-8")
    lines = "<br/>".join(html.escape(f"{k}: {v}") for k, v in _design_lines(path).items())
    page = _DESIGN_CELL.sub(lambda m: m.group(1) + lines + m.group(2), page)
    from_page = parse(page, source="design.html")
    from_xml = parse_file(path)
    assert from_page.design.model_dump(exclude={"intervention_model_description"}) == \
        from_xml.design.model_dump(exclude={"intervention_model_description"})
    assert [w.message for w in from_page.warnings if w.field.startswith("design")] == \
        [w.message for w in from_xml.warnings if w.field.startswith("design")]


@pytest.mark.parametrize("nct", ["NCT00000122", "NCT00000160"])
def test_the_last_archive_version_and_the_xml_record_give_the_same_codes(nct: str):
    page = parse_file(PAGES / f"ctgov-archive/{nct}/versions/{nct}_20140314.html")
    xml = parse_file(XML / f"{nct}.xml")
    for field in ("overall_status", "phases", "study_type", "design", "conditions"):
        assert getattr(page, field) == getattr(xml, field), field
    assert (page.eligibility.sex, page.eligibility.healthy_volunteers) == (
        xml.eligibility.sex, xml.eligibility.healthy_volunteers)
    assert [(i.type, i.name) for i in page.interventions] == [
        (i.type, i.name) for i in xml.interventions]


@pytest.mark.parametrize("groups,codes", [
    ("Adult, Senior", ["ADULT", "OLDER_ADULT"]),  # classic pages before 2017
    ("Child, Adult, Older Adult", ["CHILD", "ADULT", "OLDER_ADULT"]),  # 2017+
    ("Child", ["CHILD"]),
])
def test_the_age_groups_after_an_age_span(groups: str, codes: list[str]):
    page = (FIXTURES / "ctgov-html/classic-full_recruiting.html").read_text(encoding="utf-8")
    page = page.replace(">50 Years and older</td>", f">50 Years and older ({groups})</td>", 1)
    (trial,) = ADAPTER.parse(RawInput(page, source="ages.html"))  # the adapter alone: no enrich
    assert [a.value for a in trial.eligibility.std_ages] == codes
    assert trial.eligibility.minimum_age.years == 50


@pytest.mark.parametrize("html,text", [
    ("<div>a<br>b</div>", "a\nb"),
    ("<div><p>one</p><p>two</p></div>", "one\n\ntwo"),
    ("<div>x<br>\n<br>y</div>", "x\n\ny"),
    ("<div>  spaced&nbsp;&nbsp;out\n  across   lines </div>", "spaced out across lines"),
    ("<div><ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul></div>",
     "* a\n  * a1\n  * a2\n* b"),
    ("<div><ol><li>first</li><li>second</li></ol></div>", "1. first\n2. second"),
    ("<div><div>Citation: X</div><div>MEDLINE: 1</div></div>", "Citation: X\nMEDLINE: 1"),
])
def test_html_text_keeps_structure_and_normalises_space(html: str, text: str):
    root = load_document(f"<html><body>{html}</body></html>")
    assert html_text(root.find("body/div")) == text


# ----------------------------------------------------------------- own fixtures

def test_the_interventional_tabular_fixture_reads_arms_interventions_and_design():
    t = parse_file(FIXTURES / "ctgov-html/classic-tabular_interventional.html")
    assert [(a.type.value, a.label, a.intervention_names) for a in t.arms] == [
        ("EXPERIMENTAL", "Examplumab 150 mg", ["Drug: Examplumab"]),
        ("PLACEBO_COMPARATOR", "Placebo", ["Drug: Placebo"])]
    assert [(i.type.value, i.name, i.other_names, i.arm_labels) for i in t.interventions] == [
        ("DRUG", "Examplumab", ["EXM-101"], ["Examplumab 150 mg"]),
        ("DRUG", "Placebo", [], ["Placebo"])]
    assert [w.value for w in t.design.who_masked] == ["PARTICIPANT", "INVESTIGATOR"]
    assert (t.enrollment.count, t.enrollment.type.value) == (240, "ESTIMATED")
    assert t.dates.primary_completion.type.value == "ESTIMATED"
    assert (t.org_study_id, [s.id for s in t.secondary_ids]) == ("EXM-2014-01", ["2013-004321-12"])
    assert t.eligibility.criteria_text.splitlines()[4] == "  * reversibility of at least 12%, or"


def test_the_archive_fixture_maps_legacy_values():
    t = parse_file(FIXTURES / "ctgov-html/archive-version_legacy-values.html")
    assert t.phases == [Phase.PHASE1, Phase.PHASE2]
    assert t.overall_status == Status.NOT_YET_RECRUITING
    assert (t.dates.completion.date, t.dates.completion.type.value) == ("2008-12", "ESTIMATED")
    assert (t.design.allocation.value, t.design.masking.value, t.design.intervention_model.value,
            t.design.primary_purpose.value) == ("NON_RANDOMIZED", "NONE", "SINGLE_GROUP",
                                                "PREVENTION")
    assert t.eligibility.healthy_volunteers is True
    assert t.eligibility.maximum_age is None  # "N/A"


def test_the_recruiting_full_view_fixture_reads_the_column_table_arms_and_sites():
    t = parse_file(FIXTURES / "ctgov-html/classic-full_recruiting.html")
    assert t.conditions == ["Osteoarthritis, Knee", "Arthroplasty, Replacement, Knee"]
    assert t.phases == [Phase.NA]
    assert [(i.type.value, i.name, i.arm_labels) for i in t.interventions] == [
        ("BEHAVIORAL", "Supervised exercise", ["Exercise"]), ("OTHER", "Usual care", ["Usual care"])]
    assert [(a.type.value, a.label, a.intervention_names) for a in t.arms] == [
        ("EXPERIMENTAL", "Exercise", ["Behavioral: Supervised exercise"]),
        ("ACTIVE_COMPARATOR", "Usual care", ["Other: Usual care"])]
    assert [(loc.facility, loc.city, loc.state, loc.zip, loc.country, loc.status)
            for loc in t.locations] == [
        ("Example University Hospital", "Boston", "Massachusetts", "02115", "United States",
         "RECRUITING"),
        ("Example Rehabilitation Centre", "Toronto", "Ontario", "M5G 2C4", "Canada",
         "NOT_YET_RECRUITING")]
    assert [c.name for c in t.collaborators] == ["Example Research Foundation"]
    assert [w.value for w in t.design.who_masked] == ["OUTCOMES_ASSESSOR"]
    assert t.eligibility.sex.value == "FEMALE" and t.eligibility.minimum_age.years == 50


def test_a_classic_page_whose_title_is_past_the_first_kilobytes_is_still_detected():
    page = VIEWS["tab"].read_bytes()
    padded = page.replace(b"<head>", b"<head>" + b"<script>/* analytics */</script>\n" * 400, 1)
    assert b"ClinicalTrials.gov" not in padded[:4096]
    assert ADAPTER.detect(RawInput(padded))


def test_truncated_or_damaged_pages_give_parse_errors_never_crashes():
    data = VIEWS["full"].read_bytes()
    for cut in range(0, len(data), len(data) // 40):
        damaged = data[:cut] + data[cut + 700:]
        try:
            list(ADAPTER.parse(RawInput(damaged, source="damaged.html")))
        except ParseError:
            pass


def test_a_not_applicable_phase_row_is_the_na_code():
    page = VIEWS["tab"].read_text(encoding="utf-8").replace(
        "<th class=\"header3 banner_color\" align=\"left\" valign=\"top\" width=\"15%\">Study Type",
        "<th>Study Phase</th><td class=\"body3\">N/A</td></tr><tr>"
        "<th class=\"header3 banner_color\" align=\"left\" valign=\"top\" width=\"15%\">Study Type", 1)
    assert parse(page, source="tab-with-phase.html").phases == [Phase.NA]
