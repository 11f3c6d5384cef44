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
from collections.abc import Iterator, Sequence
from functools import lru_cache
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
_WORD_START = re.compile(r"(?<=\s)\S")
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
    page_rows = [f" {' '.join(row.split())} " for group in ("primary", "secondary", "other")
                 for row in _strip_header(r.tables.get(group, []), "outcome")]
    rec["outcomes"] = {group: _outcomes(r, group, r.tables.get(group, []), page_rows)
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


# "a" only in lower case: "Arm A", "Group A" are labels, not a label cut after an article
_CONNECTOR_END = re.compile(r"(?:\b(?:and|with|or|plus|vs\.?|versus|of|(?-i:a)|an|the|to|for|in|"
                            r"on|at|by|from|via|using)|[+&/,(:-])$", re.IGNORECASE)
_SEPARATOR = re.compile(r"[\s,;]*")
_MAX_LABEL_WORDS = 15


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
        # a label ending on "and"/"+" is cut inside itself, however many names follow
        key = (0 if _CONNECTOR_END.search(label) else 1, len(chain), 1 if good_start else 0,
               -pos)
        if best is None or key > best[0]:
            best = (key, label, chain, description)
    if best is None:
        return _split_plain_row(row)
    return best[1], best[2], best[3] or None


def _split_plain_row(row: str) -> tuple[str, list[str], str | None] | None:
    """A row with no intervention: a short label, then a description that reads as a
    sentence (a capital, then lower-case words), or that repeats the label's first or
    last word ("Control Control group receives..."). None when no boundary reads so."""
    words = row.split()
    best: tuple[float, int] | None = None
    for k in range(1, min(len(words), _MAX_LABEL_WORDS + 1)):
        label_words, first = words[:k], words[k]
        score = 0.0
        if first.casefold() in (label_words[0].casefold(), label_words[-1].casefold()):
            score += 3
        if first[0].isupper() or first[0] in _OPEN_CELL:
            score += 2
        elif not first[0].isdigit():
            score -= 3
        if k + 1 < len(words) and words[k + 1][:1].islower():
            score += 1  # "Members of this group ...": a sentence starts here
        label = " ".join(label_words)
        if _CONNECTOR_END.search(label):
            score -= 4
        if label.count("(") != label.count(")"):
            score -= 4
        score -= 0.1 * k
        if best is None or score > best[0]:
            best = (score, k)
    if best is None or best[0] < 2:
        return None
    k = best[1]
    return " ".join(words[:k]), [], " ".join(words[k:]) or None


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


# A flattened outcome row is "measure time-frame description" joined by single spaces,
# so splitting it is choosing two word boundaries. Each word gets a class (a number, a
# unit, a number with its unit, a time anchor such as "baseline", a word that is
# sometimes one such as "treatment", a function word, anything else). A candidate time
# frame is scored by the classes it holds, by what its two boundaries look like (a cell
# starts with a capital; it does not end on "at" or ","; a boundary does not cut a
# bracket or "18 | months"), by its length, and by whether the same words are a
# candidate of another row of the page (time frames repeat across a trial's outcomes).
# The weights were fitted (averaged perceptron) on the outcome rows of every other API
# v2 record of the test corpus, and checked on the other half and on the legacy-XML
# records (see the report in tests/test_page_adapters.py).
_EDGE_CHARS = "\"'.,;:()[]{}*"


def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBER_WORDS = _vocabulary(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred half first second third fourth fifth sixth seventh eighth ninth tenth twelfth")
_UNIT_WORDS = _vocabulary(
    "year years yr yrs y month months mo mos mths m week weeks wk wks w day days d hour hours hr "
    "hrs h minute minutes min mins second seconds sec secs cycle cycles night nights")
_ANCHOR_WORDS = _vocabulary("""
    baseline base-line screening enrollment enrolment randomization randomisation randomized
    randomised admission discharge preoperative pre-operative postoperative post-operative
    preop pre-op postop post-op perioperative intraoperative predose pre-dose postdose
    post-dose follow-up followup completion daily weekly monthly annually yearly quarterly
    pre-treatment pretreatment post-treatment posttreatment pre-intervention
    post-intervention postintervention preintervention timepoint timepoints time-point
    thereafter later postoperatively preoperatively mid-treatment afterwards postpartum
    operatively commencement run-in f/u immediately day-of weekend onset initiation
    january february march april may june july august september october november december""")
_WEAK_ANCHOR_WORDS = _vocabulary("""
    surgery operation delivery birth dose doses dosing infusion injection vaccination
    treatment therapy intervention transplant transplantation follow study end start entry
    death progression discontinuation last final visit visits date hospitalization hospital
    stay procedure session sessions duration length period trial participation term
    recruitment inclusion course points point occurrence beginning registration diagnosis
    administration time times initial subsequent once twice occasions relapse recurrence
    starting completing""")
_FUNCTION_WORDS = _vocabulary("""
    from to until till up through throughout after before at and or of the a an within during
    each every approximately approx about post pre prior then following per between over for on
    in by since whichever comes came occurs occurred is are will be assessed measured average
    mean median maximum minimum max min total overall + - & / ~ ± +/- vs versus again""")
_BAD_CELL_END = _vocabulary(
    "from to until till up through after before at and or of the a an within during each every "
    "approximately about post pre prior then following per between over for on in by since "
    "whichever")
_TIME_CONTINUES = _vocabulary(
    "after following from until till to postdose post-dose post and or through thereafter "
    "later")
_NUMBER = re.compile(r"^[<>≤≥~±+-]?\d+(?:[.,]\d+)?(?:st|nd|rd|th)?"
                     r"(?:[-–/+~]\d+(?:[.,]\d+)?)*(?:st|nd|rd|th)?$")
_QUANTITY = re.compile(r"^\d+(?:[.,]\d+)?(?:[-–/]\d+(?:[.,]\d+)?)?-?(?:years?|yrs?|y|months?|"
                       r"mos?|m|weeks?|wks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|min|"
                       r"seconds?|s|sec)$|^(?:d|w|m|h|t|v|c|j|y|day|week|month|hour|visit|"
                       r"cycle|wk|mo)-?\d+(?:[.,]\d+)?(?:[+-]?\d*[a-z]*)?(?:d\d+)?$")
# word classes
_OTHER, _FUNCTION, _WEAK_ANCHOR, _ANCHOR, _NUM, _UNIT, _QTY = range(7)
_CLASS_COUNT = 7
_OPEN_CELL = "(\"'[*•"
_MAX_TF_WORDS = 45
_MAX_LEAD_WORDS = 6  # words a time frame may hold before its first time word
_LENGTH_BUCKETS = (0, 1, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5)  # by word count


@lru_cache(maxsize=65536)
def _word_class(word: str) -> int:
    """What a word is to a time frame."""
    w = word.strip(_EDGE_CHARS).casefold()
    if not w:
        return _FUNCTION
    if w in _UNIT_WORDS:
        return _UNIT
    if w in _NUMBER_WORDS or _NUMBER.match(w):
        return _NUM
    if _QUANTITY.match(w):
        return _QTY
    if w in _ANCHOR_WORDS:
        return _ANCHOR
    if w in _WEAK_ANCHOR_WORDS:
        return _WEAK_ANCHOR
    if w in _FUNCTION_WORDS:
        return _FUNCTION
    if "-" in w:  # 3-month, twenty-four, pre-randomisation
        parts = [p for p in w.split("-") if p]
        if parts and all(p in _UNIT_WORDS or p in _NUMBER_WORDS or p in _ANCHOR_WORDS
                         or _NUMBER.match(p) for p in parts):
            return _QTY
        if parts and parts[0] in ("pre", "post"):
            return _ANCHOR
    return _OTHER


def _shape(word: str) -> str:
    c = word[0]
    if c.isupper():
        return "U"
    if c.isdigit():
        return "D"
    if c.isalpha():
        return "L"
    return "O" if c in _OPEN_CELL else "P"


_MAX_MEASURE_WORDS = 60
_BRACKET = re.compile(r"[()\[\]（）]")
_CLASSES = range(_CLASS_COUNT)
_IN_CLASS = tuple(f"in_c{c}" for c in _CLASSES)
_IN_CAPITAL = tuple(f"in_cap_after_c{c}" for c in _CLASSES)
_START_CLASS = tuple(f"start_c{c}" for c in _CLASSES)
_TF_LAST_CLASS = tuple(f"tf_last_c{c}" for c in _CLASSES)
_START_PAIR = tuple(tuple(f"start_pair_{a}_{b}" for b in _CLASSES) for a in _CLASSES)
_END_PAIR = tuple(tuple(f"end_pair_{a}_{b}" for b in _CLASSES) for a in _CLASSES)
_START_SHAPE = {k: f"start_{k}" for k in "UDLOP"}
_DESC_SHAPE = {k: f"desc_{k}" for k in "UDLOP"}


class _RowParts:
    """Per-word features of a row: what starting or ending a time frame at each
    boundary shows, and running sums of what a span holds."""

    __slots__ = ("classes", "depth", "end_features", "inner_capital", "inside", "next_strong",
                 "start_features", "starts", "words")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        n = len(words)
        # a measure is at most 255 characters (about 50 words): only the head of a
        # long row can hold the time frame
        head = words[:_MAX_MEASURE_WORDS + _MAX_LEAD_WORDS + _MAX_TF_WORDS + 1]
        classes = [_word_class(w) for w in head]
        self.classes = classes
        lowered = [w.strip(_EDGE_CHARS).casefold() for w in head]
        shapes = [_shape(w) for w in head]
        depth = [0]
        for w in head:
            if _BRACKET.search(w):
                depth.append(depth[-1] + w.count("(") + w.count("[") + w.count("（")
                             - w.count(")") - w.count("]") - w.count("）"))
            else:
                depth.append(depth[-1])
        self.depth = depth
        # word k inside a time frame: its class; past the first word, a capital that
        # follows no punctuation (a cell may start there)
        self.inside = [_IN_CLASS[c] for c in classes]
        self.inner_capital: list[str | None] = [
            _IN_CAPITAL[classes[k - 1]]
            if k and w[0].isupper() and head[k - 1][-1] not in ",;:(/-" else None
            for k, w in enumerate(head)]
        strong = [k for k, c in enumerate(classes)
                  if c >= _WEAK_ANCHOR and 0 < k <= _MAX_MEASURE_WORDS + _MAX_LEAD_WORDS]
        # next_strong[k]: the first time word at or after word k
        next_strong = [len(classes)] * (len(classes) + 1)
        for k in range(len(classes) - 1, -1, -1):
            next_strong[k] = k if classes[k] >= _WEAK_ANCHOR else next_strong[k + 1]
        self.next_strong = next_strong
        self.starts = sorted({i for k in strong
                              for i in range(max(1, k - _MAX_LEAD_WORDS),
                                             min(k, _MAX_MEASURE_WORDS) + 1)})
        self.start_features: dict[int, tuple[str, ...]] = {}
        for i in self.starts:
            before = head[i - 1]
            feats = [_START_SHAPE[shapes[i]], _START_PAIR[classes[i - 1]][classes[i]],
                     _START_CLASS[classes[i]]]
            if lowered[i - 1] in _BAD_CELL_END:
                feats.append("measure_ends_preposition")
            if before[-1] in ",:;-(/.":
                feats.append(f"measure_ends_{before[-1]}")
            if depth[i] > 0:
                feats.append("measure_open_bracket")
            self.start_features[i] = tuple(feats)
        reach = min(n, (self.starts[-1] if self.starts else 0) + _MAX_TF_WORDS)
        self.end_features: list[tuple[str, ...]] = [()]
        for j in range(1, reach + 1):
            last = head[j - 1]
            feats = [_TF_LAST_CLASS[classes[j - 1]]]
            if lowered[j - 1] in _BAD_CELL_END:
                feats.append("tf_ends_preposition")
            if last[-1] in ",;-/(:.":
                feats.append(f"tf_ends_{last[-1]}")
            if j < n:
                feats += [_DESC_SHAPE[shapes[j]], _END_PAIR[classes[j - 1]][classes[j]]]
                if lowered[j] in _TIME_CONTINUES:
                    feats.append("desc_starts_time_word")
                if j > 2 and lowered[j:j + 2] == lowered[:2]:
                    feats.append("desc_repeats_measure_start")
            else:
                feats.append("desc_empty")
            self.end_features.append(tuple(feats))

    def ends(self, i: int) -> range:
        """Where a time frame starting at word i may end: past its first time word."""
        return range(self.next_strong[i] + 1, min(len(self.words), i + _MAX_TF_WORDS) + 1)

    def pair_features(self, i: int, j: int) -> list[str]:
        feats = [f"length_{_LENGTH_BUCKETS[min(j - i, len(_LENGTH_BUCKETS) - 1)]}"]
        if self.depth[j] != self.depth[i]:
            feats.append("tf_unbalanced")
        return feats


# Fitted weights (see above), by feature name: start_/measure_ (the boundary before the
# time frame), tf_/desc_/end_ (the one after it), in_ (words inside it), c0..c6 the
# word classes (_OTHER ... _QTY).
_WEIGHTS: dict[str, float] = {
    "desc_D": -0.56, "desc_L": -1.89, "desc_O": -0.72, "desc_P": 0.0, "desc_U": 2.36,
    "desc_empty": 0.81, "desc_repeats_measure_start": 2.43, "desc_starts_time_word": -2.22,
    "end_pair_0_0": 0.26, "end_pair_0_1": 1.3, "end_pair_0_2": 0.91, "end_pair_0_3": 0.08,
    "end_pair_0_4": 0.09, "end_pair_1_0": -2.04, "end_pair_1_1": -0.04, "end_pair_1_4": -0.16,
    "end_pair_1_5": -0.47, "end_pair_1_6": -0.41, "end_pair_2_0": 0.25, "end_pair_2_1": 0.2,
    "end_pair_2_2": 0.57, "end_pair_2_3": 1.28, "end_pair_2_4": -0.04, "end_pair_2_5": -0.14,
    "end_pair_3_0": -0.04, "end_pair_3_1": 0.6, "end_pair_3_2": 0.31, "end_pair_3_3": -0.29,
    "end_pair_3_4": 0.66, "end_pair_4_0": -0.98, "end_pair_4_1": -0.02, "end_pair_4_2": -0.53,
    "end_pair_4_3": 0.05, "end_pair_4_4": 1.12, "end_pair_4_5": -1.66, "end_pair_5_0": 1.23,
    "end_pair_5_1": -0.18, "end_pair_5_2": 0.39, "end_pair_5_3": -0.35, "end_pair_5_4": -2.08,
    "end_pair_5_5": -0.2, "end_pair_5_6": -0.59, "end_pair_6_0": -0.12, "end_pair_6_1": 0.49,
    "end_pair_6_4": -0.1, "end_pair_6_6": -0.14, "in_c0": -1.01, "in_c1": -0.1, "in_c2": 0.85,
    "in_c3": 0.74, "in_c4": 0.18, "in_c5": 1.22, "in_c6": 0.8, "in_cap_after_c0": 0.02,
    "in_cap_after_c1": -0.29, "in_cap_after_c2": -1.09, "in_cap_after_c3": -1.29,
    "in_cap_after_c4": -1.03, "in_cap_after_c5": -1.86, "in_cap_after_c6": -0.8, "length_1": -1.46,
    "length_2": 0.1, "length_3": 0.14, "length_4": 0.36, "length_5": 0.86, "measure_ends_,": -2.62,
    "measure_ends_-": -0.54, "measure_ends_.": 0.65, "measure_ends_:": -1.47,
    "measure_ends_;": -1.35, "measure_ends_preposition": -2.36, "measure_open_bracket": -2.34,
    "repeated": 1.77, "start_D": 1.2, "start_L": -0.76, "start_O": -1.7, "start_P": -1.05,
    "start_U": 2.31, "start_c0": -0.48, "start_c1": -0.09, "start_c2": -0.28, "start_c3": 0.82,
    "start_c4": 0.27, "start_c5": -0.38, "start_c6": 0.14, "start_pair_0_0": -0.41,
    "start_pair_0_1": 0.15, "start_pair_0_2": 0.13, "start_pair_0_3": 0.41, "start_pair_0_4": 0.28,
    "start_pair_0_5": 1.89, "start_pair_0_6": 0.33, "start_pair_1_0": -0.95,
    "start_pair_1_1": -0.95, "start_pair_1_2": 0.57, "start_pair_1_3": -1.37,
    "start_pair_1_4": -2.79, "start_pair_1_5": -0.9, "start_pair_1_6": -0.75,
    "start_pair_2_0": 0.4, "start_pair_2_1": 0.63, "start_pair_2_2": 0.1, "start_pair_2_3": -0.57,
    "start_pair_2_4": 1.02, "start_pair_2_5": 0.08, "start_pair_2_6": 0.37,
    "start_pair_3_0": -0.24, "start_pair_3_1": 0.37, "start_pair_3_2": -0.36,
    "start_pair_3_3": 0.13, "start_pair_3_4": 1.47, "start_pair_4_0": -0.23,
    "start_pair_4_1": 0.05, "start_pair_4_2": -0.25, "start_pair_4_3": 0.96,
    "start_pair_4_4": -0.3, "start_pair_4_5": -1.86, "start_pair_5_0": 0.52,
    "start_pair_5_1": -0.69, "start_pair_5_2": -0.47, "start_pair_5_3": 0.97,
    "start_pair_5_4": -0.15, "start_pair_5_6": 0.19, "start_pair_6_0": 0.44,
    "start_pair_6_1": 0.34, "start_pair_6_3": 0.29, "start_pair_6_4": 0.75, "start_pair_6_5": 0.41,
    "tf_ends_,": -2.11, "tf_ends_-": -0.64, "tf_ends_.": -1.94, "tf_ends_:": -2.34,
    "tf_ends_;": -0.86, "tf_ends_preposition": -0.62, "tf_last_c0": -0.69, "tf_last_c1": -1.82,
    "tf_last_c2": 0.03, "tf_last_c3": 0.22, "tf_last_c4": 0.81, "tf_last_c5": 1.25,
    "tf_last_c6": 0.2, "tf_unbalanced": -2.09,
}


#: the length prior by word count of the time frame
_LENGTH_WEIGHTS = [_WEIGHTS.get(f"length_{_LENGTH_BUCKETS[min(d, len(_LENGTH_BUCKETS) - 1)]}", 0.0)
                   for d in range(_MAX_TF_WORDS + 1)]


@lru_cache(maxsize=4096)
def _score_of(features: tuple[str, ...]) -> float:
    return sum(_WEIGHTS.get(f, 0.0) for f in features)


def split_outcome_row(row: str, other_rows: Sequence[str] = ()
                      ) -> tuple[str, str | None, str | None]:
    """(measure, time frame, description) of a flattened outcome row.

    ``other_rows`` are the page's other outcome rows, each padded with one space on
    both sides: a time frame written the same way in another row is likelier.
    A row with no time word keeps its text as the measure.
    """
    if "\t" in row:
        cells = [c.strip() for c in row.split("\t")]
        cells += [""] * (3 - len(cells))
        return cells[0], cells[1] or None, " ".join(cells[2:]).strip() or None
    words = row.split()
    parts = _RowParts(words)
    if not parts.starts:
        return row.strip(), None, None
    weight = _WEIGHTS.get
    score_of = _score_of
    end_score = [score_of(feats) for feats in parts.end_features]
    inside = [0.0]
    capitals = [0.0]
    for feature, capital in zip(parts.inside, parts.inner_capital):
        inside.append(inside[-1] + weight(feature, 0.0))
        capitals.append(capitals[-1] + (weight(capital, 0.0) if capital else 0.0))
    lengths = _LENGTH_WEIGHTS
    unbalanced = weight("tf_unbalanced", 0.0)
    depth = parts.depth
    repeated = weight("repeated", 0.0) if other_rows else 0.0
    # a time frame's score is start[i] + after[j] + length + bracket balance
    after = [e + k + c for e, k, c in zip(end_score, inside, capitals)]
    most_extra = max(lengths) + max(unbalanced, 0.0) + max(repeated, 0.0)
    best, best_i, best_j = float("-inf"), 0, 0
    near: list[tuple[float, int, int]] = []  # all that a repetition could lift to the top
    for i in parts.starts:
        ends = parts.ends(i)
        if not ends:
            continue
        start = score_of(parts.start_features[i]) - inside[i] - capitals[i + 1]
        if start + max(after[ends.start:ends.stop]) + most_extra < best:
            continue  # no end can reach the best so far
        depth_i = depth[i]
        scores = [start + after[j] + lengths[j - i]
                  + (unbalanced if depth[j] != depth_i else 0.0) for j in ends]
        top_score = max(scores)
        if top_score > best:  # strict: on a tie the earlier, shorter time frame stays
            best, best_i, best_j = top_score, i, ends.start + scores.index(top_score)
        if repeated > 0:
            near.extend((score, i, ends.start + k) for k, score in enumerate(scores)
                        if score > best - repeated)
    if best == float("-inf"):
        return row.strip(), None, None
    top = (best, best_i, best_j)
    # a time frame written the same way in another row of the page is likelier
    for score, i, j in near:
        if score + repeated > top[0] or (score + repeated == top[0] and (i, j) < top[1:]):
            span = " " + " ".join(words[i:j]) + " "
            if any(span in other for other in other_rows):
                top = (score + repeated, i, j)
    _, i, j = top
    return " ".join(words[:i]), " ".join(words[i:j]), " ".join(words[j:]) or None


def _outcomes(r: _Reader, group: str, rows: list[str], page_rows: list[str]
              ) -> list[dict[str, Any]]:
    out = []
    # saved HTML keeps cell borders (the header's too) as tabs: there a row without
    # one is a single cell
    cells_kept = any("\t" in row for row in rows)
    for row in _strip_header(rows, "outcome"):
        if cells_kept and "\t" not in row:
            measure, time_frame, description = row.strip(), None, None
        else:
            padded = f" {' '.join(row.split())} "
            others = [other for other in page_rows if other != padded]
            measure, time_frame, description = split_outcome_row(row, others)
        if time_frame is None:
            r.warn(f"outcomes.{group}", "no time frame found in the outcome row", row)
        out.append({"measure": clean_inline(measure) or row,
                    "time_frame": clean_inline(time_frame), "description": clean(description)})
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
