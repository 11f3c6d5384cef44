"""The ClinicalTrials.gov API v2 adapter on the whole real corpus, the seed wrapper page and odd input."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from conftest import CORPUS, FIXTURES, seed

import trialnorm
from trialnorm.extract.ages import parse_age
from trialnorm.extract.text import unescape

V2_FILES = sorted((CORPUS / "ctgov-v2").glob("*.json")) + sorted(
    (CORPUS / "ctgov-v2-history").rglob("*.json"))


def test_corpus_size():
    assert len(V2_FILES) == 835


# ------------------------------------------------------------ leaf coverage

def _leaves(obj: Any, path: str = "") -> list[tuple[str, Any]]:
    if isinstance(obj, dict):
        out = []
        for k, v in obj.items():
            out += _leaves(v, f"{path}.{k}" if path else k)
        return out
    if isinstance(obj, list):
        out = []
        for i, v in enumerate(obj):
            out += _leaves(v, f"{path}[{i}]")
        return out
    return [(path, obj)]


def _norm(value: Any, *, source: bool = True) -> Any:
    if isinstance(value, str):
        return " ".join((unescape(value) if source else value).split())
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return value


def _typed_values(record: dict[str, Any]) -> set[Any]:
    typed = {k: v for k, v in record.items() if k not in ("extras", "source", "warnings")}
    values = {(_norm(v, source=False) if not isinstance(v, bool) else ("bool", v))
              for _, v in _leaves(typed)}
    return values


def _lost_leaves(study: dict[str, Any], trial: trialnorm.Trial) -> list[str]:
    record = trial.to_dict()
    typed = _typed_values(record)
    extras = record["extras"]
    ages = {json.dumps(a, sort_keys=True) for a in (record["eligibility"]["minimum_age"],
                                                     record["eligibility"]["maximum_age"]) if a}
    lost = []
    for path, value in _leaves(study):
        if value is None or value == "" or value == []:
            continue
        # kept in extras under its own path (or a parent path)?
        if any(path == k or path.startswith((k + ".", k + "[")) for k in extras):
            continue
        if path.endswith(("minimumAge", "maximumAge")):
            age = parse_age(value)
            if age and json.dumps(age.model_dump(mode="json"), sort_keys=True) in ages:
                continue
        key = ("bool", value) if isinstance(value, bool) else _norm(value)
        if key in typed:
            continue
        lost.append(f"{path} = {value!r}")
    return lost


def test_every_v2_record_parses_with_full_leaf_coverage():
    failures, lost_by_file = [], {}
    for path in V2_FILES:
        try:
            trial = trialnorm.parse_file(path)
        except Exception as exc:  # noqa: BLE001 (collect, then report all at once)
            failures.append(f"{path.name}: {exc}")
            continue
        assert trial.source.format == "ctgov-v2"
        lost = _lost_leaves(orjson.loads(path.read_bytes()), trial)
        if lost:
            lost_by_file[path.name] = lost[:5]
    assert not failures, failures[:10]
    assert not lost_by_file, json.dumps(dict(list(lost_by_file.items())[:10]), indent=1)


def test_extras_keep_untyped_sections_under_their_source_path():
    trial = trialnorm.parse_file(CORPUS / "ctgov-v2" / "NCT02513394.json")
    raw = orjson.loads((CORPUS / "ctgov-v2" / "NCT02513394.json").read_bytes())
    # A field the API does not define (a later version's, or a tool's) is kept verbatim.
    assert trial.extras["protocolSection.contactsLocationsModule.locations_nested"] == \
        raw["protocolSection"]["contactsLocationsModule"]["locations_nested"]
    assert trial.extras["derivedSection"] == raw["derivedSection"]
    assert trial.source.record_version == raw["derivedSection"]["miscInfoModule"]["versionHolder"]


def test_markdown_escapes_are_undone():
    trial = trialnorm.parse_file(seed("002"))
    arm = trial.arms[0]
    assert "\\[" not in arm.description and "[only if no ≥Grade 2" in arm.description
    # Every text field of the corpus is free of the API's escapes.
    escaped = []
    for path in V2_FILES[:300]:
        t = trialnorm.parse_file(path)
        text = t.eligibility.criteria_text or ""
        if "\\>" in text or "\\<" in text or "\\[" in text:
            escaped.append(path.name)
    assert not escaped


# ------------------------------------------------------------ seed 002, checked by eye

def test_seed_002_wrapper_page():
    trial = trialnorm.parse_file(seed("002"))
    assert trial.nct_id == "NCT07409766"
    assert [p.value for p in trial.phases] == ["EARLY_PHASE1"]
    assert (trial.enrollment.count, trial.enrollment.type.value) == (20, "ESTIMATED")
    assert (trial.design.allocation.value, trial.design.intervention_model.value) == \
        ("NON_RANDOMIZED", "PARALLEL")
    assert [a.label for a in trial.arms] == ["Cohort 1: Split-dose administration",
                                             "Cohort 2: Bolus administration"]
    assert [(i.name, i.type.value) for i in trial.interventions] == [("CAR-M", "BIOLOGICAL")]
    assert trial.interventions[0].arm_labels == [a.label for a in trial.arms]
    assert all(a.intervention_names == ["Biological: CAR-M"] for a in trial.arms)
    assert (len(trial.outcomes.primary), len(trial.outcomes.secondary)) == (3, 8)
    el = trial.eligibility
    assert (el.minimum_age.years, el.maximum_age.years) == (18, 75)
    assert [a.value for a in el.std_ages] == ["ADULT", "OLDER_ADULT"]
    assert trial.sponsor.class_.value == "OTHER"
    assert [(loc.city, loc.country) for loc in trial.locations] == [("Beijing", "China")]
    # The wrapper's header lines are kept with the record's source.
    assert trial.source.meta["Ignite Creation Date"] == "2026-03-26 @ 3:15 PM"
    assert trial.source.meta["Last Update Posted"] == "2026-02-13"
    assert trial.source.record_version == "2026-03-25"


# ------------------------------------------------------------ shapes of input

def _study(name: str = "NCT02513394.json") -> dict[str, Any]:
    return orjson.loads((CORPUS / "ctgov-v2" / name).read_bytes())


def test_dict_bytes_str_and_repr_give_the_same_record():
    raw = (CORPUS / "ctgov-v2" / "NCT00000410.json").read_bytes()
    a = trialnorm.parse(raw).to_dict()
    b = trialnorm.parse(raw.decode()).to_dict()
    c = trialnorm.parse(orjson.loads(raw)).to_dict()
    d = trialnorm.parse(repr(orjson.loads(raw))).to_dict()
    assert a == b == c == d


def test_search_page_and_list_give_every_study():
    names = ["NCT00000410.json", "NCT02513394.json", "NCT05803083.json"]
    studies = [_study(n) for n in names]
    page = {"studies": studies, "nextPageToken": "abc"}
    assert trialnorm.detect(orjson.dumps(page)) == "ctgov-v2"
    got = [t.nct_id for t in trialnorm.iter_parse(orjson.dumps(page))]
    assert got == [n[:-5] for n in names]
    assert [t.nct_id for t in trialnorm.iter_parse(studies)] == got
    with pytest.raises(trialnorm.ParseError, match="several records"):
        trialnorm.parse(studies)


@pytest.mark.parametrize("variant", ["as is", "BOM", "white space", "non-ASCII first",
                                     "form feed", "key late", "page"])
def test_detection_from_bytes_agrees_with_the_decoded_head(variant):
    """detect() answers the common case from the bytes without decoding the head; every
    other case (a BOM, non-ASCII text or "protocolSection" past the first 4,096 bytes)
    goes the decoded way, with the same answer and the same record."""
    raw = (CORPUS / "ctgov-v2" / "NCT00000410.json").read_bytes()
    expected = trialnorm.parse(raw).to_dict()
    study = orjson.loads(raw)
    data = {
        "as is": raw,
        "BOM": b"\xef\xbb\xbf" + raw,
        "white space": b" \r\n\t" + raw,
        # a non-ASCII key before protocolSection: head and bytes positions differ
        "non-ASCII first": orjson.dumps({"r\u00e9sum\u00e9": "\u00e9" * 3000, **study}),
        "form feed": b"\x0c" + raw,  # not white space to the detector: not JSON it knows
        # protocolSection past the head of a bare study: not looked for, as before
        "key late": orjson.dumps({"x": "y" * 5000, **study}),
        "page": orjson.dumps({"studies": [study], "nextPageToken": "x" * 5000}),
    }[variant]
    if variant in ("form feed", "key late"):
        with pytest.raises(trialnorm.UnrecognizedFormat):
            trialnorm.detect(data)
        return
    assert trialnorm.detect(data) == "ctgov-v2"
    got = trialnorm.parse(data).to_dict()
    extra = {"r\u00e9sum\u00e9", "x"}  # the keys added above
    assert {k: v for k, v in got["extras"].items() if k not in extra} == expected["extras"]
    got["extras"] = expected["extras"]
    assert got == expected


def test_history_endpoint_shape():
    study = _study()
    trial = trialnorm.parse({"study": study, "studyVersion": 7})
    assert trial.nct_id == "NCT02513394"
    assert trial.source.record_version == "7"


def test_unknown_enum_code_is_null_with_a_warning_and_kept():
    study = _study("NCT00000410.json")
    study["protocolSection"]["statusModule"]["overallStatus"] = "SOMETHING_NEW"
    trial = trialnorm.parse(study)
    assert trial.overall_status is None
    assert any(w.field == "overall_status" and w.text == "SOMETHING_NEW" for w in trial.warnings)
    assert trial.extras["protocolSection.statusModule.overallStatus"] == "SOMETHING_NEW"


# ------------------------------------------------------------ bad input

BAD = {
    "empty": b"",
    "blank": b"  \n\t ",
    "truncated json": (CORPUS / "ctgov-v2" / "NCT00000410.json").read_bytes()[:500],
    "json not a study": b'{"name": "x", "items": [1, 2, 3]}',
    "json scalar": b"42",
    "repr with a call": b"{'protocolSection': __import__('os').system('echo pwned')}",
    "binary": bytes(range(256)) * 4,
    "list of non-studies": b'[{"protocolSection": 3}]',
}


@pytest.mark.parametrize("data", BAD.values(), ids=BAD.keys())
def test_bad_input_gives_a_clear_error(data):
    with pytest.raises(trialnorm.ParseError) as info:
        trialnorm.parse(data, source="bad.json")
    message = str(info.value)
    assert message.startswith("bad.json")
    assert "Traceback" not in message


def test_unrecognized_format_names_source_and_what_was_tried():
    with pytest.raises(trialnorm.UnrecognizedFormat) as info:
        trialnorm.parse(b'{"name": "x"}', source="x.json")
    assert "x.json" in str(info.value) and "ctgov-v2" in str(info.value)


def test_wrong_format_forced():
    with pytest.raises(trialnorm.ParseError):
        trialnorm.parse(b"hello", format="ctgov-v2", source="h.txt")
    with pytest.raises(trialnorm.ParseError, match="unknown format"):
        trialnorm.parse(b"{}", format="no-such-format")


def test_small_fixture_is_shipped_for_the_readme():
    assert (FIXTURES / "ctgov-v2" / "seed-002_NCT07409766.txt").exists()
