"""The diff against real version histories, each change checked against the source files.

1. ``ctgov-xml-history/``: 16 studies, 3-6 real downloads each. Every consecutive
   pair is diffed, and the diff is checked both ways against the two XML files
   read here with lxml, independently of the adapter: when an element's content
   differs the diff must report a change under the matching path, and every
   change the diff reports must come from an element that differs.
2. ``pages/ctgov-archive/*/official-changes/``: ClinicalTrials.gov's own change
   pages mark which XML elements changed between two Archive versions; the diff
   of those two versions (the saved per-version pages) must find a change in
   every marked section shown on the version pages, and none in unmarked ones.
3. Golden text reports for a few XML-history pairs (tests/data/diff/), reviewed by eye.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html

from tests.conftest import CORPUS, ROOT
from trialnorm import formats
from trialnorm.diff import Change, diff
from trialnorm.diff_report import render_text
from trialnorm.extract.dates import parse_date

XML_HISTORY = CORPUS / "ctgov-xml-history"
ARCHIVE = CORPUS / "pages" / "ctgov-archive"
GOLDEN = ROOT / "tests" / "data" / "diff"

Root = Any  # an lxml element


# ---------------------------------------------------------------- independent XML readings

_WS = re.compile(r"\s+")
_BULLET = re.compile(r"(?m)^\s*[-*]\s+")


def _norm(text: str | None) -> str:
    """Text as a reader compares it: spacing, line wrapping, list dashes and case aside."""
    if not text:
        return ""
    return _WS.sub(" ", _BULLET.sub(" ", text)).strip().casefold()


def _all_text(el: Root | None) -> str:
    return _norm(" ".join(el.itertext())) if el is not None else ""


def _find_text(root: Root, path: str) -> str:
    return _all_text(root.find(path))


def _date(root: Root, tag: str) -> tuple[str | None, str | None]:
    el = root.find(tag)
    if el is None or not (el.text or "").strip():
        return None, None
    kind = (el.get("type") or "").casefold()
    kind_code = {"anticipated": "ESTIMATED", "estimate": "ESTIMATED", "estimated": "ESTIMATED",
                 "actual": "ACTUAL"}.get(kind)
    return parse_date(el.text.strip()) or el.text.strip(), kind_code


def _years(text: str | None) -> float | None:
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)", (text or "").lower())
    if not m:
        return None
    per_year = {"year": 1, "month": 12, "week": 52.1775, "day": 365.25, "hour": 8766,
                "minute": 525960}[m.group(2)]
    return round(float(m.group(1)) / per_year, 4)


def _phases(root: Root) -> frozenset[str]:
    text = root.findtext("phase") or ""
    return frozenset(p.strip().casefold().replace(" ", "") for p in text.split("/") if p.strip())


def _texts(root: Root, path: str) -> tuple[str, ...]:
    return tuple(sorted(_all_text(e) for e in root.findall(path)))


def _items(root: Root, path: str, fields: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(tuple(_find_text(e, f) for f in fields) for e in root.findall(path)))


def _arms(root: Root) -> tuple[Any, ...]:
    """Arms with the interventions that name them (the XML links them from the intervention)."""
    linked: dict[str, list[str]] = {}
    for el in root.findall("intervention"):
        for label in el.findall("arm_group_label"):
            linked.setdefault(_all_text(label), []).append(_find_text(el, "intervention_name"))
    return tuple(sorted(
        (_find_text(e, "arm_group_label"), _find_text(e, "arm_group_type"),
         _find_text(e, "description"), tuple(sorted(linked.get(_find_text(e, "arm_group_label"),
                                                               ()))))
        for e in root.findall("arm_group")))


def _locations(root: Root) -> tuple[Any, ...]:
    """Sites with everything the record says about them (a phone extension aside: extras)."""
    def people(el: Root) -> tuple[Any, ...]:
        return tuple(sorted(tuple(_find_text(p, f) for f in ("last_name", "phone", "email",
                                                            "role"))
                            for tag in ("contact", "contact_backup", "investigator")
                            for p in el.findall(tag)))
    return tuple(sorted(
        (_find_text(e, "facility/name"), _find_text(e, "facility/address/city"),
         _find_text(e, "facility/address/state"), _find_text(e, "facility/address/zip"),
         _find_text(e, "facility/address/country"), _find_text(e, "status"), people(e))
        for e in root.findall("location")))


def _interventions(root: Root) -> tuple[Any, ...]:
    return tuple(sorted(
        (_find_text(e, "intervention_type"), _find_text(e, "intervention_name"),
         _find_text(e, "description"), _texts(e, "arm_group_label"), _texts(e, "other_name"))
        for e in root.findall("intervention")))


def _enrollment(root: Root) -> tuple[int | None, str | None]:
    kind = _date(root, "enrollment")[1]
    text = root.findtext("enrollment")
    return (int(text) if text and text.strip().isdigit() else None), kind


def _healthy(root: Root) -> bool | None:
    text = _find_text(root, "eligibility/healthy_volunteers")
    return None if not text else not text.startswith("no")


def _gender(root: Root) -> str:
    text = _find_text(root, "eligibility/gender")
    return "all" if text == "both" else text


#: Typed fields and how to read them from the XML; the diff paths each one covers.
READINGS: dict[str, tuple[Callable[[Root], Any], tuple[str, ...]]] = {
    "org_study_id": (lambda r: _find_text(r, "id_info/org_study_id"), ("org_study_id",)),
    "secondary_ids": (lambda r: _texts(r, "id_info/secondary_id"), ("secondary_ids",)),
    "brief_title": (lambda r: _find_text(r, "brief_title"), ("brief_title",)),
    "official_title": (lambda r: _find_text(r, "official_title"), ("official_title",)),
    "acronym": (lambda r: _find_text(r, "acronym"), ("acronym",)),
    "brief_summary": (lambda r: _find_text(r, "brief_summary"), ("brief_summary",)),
    "detailed_description": (lambda r: _find_text(r, "detailed_description"),
                             ("detailed_description",)),
    "overall_status": (lambda r: _find_text(r, "overall_status"), ("overall_status",)),
    "why_stopped": (lambda r: _find_text(r, "why_stopped"), ("why_stopped",)),
    "dates.start": (lambda r: _date(r, "start_date"), ("dates.start",)),
    "dates.primary_completion": (lambda r: _date(r, "primary_completion_date"),
                                 ("dates.primary_completion",)),
    "dates.completion": (lambda r: _date(r, "completion_date"), ("dates.completion",)),
    "dates.status_verified": (lambda r: _date(r, "verification_date"),
                              ("dates.status_verified",)),
    "phases": (_phases, ("phases",)),
    "study_type": (lambda r: _find_text(r, "study_type"), ("study_type",)),
    "enrollment": (_enrollment, ("enrollment.",)),
    "conditions": (lambda r: _texts(r, "condition"), ("conditions",)),
    "keywords": (lambda r: _texts(r, "keyword"), ("keywords",)),
    "arms": (_arms, ("arms[",)),
    "interventions": (_interventions, ("interventions[",)),
    "outcomes.primary": (lambda r: _items(r, "primary_outcome", (
        "measure", "time_frame", "description")), ("outcomes.primary[",)),
    "outcomes.secondary": (lambda r: _items(r, "secondary_outcome", (
        "measure", "time_frame", "description")), ("outcomes.secondary[",)),
    "outcomes.other": (lambda r: _items(r, "other_outcome", (
        "measure", "time_frame", "description")), ("outcomes.other[",)),
    "criteria": (lambda r: _find_text(r, "eligibility/criteria"),
                 ("eligibility.inclusion[", "eligibility.exclusion[",
                  "eligibility.criteria_text")),
    "eligibility.sex": (_gender, ("eligibility.sex",)),
    "eligibility.minimum_age": (lambda r: _years(r.findtext("eligibility/minimum_age")),
                                ("eligibility.minimum_age",)),
    "eligibility.maximum_age": (lambda r: _years(r.findtext("eligibility/maximum_age")),
                                ("eligibility.maximum_age",)),
    "eligibility.healthy_volunteers": (_healthy, ("eligibility.healthy_volunteers",)),
    "locations": (_locations, ("locations[",)),
    "sponsor": (lambda r: _find_text(r, "sponsors/lead_sponsor/agency"), ("sponsor.name",)),
    "collaborators": (lambda r: _texts(r, "sponsors/collaborator/agency"),
                      ("collaborators[",)),
}

#: Where a change the readings above do not cover must come from: top-level XML
#: elements whose content (tags, attributes, normalized text) differs.
ELEMENTS_OF_PATH: dict[str, tuple[str, ...]] = {
    "design": ("study_design", "study_design_info"),
    "sponsor": ("sponsors",),
    "officials": ("overall_official",),
    "contacts": ("overall_contact", "overall_contact_backup"),
    "locations": ("location",),
    "dates.first_submitted": ("firstreceived_date", "study_first_submitted"),
    "eligibility": ("eligibility",),
    "interventions": ("intervention",),
    "arms": ("arm_group",),
    "outcomes": ("primary_outcome", "secondary_outcome", "other_outcome"),
    "related_nct_ids": ("reference", "results_reference", "link"),
}


def _canon(root: Root, names: tuple[str, ...]) -> list[str]:
    """The content of the named top-level elements, order-free (reordering is no change)."""
    out = []
    for el in root:
        if not isinstance(el.tag, str) or el.tag not in names:
            continue
        parts = []
        for node in el.iter():
            if isinstance(node.tag, str):
                parts.append(f"<{node.tag} {sorted(node.attrib.items())}>{_norm(node.text)}")
        out.append("".join(parts))
    return sorted(out)


def _extras_element(path: str) -> str:
    """``extras.primary_outcome[0].safety_issue`` -> ``primary_outcome``."""
    return re.split(r"[.\[]", path[len("extras."):], maxsplit=1)[0]


def _xml_pairs() -> Iterator[tuple[Path, Path]]:
    for study in sorted(XML_HISTORY.iterdir()):
        versions = sorted(study.glob("*.xml"))
        yield from pairwise(versions)


XML_PAIRS = list(_xml_pairs())
needs_xml = pytest.mark.skipif("ctgov-xml" not in formats(),
                               reason="the legacy XML adapter is not in this build")


def _pair_id(pair: tuple[Path, Path]) -> str:
    a, b = pair
    return f"{a.parent.name}:{a.stem.split('-', 1)[1]}..{b.stem.split('-', 1)[1]}"


def _root(path: Path) -> Root:
    return etree.fromstring(path.read_bytes(), etree.XMLParser(remove_comments=True))


def test_xml_history_has_the_16_studies() -> None:
    assert len({a.parent.name for a, _ in XML_PAIRS}) == 16
    assert len(XML_PAIRS) >= 32


@needs_xml
@pytest.mark.parametrize("pair", XML_PAIRS, ids=[_pair_id(p) for p in XML_PAIRS])
def test_xml_history_changes_match_the_xml(pair: tuple[Path, Path]) -> None:
    old_path, new_path = pair
    old, new = _root(old_path), _root(new_path)
    result = diff(old_path, new_path)
    changes = result.substantive_changes

    def reported(prefixes: tuple[str, ...]) -> list[Change]:
        return [c for c in changes if c.path.startswith(prefixes)]

    # XML differs -> the diff reports it (and the other way round, for mapped fields).
    for field, (read, prefixes) in READINGS.items():
        differs = read(old) != read(new)
        found = reported(prefixes)
        assert bool(found) == differs, (
            f"{field}: XML {'differs' if differs else 'is the same'} "
            f"({read(old)!r:.150} -> {read(new)!r:.150}) but the diff reports "
            f"{[c.path for c in found]}")

    # Every reported change comes from an element that differs.
    for change in changes:
        if any(change.path.startswith(p) for _, prefixes in READINGS.values() for p in prefixes):
            continue  # checked above
        if change.path.startswith("extras."):
            names: tuple[str, ...] = (_extras_element(change.path),)
        else:
            key = next((k for k in sorted(ELEMENTS_OF_PATH, key=len, reverse=True)
                        if change.path.startswith(k)), None)
            assert key is not None, f"no XML source known for {change.path}"
            names = ELEMENTS_OF_PATH[key]
        assert _canon(old, names) != _canon(new, names), (
            f"{change.path} reported, but <{'|'.join(names)}> is the same in both files")

    # Events follow the XML too.
    kinds = {e.kind for e in result.events}
    assert ("status_changed" in kinds) == (READINGS["overall_status"][0](old)
                                           != READINGS["overall_status"][0](new))
    assert ("enrollment_changed" in kinds) == (_enrollment(old) != _enrollment(new))
    assert ("phase_changed" in kinds) == (_phases(old) != _phases(new))
    date_fields = {e.details["field"] for e in result.events if e.kind.startswith("date_")}
    for field, tag in (("start", "start_date"), ("primary_completion", "primary_completion_date"),
                       ("completion", "completion_date")):
        assert (field in date_fields) == (_date(old, tag) != _date(new, tag)), field
    assert result.changed == bool(changes)


@needs_xml
def test_xml_history_date_moves_are_counted_in_days() -> None:
    study = XML_HISTORY / "NCT00482794"
    old, new = sorted(study.glob("*.xml"))[:2]
    result = diff(old, new)
    moves = {e.details["field"]: (e.details["days"], e.details["direction"])
             for e in result.events if e.kind == "date_moved"}
    # <completion_date>July 2016 -> December 2017; <primary_completion_date> July 2016 -> July 2017
    assert moves == {"primary_completion": (365, "later"), "completion": (518, "later")}


# ---------------------------------------------------------------- golden reports

GOLDEN_CASES = [
    ("NCT00482794", "2016-06-27", "2017-01-18"),   # completion dates slip a year
    ("NCT01065844", "2017-10-20", "2018-05-11"),   # completed: status, actual completion date
    ("NCT01341288", "2017-01-18", "2017-08-08"),   # withheld record released in full
    ("NCT02586688", "2017-01-18", "2017-08-08"),   # officials, contacts and sites change
]


def _golden_inputs(case: tuple[str, str, str]) -> tuple[Path, Path, Path]:
    nct, a, b = case
    return (XML_HISTORY / nct / f"{nct}_downloaded-{a}.xml",
            XML_HISTORY / nct / f"{nct}_downloaded-{b}.xml",
            GOLDEN / f"{nct}_{a}_{b}.txt")


def golden_report(old: Path, new: Path) -> str:
    """The text report with the corpus paths made relative (stable across checkouts)."""
    text = render_text(diff(old, new))
    return text.replace(str(CORPUS), "<corpus>").replace("../shared/corpus", "<corpus>")


@needs_xml
@pytest.mark.parametrize("case", GOLDEN_CASES, ids=[f"{c[0]}:{c[1]}..{c[2]}" for c in GOLDEN_CASES])
def test_golden_text_reports(case: tuple[str, str, str]) -> None:
    old, new, golden = _golden_inputs(case)
    assert golden.is_file(), f"missing golden report {golden}; see tests/data/diff/README.md"
    assert golden_report(old, new) == golden.read_text(encoding="utf-8")


# ---------------------------------------------------------------- ClinicalTrials.gov's own change pages

OFFICIAL_PAGES = sorted(ARCHIVE.glob("*/official-changes/*.html"))
needs_html = pytest.mark.skipif("ctgov-html" not in formats(),
                                reason="the saved-page HTML adapter is not in this build")

#: The Archive's XML elements (as its change pages name them) -> (section, the row
#: label that shows the element on the per-version pages, or None when those pages
#: do not show it at all, so no diff of them can see it).
OFFICIAL_ELEMENTS: dict[str, tuple[str, str | None]] = {
    "initial_release_date": ("bookkeeping", None),
    "last_release_date": ("bookkeeping", None),
    "init_disposition_release_date": ("bookkeeping", None),
    "init_results_release_date": ("bookkeeping", None),
    "status_block/date": ("status", None),        # the verification date
    "see_also/url": ("references", "URL"),
    "reference/medline_ui": ("references", "Reference"),
    "background/reference/medline_ui": ("references", "Reference"),
    "end_date": ("dates", None),
    "end_date/date": ("dates", None),
    "last_follow_up_date": ("dates", "Last follow-up date"),
    "last_follow_up_date/date": ("dates", "Last follow-up date"),
    "last_data_entry_date": ("dates", None),
    "last_data_entry_date/date": ("dates", None),
    "enrollment": ("enrollment", None),
    "eligibility/expected_enrollment": ("enrollment", None),
    "eligibility/patients": ("eligibility", None),
    "eligibility/minimum_age": ("eligibility", "Minimum age"),
    "eligibility/maximum_age": ("eligibility", "Maximum age"),
    "intervention/intervent_type": ("interventions", "Intervention"),
    "intervention/description": ("interventions", "Intervention"),
    "intervention/description/textblock": ("interventions", "Intervention"),
}

#: Marked elements whose content really changed but that the per-version pages
#: do not show: no diff of those pages can find them (checked to be absent there).
NOT_ON_VERSION_PAGES = {
    ("NCT00000122", "2009_09_16"): {"status_block/date", "eligibility/patients"},
    ("NCT00000160", "2014_03_14"): {"eligibility/patients"},
}

#: Where the diff of two per-version pages reports each official section.
DIFF_PATH_SECTIONS: tuple[tuple[str, str], ...] = (
    ("extras.Reference", "references"), ("extras.URL", "references"),
    ("extras.See also", "references"), ("related_nct_ids", "references"),
    ("extras.Last follow-up date", "dates"), ("dates.", "dates"),
    ("enrollment.", "enrollment"), ("interventions", "interventions"),
    ("eligibility.", "eligibility"), ("overall_status", "status"),
)

# The Archive renamed the intervention type "Procedure" to "Procedure/Surgery" in
# 2014; both are the one API v2 code PROCEDURE, so that edit is vocabulary, not content.
_VOCABULARY = {"procedure/surgery": "procedure"}
_LEVEL = re.compile(r"\bsdl(\d+)\b")
_TAG = re.compile(r"</?([\w:]+)")


def _official_rows(page: Root) -> Iterator[tuple[str, list[tuple[int, str, str]],
                                                 list[tuple[int, str, str]]]]:
    """(row class, before lines, after lines); a line is (level, kind, text), kind
    "open" (a start tag, "sds"/"sda"), "close" ("sdz") or "text"."""
    view = page.xpath('//div[@id="sdiff-full"]')[0]
    for row in view.xpath('.//tr[starts-with(@class, "sdiff-")]'):
        columns = []
        for side in ("sdiff-a", "sdiff-b"):
            lines = []
            for cell in row.xpath(f'./td[@class="{side}"]'):
                for div in cell.xpath('.//div[starts-with(@class, "sdl")]'):
                    classes = div.get("class").split()
                    level = int(_LEVEL.search(div.get("class")).group(1))
                    kind = ("open" if {"sds", "sda"} & set(classes)
                            else "close" if "sdz" in classes else "text")
                    lines.append((level, kind, div.text_content().strip()))
            columns.append(lines)
        yield row.get("class"), columns[0], columns[1]


def official_marks(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """The elements a change page marks, each with its values before and after.

    A row classed sdiff-chg/-add/-del is a change; each line carries its depth
    (``sdlN``), so the element a line belongs to is the tag path open at that depth.
    """
    page = lxml_html.parse(str(path)).getroot()
    marked: set[str] = set()
    values: list[dict[str, list[str]]] = [{}, {}]
    stacks: list[list[str]] = [[], []]
    for row_class, *sides in _official_rows(page):
        for side, lines in enumerate(sides):
            stack = stacks[side]
            current: dict[str, list[str]] = values[side]
            for level, kind, text in lines:
                if kind == "open":
                    m = _TAG.match(text)
                    del stack[level:]
                    stack.append(m.group(1) if m else "?")
                    element = "/".join(stack[1:])
                    current.setdefault(element, []).append("")
                elif kind == "close":
                    element = "/".join(stack[1:level + 1])
                else:
                    element = "/".join(stack[1:level])
                    if text and current.get(element):
                        current[element][-1] = f"{current[element][-1]} {text}".strip()
                if row_class != "sdiff-unc" and element and text:
                    marked.add(element)
    return {e: (values[0].get(e, []), values[1].get(e, [])) for e in sorted(marked)}


def _content(values: list[str]) -> list[str]:
    """Values as content: spacing, case, "N/A" (null) and vocabulary renames aside."""
    out = []
    for value in values:
        text = _norm(value)
        text = _VOCABULARY.get(text, text)
        if text and text != "n/a":
            out.append(text)
    return sorted(out)


def _versions_of(path: Path) -> tuple[Path, Path]:
    """The per-version pages a change page compares (its Before and After links)."""
    page = lxml_html.parse(str(path)).getroot()
    nct = path.parent.parent.name
    dates = []
    for side in ("sdiff-a", "sdiff-b"):
        href = page.xpath(f'//th[@class="{side}"]//h3/a/@href')[0]
        dates.append(href.rstrip("/").rsplit("/", 1)[1].replace("_", ""))
    versions = path.parent.parent / "versions"
    return versions / f"{nct}_{dates[0]}.html", versions / f"{nct}_{dates[1]}.html"


def _diff_section(change: Change) -> str | None:
    return next((s for prefix, s in DIFF_PATH_SECTIONS if change.path.startswith(prefix)), None)


def test_official_pages_are_all_read() -> None:
    assert len(OFFICIAL_PAGES) == 10
    marks = {(p.parent.parent.name, p.stem): official_marks(p) for p in OFFICIAL_PAGES}
    # Spot checks of the reading against the pages as a person sees them.
    before, after = marks[("NCT00000122", "2014_03_14")]["background/reference/medline_ui"]
    assert before == ["90086934", "92246174", "93128447", "96179405"]
    assert after == ["2688428", "1575223", "8420383", "8604728"]
    assert marks[("NCT00000122", "2005_12_08")] == {}   # "Internal-use (not shown)"
    assert marks[("NCT00000122", "2009_09_16")]["status_block/date"] == (["2003-10"], ["2009-09"])
    for page_marks in marks.values():
        unknown = set(page_marks) - set(OFFICIAL_ELEMENTS)
        assert not unknown, f"no section known for marked element(s) {unknown}"


@needs_html
@pytest.mark.parametrize("page", OFFICIAL_PAGES,
                         ids=[f"{p.parent.parent.name}:{p.stem}" for p in OFFICIAL_PAGES])
def test_official_change_pages_agree_with_the_diff(page: Path) -> None:
    nct = page.parent.parent.name
    old_page, new_page = _versions_of(page)
    page_texts = [p.read_text(encoding="utf-8", errors="replace") for p in (old_page, new_page)]

    marked_sections: set[str] = set()
    unseen: set[str] = set()
    for element, (before, after) in official_marks(page).items():
        section, label = OFFICIAL_ELEMENTS[element]
        if section == "bookkeeping" or _content(before) == _content(after):
            continue  # the registry's release stamps; empty or N/A elements; renamed labels
        if label is None:
            unseen.add(element)
            continue
        assert any(f"<th>{label}</th>" in text for text in page_texts), (label, page.name)
        marked_sections.add(section)
    assert unseen == NOT_ON_VERSION_PAGES.get((nct, page.stem), set())

    result = diff(old_page, new_page)
    found: dict[str, list[str]] = {}
    for change in result.substantive_changes:
        section = _diff_section(change)
        assert section is not None, f"no official section known for {change.path}"
        found.setdefault(section, []).append(change.path)
    assert set(found) == marked_sections, (
        f"official page marks {sorted(marked_sections)}, the diff changes {found}")


# ---------------------------------------------------------------- robustness

def _mixed_records() -> list[Path]:
    picks: list[Path] = []
    for folder, pattern, count in (("ctgov-v2", "*.json", 24), ("ctgov-xml", "*.xml", 18),
                                   ("ctgov-v1", "NCT*.json", 10)):
        files = sorted((CORPUS / folder).glob(pattern))
        step = max(1, len(files) // count)
        picks.extend(files[::step][:count])
    return picks


@needs_xml
def test_any_two_real_records_diff_and_render() -> None:
    """Unrelated trials in mixed formats: the worst case for matching; never an exception."""
    from trialnorm import ParseError, parse_file
    from trialnorm.diff_report import render_html, render_json

    trials = []
    for path in _mixed_records():
        try:
            trials.append(parse_file(path))
        except ParseError as exc:  # a file of several records: not this test's subject
            assert "several records" in str(exc)
    assert len(trials) >= 40
    for old, new in pairwise(trials):
        result = diff(old, new)
        assert result.changed
        assert "nct_id" in {c.path for c in result.changes} or old.nct_id == new.nct_id
        render_text(result)
        render_json(result)
        render_html(result)
        assert not diff(new, new, all=True).changes


@needs_html
def test_two_saves_of_one_archive_version_are_no_change() -> None:
    # NCT00000122 as of 2005-06-23, saved twice: other indentation and markup layout.
    versions = ARCHIVE / "NCT00000122" / "versions"
    result = diff(versions / "NCT00000122_06232005.html", versions / "NCT00000122_20050623.html")
    assert not result.changed and result.events == []
