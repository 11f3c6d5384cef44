"""The summary-page layout: a one-page trial summary with "- Label" / "- value" lines.

The page (text scrape or saved HTML) reads::

    <title>
    - Conditions / - <condition>...         - Interventions / - <Type>: <name>...
    - Registration Number / - NCT...        - Lead Sponsor / - <name>
    - Brief Summary / <paragraphs>          - Detailed Description / <paragraphs>
    Recruitment & Eligibility
    - Status / - <code>   - Sex / - All   - Target Recruitment / - <n>
    - <inclusion criteria>  - <exclusion criteria>   (items, with continuation lines)
    Study & Design
    - Study Type / - <code>   - Study Design / - <code>
    - Arm && Interventions / "Group Intervention Description" + one row per arm
    - Primary Outcome Measures / "Name Time Method" + one row per outcome
    Trial Locations
    - Locations (n) / <facility> / <flag><City, State, Country> / <the same run together
      with the contact's name, role, phone and e-mail>

Table rows come flattened onto one line each; they are split back into their cells
here: arm rows with the intervention names the page lists, outcome rows at the
time frame. Saved HTML keeps the cell borders (as tabs), which are used when present.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from trialnorm.adapters._base import PARSER_VERSION, Adapter, RawInput
from trialnorm.adapters._page_text import looks_like_html, page_lines, split_country, text_lines
from trialnorm.errors import ParseError
from trialnorm.extract.text import clean, clean_inline
from trialnorm.model import (
    Allocation,
    InterventionModel,
    InterventionType,
    Masking,
    ObservationalModel,
    Phase,
    PrimaryPurpose,
    Sex,
    Status,
    StudyType,
    TimePerspective,
    Trial,
)

__all__ = ["ADAPTER", "split_arm_row", "split_location_line", "split_outcome_row"]

NAME = "summary-page"

_HEADINGS = frozenset({"Recruitment & Eligibility", "Study & Design", "Related Research Topics",
                       "Trial Locations"})
_TOPICS_SENTENCE = ("Explore scientific publications, clinical data analysis, treatment "
                    "approaches, and expert-compiled information related to the mechanisms and "
                    "outcomes of this trial. Click any topic for comprehensive research insights.")
_SINGLE = frozenset({"Registration Number", "Lead Sponsor", "Status", "Sex",
                     "Target Recruitment", "Study Type"})
_LISTS = frozenset({"Conditions", "Interventions", "Keywords", "Collaborators", "Phase",
                    "Phases", "Study Design"})
_FREE = frozenset({"Brief Summary", "Detailed Description"})
_TABLES = {"Arm && Interventions": "arms", "Primary Outcome Measures": "primary",
           "Secondary Outcome Measures": "secondary", "Other Outcome Measures": "other"}
_LABELS = _SINGLE | _LISTS | _FREE | frozenset(_TABLES)
_LOCATIONS_LABEL = re.compile(r"^Locations\s*\((\d+)\)$")
_TABLE_HEADERS = {"arms": re.compile(r"^Group\s+Intervention\s+Description(?:\s+|$)"),
                  "outcome": re.compile(r"^Name\s+Time\s+Method(?:\s+|$)")}
_MARKERS = tuple(re.compile(rf"^[ \t]*{re.escape(line)}[ \t]*\r?$", re.MULTILINE) for line in (
    "- Registration Number", "- Lead Sponsor", "Recruitment & Eligibility", "Study & Design",
    "- Target Recruitment", "- Arm && Interventions", "Trial Locations")) + (
    re.compile(r"^[ \t]*Name\s+Time\s+Method\b", re.MULTILINE),)
_HTML_MARKERS = ("Registration Number", "Lead Sponsor", "Recruitment &amp; Eligibility",
                 "Recruitment & Eligibility", "Study &amp; Design", "Target Recruitment",
                 "Arm &amp;&amp; Interventions", "Trial Locations")
_NCT = re.compile(r"NCT\d{8}")
_JSON_START = re.compile(r"\{|\[\s*(?:[{\[\"\d\]]|true|false|null)")
_FLAG = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")
_ROLE = re.compile(r"(Principal Investigator|Sub-?Investigator|Study Chair|Study Director|"
                   r"Contact)(?=[+\d(]|[^\s@]+@|$)")
_PHONE_EMAIL = re.compile(r"^(?P<phone>\+?\(?\d[\d\s\-().]*(?:(?:ext\.?|x)\s*\d+)?)?"
                          r"(?P<email>[^\s@]+@[^\s@]+\.[A-Za-z]{2,})?$")
_ROLES = {"contact": "CONTACT", "principal investigator": "PRINCIPAL_INVESTIGATOR",
          "subinvestigator": "SUB_INVESTIGATOR", "sub-investigator": "SUB_INVESTIGATOR",
          "study chair": "STUDY_CHAIR", "study director": "STUDY_DIRECTOR"}

# ------------------------------------------------------------- time frames
_NUM = (r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"fifteen|eighteen|twenty|thirty|forty|sixty|ninety)")
_UNIT = (r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|"
         r"seconds?|cycles?|visits?|nights?|sessions?|courses?)")
_QTY = rf"(?:{_NUM}(?:\s*(?:,\s*and|,\s*or|,|and|or|-|–|to)\s*{_NUM})*\s*-?\s*{_UNIT}\b)"
_POINT = (r"(?:(?:Day|Days|Week|Weeks|Month|Months|Year|Years|Cycle|Cycles|Visit|Hour|Hours|"
          r"D|W|M|C|V)\s*-?\s*\d+(?:\.\d+)?\b)")
_ANCHOR = (r"(?:baseline|screening|enrollment|enrolment|randomi[sz]ation|admission|discharge|"
           r"surgery|delivery|birth|pre-?dose|post-?dose|pre-?treatment|post-?treatment|"
           r"end of (?:treatment|study|the study|therapy|intervention|follow-?up)|"
           r"study completion|the end of (?:treatment|the study|study)|"
           r"(?:the )?(?:first|last) (?:dose|visit|infusion)|infusion|transplant(?:ation)?|"
           r"(?:length|duration) of (?:the )?(?:study|trial|follow-?up|hospital stay)|"
           r"(?:the )?entire study(?: period)?|study duration|follow-?up|hospital stay|"
           r"annually|thereafter|weekly|monthly|daily|yearly)")
_PREFIX = (r"(?:(?:about|approximately|approx\.?|up to|upto|within|through|throughout|after|"
           r"at|from|until|over|by|for|during|every|each|before|prior to|between|till|"
           r"an average of|average of|on|in|assessed at|measured at|period of|"
           r"change from|change over|changes? at)\s+)*")
_UNIT_ITEM = rf"(?:{_PREFIX}(?:{_QTY}|{_POINT}|{_ANCHOR})|{_NUM}\b)"
_JOIN = (r"(?:\s*(?:,|;|and|to|through|until|till|-|–|/|or|&|up to|\(|\)|after|post|from|"
         r"then|every|and at|at|an average of|average)\s*)+")
_SUFFIX = (r"(?:\s*(?:post|after|following|from|of)[- ](?:the\s)?(?:first\s|last\s)?"
           r"(?:dose|dosing|infusion|treatment|randomi[sz]ation|surgery|transplant(?:ation)?|"
           r"baseline|enrollment|vaccination|injection|intervention|operation|procedure|"
           r"administration|discharge|delivery|birth|study start|start of treatment)\b)?"
           r"(?:\s+(?:later|thereafter|afterwards))?")
_TIME_FRAME = re.compile(
    rf"{_PREFIX}(?:{_QTY}|{_POINT}|{_ANCHOR})(?:{_JOIN}{_UNIT_ITEM})*{_SUFFIX}"
    rf"(?:\s*\((?:[^()]{{0,60}})\))?", re.IGNORECASE)
_STUDY_COMPLETION = re.compile(r"(?:through|up to|until|at)?\s*study completion"
                               r"(?:,?\s*(?:an average of|average of|approximately|about|up to)"
                               rf"\s*{_QTY})?", re.IGNORECASE)
_PREPOSITIONS = frozenset({"at", "in", "to", "from", "after", "within", "by", "over", "of",
                           "until", "for", "and", "between", "on", "during", "the", "a", "an",
                           "per", "than", "before", "through", "up", "with", "each", "every"})
_WORD_START = re.compile(r"(?<=\s)\S")
# First words a time frame can start with: trying the full pattern only there is 5x faster.
_TF_FIRST_WORDS = frozenset(["about", "approximately", "approx", "approx.", "up", "upto", "within", "through", "throughout", "after", "at", "from", "until", "over", "by", "for", "during", "every", "each", "before", "prior", "between", "till", "an", "average", "on", "in", "assessed", "measured", "period", "change", "changes", "day", "days", "week", "weeks", "month", "months", "year", "years", "cycle", "cycles", "visit", "hour", "hours", "d", "w", "m", "c", "v", "baseline", "screening", "enrollment", "enrolment", "randomization", "randomisation", "admission", "discharge", "surgery", "delivery", "birth", "predose", "pre-dose", "postdose", "post-dose", "pretreatment", "pre-treatment", "posttreatment", "post-treatment", "end", "study", "the", "first", "last", "infusion", "transplant", "transplantation", "length", "duration", "entire", "follow-up", "followup", "follow", "hospital", "annually", "thereafter", "weekly", "monthly", "daily", "yearly", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "eighteen", "twenty", "thirty", "forty", "sixty", "ninety"])
_TF_START = re.compile(
    r"(?<=\s)(?=\d|(?:" + "|".join(re.escape(w) for w in sorted(_TF_FIRST_WORDS, key=len,
                                                                   reverse=True))
    + r")(?![A-Za-z]))", re.IGNORECASE)


# ----------------------------------------------------------------- detection

def detect(inp: RawInput) -> bool:
    if inp.is_loaded or inp.is_binary:
        return False
    head = inp.head
    if _JSON_START.match(head) or head.startswith("<?xml"):
        return False
    text = inp.text
    if looks_like_html(head):
        flat = " ".join(text.split())
        return sum(1 for m in _HTML_MARKERS if m in flat) >= 3
    return sum(1 for pattern in _MARKERS if pattern.search(text)) >= 3


def parse(inp: RawInput) -> Iterator[Trial]:
    heading = None
    if looks_like_html(inp.head):
        page = page_lines(inp.data if isinstance(inp.data, bytes) else inp.text)
        lines, heading = page.lines, page.heading
    else:
        lines = text_lines(inp.text)
    if not lines:
        raise inp.error("the page has no visible text", format=NAME)
    yield lines_to_trial(lines, source=inp.name, heading=heading)


# ----------------------------------------------------------------- reading

def _label(line: str) -> str | None:
    if line.startswith("- "):
        name = line[2:].strip()
        if name in _LABELS or _LOCATIONS_LABEL.match(name):
            return name
    return None


class _Reader:
    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {}
        self.free: dict[str, list[str]] = {}
        self.tables: dict[str, list[str]] = {}
        self.criteria: list[list[str]] = []
        self.locations: list[str] = []
        self.topics: list[str] = []
        self.other: list[str] = []
        self.warnings: list[dict[str, Any]] = []
        self.extras: dict[str, Any] = {}

    def warn(self, field: str, message: str, text: str | None = None) -> None:
        self.warnings.append({"field": field, "message": message,
                              "text": text[:200] if text else text})


def _read(lines: list[str], r: _Reader) -> str | None:
    """Sort the lines into labelled values, free text, tables and criteria; the title."""
    title = None
    start = 0
    if lines and not lines[0].startswith("- ") and lines[0] not in _HEADINGS:
        title = lines[0]
        start = 1
    section = ""
    label: str | None = None
    single_done = False
    for line in lines[start:]:
        if line in _HEADINGS:
            section, label = line, None
            continue
        name = _label(line)
        if name is not None:
            label, single_done = name, False
            if _LOCATIONS_LABEL.match(name):
                label = "Locations"
            continue
        if section == "Related Research Topics" and label is None:
            if line != _TOPICS_SENTENCE:
                r.topics.append(line)
            continue
        if label in _FREE:
            r.free.setdefault(label, []).append(line)
        elif label in _TABLES:
            r.tables.setdefault(_TABLES[label], []).append(line)
        elif label == "Locations" or (label is None and section == "Trial Locations"):
            r.locations.append(line)
        elif label in _LISTS and line.startswith("- "):
            r.values.setdefault(label, []).append(line[2:].strip())
        elif label in _SINGLE and not single_done and line.startswith("- "):
            r.values.setdefault(label, []).append(line[2:].strip())
            single_done = True
        elif section == "Recruitment & Eligibility":
            if line.startswith("- ") or not r.criteria:
                r.criteria.append([line[2:].strip() if line.startswith("- ") else line])
            else:
                r.criteria[-1].append(line)
        else:
            r.other.append(line)
    return title


def lines_to_trial(lines: list[str], *, source: str | None = None,
                   heading: str | None = None) -> Trial:
    """One summary page, as its visible lines, as a Trial."""
    r = _Reader()
    title = _read(lines, r)
    if heading:
        title = heading
    if not r.values and not r.free and not r.tables and not r.criteria:
        raise ParseError("no labelled field of the summary-page layout found", source=source,
                         format=NAME, snippet=lines[0] if lines else None)
    rec: dict[str, Any] = {"brief_title": clean_inline(title)}
    v = r.values

    def one(label: str) -> str | None:
        values = v.get(label)
        return values[0] if values else None

    reg = one("Registration Number")
    if reg:
        if _NCT.fullmatch(reg.strip().upper()):
            rec["nct_id"] = reg.strip().upper()
        else:
            rec["secondary_ids"] = [{"id": clean_inline(reg), "type": None, "domain": None}]
            r.warn("nct_id", "the registration number is not an NCT ID", reg)
    rec["conditions"] = [c for c in (clean_inline(x) for x in v.get("Conditions", [])) if c]
    rec["keywords"] = [c for c in (clean_inline(x) for x in v.get("Keywords", [])) if c]
    lead = clean_inline(one("Lead Sponsor"))
    rec["sponsor"] = {"name": lead, "class": None} if lead else None
    rec["collaborators"] = [{"name": c, "class": None}
                            for c in (clean_inline(x) for x in v.get("Collaborators", [])) if c]
    rec["brief_summary"] = clean("\n".join(r.free.get("Brief Summary", []))) or None
    rec["detailed_description"] = clean("\n".join(r.free.get("Detailed Description", []))) or None
    rec["overall_status"] = _code(r, Status, one("Status"), "overall_status")
    rec["study_type"] = _code(r, StudyType, one("Study Type"), "study_type")
    phases = []
    for value in v.get("Phase", []) + v.get("Phases", []):
        for part in re.split(r"\s*[,/]\s*", value):
            code = _code(r, Phase, part, "phases")
            if code is not None and code not in phases:
                phases.append(code)
    rec["phases"] = phases
    count = one("Target Recruitment")
    enrollment: dict[str, Any] = {"count": None, "type": None}
    if count is not None:
        digits = count.replace(",", "").strip()
        if digits.isdigit():
            enrollment["count"] = int(digits)
        else:
            r.warn("enrollment.count", "not a whole number", count)
    rec["enrollment"] = enrollment
    rec["design"] = _design(r, v.get("Study Design", []), rec["study_type"])
    sex = one("Sex")
    rec["eligibility"] = {"sex": _code(r, Sex, {"BOTH": "ALL"}.get((sex or "").upper(), sex),
                                       "eligibility.sex"),
                          "criteria_text": _criteria(r)}
    interventions = _interventions(r, v.get("Interventions", []))
    rec["interventions"] = interventions
    rec["arms"] = _arms(r, r.tables.get("arms", []), [iv["name"] for iv in interventions])
    rec["outcomes"] = {group: _outcomes(r, group, r.tables.get(group, []))
                       for group in ("primary", "secondary", "other")}
    rec["locations"] = _locations(r, r.locations)
    if r.topics:
        r.extras["page.research_topics"] = r.topics
    if r.other:
        r.extras["page.unplaced_lines"] = r.other
        r.warn("source", f"{len(r.other)} line(s) under no known label", r.other[0])
    rec["source"] = {"format": NAME, "path": source, "parser_version": PARSER_VERSION}
    rec["extras"] = r.extras
    rec["warnings"] = r.warnings
    return Trial.model_validate(rec)


def _code(r: _Reader, cls: Any, value: str | None, field: str) -> Any:
    if not value:
        return None
    code = value.strip().upper().replace(" ", "_").replace(",", "")
    try:
        return cls(code)
    except ValueError:
        r.warn(field, f"not a {cls.__name__} value", value)
        r.extras[f"page.{field}"] = value
        return None


_DESIGN_ENUMS = (("allocation", Allocation), ("intervention_model", InterventionModel),
                 ("primary_purpose", PrimaryPurpose), ("masking", Masking),
                 ("observational_model", ObservationalModel),
                 ("time_perspective", TimePerspective))


def _design(r: _Reader, values: list[str], study_type: Any) -> dict[str, Any]:
    """Design codes by their vocabulary; "OTHER" is read by the study type."""
    enums: tuple[tuple[str, Any], ...] = _DESIGN_ENUMS
    if study_type == StudyType.OBSERVATIONAL:
        enums = _DESIGN_ENUMS[4:] + _DESIGN_ENUMS[:4]
    design: dict[str, Any] = {}
    for value in values:
        code = value.strip().upper().replace(" ", "_")
        for field, cls in enums:
            if field in design:
                continue
            try:
                design[field] = cls(code)
                break
            except ValueError:
                continue
        else:
            r.warn("design", "not a study design code", value)
            r.extras.setdefault("page.study_design", []).append(value)
    return design


def _criteria(r: _Reader) -> str | None:
    items = ["\n".join(item) for item in r.criteria]
    if not items:
        return None
    if len(items) == 2:
        return clean(f"Inclusion Criteria:\n{items[0]}\nExclusion Criteria:\n{items[1]}")
    r.warn("eligibility.criteria_text",
           f"{len(items)} criteria item(s) on the page: inclusion cannot be told from exclusion",
           None)
    return clean("\n".join(items))


_TYPE_NAMES = {t.value.replace("_", " ").casefold(): t for t in InterventionType} | {
    "procedure/surgery": InterventionType.PROCEDURE, "biologic": InterventionType.BIOLOGICAL,
    "device/diagnostic": InterventionType.DEVICE}


def _interventions(r: _Reader, values: list[str]) -> list[dict[str, Any]]:
    out = []
    for value in values:
        kind, sep, name = value.partition(":")
        iv_type = _TYPE_NAMES.get(kind.strip().casefold()) if sep else None
        if iv_type is None:
            name = value
        name_text = clean_inline(name)
        if name_text:
            out.append({"name": name_text, "type": iv_type})
    return out


# ----------------------------------------------------------------- table rows

def _strip_header(rows: list[str], kind: str) -> list[str]:
    out = []
    for i, row in enumerate(rows):
        if i == 0:
            if row.replace("\t", " ").split() in (["Group", "Intervention", "Description"],
                                                  ["Name", "Time", "Method"]):
                continue
            m = _TABLE_HEADERS[kind].match(row)
            if m:
                row = row[m.end():]
        if row.strip():
            out.append(row)
    return out


_CONNECTOR_END = re.compile(r"(?:\b(?:and|with|or|plus|vs\.?|versus|of|a|an|the|to|for|in|on|at|"
                            r"by|from|via|using)|[+&/,(:-])$", re.IGNORECASE)
_SEPARATOR = re.compile(r"[\s,;]*")


def split_arm_row(row: str, names: list[str]) -> tuple[str, list[str], str | None] | None:
    """(label, intervention names, description) of a flattened arm row; None if unsplittable.

    The Intervention cell lists the arm's interventions by name, so the split is
    where the longest run of known names starts; a label cannot end with "and",
    "with" or "+" (the name there belongs to the label), and a description starts
    with a capital.
    """
    if "\t" in row:
        cells = [c.strip() for c in row.split("\t")]
        cells += [""] * (3 - len(cells))
        found = [n for n in names if n in cells[1]] or ([cells[1]] if cells[1] else [])
        return cells[0], found, " ".join(cells[2:]).strip() or None
    ordered = sorted(set(names), key=len, reverse=True)
    best: tuple[tuple[int, int, int, int], str, list[str], str] | None = None
    for m in _WORD_START.finditer(row):
        pos = m.start()
        chain: list[str] = []
        at = pos
        while True:
            for name in ordered:
                if name not in chain and row.startswith(name, at) and (
                        at + len(name) == len(row) or not row[at + len(name)].isalnum()):
                    chain.append(name)
                    at += len(name)
                    sep = _SEPARATOR.match(row, at)
                    at = sep.end() if sep else at
                    break
            else:
                break
        if not chain:
            continue
        label = row[:pos].strip()
        description = row[at:].strip()
        good_start = not description or description[0].isupper() or description[0] in "(\"'"
        key = (len(chain), 0 if _CONNECTOR_END.search(label) else 1, 1 if good_start else 0,
               -pos)
        if best is None or key > best[0]:
            best = (key, label, chain, description)
    if best is None:
        return _split_plain_row(row)
    return best[1], best[2], best[3] or None


def _split_plain_row(row: str) -> tuple[str, list[str], str | None] | None:
    """A row with no intervention: label then description, split where the description
    repeats the label's first or last word ("Control Control group receives...")."""
    words = row.split(" ")
    for k in range(1, min(len(words), 12)):
        label_words, following = words[:k], words[k].casefold()
        if following in (label_words[0].casefold(), label_words[-1].casefold()):
            label = " ".join(label_words)
            return label, [], " ".join(words[k:]) or None
    return None


