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


class _RowParts:
    """Per-word features of a row: what starting or ending a time frame at each
    boundary shows, and running sums of what a span holds."""

    __slots__ = ("classes", "depth", "end_features", "inner_capital", "inside", "start_features",
                 "starts", "words")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        n = len(words)
        classes = [_word_class(w) for w in words]
        self.classes = classes
        lowered = [w.strip(_EDGE_CHARS).casefold() for w in words]
        depth = [0]
        for w in words:
            depth.append(depth[-1] + w.count("(") + w.count("[") - w.count(")") - w.count("]"))
        self.depth = depth
        # word k inside a time frame: its class; past the first word, a capital that
        # follows no punctuation (a cell may start there)
        self.inside = [f"in_c{c}" for c in classes]
        self.inner_capital: list[str | None] = [
            f"in_cap_after_c{classes[k - 1]}"
            if k and w[0].isupper() and words[k - 1][-1] not in ",;:(/-" else None
            for k, w in enumerate(words)]
        strong = [k for k, c in enumerate(classes) if c >= _WEAK_ANCHOR and k > 0]
        self.starts = sorted({i for k in strong for i in range(max(1, k - _MAX_LEAD_WORDS), k + 1)})
        self.start_features: dict[int, tuple[str, ...]] = {}
        for i in self.starts:
            before = words[i - 1]
            feats = [f"start_{_shape(words[i])}", f"start_pair_{classes[i - 1]}_{classes[i]}",
                     f"start_c{classes[i]}"]
            if lowered[i - 1] in _BAD_CELL_END:
                feats.append("measure_ends_preposition")
            if before[-1] in ",:;-(/":
                feats.append(f"measure_ends_{before[-1]}")
            if depth[i] > 0:
                feats.append("measure_open_bracket")
            self.start_features[i] = tuple(feats)
        self.end_features: list[tuple[str, ...]] = [()]
        for j in range(1, n + 1):
            last = words[j - 1]
            feats = [f"tf_last_c{classes[j - 1]}"]
            if lowered[j - 1] in _BAD_CELL_END:
                feats.append("tf_ends_preposition")
            if last[-1] in ",;-/(:":
                feats.append(f"tf_ends_{last[-1]}")
            if j < n:
                feats += [f"desc_{_shape(words[j])}", f"end_pair_{classes[j - 1]}_{classes[j]}"]
                if lowered[j] in _TIME_CONTINUES:
                    feats.append("desc_starts_time_word")
            else:
                feats.append("desc_empty")
            self.end_features.append(tuple(feats))

    def ends(self, i: int) -> range:
        """Where a time frame starting at word i may end: past its first time word."""
        n = len(self.words)
        classes = self.classes
        first_strong = next(k for k in range(i, n) if classes[k] >= _WEAK_ANCHOR)
        return range(first_strong + 1, min(n, i + _MAX_TF_WORDS) + 1)

    def pair_features(self, i: int, j: int) -> list[str]:
        feats = [f"length_{_LENGTH_BUCKETS[min(j - i, len(_LENGTH_BUCKETS) - 1)]}"]
        if self.depth[j] != self.depth[i]:
            feats.append("tf_unbalanced")
        return feats


