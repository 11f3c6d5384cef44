"""The diff engine, its reports and the `trialnorm diff` command, on real API v2 records.

Each edit case takes a real record (NCT00000410 unless said), makes the kind of
edit registries see between versions, and checks the diff reports exactly that
edit: by identity (not position), as one change per edited item, and without
noise.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.conftest import CORPUS
from trialnorm import formats as trialnorm_formats
from trialnorm import parse
from trialnorm.cli import main
from trialnorm.diff import RecordDiff, date_shift, diff, word_diff
from trialnorm.diff_report import render_html, render_json, render_text

V2 = CORPUS / "ctgov-v2"
V2_HISTORY = CORPUS / "ctgov-v2-history"
BASE = V2 / "NCT00000410.json"

Study = dict[str, Any]


def _load(path: Path = BASE) -> Study:
    data: Study = orjson.loads(path.read_bytes())
    return data


def _diff_edit(edit: Callable[[Study], None], path: Path = BASE, **kw: Any) -> RecordDiff:
    old = _load(path)
    new = copy.deepcopy(old)
    edit(new["protocolSection"])
    return diff(parse(old, source="old.json"), parse(new, source="new.json"), **kw)


def _paths(result: RecordDiff) -> list[tuple[str, str]]:
    return [(c.kind, c.path) for c in result.changes]


def _kinds(result: RecordDiff) -> list[str]:
    return [e.kind for e in result.events]


# ---------------------------------------------------------------- no change

@pytest.mark.parametrize("study", sorted(p.name for p in V2_HISTORY.iterdir()))
def test_v2_history_pairs_report_no_substantive_change(study: str) -> None:
    old, new = sorted((V2_HISTORY / study).glob("*.json"))
    result = diff(old, new)
    assert result.changes == [] and result.events == []
    assert not result.changed
    # ... yet the snapshots do differ: --all shows the derived fields, marked as noise.
    noisy = diff(old, new, all=True)
    assert noisy.changes and all(c.noise for c in noisy.changes)
    assert any(c.path.endswith("versionHolder") for c in noisy.changes)
    assert not noisy.changed


def test_same_record_twice_is_no_change() -> None:
    assert not diff(BASE, BASE).changes


def _reorder(p: Study) -> None:
    p["armsInterventionsModule"]["armGroups"].reverse()
    p["armsInterventionsModule"]["interventions"].reverse()
    p["contactsLocationsModule"]["locations"].reverse()
    p["sponsorCollaboratorsModule"]["collaborators"].reverse()
    p["outcomesModule"]["secondaryOutcomes"].reverse()
    p["conditionsModule"]["conditions"].reverse()
    crit = p["eligibilityModule"]["eligibilityCriteria"]
    head, _, rest = crit.partition("Exclusion Criteria:")
    items = [line for line in rest.split("\n") if line.startswith("* ")]
    p["eligibilityModule"]["eligibilityCriteria"] = (
        head + "Exclusion Criteria:\n\n" + "\n".join(reversed(items)))


def _reformat(p: Study) -> None:
    """Formatting only: wrapping, spacing, escapes, entities, bullet style, case."""
    crit = p["eligibilityModule"]["eligibilityCriteria"]
    p["eligibilityModule"]["eligibilityCriteria"] = (
        crit.replace("* ", "- ").replace("6 or more weeks.", "6 or more\n  weeks.")
        .replace("18 years", "18   years").replace("(greater", "\\(greater"))
    arm = p["armsInterventionsModule"]["armGroups"][1]
    arm["description"] = "Non-surgical  treatments"
    interv = p["armsInterventionsModule"]["interventions"][1]
    interv["description"] = interv["description"].replace("Education/Counseling",
                                                          "Education&#47;Counseling")
    p["outcomesModule"]["primaryOutcomes"][0]["measure"] = (
        p["outcomesModule"]["primaryOutcomes"][0]["measure"].replace("SF-36", "sf-36"))
    p["identificationModule"]["officialTitle"] = (
        " ".join((p["identificationModule"].get("officialTitle") or "x y").split()) + "\n")


@pytest.mark.parametrize("edit", [_reorder, _reformat], ids=["reorder", "formatting"])
def test_reordering_and_formatting_are_not_change(edit: Callable[[Study], None]) -> None:
    result = _diff_edit(edit)
    assert _paths(result) == []
    assert not result.changed


def test_formatting_is_shown_as_noise_with_all() -> None:
    result = _diff_edit(_reformat, all=True)
    formatting = [c.path for c in result.changes if c.noise == "formatting"]
    assert "arms[Non-surgical intervention].description" in formatting
    assert any(p.startswith("outcomes.primary[") for p in formatting)
    assert not result.changed


# ---------------------------------------------------------------- edits and events

def test_status_and_enrollment_and_dates() -> None:
    def edit(p: Study) -> None:
        p["statusModule"]["overallStatus"] = "TERMINATED"
        p["statusModule"]["whyStopped"] = "Slow accrual"
        p["designModule"]["enrollmentInfo"] = {"count": 480, "type": "ESTIMATED"}
        p["statusModule"]["primaryCompletionDateStruct"] = {"date": "2015-06-15",
                                                            "type": "ESTIMATED"}
        p["statusModule"]["startDateStruct"] = {"date": "2000-03-20"}

    result = _diff_edit(edit)
    events = {e.kind: e for e in result.events}
    assert events["status_changed"].details["from"] == "COMPLETED"
    assert events["status_changed"].details["to"] == "TERMINATED"
    assert events["enrollment_changed"].details == {
        "count_from": 501, "count_to": 480, "type_from": "ACTUAL", "type_to": "ESTIMATED"}
    moved = [e for e in result.events if e.kind == "date_moved"]
    by_field = {e.details["field"]: e.details for e in moved}
    # 2015-04 -> 2015-06-15: compared at month precision, April to June is 61 days later.
    assert by_field["primary_completion"]["days"] == 61
    assert by_field["primary_completion"]["direction"] == "later"
    # 2000-03 -> 2000-03-20 only made the date more precise.
    assert by_field["start"]["direction"] == "refined" and by_field["start"]["days"] is None
    assert ("changed", "overall_status") in _paths(result)
    assert ("added", "why_stopped") in _paths(result)
    assert ("changed", "enrollment.count") in _paths(result)
    assert result.changed


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("2016-07", "2017-07", (365, "later")),
    ("2018-12", "2017-11", (-395, "earlier")),
    ("2014-06", "2014-06-15", (None, "refined")),
    ("2014-06-15", "2014-08", (61, "later")),
    ("2014", "2015-02-03", (365, "later")),
    ("2014-06-01", "2014-06-01", (0, "same")),
    ("June 2014", "2014-06", (None, "changed")),
])
def test_date_shift(old: str, new: str, expected: tuple[int | None, str]) -> None:
    assert date_shift(old, new) == expected


def test_arm_added_removed_and_label_edit_matched_by_similarity() -> None:
    def edit(p: Study) -> None:
        arms = p["armsInterventionsModule"]["armGroups"]
        arms[0]["label"] = "Surgery arm"          # a small label edit: same arm
        arms[1]["description"] = "Non-surgical treatments and education"
        arms.append({"label": "Observation", "type": "NO_INTERVENTION",
                     "description": "Usual care"})

    result = _diff_edit(edit)
    paths = _paths(result)
    assert ("changed", "arms[Surgery].label") in paths
    assert ("changed", "arms[Non-surgical intervention].description") in paths
    assert ("added", "arms[Observation]") in paths
    assert not any(k == "removed" for k, _ in paths)
    assert [e.message for e in result.events if e.kind.startswith("arm_")] == [
        "Arm added: Observation"]
    description = next(c for c in result.changes if c.path.endswith("].description"))
    assert description.words == (("=", "Non-surgical treatments"), ("+", "and education"))


def test_intervention_and_outcome_removed_and_added() -> None:
    def edit(p: Study) -> None:
        p["armsInterventionsModule"]["interventions"].pop(0)
        p["outcomesModule"]["secondaryOutcomes"] = [
            o for o in p["outcomesModule"]["secondaryOutcomes"] if o["measure"] != "cost"]
        p["outcomesModule"]["secondaryOutcomes"].append(
            {"measure": "Return to work", "timeFrame": "1 year"})

    result = _diff_edit(edit)
    kinds = _kinds(result)
    assert "intervention_removed" in kinds
    assert "outcome_removed" in kinds and "outcome_added" in kinds
    removed = next(e for e in result.events if e.kind == "outcome_removed")
    assert removed.details == {"label": "cost", "group": "secondary"}


def test_outcome_promoted_to_primary_is_one_move() -> None:
    def edit(p: Study) -> None:
        outcomes = p["outcomesModule"]
        promoted = outcomes["secondaryOutcomes"].pop(0)
        promoted["timeFrame"] = "Baseline and 1 year"
        outcomes["primaryOutcomes"].append(promoted)

    result = _diff_edit(edit)
    assert _paths(result) == [
        ("changed", "outcomes.primary[Patient satisfaction with treatment].time_frame"),
        ("changed", "outcomes[Patient satisfaction with treatment].group"),
    ]
    assert [(e.kind, e.details) for e in result.events] == [
        ("outcome_moved", {"label": "Patient satisfaction with treatment",
                           "from": "secondary", "to": "primary"})]


def test_edited_criterion_is_one_change_with_word_diff() -> None:
    def edit(p: Study) -> None:
        elig = p["eligibilityModule"]
        elig["eligibilityCriteria"] = (
            elig["eligibilityCriteria"]
            .replace("Symptoms less than 6 weeks.", "Symptoms less than 12 weeks.")
            .replace("* Possible pregnancy.\n", "")
            .replace("* Tests: MRI", "* Age 18 to 80 years.\n* Tests: MRI"))
        elig["minimumAge"] = "21 Years"
        elig["maximumAge"] = "80 Years"

    result = _diff_edit(edit)
    crit = [c for c in result.changes if c.path.startswith("eligibility.")
            and ("inclusion[" in c.path or "exclusion[" in c.path)]
    assert sorted((c.kind, c.path) for c in crit) == [
        ("added", "eligibility.inclusion[Age 18 to 80 years.]"),
        ("changed", "eligibility.exclusion[Symptoms less than 6 weeks.]"),
        ("removed", "eligibility.exclusion[Possible pregnancy.]"),
    ]
    edited = next(c for c in crit if c.kind == "changed")
    assert ("-", "6") in edited.words and ("+", "12") in edited.words
    events = {e.kind: e for e in result.events}
    assert events["criteria_changed"].details == {
        "inclusion": {"added": 1, "removed": 0, "edited": 0},
        "exclusion": {"added": 0, "removed": 1, "edited": 1}}
    ages = [e for e in result.events if e.kind == "age_limit_changed"]
    assert [e.message for e in ages] == ["Minimum age changed: 18 years → 21 years",
                                         "Maximum age changed: none → 80 years"]


def test_sponsor_collaborators_locations() -> None:
    def edit(p: Study) -> None:
        sponsors = p["sponsorCollaboratorsModule"]
        sponsors["leadSponsor"] = {"name": "Dartmouth College", "class": "OTHER"}
        sponsors["collaborators"].pop(1)
        locations = p["contactsLocationsModule"]["locations"]
        locations.pop(0)
        locations.append({"facility": "Toronto Western Hospital", "city": "Toronto",
                          "country": "Canada"})
        locations[0]["facility"] = "University of California San Francisco"  # comma dropped

    result = _diff_edit(edit)
    events = {e.kind: e for e in result.events}
    assert events["sponsor_changed"].details == {"from": "Dartmouth-Hitchcock Medical Center",
                                                 "to": "Dartmouth College"}
    assert events["collaborators_changed"].details["removed"] == [
        "National Institute for Occupational Safety and Health (NIOSH/CDC)"]
    assert events["locations_changed"].details == {
        "added": 1, "removed": 1, "countries_added": ["Canada"],
        "countries_removed": ["United States"]}
    assert ("removed", "locations[Kaiser Permanente Spine Care Program, Oakland, United States]"
            ) in _paths(result)
    # The renamed facility is the same site (same city), matched by similarity: one edit.
    assert any(k == "changed" and p.startswith("locations[University of California, San Fran")
               for k, p in _paths(result))


def test_phase_and_dose_events() -> None:
    path = next(p for p in sorted(V2.glob("*.json"))
                if parse(p.read_bytes()).arms and any(a.doses for a in parse(p.read_bytes()).arms))

    def edit(p: Study) -> None:
        p["designModule"]["phases"] = ["PHASE2", "PHASE3"]

    result = _diff_edit(edit, path)
    phase = next(e for e in result.events if e.kind == "phase_changed")
    assert phase.details["to"] == ["PHASE2", "PHASE3"]
    # A dose edit: change the first number of an arm description that holds a dose.
    trial = parse(path.read_bytes())
    arm = next(a for a in trial.arms if a.doses)
    dose = arm.doses[0]

    def edit_dose(p: Study) -> None:
        for group in p["armsInterventionsModule"]["armGroups"]:
            if group["label"] == arm.label:
                group["description"] = group["description"].replace(dose.text, dose.text.replace(
                    next(ch for ch in dose.text if ch.isdigit()), "7", 1), 1)

    result = _diff_edit(edit_dose, path)
    assert "dose_changed" in _kinds(result), _paths(result)


def test_word_diff() -> None:
    assert word_diff("at least 6 weeks apart", "at least 12  weeks apart") == (
        ("=", "at least"), ("-", "6"), ("+", "12"), ("=", "weeks apart"))


# ---------------------------------------------------------------- reports

def _sample() -> RecordDiff:
    def edit(p: Study) -> None:
        p["statusModule"]["overallStatus"] = "TERMINATED"
        p["armsInterventionsModule"]["armGroups"][0]["description"] = "<b>Diskectomy</b> & more"
    return _diff_edit(edit)


def test_json_report_is_stable_sorted_and_versioned() -> None:
    result = _sample()
    text = render_json(result)
    assert text == render_json(_sample())
    doc = json.loads(text)
    assert doc["trialnorm_diff"] == "1" and doc["changed"] is True
    assert list(doc) == sorted(doc)
    assert doc["counts"] == {"events": 1, "changes": 2, "noise": 0}
    assert doc["events"][0] == {"kind": "status_changed", "message":
                                "Status changed: COMPLETED → TERMINATED",
                                "details": {"from": "COMPLETED", "to": "TERMINATED",
                                            "why_stopped": None}}


def test_text_report_events_first_and_colour_only_when_asked() -> None:
    result = _sample()
    plain = render_text(result)
    assert "\033[" not in plain
    assert plain.index("Events") < plain.index("Changes") < plain.index("[Arms]")
    assert "~ overall_status: COMPLETED → TERMINATED" in plain
    assert "\033[" in render_text(result, color=True)


def test_html_report_is_self_contained_and_escaped() -> None:
    page = render_html(_sample())
    assert "<b>Diskectomy</b>" not in page
    assert "&lt;b&gt;Diskectomy&lt;/b&gt; &amp; more" in page
    assert "<ins>" in page and "<del>" in page
    # Side by side, the status line is marked in both versions.
    assert '<mark>&quot;COMPLETED&quot;</mark>' in page
    assert '<mark>&quot;TERMINATED&quot;</mark>' in page
    # No external assets: no scripts, stylesheets, images or fonts fetched from anywhere.
    for external in ("<script", "<link", "<img", "src=", "href=", "url(", "@import"):
        assert external not in page.lower(), external


# ---------------------------------------------------------------- the command

def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = sorted((V2_HISTORY / "NCT05911841").glob("*.json"))
    assert main(["diff", str(old), str(new)]) == 0
    assert "No substantive change." in capsys.readouterr().out

    data = _load()
    data["protocolSection"]["statusModule"]["overallStatus"] = "WITHDRAWN"
    edited = tmp_path / "edited.json"
    edited.write_bytes(orjson.dumps(data))
    assert main(["diff", str(BASE), str(edited), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["events"][0]["details"]["to"] == "WITHDRAWN"

    assert main(["diff", str(BASE), str(edited), "--format", "html"]) == 1
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("bad", ["missing.json", "garbage.txt", "NCT0000041@x"])
def test_cli_unreadable_input_is_exit_2_one_line(bad: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "garbage.txt").write_text("not a trial record at all\n")
    arg = str(tmp_path / bad) if bad != "NCT0000041@x" else bad
    assert main(["diff", str(BASE), arg]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert bad.split("@")[0] in err


# ---------------------------------------------------------------- across formats

@pytest.mark.skipif(not {"ctgov-xml", "ctgov-v1"} <= set(trialnorm_formats()),
                    reason="legacy adapters not in this build")
def test_xml_against_v1_reports_content_not_layout() -> None:
    # The same study as XML (2018) and API v1 JSON (2023): the criteria text is
    # laid out differently (dashes and hard wrapping vs bare lines) but word for
    # word the same; the sponsor's agency class really was changed in between.
    result = diff(CORPUS / "ctgov-xml" / "NCT00023673.xml", CORPUS / "ctgov-v1" / "NCT00023673.json")
    assert _paths(result) == [("changed", "sponsor.class")]
    assert result.changes[0].old == "OTHER" and result.changes[0].new == "NETWORK"
    noisy = diff(CORPUS / "ctgov-xml" / "NCT00023673.xml", CORPUS / "ctgov-v1" / "NCT00023673.json",
                 all=True)
    assert any(c.path == "eligibility.criteria_text" and c.noise == "formatting"
               for c in noisy.changes)
    assert any(c.noise == "representation" for c in noisy.changes)  # extras across formats


@pytest.mark.skipif("ctgov-xml" not in trialnorm_formats(), reason="XML adapter not in this build")
def test_xml_against_v2_ignores_parts_one_format_does_not_hold() -> None:
    result = diff(CORPUS / "ctgov-xml" / "NCT02513394.xml", V2 / "NCT02513394.json")
    paths = [c.path for c in result.changes]
    # XML secondary ids carry no type or domain; the v2 record does: not a change.
    assert not any(p.startswith("secondary_ids") for p in paths)
    assert not any(p.startswith("eligibility.") for p in paths)  # same criteria, other layout
    assert not any(p.startswith("extras.") for p in paths)
    kinds = _kinds(result)
    assert "date_moved" in kinds and "locations_changed" in kinds  # three real years apart


def test_short_labels_are_not_paired_by_letters() -> None:
    def edit(p: Study) -> None:
        arms = p["armsInterventionsModule"]["armGroups"]
        arms[0]["label"], arms[0]["description"] = "Arm A", "First"
        arms[1]["label"], arms[1]["description"] = "Arm B", "Second"

    old = _load()
    edit(old["protocolSection"])
    new = copy.deepcopy(old)
    new["protocolSection"]["armsInterventionsModule"]["armGroups"][1].update(
        label="Arm C", description="Third")
    result = diff(parse(old), parse(new))
    arms = sorted((k, p) for k, p in _paths(result) if p.startswith("arms"))
    assert arms == [("added", "arms[Arm C]"), ("removed", "arms[Arm B]")]


def test_cli_stored_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    store = pytest.importorskip("trialnorm.store")
    monkeypatch.setenv("TRIALNORM_STORE", str(tmp_path / "records.sqlite"))
    first, second = sorted((V2_HISTORY / "NCT05923281").glob("*.json"))
    edited = _load(second)
    assert edited["protocolSection"]["statusModule"]["overallStatus"] == "RECRUITING"
    edited["protocolSection"]["statusModule"]["overallStatus"] = "SUSPENDED"
    with store.RecordStore() as records:
        for raw in (first.read_bytes(), second.read_bytes(), orjson.dumps(edited)):
            records.put("NCT05923281", raw)
        assert len(records) == 3
    # 1 and 2 differ only in the registry's posting stamps; 3 changes the status.
    assert main(["diff", "NCT05923281@1", "NCT05923281@2"]) == 0
    assert main(["diff", "NCT05923281@1", str(second)]) == 0
    capsys.readouterr()
    assert main(["diff", "NCT05923281@2", "NCT05923281@latest", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["events"][0]["details"]["to"] == "SUSPENDED"
    assert doc["new"]["source"].startswith("NCT05923281@3")
    assert main(["diff", "NCT05923281@1", "NCT05923281@9"]) == 2
    assert "no such stored version" in capsys.readouterr().err


@pytest.mark.skipif("ctgov-html" not in trialnorm_formats(), reason="HTML adapter not in this build")
@pytest.mark.parametrize(("old", "new"), [("tab", "full"), ("full", "results"), ("results", "tab")])
def test_views_of_one_version_are_not_change(old: str, new: str) -> None:
    # Three saved classic views of NCT00936455 as of 2012-04-24: each shows some
    # fields (the results view has no dates or criteria), none changes any.
    views = CORPUS / "pages" / "ctgov-classic-views"
    a, b = views / f"CT_{old}_NCT00936455.html", views / f"CT_{new}_NCT00936455.html"
    result = diff(a, b)
    assert result.changes == [] and result.events == []
    noisy = diff(a, b, all=True)
    assert noisy.changes and all(c.noise for c in noisy.changes)
    assert any(c.noise == "representation" for c in noisy.changes)