def _arms(r: _Reader, rows: list[str], names: list[str]) -> list[dict[str, Any]]:
    arms: list[dict[str, Any]] = []
    for row in _strip_header(rows, "arms"):
        split = split_arm_row(row, names)
        if split is None or not split[0]:
            r.warn("arms", "arm row not split into label / interventions / description", row)
            arms.append({"label": clean_inline(row), "type": None, "description": None})
            continue
        label, chain, description = split
        arms.append({"label": clean_inline(label), "type": None,
                     "description": clean(description),
                     "intervention_names": [clean_inline(n) for n in chain]})
    return [a for a in arms if a["label"]]


def split_outcome_row(row: str) -> tuple[str, str | None, str | None]:
    """(measure, time frame, description) of a flattened outcome row.

    The time frame is the time expression ("About 1 year", "Day 28", "Baseline and week
    12", "Up to 24 months") that best reads as a cell of its own: it starts with a capital
    or a digit, does not follow a preposition (then it belongs to the measure), and is
    followed by a capitalized description or nothing.
    """
    if "\t" in row:
        cells = [c.strip() for c in row.split("\t")]
        cells += [""] * (3 - len(cells))
        return cells[0], cells[1] or None, " ".join(cells[2:]).strip() or None
    best: tuple[tuple[int, int, int], int, int] | None = None
    for m in _TF_START.finditer(row):
        pos = m.start()
        for pattern in (_TIME_FRAME, _STUDY_COMPLETION):
            tf = pattern.match(row, pos)
            if not tf or tf.end() == pos:
                continue
            end = tf.end()
            while end > pos and row[end - 1] in " ,;(":
                end -= 1
            if row[end:end + 1] == ")" and row.count("(", pos, end) > row.count(")", pos, end):
                end += 1
            if end < len(row) and row[end].isalnum() and row[end - 1].isalnum():
                continue
            measure = row[:pos].rstrip()
            words = measure.split()
            description = row[end:].strip()
            score = 0
            if row[pos].isupper() or row[pos].isdigit():
                score += 4
            if words and words[-1].casefold().strip(",") in _PREPOSITIONS:
                score -= 4
            if not description or description[0].isupper() or description[0] in "(\"'[":
                score += 2
            if description[:1] in (",", ")", "-", "/", ".") or measure.endswith(("(", "-", "/")):
                score -= 3
            if measure.endswith((",", " and", " or")):
                score -= 5  # a list of time points does not stop half way
            if measure.count("(") > measure.count(")"):
                score -= 3  # the time frame cannot start inside the measure's brackets
            key = (score, end - pos, -pos)
            if best is None or key > best[0]:
                best = (key, pos, end)
    if best is None or best[0][0] < -1:
        return row.strip(), None, None
    _, pos, end = best
    return row[:pos].strip(), row[pos:end].strip(), row[end:].strip() or None


