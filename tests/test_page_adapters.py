"""The scraped-page adapters (aggregator layout, summary-page layout) on real pages.

Seeds: the facts issue 3 lists, checked one by one. Pages of our own: real API v2
records of the corpus rendered in each layout by scripts/render_pages.py, parsed
back and compared with the API v2 parse of the same record on the fields the page
carries. Saved HTML must give the same record as the text. Bad input gives a
ParseError or a record with warnings, never another exception.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, ROOT, seed
from hypothesis import given, settings
from hypothesis import strategies as st

from trialnorm import _api
from trialnorm.adapters import REGISTRY, RawInput, aggregator, summary_page
from trialnorm.adapters._page_text import page_lines, split_country
from trialnorm.adapters.ctgov_v2 import study_to_trial
from trialnorm.errors import ParseError, UnrecognizedFormat
from trialnorm.model import Trial

sys.path.insert(0, str(ROOT / "scripts"))
import render_pages

AGG = "aggregator-page"
SUM = "summary-page"


def parse_seed(prefix: str) -> Trial:
    return _api.parse_file(seed(prefix))


# ----------------------------------------------------------------- seeds

def test_seed_000_facts():
    t = parse_seed("000")
    assert t.source.format == AGG
    assert t.nct_id is None and t.brief_title is None
    assert t.overall_status == "NOT_YET_RECRUITING"
    assert t.phases == ["PHASE1"]
    assert t.enrollment.count == 8
    assert t.study_type == "INTERVENTIONAL"
    assert t.dates.start.date == "2026-02-01" and t.dates.completion.date == "2029-02-28"
    d = t.design
    assert (d.allocation, d.intervention_model, d.primary_purpose, d.masking) == (
        "NA", "SINGLE_GROUP", "TREATMENT", "NONE")
    assert [a.label for a in t.arms] == ["CAR-DC Treatment"]
    assert t.arms[0].type is None  # the page shows no arm type: null, not guessed
    assert t.arms[0].description.startswith("Subjects aged 18-75 with end-stage IPF")
    assert "~100 ml" in t.arms[0].description and "<2×ULN" in t.arms[0].description
    assert [i.name for i in t.interventions] == ["Leukapheresis", "CAR-DC"]
    assert all(i.type is None for i in t.interventions)
    assert t.interventions[1].description.endswith("less than 2 out of 6 subjects.")
    assert t.arms[0].intervention_names == ["Leukapheresis", "CAR-DC"]
    el = t.eligibility
    assert (el.minimum_age.value, el.maximum_age.value) == (18, 75)
    assert el.minimum_age.unit == "YEARS" and el.sex == "ALL" and el.healthy_volunteers is False
    assert el.criteria_text.startswith("Inclusion Criteria:\n2. Ability to verbally confirm")
    assert "\nExclusion Criteria:\n2. Presence of interstitial lung disease" in el.criteria_text
    assert "18 Years" not in el.criteria_text and not el.criteria_text.endswith("No")
    assert len(el.exclusion) == 12
    assert t.sponsor.name == "Second Affiliated Hospital, School of Medicine, Zhejiang University"
    assert t.sponsor.class_ == "OTHER" and t.collaborators == []
    assert t.org_study_id == "2025-1161" and t.secondary_ids == []
    assert t.related_nct_ids == ["NCT04262167", "NCT05883293", "NCT00162760", "NCT00515567",
                                 "NCT03187431"]
    assert t.brief_summary.startswith("Single-cell analyses identify CTHRC1+FAP+")
    assert t.detailed_description is None and t.conditions == [] and t.locations == []


def test_seed_000_inclusion_items_numbered_2_to_6_with_item_4_nested():
    el = parse_seed("000").eligibility
    texts = [c.text for c in el.inclusion]
    assert len(texts) == 5
    assert texts[0].startswith("Ability to verbally confirm")
    assert texts[2].startswith("Meets at least one criterion")
    assert len(el.inclusion[2].children) == 5
    assert texts[3].startswith("No prior cellular immunotherapy")
    assert texts[4].startswith("Hematological parameters")


def test_seed_001_facts():
    t = parse_seed("001")
    assert t.source.format == AGG
    assert t.nct_id == "NCT07193667"
    assert t.brief_title == "CAR-T in Subjects With Relapsed/Refractory Autoimmune Disease"
    assert t.dates.last_update_posted.date == "2025-09-26"
    assert t.source.record_version == "2025-09-26"
    assert t.overall_status == "RECRUITING" and t.phases == ["NA"]
    assert t.enrollment.count == 3
    assert (t.eligibility.minimum_age.value, t.eligibility.maximum_age.value) == (18, 65)
    assert t.sponsor.name == "First Affiliated Hospital of China Medical University"
    assert t.sponsor.class_ == "UNKNOWN"
    assert [(c.name, c.class_) for c in t.collaborators] == [("ShenZhen Cell Valley", "INDUSTRY")]
    assert len(t.locations) == 1
    loc = t.locations[0]
    assert (loc.city, loc.state, loc.country) == ("Shenyang", "Liaoning", "China")
    assert loc.facility.startswith("No. 155, The First Affiliated Hospital")
    assert len(t.eligibility.exclusion) == 12
    assert t.org_study_id == "2024-757-2"
    assert len(t.related_nct_ids) == 5
    assert t.brief_summary is None
    assert t.detailed_description.startswith("1. Screening period (D-28 to D-6):")
    # the intervention description is the site's ~1,000-character cut: flagged
    assert t.interventions[0].description.endswith("at 2-da")
    assert any(w.field == "interventions[0].description" and "cut" in w.message
               for w in t.warnings)
    assert [a.label for a in t.arms] == ["relapsed/refractory autoimmune diseases"]
    assert t.arms[0].description is None


def test_seed_003_facts():
    t = parse_seed("003")
    assert t.source.format == SUM
    assert t.nct_id == "NCT06871644"
    assert t.brief_title == ("Clinical Study of CD7 CAR-T Cells for Relapsed/refractory "
                             "Autoimmune Diseases")
    assert t.conditions == ["Systemic Sclerosis - 2013 ACR/EULAR Classification Criteria"]
    assert [(i.type, i.name) for i in t.interventions] == [
        ("BIOLOGICAL", "T cell injection targeting CD7 chimeric antigen receptor")]
    assert t.sponsor.name == "PersonGen BioTherapeutics (Suzhou) Co., Ltd."
    assert t.sponsor.class_ is None
    assert t.enrollment.count == 18
    assert t.overall_status == "NOT_YET_RECRUITING" and t.eligibility.sex == "ALL"
    assert t.study_type == "INTERVENTIONAL" and t.design.intervention_model == "SINGLE_GROUP"
    assert "\\>1 of the 3" not in t.detailed_description and ">1 of the 3" in t.detailed_description
    primary = [(o.measure, o.time_frame) for o in t.outcomes.primary]
    assert primary == [("adverse events", "About 1 year")]
    assert t.outcomes.primary[0].description.startswith("Number of participants with treatment")
    secondary = [(o.measure, o.time_frame, o.description) for o in t.outcomes.secondary]
    assert secondary == [
        ("(Cmax)", "About 1 year", ("Maximum concentration of CD7 CAR-T cells expanded in "
                                   "peripheral blood after drug administration")),
        ("(Tmax)", "About 1 year", "Time to maximum concentration"),
        ("AUC0-28d", "About 28 days", "Area under the curve at 28 days"),
        ("AUC0-90d", "About 90 days", "Area under the curve at 90 days"),
        ("Disease remission rate", "About 90 days",
         ("Rate of decline from baseline in the American College of Rheumatology Composite "
         "Response Index (ACR-CRISS)")),
    ]
    arm = t.arms[0]
    assert arm.label == "T cell injection targeting CD7 chimeric antigen receptor"
    assert arm.intervention_names == ["T cell injection targeting CD7 chimeric antigen receptor"]
    assert arm.description.startswith("CD7 CAR-T cell therapy Subjects meeting")
    (loc,) = t.locations
    assert loc.facility == "PersonGen.Anke Cellular Therapeutice Co. Ltd"
    assert (loc.city, loc.state, loc.country) == ("Hefei", "Anhui", "China")
    (person,) = loc.contacts
    assert (person.name, person.role, person.phone, person.email) == (
        "Huimin Meng, doctor", "CONTACT", "+86-18015580390", "huimin.meng@persongen.com")
    text = t.eligibility.criteria_text
    assert text.startswith("Inclusion Criteria:\nDiagnosed relapsing/refractory")
    assert "\nExclusion Criteria:\nMalignancy other than AID" in text
    assert [c.text[:10] for c in t.eligibility.exclusion] == ["Malignancy"]


def test_seed_004_facts():
    t = parse_seed("004")
    assert t.source.format == AGG
    assert t.overall_status == "RECRUITING" and t.phases == ["PHASE1"]
    assert t.enrollment.count == 20 and t.dates.start.date == "2024-01-09"
    assert (t.sponsor.name, t.sponsor.class_) == ("Shanghai Simnova Biotechnology Co.,Ltd.",
                                                  "INDUSTRY")
    assert [(c.name, c.class_) for c in t.collaborators] == [("RenJi Hospital", "OTHER")]
    (loc,) = t.locations
    assert loc.city == "Shanghai" and loc.country == "China"
    assert t.org_study_id == "SNC 103-CD19CAR NK-103"
    assert (t.eligibility.minimum_age.value, t.eligibility.maximum_age.value) == (18, 65)
    # markdown escapes undone in the intervention text that lists the regimen
    assert "0.5-3×10^9 CAR+NK Cells" in t.interventions[0].description
    assert "(D-5~D-3)" in t.interventions[0].description


def _seed_as_html(text: str, layout: str) -> str:
    """A saved-HTML form of a scraped seed: headings, paragraphs, list items."""
    out = [("<!DOCTYPE html><html><head><title>t</title><script>var x = '<p>no</p>';</script>"
           "</head><body><nav>Home Search</nav><main>")]
    lines = text.splitlines()
    for i, line in enumerate(lines):
        e = html.escape(line).replace(", ", ",\n      ")  # source wrapped as an editor would
        if layout == SUM and line.startswith("- "):
            out.append(f"<ul><li>{html.escape(line[2:])}</li></ul>")
        elif layout == SUM and i == 0:
            out.append(f"<h1>{e}</h1>")
        elif line in aggregator.SECTIONS:
            out.append(f"<h2>{e}</h2>")
        else:
            out.append(f"<div><span>{e}</span></div>")
    out.append("</main><footer>© site</footer></body></html>")
    return "\n".join(out)


@pytest.mark.parametrize("prefix,layout", [("000", AGG), ("001", AGG), ("003", SUM), ("004", AGG)])
def test_seed_saved_as_html_gives_the_same_record(prefix, layout):
    text = seed(prefix).read_text(encoding="utf-8")
    page = _seed_as_html(text, layout)
    assert _api.detect(page) == layout
    from_text = _api.parse(text, source="page").to_dict()
    from_html = _api.parse(page.encode(), source="page").to_dict()
    assert from_html == from_text


# ----------------------------------------------------------------- fixtures

FIXTURE_PAGES = sorted(p for layout in (AGG, SUM) for p in (FIXTURES / layout).glob("*")
                       if not p.name.endswith(".expected.json"))


@pytest.mark.parametrize("path", FIXTURE_PAGES, ids=[p.name for p in FIXTURE_PAGES])
def test_fixture_layout_is_detected_by_its_headings(path):
    layout = path.parent.name
    assert _api.detect(path.read_bytes(), source="page") == layout
    # the file name plays no part
    assert _api.detect(path.read_bytes(), source="x.json") == layout


@pytest.mark.parametrize("prefix,layout", [("001", AGG), ("003", SUM)])
def test_windows_line_ends_and_stray_spaces_change_nothing(prefix, layout):
    text = seed(prefix).read_text(encoding="utf-8")
    messy = "\r\n".join(f"  {line}\t " for line in text.splitlines())
    assert _api.detect(messy.encode()) == layout
    assert _api.parse(messy, source="p").to_dict() == _api.parse(text, source="p").to_dict()


def test_there_are_enough_fixture_pages():
    for layout in (AGG, SUM):
        texts = list((FIXTURES / layout).glob("*.txt"))
        pages = list((FIXTURES / layout).glob("*-html.html"))
        assert len(texts) >= 5 and len(pages) == len(texts)


@pytest.mark.parametrize("path", [p for p in FIXTURE_PAGES if p.suffix == ".txt"],
                         ids=[p.name for p in FIXTURE_PAGES if p.suffix == ".txt"])
def test_saved_html_gives_the_same_record_as_the_text(path):
    saved = path.with_name(path.stem + "-html.html")
    from_text = _api.parse(path.read_bytes(), source="page").to_dict()
    from_html = _api.parse(saved.read_bytes(), source="page").to_dict()
    assert from_html == from_text


# ----------------------------------------------------------------- cross-check with API v2

def _words(text: str | None) -> list[str]:
    return re.sub(r"[^\w]+", " ", (text or "").casefold()).split()


def _sample(count: int) -> list[Path]:
    files = sorted((CORPUS / "ctgov-v2").glob("NCT*.json"))
    step = max(1, len(files) // count)
    return files[::step][:count]


SAMPLE = _sample(200)


def _pairs(layout: str):
    for path in SAMPLE:
        study = render_pages.load_study(path.stem)
        want = study_to_trial(study)
        if layout == AGG:
            blocks = render_pages.render_aggregator(study, header=True)
        else:
            blocks = render_pages.render_summary(study)
        yield path.stem, want, blocks


def test_aggregator_pages_agree_with_the_api_record():
    """200 real records rendered as aggregator pages: the page parse agrees with API v2."""
    exact_fields = 0
    arms_ok = interventions_ok = locations_ok = ages_ok = 0
    for nct, want, blocks in _pairs(AGG):
        got = _api.parse(render_pages.to_text(blocks), source=nct)
        assert got.source.format == AGG
        assert got.nct_id == want.nct_id and got.brief_title == want.brief_title, nct
        assert got.overall_status == want.overall_status, nct
        assert got.phases == want.phases, nct
        assert got.enrollment.count == want.enrollment.count, nct
        assert got.study_type == want.study_type, nct
        for field in ("start", "completion"):
            g, w = getattr(got.dates, field), getattr(want.dates, field)
            assert (g and g.date) == (w and w.date), (nct, field)
        d1, d2 = got.design, want.design
        assert (d1.allocation, d1.intervention_model, d1.primary_purpose, d1.masking,
                d1.observational_model, d1.time_perspective) == (
            d2.allocation, d2.intervention_model, d2.primary_purpose, d2.masking,
            d2.observational_model, d2.time_perspective), nct
        assert got.sponsor == want.sponsor and got.collaborators == want.collaborators, nct
        assert got.conditions == want.conditions, nct
        assert got.org_study_id == want.org_study_id, nct
        assert [s.id for s in got.secondary_ids] == [s.id for s in want.secondary_ids], nct
        el, wl = got.eligibility, want.eligibility
        assert (el.sex, el.healthy_volunteers) == (wl.sex, wl.healthy_volunteers), nct
        assert _words(el.criteria_text) == _words(wl.criteria_text), nct
        assert _words(got.brief_summary) == _words(want.brief_summary), nct
        assert _words(got.detailed_description) == _words(want.detailed_description), nct
        exact_fields += 1
        ages_ok += (el.minimum_age, el.maximum_age) == (wl.minimum_age, wl.maximum_age)
        labels_match = [a.label for a in got.arms] == [a.label for a in want.arms]
        arms_ok += labels_match and all(
            _words(a.description) == _words(b.description)
            and sorted(a.intervention_names) == sorted(
                n.split(":", 1)[-1].strip() for n in b.intervention_names)
            for a, b in zip(got.arms, want.arms))
        interventions_ok += ([(i.name, _words(i.description)) for i in got.interventions]
                             == [(i.name, _words(i.description)) for i in want.interventions])
        locations_ok += ([(x.facility, x.city, x.state, x.country) for x in got.locations]
                         == [(x.facility, x.city, x.state, x.country) for x in want.locations])
    n = len(SAMPLE)
    assert exact_fields == n
    # On all 815 corpus records: ages 98.5%, arms 95.3% (labels 96.6%), intervention
    # names 97.4%, locations 98.9%. The misses are real ambiguities of an unlabeled page
    # (a single age line, minimum or maximum; a one-line intervention description that
    # reads as a name; arms without interventions or descriptions, one label a line; an
    # arm labelled as an intervention it does not list; a city containing a comma).
    print(f"ages {ages_ok}/{n} arms {arms_ok}/{n} interventions {interventions_ok}/{n} "
          f"locations {locations_ok}/{n}")
    assert ages_ok >= 0.96 * n
    assert arms_ok >= 0.93 * n
    assert interventions_ok >= 0.95 * n
    assert locations_ok >= 0.96 * n


def test_summary_pages_agree_with_the_api_record():
    """200 real records rendered as summary pages: the page parse agrees with API v2."""
    rows = rows_ok = arms_total = arms_ok = 0
    for nct, want, blocks in _pairs(SUM):
        got = _api.parse(render_pages.to_text(blocks), source=nct)
        assert got.source.format == SUM
        assert got.nct_id == want.nct_id and got.brief_title == want.brief_title, nct
        assert got.overall_status == want.overall_status, nct
        assert got.study_type == want.study_type, nct
        assert got.enrollment.count == want.enrollment.count, nct
        assert got.conditions == want.conditions, nct
        assert (got.sponsor and got.sponsor.name) == (want.sponsor and want.sponsor.name), nct
        assert got.eligibility.sex == want.eligibility.sex, nct
        assert ([(i.name, i.type) for i in got.interventions]
                == [(i.name, i.type) for i in want.interventions]), nct
        model = want.design.intervention_model or want.design.observational_model
        assert (got.design.intervention_model or got.design.observational_model) == model, nct
        assert [(x.facility, x.country) for x in got.locations] == [
            (x.facility, x.country) for x in want.locations], nct
        for group in ("primary", "secondary", "other"):
            mine, theirs = getattr(got.outcomes, group), getattr(want.outcomes, group)
            assert len(mine) == len(theirs), (nct, group)
            for a, b in zip(mine, theirs):
                rows += 1
                rows_ok += ((a.measure, a.time_frame, a.description or "")
                            == (" ".join(b.measure.split()), " ".join((b.time_frame or "").split())
                                or None, " ".join((b.description or "").split())))
        arms_total += 1
        arms_ok += [a.label for a in got.arms] == [" ".join(a.label.split()) for a in want.arms]
    # Flattened rows, on all 815 corpus records: 85.2% of 6,044 outcome rows (65.0% with
    # the former single time-frame pattern) and 95.6% of arm tables split exactly. The
    # split's weights were fitted on the even-indexed records, which SAMPLE is made of:
    # held-out rates are in test_outcome_rows_of_records_not_used_for_fitting. Saved
    # HTML keeps the cell borders and is exact: see the next test.
    print(f"outcome rows {rows_ok}/{rows} arm tables {arms_ok}/{arms_total}")
    assert rows_ok >= 0.82 * rows
    assert arms_ok >= 0.93 * arms_total


def _flattened_outcomes(trial: Trial) -> list[tuple[str, str | None, str | None]]:
    return [(" ".join(o.measure.split()), " ".join((o.time_frame or "").split()) or None,
             " ".join((o.description or "").split()) or None)
            for group in ("primary", "secondary", "other") for o in getattr(trial.outcomes, group)]


def _split_rate(trials: list[Trial]) -> tuple[int, int]:
    exact = total = 0
    for trial in trials:
        cells = _flattened_outcomes(trial)
        rows = [" ".join(c for c in row if c) for row in cells]
        padded = [f" {row} " for row in rows]
        for k, row in enumerate(rows):
            others = [p for p in padded if p != padded[k]]
            total += 1
            exact += summary_page.split_outcome_row(row, others) == cells[k]
    return exact, total


def test_outcome_rows_of_records_not_used_for_fitting():
    """The outcome-row weights were fitted on the even-indexed API v2 records only:
    the odd-indexed ones and the legacy-XML records (other trials, older style of
    time frame) are held out. Rows are flattened as seed 003 shows them (cells joined
    by one space). Measured: odd v2 2,452/2,936 = 83.5% (78.4% before the fit, 65% with
    the former pattern), XML 866/1,164 = 74.4% (54.5% with the former pattern)."""
    files = sorted((CORPUS / "ctgov-v2").glob("NCT*.json"))[1::2]
    exact, total = _split_rate([_api.parse_file(path) for path in files])
    print(f"v2 held out {exact}/{total}")
    assert total > 2500 and exact >= 0.80 * total
    xml = [_api.parse_file(path) for path in sorted((CORPUS / "ctgov-xml").glob("*.xml"))]
    exact, total = _split_rate(xml)
    print(f"xml {exact}/{total}")
    assert total > 1000 and exact >= 0.70 * total


def test_summary_pages_saved_as_html_split_rows_exactly():
    for nct, want, blocks in _pairs(SUM):
        got = _api.parse(render_pages.to_html(blocks).encode(), source=nct)
        for group in ("primary", "secondary", "other"):
            for a, b in zip(getattr(got.outcomes, group), getattr(want.outcomes, group)):
                assert a.measure == " ".join(b.measure.split()), nct
                assert a.time_frame == (" ".join((b.time_frame or "").split()) or None), nct
        assert [a.label for a in got.arms] == [" ".join(a.label.split()) for a in want.arms], nct


@pytest.mark.parametrize("layout", [AGG, SUM])
def test_html_pages_agree_with_text_pages(layout):
    for nct, want, blocks in list(_pairs(layout))[:60]:
        from_text = _api.parse(render_pages.to_text(blocks), source=nct).to_dict()
        from_html = _api.parse(render_pages.to_html(blocks).encode(), source=nct).to_dict()
        if layout == SUM:  # cells give exact splits where the flattened text may not
            for d in (from_text, from_html):
                d.pop("outcomes"), d.pop("arms"), d.pop("warnings")
                for iv in d["interventions"]:
                    iv.pop("arm_labels")
        assert from_html == from_text, nct


# ----------------------------------------------------------------- readers by position

@pytest.mark.parametrize("row,expected", [
    ("adverse events About 1 year Number of participants with treatment-related adverse events",
     ("adverse events", "About 1 year",
      "Number of participants with treatment-related adverse events")),
    ("AUC0-28d About 28 days Area under the curve at 28 days",
     ("AUC0-28d", "About 28 days", "Area under the curve at 28 days")),
    ("Change in HbA1c Baseline and week 12 Change from baseline",
     ("Change in HbA1c", "Baseline and week 12", "Change from baseline")),
    ("Overall survival Up to 24 months Time from randomization to death",
     ("Overall survival", "Up to 24 months", "Time from randomization to death")),
    ("Response rate Day 28 Proportion of responders",
     ("Response rate", "Day 28", "Proportion of responders")),
    ("Change From Baseline in Body Weight at Week 26 Baseline, Week 26",
     ("Change From Baseline in Body Weight at Week 26", "Baseline, Week 26", None)),
    ("Number of participants with AEs Through study completion, an average of 1 year",
     ("Number of participants with AEs", "Through study completion, an average of 1 year",
      None)),
    ("measure\t2 weeks\tdescription", ("measure", "2 weeks", "description")),
    ("BMI 2 year/end of study", ("BMI", "2 year/end of study", None)),
    ("Pain Length of study Pain score", ("Pain", "Length of study", "Pain score")),
    ("Order of movement baseline, 3 months, 12 months",
     ("Order of movement", "baseline, 3 months, 12 months", None)),
    ("Number of Participants With AEs Baseline up to follow-up (Week 68) An AE was defined",
     ("Number of Participants With AEs", "Baseline up to follow-up (Week 68)",
      "An AE was defined")),
    ("Change over 5 weeks: Caregiver burden Change over 5 weeks Zarit scale",
     ("Change over 5 weeks: Caregiver burden", "Change over 5 weeks", "Zarit scale")),
    # real rows of the corpus (shortened descriptions): a time frame running past its
    # time words, one after a measure ending in a number, one that is only an event
    (("Blood count in the Chronic Myeloid Leukemia group: Hematocrit 1-6 months after "
      "collecting last sample Measured in L/L"),  # NCT04965649
     ("Blood count in the Chronic Myeloid Leukemia group: Hematocrit",
      "1-6 months after collecting last sample", "Measured in L/L")),
    (("Plasma glucose from predose until 12 hours postdose the following parameters will be "
      "evaluated: AUC0-4h, AUC0-12h"),  # NCT01738087
     ("Plasma glucose", "from predose until 12 hours postdose",
      "the following parameters will be evaluated: AUC0-4h, AUC0-12h")),
    (("Number of Participants with Depletion of Leukemic Blasts Up to 3 years 5 months Number "
      "of participants with depletion"),  # NCT04811560
     ("Number of Participants with Depletion of Leukemic Blasts", "Up to 3 years 5 months",
      "Number of participants with depletion")),
    ("Anesthesia time Day of surgery Duration of anesthesia in minutes",  # NCT03300089
     ("Anesthesia time", "Day of surgery", "Duration of anesthesia in minutes")),
    ("Total Sleep Duration Up to Week 12 Measured from DREEM 2",  # NCT04855630
     ("Total Sleep Duration", "Up to Week 12", "Measured from DREEM 2")),
    pytest.param("PFS Rate at 18 Months 18 months after randomization The primary endpoint",
                 ("PFS Rate at 18 Months", "18 months after randomization",
                  "The primary endpoint"),  # NCT02856893
                 marks=pytest.mark.xfail(strict=True, reason="capital 'Months' reads as a "
                                                             "cell start")),
    (("Hospital Length of Stay Up to 2 weeks (an average of 4 days) Secondary aims: to "
      "investigate"),  # NCT06447194
     ("Hospital Length of Stay", "Up to 2 weeks (an average of 4 days)",
      "Secondary aims: to investigate")),
    pytest.param("24 Hour Pain Score 24 hours after discharge from ED 24 hour pain score",
                 ("24 Hour Pain Score", "24 hours after discharge from ED",
                  "24 hour pain score"),  # NCT01406860
                 marks=pytest.mark.xfail(strict=True, reason="the description opens with "
                                                             "a time too")),
    # real rows of the corpus whose time frame is not a time expression, or is repeated
    ("total number of attacks on the J1-J15 period 2009",
     ("total number of attacks on the J1-J15 period", "2009", None)),
    pytest.param("Overall Survival (OS) 2 years 2 years Overall Survival",
                 ("Overall Survival (OS)", "2 years", "2 years Overall Survival"),
                 marks=pytest.mark.xfail(strict=True, reason="a repeated time expression: "
                                                             "the later one is taken")),
    pytest.param("The mean time to meaningful pain relief. Meaningful Relief",
                 ("The mean time to meaningful pain relief.", "Meaningful Relief", None),
                 marks=pytest.mark.xfail(strict=True, reason="free-text time frame")),
])
def test_split_outcome_row(row, expected):
    assert summary_page.split_outcome_row(row) == expected


def test_the_refit_script_scores_candidates_as_the_splitter_does():
    """scripts/fit_outcome_rows.py fits the weights on per-candidate feature sums of its
    own making; they must pick what split_outcome_row picks with the same weights, or a
    refit optimises another splitter. Checked on 60 held-out records; on all 7,208 v2
    and XML rows 3 differ, each a tie between two candidates up to float rounding."""
    import fit_outcome_rows as fit

    rows = list(fit.rows_of(fit.load_v2(CORPUS)[1::2][:60]))
    prepared = fit.prepare(rows, bounded=True)
    assert len(rows) > 300
    for (words, _, others, _), (candidates, _) in zip(rows, prepared):
        if candidates:
            _, (i, j), _ = fit._best(summary_page._WEIGHTS, candidates)
            expected = (" ".join(words[:i]), " ".join(words[i:j]), " ".join(words[j:]) or None)
        else:
            expected = (" ".join(words), None, None)
        assert summary_page.split_outcome_row(" ".join(words), others) == expected


def test_outcome_row_without_time_frame_keeps_the_text_and_warns():
    text = ("Title\n- Registration Number\n- NCT01234567\n- Lead Sponsor\n- X\n"
            "Study & Design\n- Primary Outcome Measures\nName Time Method Quality of life\n")
    t = _api.parse(text)
    assert t.outcomes.primary[0].measure == "Quality of life"
    assert t.outcomes.primary[0].time_frame is None
    assert any(w.field == "outcomes.primary" for w in t.warnings)


@pytest.mark.parametrize("line,place,expected", [
    (("PersonGen.Anke Cellular Therapeutice Co. Ltd🇨🇳Hefei, Anhui, ChinaHuimin Meng, doctor"
     "Contact+86-18015580390huimin.meng@persongen.com"), "Hefei, Anhui, China",
     ("Huimin Meng, doctor", "CONTACT", "+86-18015580390", "huimin.meng@persongen.com")),
    ("Broca Hospital🇫🇷Paris, FranceAnne-Sophie RigaudContactanne-sophie.rigaud@aphp.fr", None,
     ("Anne-Sophie Rigaud", "CONTACT", None, "anne-sophie.rigaud@aphp.fr")),
    (("Site🇺🇸Boston, Massachusetts, United StatesJane Doe, MDPrincipal Investigator"
     "617-555-0100"), None, ("Jane Doe, MD", "PRINCIPAL_INVESTIGATOR", "617-555-0100", None)),
])
def test_split_location_line(line, place, expected):
    facility = line.split("\U0001F1E8")[0].split("\U0001F1EB")[0].split("\U0001F1FA")[0]
    split = summary_page.split_location_line(line, {facility: place} if place else {})
    c = split["contact"]
    assert (c["name"], c["role"], c["phone"], c["email"]) == expected


def _aggregator_text(basic: list[str], design: list[str] | None = None) -> str:
    lines = []
    for heading, content in (("Basic Information", basic),
                             ("Study Design", design or ["RANDOMIZED", "PARALLEL", "TREATMENT",
                                                         "DOUBLE"]),
                             ("Other Identifiers", ["X-1", "Identifier Type: -",
                                                    "Identifier Source: org_study_id"])):
        lines += [heading, aggregator.SECTIONS[heading], *content]
    return "\n".join(lines)


def test_value_in_the_wrong_slot_is_null_with_a_warning():
    # a date where the phase belongs: phase null and a warning, the dates still read
    text = _aggregator_text(["RECRUITING", "2024-01-01", "10 participants", "INTERVENTIONAL",
                             "2024-02-01", "2025-01-01"])
    t = _api.parse(text)
    assert t.phases == [] and t.overall_status == "RECRUITING" and t.enrollment.count == 10
    assert t.dates.start.date == "2024-02-01" and t.dates.completion.date == "2025-01-01"
    assert any(w.field == "phases" and "2024-01-01" in w.text for w in t.warnings)


def test_missing_values_leave_their_slots_null():
    t = _api.parse(_aggregator_text(["COMPLETED", "OBSERVATIONAL", "2019-05"],
                                    ["COHORT", "PROSPECTIVE"]))
    assert t.overall_status == "COMPLETED" and t.phases == [] and t.enrollment.count is None
    assert t.study_type == "OBSERVATIONAL" and t.dates.start.date == "2019-05"
    assert t.dates.completion is None
    assert (t.design.observational_model, t.design.time_perspective) == ("COHORT", "PROSPECTIVE")
    assert t.design.primary_purpose is None
    assert any("one date" in w.message for w in t.warnings)


def test_heading_and_sentence_on_one_line():
    text = seed("001").read_text(encoding="utf-8")
    for heading, sentence in aggregator.SECTIONS.items():
        text = text.replace(f"{heading}\n{sentence}", f"{heading}{sentence}")
    assert _api.parse(text, source="p").to_dict() == parse_seed("001").to_dict() | {
        "source": _api.parse(text, source="p").to_dict()["source"]}


def test_several_phases():
    t = _api.parse(_aggregator_text(["RECRUITING", "PHASE1, PHASE2", "5 participants"]))
    assert t.phases == ["PHASE1", "PHASE2"]
    t = _api.parse(_aggregator_text(["RECRUITING", "PHASE2", "PHASE3", "5 participants"]))
    assert t.phases == ["PHASE2", "PHASE3"]


def test_split_country():
    assert split_country("Seoul, Korea, Republic of") == ("Seoul", "Korea, Republic of")
    assert split_country("Shenyang, Liaoning, China") == ("Shenyang, Liaoning", "China")
    assert split_country("Atlantis, Nowhere") == ("Atlantis, Nowhere", None)


def test_page_lines_keeps_blocks_cells_and_inline_runs():
    page = ("<html><body><nav>menu</nav><h1>Title <b>here</b></h1><p>a  b\n c</p>"
            "<div><span>x</span><span>y</span></div><ul><li>one</li><li>two</li></ul>"
            "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
            "<p style='display:none'>hidden</p><script>no</script>tail<br>next</body></html>")
    got = page_lines(page)
    assert got.heading == "Title here"
    assert got.lines == ["Title here", "a b c", "xy", "- one", "- two", "A\tB", "1\t2",
                         "tail", "next"]


# ----------------------------------------------------------------- bad input

OTHER_SITES = sorted((CORPUS / "other-registries").rglob("*.html"))


@pytest.mark.parametrize("path", OTHER_SITES, ids=[p.name for p in OTHER_SITES])
def test_page_of_another_site_is_not_claimed(path):
    inp = RawInput(path.read_bytes(), source=str(path))
    assert not aggregator.detect(inp) and not summary_page.detect(inp)
    with pytest.raises(ParseError):
        aggregator.ADAPTER.parse(inp).__next__()
    with pytest.raises(ParseError):
        summary_page.ADAPTER.parse(inp).__next__()


def test_structured_records_and_ctgov_pages_are_not_claimed():
    paths = sorted((CORPUS / "ctgov-v2").glob("*.json"))[:50]
    paths += sorted((CORPUS / "pages").rglob("*.htm*"))
    paths += sorted((CORPUS / "ctgov-xml").glob("*.xml"))[:20]
    assert len(paths) > 70
    for path in paths:
        inp = RawInput(path.read_bytes(), source=str(path))
        assert not aggregator.detect(inp), path
        assert not summary_page.detect(inp), path


@pytest.mark.parametrize("data", [b"", b"   \n", "\ufeff".encode()])
def test_empty_input_is_a_clear_error(data):
    with pytest.raises(UnrecognizedFormat):
        _api.parse(data, source="empty.txt")
    for adapter in (aggregator.ADAPTER, summary_page.ADAPTER):
        with pytest.raises(ParseError):
            list(adapter.parse(RawInput(data, source="empty.txt")))


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_cut_off_page_gives_a_record_or_a_clear_error(prefix):
    text = seed(prefix).read_text(encoding="utf-8")
    lines = text.splitlines()
    for keep in range(1, len(lines), 3):
        cut = "\n".join(lines[:keep])
        try:
            t = _api.parse(cut, source="cut.txt")
        except ParseError:
            continue
        assert isinstance(t, Trial)


def test_cut_off_aggregator_page_says_so():
    text = seed("001").read_text(encoding="utf-8")
    cut = text[: text.index("Study Groups")]
    t = _api.parse(cut, source="cut.txt")
    assert t.nct_id == "NCT07193667"
    assert any("ends early" in w.message for w in t.warnings)


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_any_line_dropped_never_gives_a_traceback(prefix):
    lines = seed(prefix).read_text(encoding="utf-8").splitlines()
    for i in range(len(lines)):
        text = "\n".join(lines[:i] + lines[i + 1:])
        try:
            _api.parse(text, source="page.txt")
        except ParseError:
            pass


@pytest.mark.parametrize("depth", [10, 300, 5000])
def test_deeply_nested_html_page_gives_the_same_record(depth):
    path = FIXTURES / AGG / "NCT05835856-five-arms-html.html"
    page = path.read_text(encoding="utf-8")
    nested = page.replace("<main>", "<main>" + "<div>" * depth, 1)
    want = _api.parse(path.read_bytes(), source="p").to_dict()
    assert _api.parse(nested.encode(), source="p").to_dict() == want


_PIECES = [*aggregator.SECTIONS, *aggregator.SECTIONS.values(), "RECRUITING", "PHASE1", "NA",
           "12 participants", "2024-01-01", "18 Years", "ALL", "No", "OTHER", "NCT01234567",
           "NCT ID: NCT0123", "Last Updated: soon", "Inclusion Criteria", "Identifier Type: -",
           "Identifier Source: org_study_id", "Recruitment & Eligibility", "Study & Design",
           "Trial Locations", "- Locations (2)", "- Status", "- Sex", "- Target Recruitment",
           "- Arm && Interventions", "- Primary Outcome Measures", "- Registration Number",
           "Name Time Method x About 1 year y", "Group Intervention Description a b c",
           "\U0001F1E8\U0001F1F3Hefei, Anhui, China", "Site\U0001F1E8\U0001F1F3Hefei, ChinaA BContact1a@b.cn",
           "- Interventions", "- Drug: X", "X", "\\~", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), max_size=40))
def test_any_arrangement_of_page_lines_gives_a_record_or_a_parse_error(lines):
    text = "\n".join(lines)
    for adapter in (aggregator.ADAPTER, summary_page.ADAPTER):
        try:
            for trial in adapter.parse(RawInput(text, source="fuzz")):
                assert isinstance(trial, Trial)
        except ParseError:
            pass
    try:
        _api.parse(text, source="fuzz")
    except ParseError:
        pass


def test_cut_off_html_page_gives_a_record():
    page = (FIXTURES / AGG / "NCT05835856-five-arms-html.html").read_text(encoding="utf-8")
    t = _api.parse(page[: len(page) // 2].encode(), source="half.html")
    assert t.source.format == AGG and t.nct_id == "NCT05835856"


def test_both_adapters_are_registered():
    assert REGISTRY[AGG] is aggregator.ADAPTER and REGISTRY[SUM] is summary_page.ADAPTER
