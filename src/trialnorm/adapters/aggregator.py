"""The aggregator page layout: a trial page of a site that re-renders API v2 records.

The page (text scrape or saved HTML) is a run of sections. Each opens with a fixed
heading and one fixed explanatory sentence of the site's, which is not data::

    [title / "NCT ID: ..." / "Last Updated: ..."]          optional header
    Basic Information    status, phase, "N participants", study type, start, completion
    Brief Summary, Detailed Description                    free text
    Related Clinical Trials                                title / NCT ID pairs
    Conditions                                             one per line
    Study Design         allocation, intervention model, primary purpose, masking
    Study Groups         per arm: label, description, then its interventions
    Interventions        per intervention: name, description
    Eligibility Criteria criteria, then minimum age, maximum age, sex, healthy volunteers
    Sponsors             name / agency class pairs, the lead first
    Locations            facility / "City, State, Country" pairs
    Other Identifiers    id / "Identifier Type: ..." / "Identifier Source: ..."

Most values carry no label and are known by their order, so each is checked
against its slot: a value that fits no slot is dropped to ``extras`` with a
warning, never put where it does not belong. The page shows no arm or
intervention types and no date types: those stay null. Codes are API v2 codes
(NOT_YET_RECRUITING), and text keeps the API's markdown escapes, undone here.
The site cuts arm and intervention descriptions near 1,000 characters; a cut
text gets a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any

from trialnorm.adapters._base import PARSER_VERSION, Adapter, RawInput
from trialnorm.adapters._page_text import looks_like_html, page_lines, split_country, text_lines
from trialnorm.errors import ParseError
from trialnorm.extract.ages import parse_age
from trialnorm.extract.dates import parse_date
from trialnorm.extract.text import clean, clean_inline
from trialnorm.model import (
    AgencyClass,
    Allocation,
    InterventionModel,
    Masking,
    ObservationalModel,
    Phase,
    PrimaryPurpose,
    Sex,
    Status,
    StudyType,
    TimePerspective,
    Trial,
    WhoMasked,
)

__all__ = ["ADAPTER", "SECTIONS", "lines_to_trial", "split_interventions"]

NAME = "aggregator-page"

#: Each section heading and the fixed sentence the site prints under it.
SECTIONS: dict[str, str] = {
    "Study Results": "The study team has not published outcome measurements, participant flow, "
                     "or safety data for this trial yet. Check back later for updates.",
    "Basic Information": "Get a concise snapshot of the trial, including recruitment status, "
                         "study phase, enrollment targets, and key timeline milestones.",
    "Brief Summary": "Review the sponsor-provided synopsis that highlights what the study is "
                     "about and why it is being conducted.",
    "Related Clinical Trials": "Explore similar clinical trials based on study characteristics "
                               "and research focus.",
    "Detailed Description": "Dive into the extended narrative that explains the scientific "
                            "background, objectives, and procedures in greater depth.",
    "Conditions": "See the medical conditions and disease areas that this research is targeting "
                  "or investigating.",
    "Study Design": "Understand how the trial is structured, including allocation methods, "
                    "masking strategies, primary purpose, and other design elements.",
    "Study Groups": "Review each arm or cohort in the study, along with the interventions and "
                    "objectives associated with them.",
    "Interventions": "Learn about the drugs, procedures, or behavioral strategies being tested "
                     "and how they are applied within this trial.",
    "Eligibility Criteria": "Check the participation requirements, including inclusion and "
                            "exclusion rules, age limits, and whether healthy volunteers are "
                            "accepted.",
    "Sponsors": "Meet the organizations funding or collaborating on the study and learn about "
                "their roles.",
    "Responsible Party": "Identify the individual or organization who holds primary "
                         "responsibility for the study information submitted to regulators.",
    "Locations": "Explore where the study is taking place and check the recruitment status at "
                 "each participating site.",
    "Countries": "Review the countries where the study has at least one active or historical "
                 "site.",
    "Central Contacts": "Reach out to these primary contacts for questions about participation "
                        "or study logistics.",
    "Facility Contacts": "Find local site contact details for specific facilities participating "
                         "in the trial.",
    "Other Identifiers": "Review additional registry numbers or institutional identifiers "
                         "associated with this trial.",
    "More Related Trials": "Additional clinical trials that may be relevant based on similarity "
                           "analysis.",
}
_SENTENCES = frozenset(SECTIONS.values())
# Sentences precise enough that two of them identify the layout.
_MARKERS = tuple(SECTIONS[h] for h in ("Basic Information", "Brief Summary", "Study Design",
                                       "Study Groups", "Eligibility Criteria", "Sponsors",
                                       "Other Identifiers", "Study Results", "Interventions"))
_LAST_SECTIONS = ("More Related Trials", "Other Identifiers")

_NCT = re.compile(r"NCT\d{8}")
_JSON_START = re.compile(r"\{|\[\s*(?:[{\[\"\d\]]|true|false|null)")
_NCT_LINE = re.compile(r"^NCT ID:\s*(.*)$", re.IGNORECASE)
_UPDATED_LINE = re.compile(r"^Last Updated:\s*(.*)$", re.IGNORECASE)
_PARTICIPANTS = re.compile(r"^(\d[\d,]*)\s+participants?$", re.IGNORECASE)
_PHASE_SPLIT = re.compile(r"\s*[,/|]\s*|\s+")
_AGE_LINE = re.compile(r"^(?:\d+(?:\.\d+)?\s*[A-Za-z]+|N/?A)$", re.IGNORECASE)
_ID_TYPE = re.compile(r"^Identifier Type:\s*(.*)$", re.IGNORECASE)
_ID_SOURCE = re.compile(r"^Identifier Source:\s*(.*)$", re.IGNORECASE)
_CRITERIA_HEADING = re.compile(r"^(inclusion|exclusion) criteria\s*:?$", re.IGNORECASE)
_TYPE_PREFIX = re.compile(
    r"^(?:Drug|Biological|Device|Procedure|Procedure/Surgery|Radiation|Behavioral|Genetic|"
    r"Dietary Supplement|Combination Product|Diagnostic Test|Other)\s*:", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^(?:[*•·\-–+]\s|\(?\d{1,3}[.)、]|\(?[a-zA-Z][.)]\s|\(?[ivx]{1,4}[.)]\s)")
_SENTENCE_END = re.compile(r"[.;:,!?]$")
_CUT_END = re.compile(r"[.!?)\]\"'”。》>*]$")

#: Descriptions this long are at the site's cut (near 1,000 characters).
CUT_LENGTH = 900


# ----------------------------------------------------------------- detection

def detect(inp: RawInput) -> bool:
    if inp.is_loaded or inp.is_binary:
        return False
    head = inp.head
    if _JSON_START.match(head) or head.startswith("<?xml"):
        return False
    text = inp.text
    if looks_like_html(head):  # sentences may be wrapped over lines in the source
        text = " ".join(text.split())
    found = 0
    for sentence in _MARKERS:
        if sentence in text:
            found += 1
            if found >= 2:
                return True
    return False


def parse(inp: RawInput) -> Iterator[Trial]:
    text = inp.text
    heading = None
    if looks_like_html(inp.head):
        page = page_lines(inp.data if isinstance(inp.data, bytes) else text)
        lines, heading = page.lines, page.heading
    else:
        lines = text_lines(text)
    if not lines:
        raise inp.error("the page has no visible text", format=NAME)
    yield lines_to_trial(lines, source=inp.name, heading=heading)


# ----------------------------------------------------------------- sections

def _norm(line: str) -> str:
    return " ".join(line.split())


# A page whose heading and sentence are drawn inline gives them on one line.
_JOINED_HEADINGS = {heading + sep + sentence: heading for heading, sentence in SECTIONS.items()
                    for sep in ("", " ", ": ", " - ")}


def split_sections(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """(lines before the first section, {heading: content lines})."""
    head: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] = head
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line in SECTIONS and i + 1 < n and _norm(lines[i + 1]) in _SENTENCES:
            current = sections.setdefault(line, [])
            i += 2
            continue
        joined = _JOINED_HEADINGS.get(line)
        if joined is not None:
            current = sections.setdefault(joined, [])
            i += 1
            continue
        current.append(line)
        i += 1
    return head, sections


class _Page:
    """Collects the record, its extras and warnings."""

    def __init__(self) -> None:
        self.rec: dict[str, Any] = {}
        self.extras: dict[str, Any] = {}
        self.warnings: list[dict[str, Any]] = []

    def warn(self, field: str, message: str, text: str | None = None) -> None:
        self.warnings.append({"field": field, "message": message,
                              "text": text[:200] if text else text})


def lines_to_trial(lines: list[str], *, source: str | None = None,
                   heading: str | None = None) -> Trial:
    """One aggregator page, as its visible lines, as a Trial."""
    head, sections = split_sections(lines)
    if not sections:
        raise ParseError("no section of the aggregator layout found", source=source,
                         format=NAME, snippet=lines[0] if lines else None)
    p = _Page()
    rec = p.rec
    _header(p, head, heading)
    if sections.get("Study Results"):
        p.extras["page.study_results"] = sections["Study Results"]
    _basic(p, sections.get("Basic Information", []))
    rec["brief_summary"] = _text(sections.get("Brief Summary"))
    rec["detailed_description"] = _text(sections.get("Detailed Description"))
    rec["related_nct_ids"] = _related(p, sections.get("Related Clinical Trials", [])
                                      + sections.get("More Related Trials", []))
    rec["conditions"] = [c for c in (clean_inline(x) for x in sections.get("Conditions", []))
                         if c]
    _design(p, sections.get("Study Design", []), rec.get("study_type"))
    _arms(p, sections.get("Study Groups", []), sections.get("Interventions", []))
    _eligibility(p, sections.get("Eligibility Criteria"))
    _sponsors(p, sections.get("Sponsors", []))
    rec["locations"] = _locations(p, sections.get("Locations", []))
    _identifiers(p, sections.get("Other Identifiers", []))
    for name, key in (("Responsible Party", "responsible_party"), ("Countries", "countries"),
                      ("Central Contacts", "central_contacts"),
                      ("Facility Contacts", "facility_contacts")):
        if sections.get(name):
            p.extras[f"page.{key}"] = sections[name]
    if not any(s in sections for s in _LAST_SECTIONS):
        last = list(sections)[-1]
        p.warn("source", "the page ends early: no section after " + repr(last), None)
    updated = rec.get("dates", {}).get("last_update_posted")
    rec["source"] = {"format": NAME, "path": source, "parser_version": PARSER_VERSION,
                     "record_version": updated["date"] if updated else None}
    rec["extras"] = p.extras
    rec["warnings"] = p.warnings
    return Trial.model_validate(rec)


def _text(lines: list[str] | None) -> str | None:
    return clean("\n".join(lines)) if lines else None


def _header(p: _Page, head: list[str], heading: str | None) -> None:
    title = None
    nct = None
    updated = None
    rest = []
    for i, line in enumerate(head):
        m = _NCT_LINE.match(line)
        if m:
            nct = m.group(1).strip()
            if i > 0 and title is None:
                title = head[i - 1]
            continue
        m = _UPDATED_LINE.match(line)
        if m:
            updated = m.group(1).strip()
            continue
        rest.append(line)
    if heading and heading in head:
        title = heading
    elif title is None and len(rest) == 1:
        title = rest[0]
    if title:
        p.rec["brief_title"] = clean_inline(title)
        rest = [x for x in rest if x != title]
    if rest:
        p.extras["page.header"] = rest
    if nct:
        if _NCT.fullmatch(nct.upper()):
            p.rec["nct_id"] = nct.upper()
        else:
            p.warn("nct_id", "not an NCT ID", nct)
            p.extras["page.nct_id"] = nct
    if updated:
        iso = parse_date(updated)
        if iso:
            p.rec.setdefault("dates", {})["last_update_posted"] = {"date": iso, "type": None}
        else:
            p.warn("dates.last_update_posted", "unreadable date", updated)
            p.extras["page.last_updated"] = updated


# ----------------------------------------------------------------- slots

Matcher = Callable[[str], Any]


def _enum_matcher(cls: type[StrEnum]) -> Matcher:
    def match(line: str) -> Any:
        code = line.strip().upper().replace(" ", "_").replace(",", "")
        try:
            return cls(code)
        except ValueError:
            return None
    return match


def _phases(line: str) -> list[Phase] | None:
    parts = [x for x in _PHASE_SPLIT.split(line.strip().upper()) if x]
    out = []
    for part in parts:
        code = {"N/A": "NA", "EARLY_PHASE_1": "EARLY_PHASE1"}.get(part, part)
        if not code.startswith(("PHASE", "EARLY_PHASE", "NA")):
            return None
        try:
            out.append(Phase(code))
        except ValueError:
            return None
    return out or None


def _participants(line: str) -> int | None:
    m = _PARTICIPANTS.match(line.strip())
    return int(m.group(1).replace(",", "")) if m else None


def _date(line: str) -> str | None:
    return parse_date(line) if any(c.isdigit() for c in line) else None


def _fill_slots(p: _Page, section: str, lines: list[str],
                slots: list[tuple[str, Matcher]], *, strict: bool) -> dict[str, Any]:
    """Values read by position, each checked against its slot.

    ``strict``: the section has exactly one line per slot, so a value that does not fit
    its own slot is a wrong value (null plus a warning), not a sign of a missing one.
    Otherwise lines may be missing, and a value goes to the next slot it fits.
    """
    out: dict[str, Any] = {}
    if strict:
        for (name, match), line in zip(slots, lines):
            value = match(line)
            if value is None:
                p.warn(name, f"{section}: {line!r} is not a valid {name.split('.')[-1]}", line)
                p.extras.setdefault(f"page.{section}", []).append(line)
            else:
                out[name] = value
        return out
    pos = 0
    for line in lines:
        for k in range(pos, len(slots)):
            name, match = slots[k]
            value = match(line)
            if value is not None:
                out[name] = value
                pos = k + 1
                break
        else:
            p.warn(section, "value fits no field of this section", line)
            p.extras.setdefault(f"page.{section}", []).append(line)
    return out


_STATUS = _enum_matcher(Status)
_STUDY_TYPE = _enum_matcher(StudyType)
_BASIC_SLOTS: list[tuple[str, Matcher]] = [
    ("overall_status", _STATUS), ("phases", _phases), ("enrollment.count", _participants),
    ("study_type", _STUDY_TYPE), ("dates.start", _date), ("dates.completion", _date),
]


def _basic(p: _Page, lines: list[str]) -> None:
    merged: list[str] = []
    for line in lines:  # several phases on several lines are one value
        if merged and _phases(line) and _phases(merged[-1]):
            merged[-1] += ", " + line
        else:
            merged.append(line)
    strict = len(merged) == len(_BASIC_SLOTS)
    values = _fill_slots(p, "basic_information", merged, _BASIC_SLOTS, strict=strict)
    rec = p.rec
    rec["overall_status"] = values.get("overall_status")
    rec["phases"] = values.get("phases", [])
    rec["study_type"] = values.get("study_type")
    rec["enrollment"] = {"count": values.get("enrollment.count"), "type": None}
    dates = rec.setdefault("dates", {})
    if "dates.start" in values:
        dates["start"] = {"date": values["dates.start"], "type": None}
        if "dates.completion" not in values and not strict:
            p.warn("dates.start", "only one date on the page; read as the start date",
                   values["dates.start"])
    if "dates.completion" in values:
        dates["completion"] = {"date": values["dates.completion"], "type": None}


_DESIGN_SLOTS: list[tuple[str, Matcher]] = [
    ("design.allocation", _enum_matcher(Allocation)),
    ("design.intervention_model", _enum_matcher(InterventionModel)),
    ("design.primary_purpose", _enum_matcher(PrimaryPurpose)),
    ("design.masking", _enum_matcher(Masking)),
    ("design.who_masked", lambda s: [w for w in (_enum_matcher(WhoMasked)(x)
                                                 for x in s.split(",")) if w] or None),
    ("design.observational_model", _enum_matcher(ObservationalModel)),
    ("design.time_perspective", _enum_matcher(TimePerspective)),
]


def _design(p: _Page, lines: list[str], study_type: Any) -> None:
    if study_type == StudyType.OBSERVATIONAL:
        slots = _DESIGN_SLOTS[5:]
    elif study_type in (StudyType.INTERVENTIONAL, StudyType.EXPANDED_ACCESS):
        slots = _DESIGN_SLOTS[:5]
    else:
        slots = _DESIGN_SLOTS
    strict = len(lines) == 4 and study_type in (None, StudyType.INTERVENTIONAL)
    if strict:
        slots = _DESIGN_SLOTS[:4]
    values = _fill_slots(p, "study_design", lines, slots, strict=strict)
    p.rec["design"] = {key.split(".", 1)[1]: value for key, value in values.items()}


# ----------------------------------------------------------------- arms

def _name_score(line: str, previous: str | None) -> float:
    """How much a line reads as an intervention name (positive) or as description text."""
    if _LIST_MARKER.match(line) or _TYPE_PREFIX.match(line):
        return -6.0
    if previous is not None and previous.endswith((":", ",", "(", "/", "&")):
        return -6.0
    score = 1.0 if len(line) <= 60 else 0.0 if len(line) <= 100 else -3.0
    if line.endswith(":"):
        score -= 2.0
    elif _SENTENCE_END.search(line) and len(line) > 25:
        score -= 1.5
    return score


def _name_like(line: str, previous: str | None) -> bool:
    return _name_score(line, previous) > 0


#: Nearly every intervention has a description (96% in the corpus): a name with none is rare.
_NO_DESCRIPTION = -1.0


def split_interventions(lines: list[str], forced: frozenset[int] = frozenset()) -> list[list[str]]:
    """The Interventions section as blocks [name, description lines...].

    Names carry no mark, so the split is the most likely one: each block opens with a
    line that reads as a name and nearly always has a description. ``forced`` are the
    line numbers known (from the Study Groups section) to open a block.
    """
    n = len(lines)
    if n == 0:
        return []
    scores = [_name_score(line, lines[i - 1] if i else None) for i, line in enumerate(lines)]
    # best[i]: the best score for lines[i:], and where the block opened at i ends
    best = [0.0] * (n + 1)
    cut = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        top, top_end = float("-inf"), n
        for j in range(i + 1, n + 1):
            if j - 1 > i and (j - 1) in forced:
                break  # a forced opening cannot be description text
            value = scores[i] + (0.0 if j - i > 1 else _NO_DESCRIPTION) + best[j]
            if value > top:
                top, top_end = value, j
        best[i], cut[i] = top, top_end
    blocks = []
    i = 0
    while i < n:
        blocks.append(lines[i:cut[i]])
        i = cut[i]
    return blocks


def _forced_openings(intervention_lines: list[str], group_lines: list[str]) -> frozenset[int]:
    """Intervention lines that the Study Groups section shows opening a block.

    In Study Groups an arm's interventions follow its label and description as copies
    of the Interventions section's blocks: a run of such lines after a line that is
    not one of them opens a block, and where a run stops matching (before another
    copied line, or at the end) a block has ended.
    """
    positions: dict[str, list[int]] = {}
    for i, line in enumerate(intervention_lines):
        positions.setdefault(line, []).append(i)
    forced = {0}
    k = 1  # group_lines[0] is an arm label
    n = len(group_lines)
    while k < n:
        line = group_lines[k]
        if line not in positions:
            k += 1
            continue
        start_ok = group_lines[k - 1] not in positions
        best_at, best_len, ties = -1, 0, 0
        for a in positions[line]:
            length = 0
            while (k + length < n and a + length < len(intervention_lines)
                   and group_lines[k + length] == intervention_lines[a + length]):
                length += 1
            if length > best_len:
                best_at, best_len, ties = a, length, 1
            elif length == best_len:
                ties += 1
        if ties > 1:  # the same lines twice in Interventions: which copy is unknown
            k += best_len
            continue
        # only a line that reads as a name: an arm's description is often copied from
        # its intervention's, which then starts a run of copied lines too
        if start_ok and _name_like(intervention_lines[best_at],
                                   intervention_lines[best_at - 1] if best_at else None):
            forced.add(best_at)
        after = k + best_len
        if start_ok and best_at + best_len < len(intervention_lines) and (
                after == n or group_lines[after] in positions) \
                and len(positions[group_lines[after - 1]]) == 1 and _name_like(
                intervention_lines[best_at + best_len], intervention_lines[best_at + best_len - 1]):
            forced.add(best_at + best_len)
        k = after
    return frozenset(forced)


def _match_block(lines: list[str], at: int, blocks: list[list[str]]) -> list[str] | None:
    best = None
    for block in blocks:
        n = len(block)
        if lines[at:at + n] == block and (best is None or n > len(best)):
            best = block
    return best


def _cut_warning(p: _Page, field: str, text: str | None) -> None:
    if text and len(text) >= CUT_LENGTH and not _CUT_END.search(text):
        p.warn(field, "the page cuts this text near 1,000 characters; it is incomplete",
               text[-60:])


def _arms(p: _Page, group_lines: list[str], intervention_lines: list[str]) -> None:
    blocks = split_interventions(intervention_lines,
                                 _forced_openings(intervention_lines, group_lines))
    interventions: list[dict[str, Any]] = []
    for i, block in enumerate(blocks):
        text = _text(block[1:])
        _cut_warning(p, f"interventions[{i}].description", text)
        name = clean_inline(block[0])
        if name:
            interventions.append({"name": name, "type": None, "description": text})
    arms: list[dict[str, Any]] = []
    all_names = frozenset(block[0] for block in blocks)
    i = 0
    n = len(group_lines)
    while i < n:
        label = group_lines[i]
        i += 1
        description: list[str] = []
        names: list[str] = []
        while i < n and _match_block(group_lines, i, blocks) is None:
            description.append(group_lines[i])
            i += 1
        used: list[list[str]] = []
        while i < n:
            found = _match_block(group_lines, i, blocks)
            if found is None or any(b is found for b in used):
                break  # an arm lists an intervention once: this is the next arm's label
            if _match_block(group_lines, i + 1, blocks) is found:
                break  # a label named as its intervention, which follows at once
            if _match_block(group_lines, i + len(found), blocks) is found:
                break  # the next arm's label and a description copied from its intervention
            used.append(found)
            names.append(clean_inline(found[0]) or found[0])
            i += len(found)
        pieces = _split_plain_arms(label, description, names, all_names)
        for k, (arm_label, arm_lines) in enumerate(pieces):
            arms.append({"label": clean_inline(arm_label), "type": None,
                         "description": _text(arm_lines),
                         "intervention_names": names if k == len(pieces) - 1 else []})
    for i, arm in enumerate(arms):
        _cut_warning(p, f"arms[{i}].description", arm["description"])
    p.rec["arms"] = [a for a in arms if a["label"]]
    p.rec["interventions"] = interventions


#: "Group 1", "Arm B", "Cohort IV": a label that numbers its arm
_NUMBERED_LABEL = re.compile(r"^(\S.{0,30}?)\s+(?:\d{1,2}[A-Za-z]?|[A-Z]|[IVX]{1,4})$")


def _split_plain_arms(label: str, lines: list[str], names: list[str],
                      all_names: frozenset[str]) -> list[tuple[str, list[str]]]:
    """Arms without interventions run together: a line opens the next arm when it is a
    short label after a finished sentence, when it numbers arms as the first label does
    ("Group 1" ... "Group 2"), or when it is the bare name of an intervention (an arm
    named after its intervention) after a description, or of the interventions that
    follow these lines."""
    pieces: list[tuple[str, list[str]]] = [(label, [])]
    numbered = _NUMBERED_LABEL.match(label)
    stem = numbered.group(1) if numbered else None
    for i, line in enumerate(lines):
        previous = lines[i - 1] if i else label
        opens = (pieces[-1][1] and _name_like(line, previous) and len(line) <= 80
                 and previous.endswith((".", ")")) and not line.endswith("."))
        if not opens and stem is not None:
            other = _NUMBERED_LABEL.match(line)
            opens = bool(other and other.group(1) == stem and line != label)
        if not opens and pieces[-1][1] and line in all_names:
            opens = True
        if opens:
            pieces.append((line, []))
        else:
            pieces[-1][1].append(line)
    return pieces


# ----------------------------------------------------------------- eligibility

def _eligibility(p: _Page, lines: list[str] | None) -> None:
    el: dict[str, Any] = {}
    p.rec["eligibility"] = el
    if not lines:
        return
    end = len(lines)
    if end and lines[end - 1].strip().lower() in ("yes", "no", "true", "false"):
        el["healthy_volunteers"] = lines[end - 1].strip().lower() in ("yes", "true")
        end -= 1
    if end and lines[end - 1].strip().upper() in ("ALL", "FEMALE", "MALE", "BOTH"):
        code = lines[end - 1].strip().upper()
        el["sex"] = Sex.ALL if code == "BOTH" else Sex(code)
        end -= 1
    ages: list[str] = []
    while end and len(ages) < 2 and _AGE_LINE.match(lines[end - 1].strip()):
        value = lines[end - 1].strip()
        if value.upper().replace("/", "") != "NA" and parse_age(value) is None:
            break
        ages.insert(0, value)
        end -= 1
    if len(ages) == 2:
        el["minimum_age"] = parse_age(ages[0])
        el["maximum_age"] = parse_age(ages[1])
    elif len(ages) == 1:
        el["minimum_age"] = parse_age(ages[0])
        p.warn("eligibility.minimum_age", "one age on the page; read as the minimum age",
               ages[0])
    criteria = []
    for line in lines[:end]:
        m = _CRITERIA_HEADING.match(line.strip())
        criteria.append(f"{m.group(1).title()} Criteria:" if m else line)
    el["criteria_text"] = _text(criteria)


# ----------------------------------------------------------------- organizations

def _sponsors(p: _Page, lines: list[str]) -> None:
    orgs: list[dict[str, Any]] = []
    pending: str | None = None
    for line in lines:
        code = line.strip().upper()
        if code in AgencyClass.__members__ and pending is not None:
            orgs.append({"name": pending, "class": AgencyClass(code)})
            pending = None
        elif code in AgencyClass.__members__:
            p.warn("sponsor", "an agency class without a sponsor name", line)
        else:
            if pending is not None:
                orgs.append({"name": pending, "class": None})
                p.warn("sponsor.class", "no agency class after this sponsor", pending)
            pending = clean_inline(line)
    if pending is not None:
        orgs.append({"name": pending, "class": None})
        p.warn("sponsor.class", "no agency class after this sponsor", pending)
    p.rec["sponsor"] = orgs[0] if orgs else None
    p.rec["collaborators"] = orgs[1:]


_FACILITY_WORD = re.compile(
    r"hospital|universit|clinic|cent(?:er|re)|institut|site|medical|health|research|college|"
    r"foundation|department|school|hôpital|klinik|ospedale|hospital|group|practice|office|"
    r"pharma|laborator|inc\b|ltd\b|llc\b|gmbh", re.IGNORECASE)
_PLACE_PART = re.compile(r"^[^\d,;:()]{1,40}$")


def _is_place(line: str) -> bool:
    """Whether a line reads as "City, State, Country"."""
    _rest, country = split_country(line)
    if country is not None:
        return True
    parts = [x.strip() for x in line.split(",")]
    return 2 <= len(parts) <= 4 and all(_PLACE_PART.match(x) for x in parts)


def _place(p: _Page, line: str) -> dict[str, Any]:
    rest, country = split_country(line)
    if country is None:
        parts = [x.strip() for x in line.split(",")]
        rest, country = ", ".join(parts[:-1]), parts[-1]
        p.warn("locations.country", "country not in the known list", country)
    parts = [x.strip() for x in rest.split(",") if x.strip()] if rest else []
    return {"city": clean_inline(parts[0]) if parts else None,
            "state": clean_inline(", ".join(parts[1:])) if len(parts) > 1 else None,
            "country": clean_inline(country)}


def _locations(p: _Page, lines: list[str]) -> list[dict[str, Any]]:
    """Facility / place pairs. A place line names a known country; a facility may be missing."""
    locations: list[dict[str, Any]] = []
    pending: str | None = None
    for i, line in enumerate(lines):
        known = split_country(line)[1] is not None
        if pending is None:
            following = lines[i + 1] if i + 1 < len(lines) else None
            next_known = following is not None and split_country(following)[1] is not None
            if known and not (next_known and _FACILITY_WORD.search(line)):
                locations.append({"facility": None, **_place(p, line)})
            else:
                pending = line
        elif known or _is_place(line):
            locations.append({"facility": clean_inline(pending), **_place(p, line)})
            pending = None
        else:
            locations.append({"facility": clean_inline(pending)})
            p.warn("locations", "a facility without its city line", pending)
            pending = line
    if pending is not None:
        locations.append({"facility": clean_inline(pending)})
        p.warn("locations", "a facility without its city line", pending)
    return locations


def _identifiers(p: _Page, lines: list[str]) -> None:
    entries: list[dict[str, str | None]] = []
    for line in lines:
        m_type = _ID_TYPE.match(line)
        m_source = _ID_SOURCE.match(line)
        if m_type and entries:
            entries[-1]["type"] = m_type.group(1).strip()
        elif m_source and entries:
            entries[-1]["source"] = m_source.group(1).strip()
        elif not m_type and not m_source:
            entries.append({"id": clean_inline(line), "type": None, "source": None})
    secondary: list[dict[str, str | None]] = []
    for entry in entries:
        id_type = entry["type"] if entry["type"] not in (None, "-", "") else None
        source = entry["source"] if entry["source"] not in (None, "-", "") else None
        if source == "org_study_id" and "org_study_id" not in p.rec:
            p.rec["org_study_id"] = entry["id"]
        elif source == "org_study_id" or (source is None and "org_study_id" not in p.rec
                                          and id_type is None and not secondary):
            p.rec.setdefault("org_study_id", entry["id"])
        else:
            domain = source if source not in ("secondary_id", "nct_alias") else None
            secondary.append({"id": entry["id"], "type": id_type, "domain": domain})
    p.rec["secondary_ids"] = secondary


def _related(p: _Page, lines: list[str]) -> list[str]:
    ids: list[str] = []
    titles: list[dict[str, str | None]] = []
    title: str | None = None
    for line in lines:
        nct = line.strip().upper()
        if _NCT.fullmatch(nct):
            if nct not in ids:
                ids.append(nct)
                titles.append({"title": clean_inline(title), "nct_id": nct})
            title = None
        else:
            title = line
    if titles:
        p.extras["page.related_trials"] = titles
    return ids


ADAPTER = Adapter(
    name=NAME,
    description="trial page of the aggregator site that re-renders API v2 records "
                "(scraped text or saved HTML)",
    detect=detect,
    parse=parse,
    extensions=(".txt", ".html", ".htm"),
)