def _outcomes(r: _Reader, group: str, rows: list[str]) -> list[dict[str, Any]]:
    out = []
    for row in _strip_header(rows, "outcome"):
        measure, time_frame, description = split_outcome_row(row)
        if time_frame is None:
            r.warn(f"outcomes.{group}", "no time frame found in the outcome row", row)
        out.append({"measure": clean_inline(measure) or row, "time_frame": clean_inline(time_frame),
                    "description": clean(description)})
    return out


# ----------------------------------------------------------------- locations

def split_location_line(line: str, places: dict[str, str]) -> dict[str, Any] | None:
    """Facility, place and contact of the run-together line "facility🇨🇳place name role phone email"."""
    m = _FLAG.search(line)
    if not m or m.start() == 0:
        return None
    facility = line[: m.start()].strip()
    rest = line[m.end():]
    place = places.get(facility)
    if place and rest.startswith(place):
        contact = rest[len(place):]
    else:
        head, _country = None, None
        for c in re.finditer(r",\s*", rest):
            tail = rest[c.end():]
            for name in sorted(_known_countries(), key=len, reverse=True):
                if tail.startswith(name):
                    head, _country = rest[: c.end() + len(name)], name
                    break
            if head:
                break
        if head is None:
            return {"facility": facility, "place": rest, "contact": None}
        place, contact = head, rest[len(head):]
    return {"facility": facility, "place": place, "contact": _contact(contact)}


