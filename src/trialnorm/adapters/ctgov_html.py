"""Saved ClinicalTrials.gov web pages: the classic site (2008-2022) and the Archive (2005-2014).

Page families read here, all recognised by their ClinicalTrials.gov markup:

- classic record views: ``Full Text View`` (``ct2/show/NCT...``), ``Tabular View``
  (``ct2/show/record/NCT...``) and ``Study Results`` (``ct2/show/results/NCT...``),
  including the 2017+ layout of the results tab ("No Study Results Posted",
  "Results Submitted - Not Posted" with its quality-control cycle table);
- the ClinicalTrials.gov Archive's view of one historical version
  (``archive/NCT.../2005_06_23``).

Pages of the same sites that hold no trial record raise ``NotATrialRecord``: the
classic error page, the Archive's history index (read it with
``trialnorm.archive.archive_versions``) and the Archive's "Changes to ..."
side-by-side diff pages.

Every view is read into the same ``Trial`` shape: one table of page labels
(``_LABELS``) maps what all views share, and each view's special blocks (outcome
lists, arm tables, locations, investigators) have one small reader. Legacy wording
maps onto API v2 codes ("Phase 1/Phase 2" -> PHASE1, PHASE2; "Anticipated" ->
ESTIMATED; "Both" -> ALL) through the tables the XML and v1 adapters use
(``_legacy_values``), so a value reads the same from a page as from its XML; only
page wording (the 2008-2016 status sentences, "(Anticipated)" date notes, "18 Years
to 65 Years (Adult, Senior)" age spans) is read here. What the page shows but the schema does not type
(references, health authority, results sections, MeSH terms, ...) goes to
``extras`` under the page's own label. Text keeps its paragraph and list structure
("* " / "1. " items, nested items indented), with white space normalised so that
the same page text always gives the same value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any, TypeAlias

from lxml import etree

from trialnorm.adapters._base import PARSER_VERSION, Adapter, RawInput
from trialnorm.adapters._legacy_values import (
    NULL_WORDS,
    code_for,
    healthy_volunteers_for,
    masking_for,
    phases_for,
    value_key,
)
from trialnorm.errors import NotATrialRecord
from trialnorm.extract.ages import parse_age
from trialnorm.extract.dates import parse_date
from trialnorm.model import (
    Allocation,
    ArmGroupType,
    DateType,
    InterventionModel,
    InterventionType,
    Masking,
    ObservationalModel,
    PersonRole,
    Phase,
    PrimaryPurpose,
    Sex,
    Status,
    StdAge,
    StudyType,
    TimePerspective,
    Trial,
)

__all__ = ["ADAPTER", "NAME", "html_text", "inline_text", "load_document", "page_kind"]

NAME = "ctgov-html"

HtmlElement: TypeAlias = etree._Element  # lxml ships no type stubs: Any to mypy

# ----------------------------------------------------------------- detection

_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_CLASSIC_TITLE = re.compile(r"<title>[^<]*-\s*ClinicalTrials\.gov\s*</title>", re.IGNORECASE)
_ARCHIVE_MARK = re.compile(
    r"ClinicalTrials\.gov Archive\s*</title>|src=\"/archive/ctgov_logo|href=\"/archive/history\.css",
    re.IGNORECASE)


def detect(inp: RawInput) -> bool:
    """A saved ClinicalTrials.gov page: an HTML head with the site's own markers.

    The classic site names itself in the ``<title>`` ("... - ClinicalTrials.gov")
    and links ``/ct2/``; the Archive uses its own logo and stylesheet paths. Pages
    of other sites that merely mention ClinicalTrials.gov match neither.
    """
    if inp.is_loaded:
        return False
    head = inp.head
    if not _LOOKS_HTML.search(head):
        return False
    if _ARCHIVE_MARK.search(head):
        return True
    if _CLASSIC_TITLE.search(head):
        return "/ct2/" in head or "/ct2/" in inp.text[:_DEEP_HEAD]
    # a long <head> (scripts, icons) can push the title past the first few KB
    deeper = inp.text[:_DEEP_HEAD]
    title = _CLASSIC_TITLE.search(deeper)
    return title is not None and "/ct2/" in deeper


_DEEP_HEAD = 65536


# ----------------------------------------------------------------- HTML to text

_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Plain etree elements: lxml.html's element classes cost a lookup per node visited.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
_DROP_TAGS = ("script", "style", "noscript", "template")

_BLOCKS = frozenset({"div", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd",
                     "center", "section", "form", "ul", "ol"})
_PARAGRAPHS = frozenset({"p", "blockquote", "pre"})
# Markup that never starts a line of its own.
_INLINE = frozenset({"a", "b", "i", "u", "em", "strong", "span", "sup", "sub", "font", "small",
                     "big", "abbr", "code", "img"})


def load_document(data: str | bytes) -> HtmlElement:
    """The page as an lxml tree, without comments, scripts or styles; never fetches anything."""
    if isinstance(data, bytes):
        text = data.decode("utf-8", errors="replace")
    else:
        text = data
    # lxml refuses str input that carries an XML encoding declaration (the Archive's XHTML).
    text = _XML_DECL.sub("", text, count=1).lstrip("\ufeff")
    root = etree.fromstring(text, parser=_PARSER) if text.strip() else None
    if root is None:
        raise ValueError("the document is empty")
    for bad in list(root.iter(*_DROP_TAGS)):
        _drop(bad)
    return root


def _text_of(el: HtmlElement) -> str:
    """All text inside an element (what a browser shows of it, before layout)."""
    return "".join(el.itertext())


def _drop(el: HtmlElement) -> None:
    """Remove an element from the tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def inline_text(el: HtmlElement | None) -> str | None:
    """The element's text on one line; None when blank."""
    if el is None:
        return None
    text = " ".join(_text_of(el).split())
    return text or None


class _Layout:
    """Text laid out as a browser shows it: words, pending spaces and pending line breaks.

    Breaks are only written before the next word, so leading and trailing breaks
    and the spaces around them vanish; a run of breaks is one line break, or one
    blank line when it holds a paragraph edge or two ``<br>``.
    """

    __slots__ = ("bol", "hard", "level", "out", "space")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.level = 0      # 1: a block edge (line break), 2: a paragraph edge (blank line)
        self.hard = 0       # <br> elements in the current run of breaks
        self.space = False  # white space seen since the last word
        self.bol = True     # at the beginning of a line: no space to write

    def block(self, level: int) -> None:
        self.level = max(self.level, level)

    def words(self, raw: str) -> None:
        parts = raw.split()
        if not parts:
            if raw:
                self.space = True
            return
        out = self.out
        if self.level or self.hard:
            if out:
                out.append("\n\n" if self.level == 2 or self.hard >= 2 else "\n")
            self.level = self.hard = 0
        elif not self.bol and (self.space or raw[0].isspace()):
            out.append(" ")
        out.append(" ".join(parts))
        self.space = raw[-1].isspace()
        self.bol = False

    def prefix(self, mark: str) -> None:
        """A list item's indent and bullet, at the start of its own line."""
        out = self.out
        if out:
            out.append("\n\n" if self.level == 2 or self.hard >= 2 else "\n")
        self.level = self.hard = 0
        out.append(mark)
        self.space = False
        self.bol = True