# Fitted weights (see above), by feature name: start_/measure_ (the boundary before the
# time frame), tf_/desc_/end_ (the one after it), in_ (words inside it), c0..c6 the
# word classes (_OTHER ... _QTY).
_WEIGHTS: dict[str, float] = {
    "desc_D": -0.68, "desc_L": -1.53, "desc_O": -0.51, "desc_P": -0.14, "desc_U": 2.36,
    "desc_empty": 0.5, "desc_starts_time_word": -2.59, "end_pair_0_0": 0.61, "end_pair_0_1": 1.41,
    "end_pair_0_2": 0.89, "end_pair_0_3": 0.02, "end_pair_0_4": 0.16, "end_pair_1_0": -1.87,
    "end_pair_1_1": -0.12, "end_pair_1_2": -0.1, "end_pair_1_3": -0.02, "end_pair_1_5": -0.45,
    "end_pair_1_6": -0.27, "end_pair_2_0": 0.24, "end_pair_2_1": 0.07, "end_pair_2_2": 0.2,
    "end_pair_2_3": 1.28, "end_pair_2_4": 0.23, "end_pair_2_5": 0.0, "end_pair_2_6": 0.06,
    "end_pair_3_0": -0.02, "end_pair_3_1": 0.47, "end_pair_3_2": 0.65, "end_pair_3_3": -0.07,
    "end_pair_3_4": 0.68, "end_pair_3_5": -0.17, "end_pair_4_0": -1.1, "end_pair_4_1": -0.27,
    "end_pair_4_2": -0.48, "end_pair_4_3": 0.12, "end_pair_4_4": 0.71, "end_pair_4_5": -1.46,
    "end_pair_5_0": 0.98, "end_pair_5_1": -0.12, "end_pair_5_2": 0.5, "end_pair_5_3": -0.51,
    "end_pair_5_4": -2.12, "end_pair_5_5": -0.37, "end_pair_5_6": -0.53, "end_pair_6_0": -0.29,
    "end_pair_6_1": 0.72, "end_pair_6_4": -0.15, "in_c0": -0.99, "in_c1": -0.12, "in_c2": 0.81,
    "in_c3": 0.74, "in_c4": 0.14, "in_c5": 1.3, "in_c6": 0.74, "in_cap_after_c0": -0.06,
    "in_cap_after_c1": -0.25, "in_cap_after_c2": -1.13, "in_cap_after_c3": -1.36,
    "in_cap_after_c4": -0.9, "in_cap_after_c5": -1.95, "in_cap_after_c6": -0.64, "length_1": -1.44,
    "length_2": 0.12, "length_3": 0.1, "length_4": 0.4, "length_5": 0.83, "measure_ends_,": -2.57,
    "measure_ends_-": -0.5, "measure_ends_:": -1.44, "measure_ends_;": -1.21,
    "measure_ends_preposition": -2.29, "measure_open_bracket": -2.42, "repeated": 1.76,
    "start_D": 1.17, "start_L": -0.82, "start_O": -1.7, "start_P": -0.94, "start_U": 2.29,
    "start_c0": -0.51, "start_c1": -0.06, "start_c2": -0.27, "start_c3": 0.84, "start_c4": 0.22,
    "start_c5": -0.39, "start_c6": 0.18, "start_pair_0_0": -0.41, "start_pair_0_1": 0.1,
    "start_pair_0_2": 0.07, "start_pair_0_3": 0.32, "start_pair_0_4": 0.3, "start_pair_0_5": 1.75,
    "start_pair_0_6": 0.25, "start_pair_1_0": -1.02, "start_pair_1_1": -0.9,
    "start_pair_1_2": 0.53, "start_pair_1_3": -1.38, "start_pair_1_4": -2.82,
    "start_pair_1_5": -0.82, "start_pair_1_6": -0.76, "start_pair_2_0": 0.26,
    "start_pair_2_1": 0.55, "start_pair_2_2": 0.24, "start_pair_2_3": -0.65,
    "start_pair_2_4": 0.82, "start_pair_2_5": 0.02, "start_pair_2_6": 0.31,
    "start_pair_3_0": -0.24, "start_pair_3_1": 0.3, "start_pair_3_2": -0.6, "start_pair_3_3": 0.37,
    "start_pair_3_4": 1.49, "start_pair_4_0": 0.01, "start_pair_4_1": 0.17,
    "start_pair_4_2": -0.11, "start_pair_4_3": 1.11, "start_pair_4_4": -0.24,
    "start_pair_4_5": -1.76, "start_pair_5_0": 0.48, "start_pair_5_1": -0.79,
    "start_pair_5_2": -0.4, "start_pair_5_3": 0.89, "start_pair_5_4": -0.03,
    "start_pair_5_6": 0.37, "start_pair_6_0": 0.4, "start_pair_6_1": 0.51, "start_pair_6_3": 0.18,
    "start_pair_6_4": 0.7, "start_pair_6_5": 0.41, "tf_ends_,": -2.24, "tf_ends_-": -0.22,
    "tf_ends_:": -2.29, "tf_ends_;": -0.71, "tf_ends_preposition": -0.56, "tf_last_c0": -0.93,
    "tf_last_c1": -1.58, "tf_last_c2": 0.06, "tf_last_c3": 0.04, "tf_last_c4": 0.82,
    "tf_last_c5": 1.29, "tf_last_c6": 0.3, "tf_unbalanced": -2.29,
}


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
    end_score = [sum(weight(f, 0.0) for f in feats) for feats in parts.end_features]
    inside = [0.0]
    capitals = [0.0]
    for feature, capital in zip(parts.inside, parts.inner_capital):
        inside.append(inside[-1] + weight(feature, 0.0))
        capitals.append(capitals[-1] + (weight(capital, 0.0) if capital else 0.0))
    lengths = [weight(f"length_{b}", 0.0) for b in _LENGTH_BUCKETS]
    unbalanced = weight("tf_unbalanced", 0.0)
    depth = parts.depth
    last_length = len(lengths) - 1
    repeated = weight("repeated", 0.0) if other_rows else 0.0
    best, best_i, best_j = float("-inf"), 0, 0
    near: list[tuple[float, int, int]] = []  # all that a repetition could lift to the top
    for i in parts.starts:
        start = (sum(weight(f, 0.0) for f in parts.start_features[i]) - inside[i]
                 - capitals[i + 1])
        depth_i = depth[i]
        for j in parts.ends(i):
            score = start + end_score[j] + inside[j] + capitals[j] + lengths[min(j - i, last_length)]
            if depth[j] != depth_i:
                score += unbalanced
            if score > best:  # strict: on a tie the earlier, shorter time frame stays
                best, best_i, best_j = score, i, j
            if repeated > 0 and score > best - repeated:
                near.append((score, i, j))
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