def _known_countries() -> list[str]:
    from trialnorm.adapters._page_text import COUNTRY_CODES
    return list(COUNTRY_CODES)


def _contact(text: str) -> dict[str, Any] | None:
    text = text.strip()
    if not text:
        return None
    role_match = _ROLE.search(text)
    name, role, rest = text, None, ""
    if role_match:
        name = text[: role_match.start()]
        role = _ROLES.get(role_match.group(1).casefold())
        rest = text[role_match.end():]
    else:
        email = re.search(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$", text)
        if email:
            name, rest = text[: email.start()], text[email.start():]
    m = _PHONE_EMAIL.match(rest.strip())
    phone = email_text = None
    if m:
        phone, email_text = m.group("phone"), m.group("email")
    return {"name": clean_inline(name.strip(" ,")), "role": role,
            "phone": clean_inline(phone), "email": clean_inline(email_text)}


def _place_fields(place: str) -> dict[str, Any]:
    rest, country = split_country(place)
    parts = [x.strip() for x in rest.split(",") if x.strip()]
    if country is None and len(parts) >= 2:
        country = parts.pop()
    return {"city": parts[0] if parts else None,
            "state": ", ".join(parts[1:]) if len(parts) > 1 else None,
            "country": country}


def _locations(r: _Reader, lines: list[str]) -> list[dict[str, Any]]:
    locations: list[dict[str, Any]] = []
    places: dict[str, str] = {}
    pending: str | None = None
    for line in lines:
        flag = _FLAG.search(line)
        if flag and flag.start() == 0:
            place = line[flag.end():].strip()
            locations.append({"facility": clean_inline(pending), **_place_fields(place),
                              "contacts": []})
            if pending:
                places[pending] = place
            pending = None
        elif flag:
            split = split_location_line(line, places)
            if split is None:
                continue
            target = next((loc for loc in locations if loc["facility"] == split["facility"]
                           and not loc["contacts"]), None)
            if target is None:
                target = {"facility": clean_inline(split["facility"]),
                          **_place_fields(split["place"]), "contacts": []}
                locations.append(target)
            if split["contact"]:
                target["contacts"].append(split["contact"])
        else:
            if pending is not None:
                locations.append({"facility": clean_inline(pending), "contacts": []})
                r.warn("locations", "a facility without its place line", pending)
            pending = line
    if pending is not None:
        locations.append({"facility": clean_inline(pending), "contacts": []})
        r.warn("locations", "a facility without its place line", pending)
    return locations


ADAPTER = Adapter(
    name=NAME,
    description="one-page trial summary with '- Label' / '- value' lines "
                "(scraped text or saved HTML)",
    detect=detect,
    parse=parse,
    extensions=(".txt", ".html", ".htm"),
)