def _render(el: HtmlElement, lay: _Layout, depth: int, bullet: str | None) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br":
        lay.hard += 1
        return
    if tag in ("ul", "ol"):
        lay.block(1)
        number = 0
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "li":
                number += 1
                _render(child, lay, depth + 1, f"{number}. " if tag == "ol" else "* ")
            else:
                _render(child, lay, depth, None)
            if child.tail and child.tail.strip():
                lay.words(child.tail)
        lay.block(1)
        return
    if tag == "li":
        lay.block(1)
        lay.prefix("  " * max(depth - 1, 0) + (bullet or "* "))
    elif tag in _PARAGRAPHS:
        lay.block(2)
    elif tag in _BLOCKS:
        lay.block(1)
    elif tag in ("td", "th"):
        lay.space = True
    if el.text:
        lay.words(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _render(child, lay, depth, None)
        if child.tail:
            lay.words(child.tail)
    if tag in _PARAGRAPHS:
        lay.block(2)
    elif tag in _BLOCKS or tag == "li":
        lay.block(1)


def html_text(el: HtmlElement | None) -> str | None:
    """The element's text with its structure: paragraphs, line breaks, "* " and "1. " items.

    Source line breaks are white space (as a browser shows them); only markup makes
    lines: ``<br>`` a line break, two of them or ``<p>`` a blank line, block
    elements a single line break. Runs of spaces become one, lines are stripped, and
    nested list items are indented two spaces per level, so equal page text always
    gives equal strings.
    """
    if el is None:
        return None
    if len(el) == 0:  # plain text: the common case, one line
        text = " ".join((el.text or "").split())
        return text or None
    paragraphs = 0
    for d in el.iterdescendants():
        if d.tag == "p":
            paragraphs += 1
            if paragraphs > 1:
                break
        elif d.tag not in _INLINE:
            break
    else:  # only inline markup (links, emphasis) in at most one paragraph: one line
        return inline_text(el)
    lay = _Layout()
    if el.text:
        lay.words(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _render(child, lay, 0, None)
        if child.tail:
            lay.words(child.tail)
    text = "".join(lay.out).rstrip()
    return text or None


def _lines(el: HtmlElement | None) -> list[str]:
    """The non-empty lines of an element's text, list marks removed (for value lists)."""
    text = html_text(el)
    if not text:
        return []
    out = []
    for line in text.split("\n"):
        line = _LIST_MARK.sub("", line.strip())
        if line:
            out.append(line)
    return out


_LIST_MARK = re.compile(r"^(?:\*|\d+\.)\s+")


def _classes(el: HtmlElement) -> set[str]:
    return set((el.get("class") or "").split())


def _norm_label(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split()).strip(" :*").casefold()


# ----------------------------------------------------------------- page kinds

_ERROR_TEXT = re.compile(r"An Error Has Occurred|Invalid URL Path|requested page cannot be displayed",
                         re.IGNORECASE)
_NCT = re.compile(r"\bNCT\d{8}\b")


# Compiled once: ``element.xpath(...)`` would compile the expression on every call.
_X_VERSIONS_TABLE = etree.XPath("//table[contains(concat(' ', @class, ' '), ' versions ')]")
_X_ARCHIVE_ID = etree.XPath(
    "//table[@class='info']//th[starts-with(normalize-space(.), 'ClinicalTrials Identifier')]")
_X_CURRENT_TAB = etree.XPath(
    "//ul[@id='tab-links']/li[contains(concat(' ', @class, ' '), ' current ')]/@id")
_X_MAIN = etree.XPath("//div[@id='main-content']")


def page_kind(root: HtmlElement) -> str:
    """Which ClinicalTrials.gov page this is.

    One of "archive-version", "archive-history", "archive-changes", "classic-full",
    "classic-tabular", "classic-results", "classic-error" or "unknown".
    """
    title = inline_text(root.find(".//title")) or ""
    body = root.find("body")
    body_class = _classes(body) if body is not None else set()
    if "sdiff" in body_class or title.startswith("Side-by-side differences"):
        return "archive-changes"
    if _X_VERSIONS_TABLE(root):
        return "archive-history"
    if _X_ARCHIVE_ID(root):
        return "archive-version"
    current = _X_CURRENT_TAB(root)
    if current:
        return {"full-text": "classic-full", "tabular": "classic-tabular",
                "results": "classic-results"}.get(current[0], "unknown")
    if _ERROR_TEXT.search(title) or _ERROR_TEXT.search(inline_text(body) or ""):
        return "classic-error"
    return "unknown"


# ----------------------------------------------------------------- value readers

# The 2008-2016 classic header says it in a sentence ("This study has been completed.").
_STATUS_SENTENCES = (
    ("not yet open", Status.NOT_YET_RECRUITING),
    ("ongoing, but not recruiting", Status.ACTIVE_NOT_RECRUITING),
    ("enrolling participants by invitation", Status.ENROLLING_BY_INVITATION),
    ("currently recruiting", Status.RECRUITING),
    ("has been completed", Status.COMPLETED),
    ("has been terminated", Status.TERMINATED),
    ("has been withdrawn", Status.WITHDRAWN),
    ("has been suspended", Status.SUSPENDED),
    ("status of this study is unknown", Status.UNKNOWN),
    ("no longer available", Status.NO_LONGER_AVAILABLE),
    ("temporarily not available", Status.TEMPORARILY_NOT_AVAILABLE),
    ("approved for marketing", Status.APPROVED_FOR_MARKETING),
    ("currently available", Status.AVAILABLE),
)


def status_code(text: str | None) -> Status | None:
    """A status as any ClinicalTrials.gov page words it, as its API v2 code.

    The words ("Active, not recruiting", "Unknown status") are the legacy formats'
    own (``_legacy_values``); only the 2008-2016 header sentences are page-specific.
    """
    if not text:
        return None
    code = code_for(Status, text)
    if code is not None:
        return Status(code)
    key = " ".join(text.split()).casefold()
    for words, status in _STATUS_SENTENCES:
        if words in key:
            return status
    return None


# Pages also write several phases in one phrase ("Phase 1/2"); each part is then read alone.
_PHASE_PART = re.compile(r"early\s+phase\s*1|phase\s*[0-4]|\b[0-4]\b|n/a|not applicable", re.IGNORECASE)


def phase_codes(text: str | None) -> list[Phase]:
    """"Phase 1/Phase 2", "Phase 1/2", "Phase 3", "N/A", "Early Phase 1", "Phase 0" as v2 codes."""
    if not text:
        return []
    codes = phases_for(text)
    if codes is None:
        codes = []
        for m in _PHASE_PART.finditer(text):
            part = m.group(0)
            codes.extend(phases_for(f"Phase {part}" if part.isdigit() else part) or ())
    out: list[Phase] = []
    for code in codes:
        phase = Phase(code)
        if phase not in out:
            out.append(phase)
    return out


# Page labels of the design facts and the vocabulary (``_legacy_values.CODE_TABLES``) of each.
_DESIGN_FIELDS: dict[str, tuple[str, type[StrEnum]]] = {
    "allocation": ("allocation", Allocation),
    "intervention model": ("intervention_model", InterventionModel),
    "primary purpose": ("primary_purpose", PrimaryPurpose),
    "masking": ("masking", Masking),
    "observational model": ("observational_model", ObservationalModel),
    "time perspective": ("time_perspective", TimePerspective),
}
# "Observational [Patient Registry]", "Interventional (Clinical Trial)": the type, then a qualifier.
_STUDY_TYPE_QUALIFIER = re.compile(r"\s*[(\[:]")

_DATE_NOTE = re.compile(r"\(\s*(actual|anticipated|estimated|final data collection date[^)]*)\s*\)",
                        re.IGNORECASE)
_TYPED = re.compile(r"^(actual|anticipated|estimated)\s+", re.IGNORECASE)
_UNDERSCORE_DATE = re.compile(r"^(\d{4})_(\d{2})_(\d{2})$")
_AGE_SPAN = re.compile(
    r"^(?:(?P<low>\d+(?:\.\d+)?\s*[A-Za-z]+)\s+(?:to|-)\s+(?P<high>\d+(?:\.\d+)?\s*[A-Za-z]+)"
    r"|(?P<min>\d+(?:\.\d+)?\s*[A-Za-z]+)\s+and\s+(?:older|over)"
    r"|up\s+to\s+(?P<max>\d+(?:\.\d+)?\s*[A-Za-z]+)"
    r"|(?P<max2>\d+(?:\.\d+)?\s*[A-Za-z]+)\s+and\s+(?:younger|under))"
    r"\s*(?:\((?P<groups>[^)]*)\))?$", re.IGNORECASE)
_ENROLLMENT = re.compile(r"^(?P<count>\d[\d,]*)(?:\s*(?:participants|patients|subjects))?"
                         r"\s*(?:\[?\(?\s*(?P<type>actual|anticipated|estimated)\s*\)?\]?)?$", re.IGNORECASE)
_OUTCOME = re.compile(
    r"^(?P<measure>.*?)\s*"
    r"(?:\[\s*Time\s*Frame:\s*(?P<tf>.*?)\s*\](?=\s*(?:\[|$)))?\s*"
    r"(?:\[\s*Designated\s+as\s+safety\s+issue:\s*(?P<safety>[^\]]*?)\s*\])?\s*$", re.DOTALL | re.IGNORECASE)
_RESULTS_OUTCOME = re.compile(r"^\d+\.\s*(primary|secondary|other(?: pre-specified)?)\s*:?$", re.IGNORECASE)


class _Page:
    """Collects one page's typed values, extras and warnings into the record dict."""

    def __init__(self, inp: RawInput, kind: str) -> None:
        self.inp = inp
        self.kind = kind
        self.rec: dict[str, Any] = {
            "secondary_ids": [], "phases": [], "design": {}, "enrollment": {}, "dates": {},
            "conditions": [], "keywords": [], "arms": [], "interventions": [],
            "eligibility": {}, "outcomes": {"primary": [], "secondary": [], "other": []},
            "collaborators": [], "officials": [], "contacts": [], "locations": [],
        }
        self.extras: dict[str, Any] = {}
        self.warnings: list[dict[str, Any]] = []
        self.meta: dict[str, str] = {}

    # -- bookkeeping

    def warn(self, field: str, message: str, text: str | None = None) -> None:
        self.warnings.append({"field": field, "message": message,
                              "text": text[:200] if text else text})

    def extra(self, key: str, value: Any) -> None:
        """Keep an untyped page value under its page label.

        A label seen again (the Archive repeats "Reference" rows) collects its values
        in a list, in page order; a repeated table (dict) gets its own "label[n]" key.
        """
        if value is None or value == "" or value == [] or value == {}:
            return
        have = self.extras.get(key)
        if have is None:
            self.extras[key] = value
        elif isinstance(value, dict) or isinstance(have, dict):
            n = 1
            while f"{key}[{n}]" in self.extras:
                n += 1
            self.extras[f"{key}[{n}]"] = value
        else:
            listed = have if isinstance(have, list) else [have]
            self.extras[key] = listed + (value if isinstance(value, list) else [value])

    def set_once(self, field: str, value: Any) -> None:
        if value is not None and self.rec.get(field) is None:
            self.rec[field] = value

    # -- typed values

    def date(self, field: str, text: str | None, type_hint: str | None = None) -> None:
        if not text or field in self.rec["dates"]:
            return
        note = _DATE_NOTE.search(text)
        kind = type_hint or (note.group(1) if note else "")
        bare = _DATE_NOTE.sub("", text).strip(" ,")
        m = _UNDERSCORE_DATE.match(bare)
        iso = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else parse_date(bare)
        if iso is None:
            self.warn(f"dates.{field}", "unreadable date", text)
            self.extra(f"dates.{field}", text)
            return
        self.rec["dates"][field] = {"date": iso, "type": code_for(DateType, kind)}

    def status(self, text: str | None) -> None:
        if not text or self.rec.get("overall_status") is not None:
            return
        code = status_code(text)
        if code is None:
            self.warn("overall_status", "unknown status wording", text)
            self.extra("Recruitment Status", text)
        else:
            self.rec["overall_status"] = code

    def study_type(self, text: str | None) -> None:
        if not text or self.rec.get("study_type") is not None:
            return
        head = _STUDY_TYPE_QUALIFIER.split(text, 1)[0]
        code = code_for(StudyType, head)
        if code is None:
            self.warn("study_type", "unknown study type", text)
            self.extra("Study Type", text)
            return
        self.rec["study_type"] = code
        if head != text.strip():  # the qualifier is kept: "Observational [Patient Registry]"
            self.extra("Study Type", text)

    def design_parts(self, parts: list[str]) -> None:
        for part in parts:
            part = part.strip(" ;")
            if not part:
                continue
            key, sep, value = part.partition(":")
            if sep:
                self._design_value(_norm_label(key), value.strip(), part)
            else:
                self._bare_design_value(part)

    def _design_value(self, key: str, value: str, part: str) -> None:
        design = self.rec["design"]
        spec = _DESIGN_FIELDS.get(key)
        if spec is None:
            self.extra(f"Study Design.{part.partition(':')[0].strip()}", value)
            return
        field, cls = spec
        masked: list[str] = []
        notes: list[str] = []
        if cls is Masking:  # "Single Blind (Outcomes Assessor)", "Double (Participant, ...)"
            code, masked, notes = masking_for(value)
        else:
            code = code_for(cls, value)
        if code is None:
            self.warn(f"design.{field}", "unknown design wording", part)
            self.extra(f"Study Design.{part.partition(':')[0].strip()}", value)
            return
        for note in notes:  # an unknown role, or a level read from the roles
            self.warn("design.who_masked" if note.startswith("unknown masked role") else
                      "design.masking", note, part)
        design.setdefault(field, code)
        if masked:
            design.setdefault("who_masked", masked)

    def _bare_design_value(self, value: str) -> None:
        """The Archive lists design facts without their names ("Randomized", "Double Blind")."""
        design = self.rec["design"]
        for field, cls in _DESIGN_FIELDS.values():
            code = code_for(cls, value)
            if code is not None and field not in design:
                if field in ("observational_model", "time_perspective") and \
                        self.rec.get("study_type") != StudyType.OBSERVATIONAL:
                    continue
                design[field] = code
                return
        self.extra("Study Design", value)

    def enrollment(self, text: str | None, type_hint: str | None = None) -> None:
        if not text or self.rec["enrollment"].get("count") is not None:
            return
        m = _ENROLLMENT.match(" ".join(text.split()))
        if not m:
            self.warn("enrollment.count", "not a whole number", text)
            self.extra("Enrollment", text)
            return
        type_ = code_for(DateType, type_hint or m.group("type") or "")
        self.rec["enrollment"] = {"count": int(m.group("count").replace(",", "")), "type": type_}

    def ages(self, text: str | None) -> None:
        if not text:
            return
        el = self.rec["eligibility"]
        m = _AGE_SPAN.match(" ".join(text.split()))
        if not m:
            if value_key(text) not in NULL_WORDS:
                self.warn("eligibility.minimum_age", "unreadable ages", text)
                self.extra("Ages", text)
            return
        low = m.group("low") or m.group("min")
        high = m.group("high") or m.group("max") or m.group("max2")
        if low:
            el.setdefault("minimum_age", self._age(low, "minimum_age"))
        if high:
            el.setdefault("maximum_age", self._age(high, "maximum_age"))
        if m.group("groups"):
            groups = []
            for g in m.group("groups").split(","):
                code = code_for(StdAge, g)
                if code is not None and code not in groups:
                    groups.append(code)
            el.setdefault("std_ages", groups)

    def _age(self, text: str | None, field: str) -> Any:
        if not text or value_key(text) in NULL_WORDS:
            return None
        age = parse_age(text)
        if age is None:
            self.warn(f"eligibility.{field}", "unreadable age", text)
            self.extra(f"eligibility.{field}", text)
        return age

    def sex(self, text: str | None) -> None:
        if not text:
            return
        code = code_for(Sex, text)
        if code is None:
            self.warn("eligibility.sex", "unknown sex wording", text)
            self.extra("Gender", text)
        else:
            self.rec["eligibility"].setdefault("sex", code)

    def healthy(self, text: str | None) -> None:
        if not text:
            return
        accepts = healthy_volunteers_for(text)
        if accepts is None:
            self.extra("Accepts Healthy Volunteers", text)
        else:
            self.rec["eligibility"].setdefault("healthy_volunteers", accepts)

    def org(self, name: str | None) -> dict[str, Any] | None:
        return {"name": name, "class": None} if name else None

    def collaborator(self, name: str | None) -> None:
        if not name:
            return
        sponsor = self.rec.get("sponsor")
        if sponsor and sponsor["name"] == name:
            return
        if all(c["name"] != name for c in self.rec["collaborators"]):
            self.rec["collaborators"].append({"name": name, "class": None})

    def intervention(self, line: str, description: str | None = None,
                     other_names: list[str] | None = None) -> None:
        kind, sep, name = line.partition(":")
        type_ = code_for(InterventionType, kind) if sep else None
        if type_ is None:
            if sep and kind.strip():
                self.warn("interventions.type", "unknown intervention type", line)
            name = line if type_ is None and not sep else name
        name = " ".join(name.split())
        if not name:
            return
        for have in self.rec["interventions"]:
            if have["name"] == name and have["type"] in (None, type_):
                have["type"] = have["type"] or type_
                have["description"] = have["description"] or description
                return
        self.rec["interventions"].append({
            "name": name, "type": type_, "description": description, "arm_labels": [],
            "other_names": other_names or []})

    def arm(self, head: str, description: str | None, intervention_names: list[str]) -> None:
        kind, sep, label = head.partition(":")
        type_ = code_for(ArmGroupType, kind) if sep else None
        if type_ is None:
            label = head
        label = " ".join(label.split())
        if not label:
            return
        self.rec["arms"].append({"label": label, "type": type_, "description": description,
                                 "intervention_names": intervention_names})

    def outcome(self, group: str, head: str | None, description: str | None,
                path: str) -> None:
        if not head:
            return
        m = _OUTCOME.match(head)
        measure = " ".join((m.group("measure") if m else head).split())
        if not measure:
            return
        items = self.rec["outcomes"][group]
        if m and m.group("safety"):
            self.extra(f"{path}[{len(items)}].safety_issue", m.group("safety"))
        items.append({"measure": measure,
                      "time_frame": " ".join(m.group("tf").split()) if m and m.group("tf") else None,
                      "description": description})


# ----------------------------------------------------------------- the label table

def _h_text(field: str) -> Callable[[_Page, str, HtmlElement, str | None], None]:
    def handle(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
        value = html_text(cell) if field in ("brief_summary", "detailed_description",
                                             "why_stopped") else inline_text(cell)
        p.set_once(field, value)
    return handle


def _h_date(field: str) -> Callable[[_Page, str, HtmlElement, str | None], None]:
    def handle(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
        p.date(field, inline_text(cell), hint)
    return handle


_STATUS_WITH_REASON = re.compile(r"^(.*?)\s*\((.+)\)\s*$")


def _h_status(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    text = inline_text(cell)
    if not text:
        return
    m = _STATUS_WITH_REASON.match(text)
    if m and status_code(m.group(1)) is not None:  # "Terminated (low accrual)"
        p.status(m.group(1))
        p.set_once("why_stopped", m.group(2).strip())
    else:
        p.status(text)


def _h_phase(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    for line in _lines(cell):
        codes = phase_codes(line)
        if not codes:
            p.warn("phases", "unknown phase wording", line)
            p.extra("Phase", line)
        for code in codes:
            if code not in p.rec["phases"]:
                p.rec["phases"].append(code)


def _h_study_type(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.study_type(inline_text(cell))


def _h_design(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    parts: list[str] = []
    for line in _lines(cell):
        parts.extend(line.split(";"))
    p.design_parts(parts)


def _h_list(field: str) -> Callable[[_Page, str, HtmlElement, str | None], None]:
    def handle(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
        for line in _lines(cell):
            if line not in p.rec[field]:
                p.rec[field].append(line)
    return handle


def _h_interventions(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    items = cell.findall("./ul/li") or [cell]  # nested items are "Other Names"
    for item in items:
        _read_intervention_item(p, item)


def _read_intervention_item(p: _Page, item: HtmlElement) -> None:
    """"Drug: X" then optional description blocks and "Other Names:" items."""
    text = html_text(item)
    if not text:
        return
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    head, rest = lines[0], lines[1:]
    other_names: list[str] = []
    desc_lines: list[str] = []
    in_names = False
    for line in rest:
        if _norm_label(line).startswith("other name"):
            in_names = True
            after = line.split(":", 1)[1].strip() if ":" in line else ""
            other_names.extend(n.strip() for n in after.split(";") if n.strip())
            continue
        if in_names and _LIST_MARK.match(line):
            other_names.append(_LIST_MARK.sub("", line))
            continue
        in_names = False
        desc_lines.append(line)
    p.intervention(head, "\n".join(desc_lines) or None, other_names)


def _h_arms(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    items = cell.findall("./ul/li") or [cell]
    for item in items:
        _read_arm_item(p, item)


def _read_arm_item(p: _Page, item: HtmlElement, names_cell: HtmlElement | None = None) -> None:
    """An arm: "Experimental: Label", its description, then "Intervention(s): Drug: X" lines."""
    text = html_text(item)
    if not text:
        return
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    head, rest = lines[0], lines[1:]
    names: list[str] = []
    desc_lines = []
    in_names = False
    for line in rest:
        key = _norm_label(line.split(":", 1)[0])
        if key in ("intervention", "interventions") and ":" in line:
            in_names = True
            names.extend(n.strip() for n in line.split(":", 1)[1].split(";") if n.strip())
        elif in_names and ":" in line and code_for(InterventionType, key) is not None:
            names.append(_LIST_MARK.sub("", line))
        else:
            in_names = False
            desc_lines.append(line)
    if names_cell is not None:
        names.extend(_lines(names_cell))
    p.arm(head, "\n".join(desc_lines) or None, names)


def _h_outcomes(group: str) -> Callable[[_Page, str, HtmlElement, str | None], None]:
    def handle(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
        items = cell.findall("./ul/li") or [cell]
        for item in items:
            head, desc = _outcome_parts(item)
            p.outcome(group, head, desc, f"outcomes.{group}")
    return handle


def _outcome_parts(item: HtmlElement) -> tuple[str | None, str | None]:
    """An outcome item's heading line and its description block (a nested div)."""
    desc_divs = [d for d in item if isinstance(d.tag, str) and d.tag == "div"]
    desc = "\n\n".join(filter(None, (html_text(d) for d in desc_divs))) or None
    parts = [item.text or ""]
    for child in item:
        if child not in desc_divs and isinstance(child.tag, str) and child.tag != "br":
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    head = " ".join("".join(parts).split()) or None
    return head, desc


def _h_original_outcomes(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    items = cell.findall("./ul/li") or [cell]
    values = []
    for item in items:
        head, desc = _outcome_parts(item)
        if head:
            values.append(head if not desc else f"{head}\n{desc}")
    p.extra(label, values)


def _h_criteria(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.rec["eligibility"].setdefault("criteria_text", html_text(cell))


def _h_sex(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.sex(inline_text(cell))


def _h_ages(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.ages(inline_text(cell))


def _h_min_age(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.rec["eligibility"].setdefault("minimum_age", p._age(inline_text(cell), "minimum_age"))


def _h_max_age(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.rec["eligibility"].setdefault("maximum_age", p._age(inline_text(cell), "maximum_age"))


def _h_healthy(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.healthy(inline_text(cell))


def _h_enrollment(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.enrollment(inline_text(cell), hint)


def _h_nct(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    m = _NCT.search(inline_text(cell) or "")
    if m:
        p.set_once("nct_id", m.group(0))


def _h_other_ids(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    """The classic site lists the sponsor's own id first, then the secondary ids."""
    ids: list[str] = []
    for line in _lines(cell):
        ids.extend(part.strip() for part in line.split(";") if part.strip())
    if not ids:
        return
    if p.rec.get("org_study_id") is None:
        p.rec["org_study_id"] = ids[0]
        ids = ids[1:]
    for sid in ids:
        if sid != p.rec["org_study_id"] and all(s["id"] != sid for s in p.rec["secondary_ids"]):
            p.rec["secondary_ids"].append({"id": sid, "type": None, "domain": None})


def _h_org_id(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.set_once("org_study_id", inline_text(cell))


def _h_secondary_id(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    for sid in _lines(cell):
        if all(s["id"] != sid for s in p.rec["secondary_ids"]):
            p.rec["secondary_ids"].append({"id": sid, "type": None, "domain": None})


def _h_sponsor(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.set_once("sponsor", p.org(inline_text(cell)))


def _h_collaborators(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    for name in _lines(cell):
        p.collaborator(name)


def _h_investigators(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    rows = cell.findall(".//tr")
    if rows:
        for row in rows:
            _read_official_row(p, row)
    else:
        p.extra(label, html_text(cell))


def _h_brief_title(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    p.set_once("brief_title", inline_text(cell))


def _h_items(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    items = [inline_text(li) for li in cell.iter("li")] or _lines(cell)
    p.extra(label, [i for i in items if i])


def _h_skip(p: _Page, label: str, cell: HtmlElement, hint: str | None) -> None:
    """Page furniture that carries no data (links to other views, to the Archive)."""


Handler = Callable[[_Page, str, HtmlElement, str | None], None]

_LABELS: dict[str, Handler] = {
    "brief title": _h_brief_title,
    "official title": _h_text("official_title"),
    "acronym": _h_text("acronym"),
    "brief summary": _h_text("brief_summary"),
    "detailed description": _h_text("detailed_description"),
    "why stopped": _h_text("why_stopped"),
    "study stopped": _h_text("why_stopped"),
    "recruitment status": _h_status,
    "overall status": _h_status,
    "status": _h_status,
    "phase": _h_phase,
    "study phase": _h_phase,
    "study type": _h_study_type,
    "study design": _h_design,
    "condition": _h_list("conditions"),
    "conditions": _h_list("conditions"),
    "keywords": _h_list("keywords"),
    "keyword": _h_list("keywords"),
    "intervention": _h_interventions,
    "interventions": _h_interventions,
    "study arms": _h_arms,
    "study arm (s)": _h_arms,
    "arms": _h_arms,
    "study group/cohort (s)": _h_arms,
    "study groups/cohorts": _h_arms,
    "current primary outcome measures": _h_outcomes("primary"),
    "current secondary outcome measures": _h_outcomes("secondary"),
    "current other outcome measures": _h_outcomes("other"),
    "current other pre-specified outcome measures": _h_outcomes("other"),
    "primary outcome measures": _h_outcomes("primary"),
    "secondary outcome measures": _h_outcomes("secondary"),
    "other outcome measures": _h_outcomes("other"),
    "other pre-specified outcome measures": _h_outcomes("other"),
    "original primary outcome measures": _h_original_outcomes,
    "original secondary outcome measures": _h_original_outcomes,
    "original other outcome measures": _h_original_outcomes,
    "original other pre-specified outcome measures": _h_original_outcomes,
    "enrollment": _h_enrollment,
    "start date": _h_date("start"),
    "study start date": _h_date("start"),
    "study start": _h_date("start"),
    "primary completion date": _h_date("primary_completion"),
    "completion date": _h_date("completion"),
    "study completion date": _h_date("completion"),
    "first received date": _h_date("first_submitted"),
    "first received": _h_date("first_submitted"),
    "study first received": _h_date("first_submitted"),
    "first submitted date": _h_date("first_submitted"),
    "first posted date": _h_date("first_posted"),
    "first posted": _h_date("first_posted"),
    "last updated date": _h_date("last_update_submitted"),
    "last updated": _h_date("last_update_submitted"),
    "last update submitted date": _h_date("last_update_submitted"),
    "last update posted date": _h_date("last_update_posted"),
    "last update posted": _h_date("last_update_posted"),
    "verification date": _h_date("status_verified"),
    "record verification date": _h_date("status_verified"),
    "last verified": _h_date("status_verified"),
    "eligibility criteria": _h_criteria,
    "criteria": _h_criteria,
    "gender": _h_sex,
    "genders eligible for study": _h_sex,
    "sex": _h_sex,
    "sexes eligible for study": _h_sex,
    "ages": _h_ages,
    "ages eligible for study": _h_ages,
    "minimum age": _h_min_age,
    "maximum age": _h_max_age,
    "accepts healthy volunteers": _h_healthy,
    "healthy volunteers": _h_healthy,
    "nct number": _h_nct,
    "clinicaltrials identifier": _h_nct,
    "clinicaltrials.gov identifier": _h_nct,
    "other study id numbers": _h_other_ids,
    "organization study id": _h_org_id,
    "secondary id": _h_secondary_id,
    "secondary ids": _h_secondary_id,
    "study sponsor": _h_sponsor,
    "sponsor": _h_sponsor,
    "collaborators": _h_collaborators,
    "collaborator": _h_collaborators,
    "investigators": _h_investigators,
    "publications": _h_items,
    "change history": _h_skip,
    "updated": _h_skip,  # the Archive version date: source.record_version
}


def _label_of(cell: HtmlElement) -> tuple[str, str, str | None]:
    """(label as written, lookup key, date/enrollment type named in the label).

    The tabular view marks labels with a superscript "ICMJE" and a footer span
    "(submitted: date)"; neither is part of the label.
    """
    parts = [cell.text or ""]
    for child in cell:
        tag = child.tag
        if tag == "br":
            parts.append(" ")
        elif tag == "sup" or (tag == "span" and "footer" in _classes(child)):
            pass
        elif isinstance(tag, str):
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    written = " ".join("".join(parts).replace("\xa0", " ").split()).strip(" :*")
    hint = None
    m = _TYPED.match(written)
    if m and _norm_label(written[m.end():]) in _LABELS:
        hint = m.group(1)
        written = written[m.end():]
    return written, _norm_label(written), hint


def _field_rows(p: _Page, rows: list[HtmlElement]) -> None:
    """Label/value rows: ``th|td + td`` in one row, or a label row followed by a value row."""
    pending: HtmlElement | None = None
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if pending is not None:
            if len(cells) == 1 and cells[0].tag == "td":
                _field(p, pending, cells[0])
                pending = None
                continue
            pending = None
        if len(cells) == 1 and cells[0].tag == "th" and cells[0].get("colspan") is None:
            pending = cells[0]
        elif len(cells) == 2 and cells[1].tag == "td":
            _field(p, cells[0], cells[1])


def _field(p: _Page, label_cell: HtmlElement, value_cell: HtmlElement) -> None:
    written, key, hint = _label_of(label_cell)
    if not written or len(written) > 120:
        return
    if "missing_color" in _classes(value_cell):
        return
    value = inline_text(value_cell)
    handler = _LABELS.get(key)
    for footer in label_cell.iter("span"):
        if "footer" not in _classes(footer):
            continue
        submitted = " ".join(_text_of(footer).split()).strip("() ")
        if submitted:  # "(submitted: March 29, 2012)" under an outcome list's label
            p.extra(f"{written}.{submitted.partition(':')[0]}", submitted.partition(":")[2].strip())
    if value is None or value.casefold() == "not provided" or (
            value.upper() == "N/A" and handler is not _h_phase):
        return  # "N/A" is no value, except as a phase ("N/A" phase is NA)
    if handler is None:
        text = html_text(value_cell)
        p.extra(written, text)
        return
    handler(p, written, value_cell, hint)


# ----------------------------------------------------------------- classic page parts

def _main(root: HtmlElement) -> HtmlElement:
    found = _X_MAIN(root)
    return found[0] if found else root


def _classic_header(p: _Page, root: HtmlElement) -> None:
    """Title, status, sponsor and dates shown above the tabs of every classic view."""
    main = _main(root)
    h1 = main.xpath(".//h1[contains(@class, 'solo_record')]")
    if h1:
        p.set_once("brief_title", inline_text(h1[0]))
    ident = main.xpath(".//div[@class='identifier']")
    if ident:
        m = _NCT.search(inline_text(ident[0]) or "")
        if m:
            p.rec["nct_id"] = m.group(0)
    if p.rec.get("nct_id") is None:
        for td in main.xpath(".//td[starts-with(normalize-space(.), 'ClinicalTrials.gov Identifier')]"):
            m = _NCT.search(inline_text(td) or "")
            if m:
                p.rec["nct_id"] = m.group(0)
                break
    # 2008-2016: a sentence ("This study has been completed.") and "Label: date" lines
    status_divs = main.xpath(".//div[contains(@class, 'recruiting-status') or "
                             "contains(concat(' ', @class, ' '), ' tr-status ')]")
    if status_divs:
        text = inline_text(status_divs[0]) or ""
        if "recruitment status" in text.casefold():
            _newer_status(p, status_divs[0])  # 2017+: "Recruitment Status : X" and dates
        else:
            p.status(text)  # 2008-2016: "This study has been completed."
    for div in main.xpath(".//div[contains(@class, 'info-date')]"):
        text = inline_text(div) or ""
        key, sep, value = text.partition(":")
        if not sep:
            continue
        handler = _LABELS.get(_norm_label(key))
        if handler is not None:
            handler(p, key, _fake_cell(value), None)
    # Sponsor / Collaborator(s) / Information provided by
    title: str | None = None
    for div in main.xpath(".//div[contains(@class, 'info-title') or contains(@class, 'info-text')]"):
        cls = _classes(div)
        if "info-title" in cls or "tr-info-title" in cls:
            title = _norm_label(inline_text(div) or "")
            continue
        name = inline_text(div)
        if not name or title is None:
            continue
        value = name
        if title == "sponsor":
            p.set_once("sponsor", p.org(value))
        elif title in ("collaborator", "collaborators"):
            p.collaborator(value)
        elif title.startswith("information provided by"):
            p.extra("Information provided by (Responsible Party)", value)
        else:
            p.extra(title, value)


def _fake_cell(text: str) -> HtmlElement:
    cell = etree.Element("td")
    cell.text = text
    return cell


_NEWER_STATUS = re.compile(
    r"Recruitment Status\s*:\s*(?P<status>.+?)\s*(?:\((?P<why>[^)]*)\)\s*)?"
    r"(?:Verified\s+(?P<verified>\w+\s+\d{4})\s+by\s+(?P<by>.+?)\.?\s*"
    r"Recruitment status was:\s*(?P<was>.+?)\s*)?(?=First Posted|First Received|$)", re.IGNORECASE)
_POSTED = re.compile(r"(First Posted|Last Update Posted|First Received|Last Updated|Results First Posted)"
                     r"\s*:\s*(\w+\s+(?:\d{1,2},\s*)?\d{4})", re.IGNORECASE)


def _newer_status(p: _Page, div: HtmlElement) -> None:
    text = inline_text(div) or ""
    m = _NEWER_STATUS.search(text)
    if m:
        p.status(m.group("status"))
        if m.group("why"):
            p.set_once("why_stopped", m.group("why").strip())
        if m.group("verified"):
            p.date("status_verified", m.group("verified"))
            p.extra("Recruitment status was", m.group("was"))
            p.extra("Verified by", m.group("by"))
    for label, value in _POSTED.findall(text):
        handler = _LABELS.get(_norm_label(label))
        if handler is not None:
            handler(p, label, _fake_cell(value), None)
        else:
            p.extra(label, value)


def _section_divs(main: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """(section name, div) for each ``div.indent1`` headed by a ``span.header2``."""
    out = []
    for div in main.xpath(".//div[contains(concat(' ', @class, ' '), ' indent1 ')]"):
        heads = div.xpath("./span[contains(@class, 'header2')]")
        if heads:  # one div may hold two sections ("Serious ..." and "Other Adverse Events")
            out.append((" / ".join(" ".join((_text_of(h) or "").split()) for h in heads), div))
    return out


_RESULTS_SECTIONS = ("Participant Flow", "Baseline Characteristics", "Outcome Measures",
                     "Serious Adverse Events", "Other Adverse Events", "Limitations and Caveats")


def _table_rows(table: HtmlElement) -> list[list[str]]:
    rows = []
    for tr in table.iter("tr"):
        if tr.getparent() is not None and _closest_table(tr) is not table:
            continue
        cells = [inline_text(c) or "" for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if any(cells):
            rows.append(cells)
    return rows


def _closest_table(el: HtmlElement) -> HtmlElement | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _results_sections(p: _Page, main: HtmlElement) -> None:
    """Results tables go to extras as headed rows; the outcome list also gives the typed outcomes."""
    results: dict[str, Any] = {}
    for name, div in _section_divs(main):
        if not any(part in _RESULTS_SECTIONS for part in name.split(" / ")):
            continue
        if name == "Outcome Measures":
            _results_outcomes(p, div)
        tables: list[dict[str, Any]] = []
        heading = None
        for el in div.iter("span", "table"):
            if el.tag == "span" and "header3" in _classes(el):
                heading = inline_text(el)
            elif el.tag == "table" and not _inside_cell(el):
                rows = _table_rows(el)
                if rows:
                    tables.append({"heading": heading, "rows": rows})
        if tables:
            results[name] = tables
        else:
            text = html_text(div)
            if text:
                results[name] = text
        _drop(div)
    if results:
        p.extra("results", results)


def _results_outcomes(p: _Page, div: HtmlElement) -> None:
    groups = {"primary": "primary", "secondary": "secondary", "other": "other",
              "other pre-specified": "other"}
    for row in div.xpath(".//table[contains(@class, 'header2')]//tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag == "td"]
        if len(cells) != 2:
            continue
        m = _RESULTS_OUTCOME.match(" ".join((_text_of(cells[0]) or "").split()))
        if not m:
            continue
        group = groups.get(m.group(1).casefold(), "other")
        head, desc = _outcome_parts(cells[1])
        p.outcome(group, head, desc, f"outcomes.{group}")


def _full_view_parts(p: _Page, main: HtmlElement) -> None:
    """Blocks only the Full Text View has: summary table, outcome lists, arms, locations."""
    for name, div in _section_divs(main):
        if name == "Purpose":
            body = div.xpath("./div[contains(@class, 'indent2')]/div[contains(@class, 'body3')]")
            if body:
                p.set_once("brief_summary", html_text(body[0]))
                _drop(body[0])
    for span in main.xpath(".//span[contains(@class, 'header3')]"):
        label = _norm_label(_text_of(span) or "")
        nxt = span.getnext()
        if label == "detailed description" and nxt is not None and nxt.tag == "div":
            p.set_once("detailed_description", html_text(nxt))
            _drop(nxt)
            _drop(span)
    # the Condition | Intervention | Phase summary table and the arms table
    for table in main.xpath(".//table[contains(@class, 'data_table')]"):
        heads = [_norm_label(_text_of(th) or "") for th in table.xpath("./tr[1]/th|./thead/tr[1]/th")]
        if not heads:
            continue
        if heads[0] in ("arms", "groups/cohorts", "arm", "group/cohort") or \
                "assigned interventions" in heads:
            for tr in table.xpath("./tr[position() > 1]|./tbody/tr"):
                tds = tr.findall("td")
                if tds:
                    _read_arm_item(p, tds[0], tds[1] if len(tds) > 1 else None)
            _drop(table)
        elif heads[0] in ("condition", "conditions", "intervention", "interventions", "phase"):
            values = table.xpath("./tr[2]/td|./tbody/tr[1]/td")
            for head, td in zip(heads, values):
                if head in ("intervention", "interventions"):
                    for line in _lines(td):
                        p.intervention(line)
                else:
                    handler = _LABELS.get(head)
                    if handler is not None:
                        handler(p, head, td, None)
            _drop(table)
    # outcome lists: "Primary Outcome Measures:" + ul
    for div in main.xpath(".//div[contains(@class, 'body3')][ul]"):
        label = _norm_label((div.text or "").split(":")[0])
        handler = _LABELS.get(label)
        if handler is not None and label.endswith("outcome measures"):
            for item in div.xpath("./ul/li"):
                item_head, desc = _outcome_parts(item)
                group = "primary" if label.startswith("primary") else (
                    "secondary" if label.startswith("secondary") else "other")
                p.outcome(group, item_head, desc, f"outcomes.{group}")
            _drop(div)
    # header3 blocks: "Criteria", "Study Population", "Sponsors and Collaborators", ...
    for head in main.xpath(".//div[contains(@class, 'header3')]"):
        label = _norm_label(_text_of(head) or "")
        following = []
        nxt = head.getnext()
        while nxt is not None and not (nxt.tag == "div" and "header3" in _classes(nxt)):
            following.append(nxt)
            nxt = nxt.getnext()
        if label == "criteria" and following:
            p.rec["eligibility"].setdefault("criteria_text", html_text(following[0]))
        elif label == "study population" and following:
            p.extra("Study Population", html_text(following[0]))
        elif label == "sponsors and collaborators":
            names = [inline_text(d) for d in following if d.tag == "div"]
            names = [n for n in names if n]
            if names:
                p.set_once("sponsor", p.org(names[0]))
                for n in names[1:]:
                    p.collaborator(n)
        else:  # "Locations", "Investigators", "Resource links ...": read below or furniture
            continue
        for el in following:
            if el.tag == "div":
                _drop(el)
    for link in main.xpath(".//a[normalize-space(.)='MedlinePlus']/.."):
        topics = [inline_text(a) for a in link.findall("a")[1:]]
        p.extra("MedlinePlus related topics", [t for t in topics if t])
    _locations(p, main)
    _investigator_table(p, main)
    _keyword_tables(p, main)
    _publications(p, main)


def _locations(p: _Page, main: HtmlElement) -> None:
    """Sites: a country/state header row, a facility + status row, an address row.

    Rows the layout does not explain (site contacts, whose 2008-2016 markup the
    corpus does not show) are kept as text under "Location rows", not guessed.
    """
    for table in main.xpath(".//table[contains(@summary, 'location information')]"):
        country = state = None
        current: dict[str, Any] | None = None
        for tr in table.iter("tr"):
            if _closest_table(tr) is not table:
                continue
            tds = [c for c in tr if isinstance(c.tag, str) and c.tag == "td"]
            if not tds:
                continue
            if len(tds) == 1 and "header3" in _classes(tds[0]):
                place = [s.strip() for s in (inline_text(tds[0]) or "").split(",")]
                country = place[0] or None
                state = ", ".join(place[1:]) or None
                current = None
            elif len(tds) == 2 and tds[0].get("headers") == "locName":
                status = inline_text(tds[1])
                code = status_code(status)
                current = {"facility": inline_text(tds[0]), "city": None, "state": state,
                           "zip": None, "country": country,
                           "status": code.value if code else status, "contacts": []}
                p.rec["locations"].append(current)
            elif len(tds) == 1 and current is not None and current["city"] is None:
                _address(current, inline_text(tds[0]) or "")
            else:
                text = html_text(tr)
                if text:
                    where = current["facility"] if current else None
                    p.extra("Location rows", f"{where}: {text}" if where else text)
        _drop(table)
    for table in main.xpath(".//table[contains(@summary, 'contact')]"):
        rows = [" ".join(filter(None, (inline_text(c) for c in tr if isinstance(c.tag, str))))
                for tr in table.iter("tr")]
        p.extra("Contacts", [r for r in rows if r])
        _drop(table)


def _address(loc: dict[str, Any], text: str) -> None:
    """"San Diego, California, United States, 92103" into city, state, country, zip."""
    parts = [s.strip() for s in text.split(",") if s.strip()]
    country = loc["country"]
    if country and country in parts:
        i = parts.index(country)
        before, after = parts[:i], parts[i + 1:]
        if loc["state"] and before and before[-1] == loc["state"]:
            before = before[:-1]
        loc["city"] = ", ".join(before) or None
        loc["zip"] = ", ".join(after) or None
    elif parts:
        loc["city"] = parts[0]


def _read_official_row(p: _Page, row: HtmlElement) -> None:
    tds = [inline_text(c) for c in row if isinstance(c.tag, str) and c.tag == "td"]
    if len(tds) < 2 or not tds[0]:
        return
    role = code_for(PersonRole, tds[0])
    if role is None:
        p.warn("officials.role", "unknown official role", tds[0])
    person = {"name": tds[1], "role": role, "affiliation": tds[2] if len(tds) > 2 else None,
              "phone": None, "email": None}
    if person not in p.rec["officials"]:
        p.rec["officials"].append(person)


def _investigator_table(p: _Page, main: HtmlElement) -> None:
    for table in main.xpath(".//table[contains(@summary, 'investigator information')]"):
        for tr in table.iter("tr"):
            _read_official_row(p, tr)
        _drop(table)


def _keyword_tables(p: _Page, main: HtmlElement) -> None:
    for table in main.xpath(".//table[contains(@summary, 'for keywords')]"):
        for td in table.iter("td"):
            for line in _lines(td):
                if line not in p.rec["keywords"]:
                    p.rec["keywords"].append(line)
        _drop(table)
    for table in main.xpath(".//table[contains(@summary, 'MeSH terms')]"):
        terms = [line for td in table.iter("td") for line in _lines(td)]
        p.extra("Additional relevant MeSH terms", terms)
        _drop(table)


def _publications(p: _Page, main: HtmlElement) -> None:
    """Publication lists ("Publications:", "Publications of Results:", ...) as text items."""
    for span in main.xpath(".//span[contains(@class, 'header3')]"):
        label = " ".join((_text_of(span) or "").split()).strip(" :")
        if not label.startswith("Publications"):
            continue
        nxt = span.getnext()
        if nxt is not None and nxt.tag == "div":
            items = [inline_text(d) for d in nxt.findall("div")]
            p.extra(label, [i for i in items if i])
            _drop(nxt)
        _drop(span)
    for div in main.xpath(".//div[contains(@class, 'indent2')]"
                          "[div[starts-with(@style, 'margin-top:2ex') and not(@class)]]"
                          "[not(div[@class])]"):
        prev = div.getprevious()
        label = " ".join(((prev.tail if prev is not None else div.getparent().text) or "").split())
        items = [inline_text(d) for d in div.findall("div")]
        items = [i for i in items if i]
        if items:
            p.extra(label.strip(" :") or "Publications", items)
        _drop(div)


def _results_tab_parts(p: _Page, main: HtmlElement) -> None:
    """The 2017+ results tab: its notice, the QC submission-cycle table, the result summary."""
    for div in main.xpath(".//div[@id='tab-body']//div[contains(concat(' ', @class, ' '), ' ct-header1 ')"
                          " or contains(concat(' ', @class, ' '), ' header1 ')]"):
        p.extra("Results", inline_text(div))  # "No Study Results Posted", "Results Submitted - ..."
    for table in main.xpath(".//table[.//th[normalize-space(.)='Submission Cycle']]"):
        rows = [[html_text(c) or "" for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
                for tr in table.iter("tr")]
        rows = [r for r in rows if any(r)]
        if rows:
            header, body = rows[0], rows[1:]
            p.extra("Results Submission Cycles",
                    [dict(zip(header, row + [""] * (len(header) - len(row)))) for row in body])
        _drop(table)
    for div in main.xpath(".//div[@class='indent3' and starts-with(normalize-space(.), 'Results First Received')]"):
        for el in list(div):
            if el.tag == "div" and (inline_text(el) or "").startswith("Results First Received"):
                _drop(el)
    more = [div for name, div in _section_divs(main) if name == "More Information"]
    for div in more:
        for span in div.xpath(".//span[contains(@class, 'header3')]"):
            label = " ".join((_text_of(span) or "").split()).strip(" :")
            nxt = span.getnext()
            if label in ("Certain Agreements", "Results Point of Contact") and nxt is not None:
                p.extra(label, html_text(nxt))
                _drop(nxt)
                _drop(span)


# ----------------------------------------------------------------- page readers

_PROCESSED_ON = re.compile(r"on\s+(\w+\s+\d{1,2},\s*\d{4})")


def _read_classic(p: _Page, root: HtmlElement) -> None:
    """The header every classic view shares, the view's own blocks, then its label rows."""
    main = _main(root)
    _classic_header(p, root)
    processed = main.xpath(".//span[starts-with(normalize-space(.), 'ClinicalTrials.gov processed this record on')]")
    if processed:
        m = _PROCESSED_ON.search(inline_text(processed[0]) or "")
        iso = parse_date(m.group(1)) if m else None
        if iso:
            p.meta["processed_on"] = iso
        _drop(processed[0])
    if p.kind == "classic-results":
        _results_sections(p, main)
        _results_tab_parts(p, main)
        _publications(p, main)
    elif p.kind == "classic-full":
        _full_view_parts(p, main)
    # what follows the tabs is the view itself (the header above them was read already)
    body = main.xpath(".//div[@id='tabs']/following-sibling::*") or [main]
    for part in body:
        _field_rows(p, _label_rows(part))


def _label_rows(el: HtmlElement) -> list[HtmlElement]:
    """Label/value rows of an element, leaving out tables nested in a value cell."""
    rows = []
    for table in el.iter("table"):
        outer = _closest_table(table)
        if outer is not None and outer.tag == "table" and _inside_cell(table):
            continue
        for tr in table.iter("tr"):
            if _closest_table(tr) is table:
                rows.append(tr)
    return rows


def _inside_cell(table: HtmlElement) -> bool:
    parent = table.getparent()
    while parent is not None and parent.tag != "table":
        if parent.tag in ("td", "th"):
            return True
        parent = parent.getparent()
    return False


def _read_archive_version(p: _Page, root: HtmlElement) -> str | None:
    """Read the Archive's one table of label rows; return the version date ("2005-06-23")."""
    table = root.xpath("//table[@class='info']")[0]
    rows = [tr for tr in table.iter("tr") if _closest_table(tr) is table]
    _field_rows(p, rows)
    updated = table.xpath(".//th[normalize-space(.)='Updated:']/following-sibling::td[1]")
    version = None
    if updated:
        m = _UNDERSCORE_DATE.match(inline_text(updated[0]) or "")
        if m:
            version = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return version


# ----------------------------------------------------------------- entry point

def _not_a_record(inp: RawInput, kind: str, root: HtmlElement) -> NotATrialRecord:
    if kind == "archive-history":
        h1 = inline_text(root.find(".//h1")) or "a study"
        reason = (f"not a trial record: a ClinicalTrials.gov Archive history index ({h1}); "
                  "read its versions with trialnorm.archive.archive_versions()")
    elif kind == "archive-changes":
        reason = ("not a trial record: a ClinicalTrials.gov Archive 'Changes to ...' side-by-side "
                  "diff page; parse the version pages it compares instead")
    else:
        title = inline_text(root.find(".//title")) or ""
        reason = f"not a trial record: a ClinicalTrials.gov error page ({title or 'no title'})"
    return NotATrialRecord(reason, source=inp.name, format=NAME)


def parse(inp: RawInput) -> Iterator[Trial]:
    try:
        root = load_document(inp.data if isinstance(inp.data, (bytes, str)) else inp.text)
    except (etree.ParserError, ValueError) as exc:
        raise inp.error(f"unreadable HTML ({exc})", format=NAME) from None
    kind = page_kind(root)
    if kind in ("archive-history", "archive-changes", "classic-error"):
        raise _not_a_record(inp, kind, root)
    if kind == "unknown":
        title = inline_text(root.find(".//title"))
        raise inp.error("a ClinicalTrials.gov page of a layout this adapter does not know",
                        format=NAME, snippet=title)
    p = _Page(inp, kind)
    version = None
    if kind == "archive-version":
        version = _read_archive_version(p, root)
    else:
        _read_classic(p, root)
    if not p.rec.get("nct_id"):
        raise NotATrialRecord("not a trial record: the page shows no NCT number",
                              source=inp.name, format=NAME)
    if version is None:
        for field in ("last_update_posted", "last_update_submitted"):
            if field in p.rec["dates"]:
                version = p.rec["dates"][field]["date"]
                break
    p.meta["page"] = kind
    rec = p.rec
    rec["source"] = {"format": NAME, "path": inp.source, "member": inp.member,
                     "url": _saved_from(inp), "parser_version": PARSER_VERSION,
                     "record_version": version, "meta": p.meta}
    rec["extras"] = p.extras
    rec["warnings"] = p.warnings
    yield Trial.model_validate(rec)


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->")


def _saved_from(inp: RawInput) -> str | None:
    m = _SAVED_FROM.search(inp.head)
    return m.group(1) if m else None


ADAPTER = Adapter(
    name=NAME,
    description="saved ClinicalTrials.gov pages: classic full/tabular/results views, "
                "Archive version pages",
    detect=detect,
    parse=parse,
    extensions=(".html", ".htm"),
)
