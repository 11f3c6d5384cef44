"""Eligibility criteria text as a tree of criteria with thresholds, and ages read from it.

Registries give criteria as free text in several layouts, and the reader handles them all
with one line-based pass:

- API v2 CommonMark: ``* item`` / ``1. item`` at column 0, nested lists indented, extra
  paragraphs of an item separated by blank lines and not indented;
- legacy XML textblocks: a fixed base indentation, ``-`` bullets or numbers indented under
  headings, lines wrapped at ~80 columns with a hanging indent; a paragraph at the base
  indentation between two items is read at the list's level, as API v2 gives the same
  text without the indents (and as CommonMark reads a list indented by up to 3 spaces);
- scraped pages (the aggregator layout): one paragraph per line, no blank lines, numbering
  that may start at 2, nested lists written flat, numbering run into the line above.

Each line is a heading (switches inclusion/exclusion), a marked item (bullet, number,
letter, roman numeral) or plain text. Marked items are placed in a stack of open items by
indentation, marker style and numbering sequence; plain text either continues the item
above or becomes an item of its own. Nothing is dropped: every word of the source that is
not a heading ends up in some criterion's text.

Speed: this runs on every record (600,000 in the registry), so the hot path avoids
regexes where a substring test decides the same thing: "* item" and "12. item" are read
without the marker regex (a switch, _FAST_MARKERS, lets the tests compare both readings),
words that cannot start a marker skip it, and the digit pre-test before the threshold
reader is ten substring tests. Answers that depend on a short key alone are remembered
in bounded caches (headings, marker texts, run-in patterns), and criteria are built
without pydantic validation. scripts/bench_eligibility.py measures it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel

from trialnorm.extract.text import unescape
from trialnorm.extract.thresholds import find_thresholds
from trialnorm.model import Age, AgeUnit, Criterion

__all__ = ["CriteriaReading", "ages_from_text", "parse_criteria"]


class CriteriaReading(NamedTuple):
    inclusion: list[Criterion]
    exclusion: list[Criterion]
    warnings: list[str]


# ---------------------------------------------------------------------------------------
# Line classification

# One list marker at the start of a line (after unescaping, so "2\\." is "2.").
_BULLETS = "*-•·▪◦●○■□➢►✓✔❖–—+"
_MARKER = re.compile(
    r"""(?P<marker>
        (?P<bullet>[""" + re.escape(_BULLETS) + r"""]|o(?=\s+[A-Z]))
      | (?P<outline>\d{1,2}(?:\.\d{1,2})+)\.?(?=\s+[A-Z(])
      | (?P<num>\d{1,2})(?P<numstyle>[.)]|\s?-(?=\s))
      | \((?P<pnum>\d{1,2})\)
      | (?P<roman>(?:x{0,3})(?:ix|iv|vi{0,3}|i{1,3})|(?:X{0,3})(?:IX|IV|VI{0,3}|I{1,3}))
        (?P<romstyle>[.)])
      | \((?P<proman>(?:x{0,3})(?:ix|iv|vi{0,3}|i{1,3}))\)
      | (?P<letter>[a-zA-Z])(?P<letstyle>[.)])
      | \((?P<pletter>[a-zA-Z])\)
    )(?:\s+|$)""",
    re.VERBOSE,
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
# The family of each bullet, read without the regex when a space follows it (as the
# regex's first branch would); "o" needs the regex's look-ahead.
_BULLET_FAMILIES = {bullet: "bullet" + bullet for bullet in _BULLETS}
# Off only in the tests, which check that the readings without the regex change nothing.
_FAST_MARKERS = True
_NUM_STYLES = (".", ")")
_ASCII_LETTERS_BUT_O = frozenset("abcdefghijklmnpqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NUM_FAMILIES = {".": "num.", ")": "num)"}

# Headings: short lines naming the section; a trailing parenthetical is allowed.
_HEADING_WORDS = re.compile(
    r"""^(?:(?!not\b|meet|any\b|no\b|fulfil|satisf|see\b|per\b|all\b|met\b|the\b)[\w/,'’-]+\s+){0,4}?
        (?P<kind>inclusion|inclusionary|exclusion|exclusionary|non[- ]?inclusion|eligibility|ineligibility|
           selection|entry)
        (?:\s+(?:and|or|&|/)\s+(?P<kind2>inclusion|exclusion|non[- ]?inclusion))?
        (?P<criteria>\s*(?:criteria|criterion|requirements?|conditions?))?
        (?:\s+(?:for|in|of|to|at|\()\b.{0,70})?$""",
    re.VERBOSE | re.IGNORECASE,
)
_CRITERIA_FOR = re.compile(
    r"^(?:[\w-]+\s+){0,3}?criteria\s+(?:for|of)\s+(?:study\s+|trial\s+)?"
    r"(?P<kind>inclusion|exclusion|non[- ]?inclusion|eligibility|entry|participation)\b.{0,40}$",
    re.IGNORECASE,
)
# Sentences that open a section: "Patients must meet all of the following criteria:".
_LEADIN_SECTION = re.compile(r"\b(?:following|criteria|eligible|eligibility|excluded|exclude)\b",
                             re.IGNORECASE)
_NEGATIVE = re.compile(
    r"\b(?:exclu\w*|ineligible|not\s+(?:be\s+)?(?:eligible|included|enrolled|allowed|permitted)|"
    r"(?:must|will|shall|should|may|can)\s*not|cannot|won't|none\s+of)\b", re.IGNORECASE)
_POSITIVE = re.compile(
    r"\b(?:inclu\w*|eligible|eligibility|enrol\w*|enter|entry|participate|meet|meets|"
    r"fulfil\w*|satisfy|satisfies)\b", re.IGNORECASE)
_FOLLOWING = re.compile(r"\bfollowing\b|\bcriteri(?:a|on)\b", re.IGNORECASE)
_NOTE = re.compile(r"^(?:\(?\s*)?(?:note|notes|nb|n\.b\.|remark|comment)s?\b\s*[:.-]?", re.IGNORECASE)
_OPENING_ENDS = (":", "following", "as follows", "including", "defined as", "one of", "both of",
                 "all of", "any of", "such as", "criteria", "include", "includes")


def _opens(text: str) -> bool:
    """Does this text announce a list ("...defined as:", "one of the following")?"""
    tail = text[-40:].rstrip(" -–")
    last = tail[-1:]
    if last == ":":
        return True
    if not last.isalpha():  # "...", "...;", "...)": most items end so
        return False
    return tail.lower().endswith(_OPENING_ENDS)


# A lead-in of a section's list, not a criterion that owns the list ("All patients must:").
_GENERIC_LEADIN = re.compile(
    r"\b(?:following|must|should|shall|will|are|is|if|who|allowed|eligible|required|criteria|"
    r"apply|applies)\s*:?\s*$|^(?:all\s+)?(?:patients?|participants?|subjects?|volunteers?|"
    r"candidates?|persons?|individuals?|women|men|children)\b[^:]{0,60}(?:must|should|will|"
    r"shall|need to|have to|are|if|who)\b[^:]{0,40}:\s*$", re.IGNORECASE)
_WORD = re.compile(r"\w")


def _classify_heading(line: str) -> tuple[bool, str | None]:
    """(is this line a heading, its section or None for a neutral heading). Remembered
    for lines up to 256 characters: a few heading lines ("Inclusion Criteria:") come back
    in most records, and the regexes cost ~2 us a line; the answer depends on the line
    alone. Longer lines are never headings and are not kept (the cache's memory stays
    under 2,048 short lines)."""
    if len(line) > 256:
        return _read_heading(line)
    return _remembered_heading(line)


def _read_heading(line: str) -> tuple[bool, str | None]:
    text = line.strip("*#_> \t")
    if not text or len(text) > 200:
        return False, None
    colon = text.endswith(":")
    body = text.rstrip(":").strip().rstrip(":").strip()
    if len(body) <= 90:
        m = _HEADING_WORDS.match(body)
        if m is None:
            m = _CRITERIA_FOR.match(body)
            if m is not None:
                kind = m.group("kind").lower()
                return True, _kind_section(kind)
        elif (colon or m.group("criteria") or m.group("kind").lower() in (
                "inclusion", "exclusion", "inclusionary", "exclusionary")) and (
                m.group("criteria") or body.lower().split()[0] in (
                    "inclusion", "exclusion", "inclusionary", "exclusionary", "key", "main")
                or colon and len(body) <= 60):
            kind = m.group("kind").lower()
            if m.group("kind2"):
                return True, None
            if kind in ("eligibility", "selection", "entry") and not (colon or m.group("criteria")):
                return False, None
            return True, _kind_section(kind)
    # A sentence that introduces a section's list.
    if (colon or body.lower().endswith(("following", "following criteria"))) \
            and len(body) <= 160 and _LEADIN_SECTION.search(body):
        if "inclusion" in body.lower() and "exclusion" in body.lower():
            return False, None
        if not _FOLLOWING.search(body):
            return False, None
        # "*": a sentence, weaker than a heading proper (see _Builder.heading)
        if _NEGATIVE.search(body):
            return True, "exclusion*"
        if _POSITIVE.search(body):
            return True, "inclusion*"
    return False, None


_remembered_heading = lru_cache(maxsize=2048)(_read_heading)


def _may_be_heading(line: str) -> bool:
    """Cheap test before the heading regexes: a heading names its section somehow.
    (Substring tests spelled out, not any() over a tuple: this runs for every line that
    is not a list item.)"""
    head = line[:200].lower()
    return ("inclu" in head or "exclu" in head or "criteri" in head or "eligib" in head
            or "follow" in head or "entry" in head or "selection" in head)


def _kind_section(kind: str) -> str | None:
    kind = kind.replace("-", "").replace(" ", "")
    if kind.startswith(("exclu", "noninclu", "inelig")):
        return "exclusion"
    if kind.startswith("inclu"):
        return "inclusion"
    return None


# ---------------------------------------------------------------------------------------
# The tree


class _Node:
    """An open criterion while lines are read."""

    __slots__ = (
        "children",
        "family",
        "indent",
        "known_opens",
        "leadin",
        "ordinal",
        "parts",
    )

    def __init__(self, text: str, indent: int, family: str, ordinal: int | None) -> None:
        self.parts = [text]
        # most items have none: a list is made for the first child only
        self.children: list[_Node] | tuple[()] = ()
        self.indent = indent
        self.family = family
        self.ordinal = ordinal
        self.known_opens: bool | None = None
        self.leadin = False

    @property
    def opens(self) -> bool:
        """Does the item's last text announce a list? Read lazily: most items are never
        asked, and _opens on every line was a tenth of the tree reader's time."""
        known = self.known_opens
        return _opens(self.parts[-1]) if known is None else known

    @opens.setter
    def opens(self, value: bool) -> None:
        self.known_opens = value

    def append(self, text: str, paragraph: bool) -> None:
        if paragraph:
            self.parts.append("\n")
        elif self.parts and self.parts[-1] != "\n":
            self.parts.append(" ")
        self.parts.append(text)
        self.known_opens = None  # now read from this text


_CRITERION_FIELDS = frozenset(("text", "children", "thresholds"))
# The slot descriptors of BaseModel, set directly: object.__setattr__ looks each name up
# again on every call, and this runs for every criterion of every record.
_new_model = Criterion.__new__
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _criterion(text: str, children: list[Criterion], thresholds: list) -> Criterion:
    """A Criterion from parts that are already typed, without validation: this runs for
    every criterion of every record, and model_construct's generic path is ~5x slower."""
    criterion = _new_model(Criterion)
    _set_dict(criterion, {"text": text, "children": children, "thresholds": thresholds})
    _set_fields_set(criterion, set(_CRITERION_FIELDS))
    _set_extra(criterion, None)
    _set_private(criterion, None)
    return criterion


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Does ``text`` hold a digit (``\\d``)? Ten substring tests run at memchr speed, ~5x
    faster than the regex scan; only a non-ASCII text without an ASCII digit can still
    hold one (a full-width or Arabic-Indic digit), and only it pays the regex."""
    return ("1" in text or "0" in text or "2" in text or "5" in text or "3" in text
            or "4" in text or "6" in text or "8" in text or "7" in text or "9" in text
            or not text.isascii() and _DIGIT.search(text) is not None)


def _criteria_of(nodes: list[_Node]) -> list[Criterion]:
    """The criteria of finished nodes, with their thresholds (``find_thresholds`` returns at
    once for a text with no number in it, "twice the ULN" included). One loop per level
    rather than a method per node: this builds every criterion of every record."""
    criteria = []
    for node in nodes:
        parts = node.parts
        text = (parts[0] if len(parts) == 1 else "".join(parts)).strip()
        if node.children:
            children = _criteria_of(node.children)
        else:
            children = []
            inline = _split_inline(text) if ":" in text else None
            if inline is not None:  # "...the following: a. X; b. Y; c. Z"
                text, items = inline
                children = [_criterion(item, [], find_thresholds(item)) for item in items]
        criterion = _new_model(Criterion)
        _set_dict(criterion, {"text": text, "children": children,
                              "thresholds": find_thresholds(text)})
        _set_fields_set(criterion, set(_CRITERION_FIELDS))
        _set_extra(criterion, None)
        _set_private(criterion, None)
        criteria.append(criterion)
    return criteria


def _marker_of(m: re.Match[str]) -> tuple[str, int | None]:
    """(family, ordinal) of a list marker; letters i/v/x are decided later by context."""
    g = m.group
    if g("bullet"):
        return "bullet" + g("bullet"), None
    if g("outline"):
        parts = g("outline").split(".")
        return f"outline{len(parts)}", int(parts[-1])
    if g("num"):
        style = g("numstyle").strip()
        return "num" + style, int(g("num"))
    if g("pnum"):
        return "(num)", int(g("pnum"))
    if g("roman"):
        roman = g("roman")
        case = "R" if roman.isupper() else "r"
        return f"rom{case}{g('romstyle')}", _roman(roman)
    if g("proman"):
        return "(rom)", _roman(g("proman"))
    if g("letter"):
        letter = g("letter")
        case = "L" if letter.isupper() else "l"
        return f"let{case}{g('letstyle')}", ord(letter.lower()) - 96
    letter = g("pletter")
    case = "L" if letter.isupper() else "l"
    return f"(let{case})", ord(letter.lower()) - 96


_MARKER_INFO: dict[str, tuple[str, int | None]] = {}


def _marker_info(m: re.Match[str]) -> tuple[str, int | None]:
    """_marker_of, remembered by the marker's text (which alone decides the answer)."""
    key = m.group("marker")
    info = _MARKER_INFO.get(key)
    if info is None:
        info = _marker_of(m)
        if len(_MARKER_INFO) < _CACHE_LIMIT:
            _MARKER_INFO[key] = info
    return info


def _roman(text: str) -> int:
    total = 0
    values = [_ROMAN_VALUES[c] for c in text.lower()]
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total


# An item run into the line above: "...within the last 3 months. 6. Hematological",
# "Comorbid disease ii. Other contraindications".
_ROMANS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
           "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx")


def _next_marker(family: str, ordinal: int) -> tuple[str, bool] | None:
    """The marker of the item after ``ordinal`` in ``family``, and whether it may follow a
    word directly (a roman numeral of two letters or more is unmistakable)."""
    style = family[-1]
    if style not in ".)":
        return None
    if family.startswith("num"):
        return f"{ordinal + 1}{style}", False
    if family.startswith("rom") and ordinal + 1 < len(_ROMANS):
        roman = _ROMANS[ordinal + 1]
        return (roman.upper() if family[3] == "R" else roman) + style, len(roman) > 1 or ordinal >= 3
    if family.startswith("let") and ordinal < 26:
        letter = chr(97 + ordinal)
        return (letter.upper() if family[3] == "L" else letter) + style, False
    return None


# Caches below are filled lazily and stop growing at this size (keys are marker texts and
# (family, ordinal) pairs: a few hundred in practice, but text decides them).
_CACHE_LIMIT = 4096
_RUN_IN_PATTERNS: dict[tuple[str, int], tuple[str, re.Pattern[str]] | None] = {}


def _run_in_pattern(family: str, ordinal: int) -> tuple[str, re.Pattern[str]] | None:
    """(" 2. ", the pattern of the next item's marker run into a line), or None."""
    key = (family, ordinal)
    pattern = _RUN_IN_PATTERNS.get(key, False)
    if pattern is not False:
        return pattern  # type: ignore[return-value]
    nxt = _next_marker(family, ordinal)
    if nxt is None:
        pattern = None
    else:
        before = r"(?<=\w)" if nxt[1] else r"(?<=[.;:,!?)])"
        after = r"(?=[A-Za-z(])" if nxt[0].endswith(")") else r"(?=[A-Z(])"
        pattern = (f" {nxt[0]} ", re.compile(
            r"(?:" + before + r"|(?<=[.;:,!?)]))\s+" + re.escape(nxt[0]) + r"\s+" + after))
    if len(_RUN_IN_PATTERNS) < _CACHE_LIMIT:
        _RUN_IN_PATTERNS[key] = pattern
    return pattern


def _run_in(text: str, family: str, ordinal: int) -> re.Match[str] | None:
    pattern = _run_in_pattern(family, ordinal)
    if pattern is None or pattern[0] not in text:
        return None
    return _search_run_in(pattern[1], pattern[0], text)


def _search_run_in(pattern: re.Pattern[str], spaced: str, text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, found from the marker's occurrences. The pattern opens
    with look-behinds, so a search tries it at every position of the text (~50 ns a
    character: a long item paid ~100 us). A match can only start where a run of
    whitespace before an occurrence of the marker starts (its look-behinds need a
    non-space before it, and ``\\s+`` takes the whole run): trying those starts, in
    order, with the same pattern gives the same first match."""
    marker = spaced[1:-1]  # " 2. " -> "2."
    find = text.find
    at = find(marker)
    while at >= 0:
        start = at
        while start and text[start - 1].isspace():  # str.isspace is the pattern's \s
            start -= 1
        if start < at:
            run = pattern.match(text, start)
            if run is not None:
                return run
        at = find(marker, at + 1)
    return None


# A list written inside one item: "...requirements: a. WBC ≥ 3; b. ANC ≥ 1; c. Hb ≥ 60".
_INLINE_FIRST = re.compile(r":\s*(?P<m>1|a|i|A|I)(?P<s>[.)])\s+(?=[A-Za-z(])")


def _split_inline(text: str) -> tuple[str, list[str]] | None:
    """(the text up to its colon, the items) when a numbered, lettered or roman list of
    at least two items in sequence follows a colon; else None."""
    first = _INLINE_FIRST.search(text)
    if first is None:
        return None
    mark, style = first.group("m"), first.group("s")
    if mark == "1":
        family = "num" + style
    elif mark in "aA":
        family = ("letL" if mark == "A" else "letl") + style
    else:
        family = ("romR" if mark == "I" else "romr") + style
    items: list[str] = []
    start = first.end()
    ordinal = 1
    while True:
        run = _run_in(text[start:], family, ordinal) if start < len(text) else None
        if run is None:
            break
        items.append(text[start:start + run.start()].strip())
        start += run.end()
        ordinal += 1
    if ordinal < 2 or not all(items):
        return None
    items.append(text[start:].strip())
    return text[:first.start() + 1].strip(), items


class _Builder:
    """Places lines into the inclusion and exclusion trees."""

    def __init__(self) -> None:
        self.sections: dict[str, list[_Node]] = {"inclusion": [], "exclusion": []}
        self.section = "inclusion"
        self.explicit: str | None = None
        self.stack: list[_Node] = []
        self.last: _Node | None = None

    def heading(self, section: str | None, text: str = "") -> None:
        sentence = section is not None and section.endswith("*")
        if sentence:
            section = section.rstrip("*")  # type: ignore[union-attr]
            if section == "inclusion" and self.explicit == "exclusion":
                # "Exclusion Criteria:" then "Women who meet the following ... enrolled:"
                section = None
        elif section is not None:
            self.explicit = section
        if section is not None:
            self.section = section
        self.stack = []
        self.last = None
        if sentence and _has_digit(text):
            # "Women aged 18-39 who meet the following criteria will be enrolled:" says more
            # than a heading: keep it, without making the list its children.
            node = _Node(text, 0, "para", None)
            node.leadin = True
            self.sections[self.section].append(node)
            self.stack = [node]

    def _attach(self, node: _Node, parent: _Node | None) -> None:
        if parent is None:
            self.sections[self.section].append(node)
        else:
            siblings = parent.children
            if siblings:
                siblings.append(node)
            else:
                parent.children = [node]

    def marked(self, text: str, indent: int, family: str, ordinal: int | None) -> None:
        """A list item: a sibling of an open item, a child of one, or a new top-level item."""
        stack = self.stack
        while stack and stack[-1].indent > indent and not stack[-1].leadin:
            stack.pop()
        # A generic lead-in ("All patients must:") does not own the list that follows it.
        while stack and stack[-1].leadin:
            stack.pop()
        parent: _Node | None
        top = stack[-1] if stack else None
        if top is not None and top.indent == indent and top.family == family and (
                ordinal is None or top.ordinal is not None and top.ordinal + 1 == ordinal):
            # the common case: the next item of the list just read
            stack.pop()
            parent = stack[-1] if stack else None
        elif not stack:
            parent = None
        else:
            top = stack[-1]
            if top.indent < indent:
                parent = top
            else:
                sibling = self._find_sibling(indent, family, ordinal)
                if sibling is not None and not (
                        ordinal == 1 and sibling is top and top.opens and top.ordinal != 0):
                    while stack[-1] is not sibling:
                        stack.pop()
                    stack.pop()
                    parent = stack[-1] if stack else None
                elif sibling is top and ordinal == 1 and top.opens or top.opens or (ordinal == 1 and top.family != family) or (
                        family.startswith("bullet") and top.family[0] in "n(ol" and
                        not top.family.startswith("bullet") and top.family != "para"):
                    parent = top
                else:
                    stack.pop()
                    parent = stack[-1] if stack else None
                    if parent is not None and parent.indent >= indent:
                        parent = None
                        stack.clear()
        node = _Node(text, indent, family, ordinal)
        self._attach(node, parent)
        stack.append(node)
        self.last = node

    def _find_sibling(self, indent: int, family: str, ordinal: int | None) -> _Node | None:
        """The open item this one follows in the same list, if any."""
        same = [n for n in self.stack if n.indent == indent and n.family == family]
        if not same:
            return None
        if ordinal is None:
            return same[-1]
        for node in reversed(same):
            if node.ordinal is not None and node.ordinal + 1 == ordinal:
                return node
        if ordinal == 1:
            return same[-1]
        return same[-1]

    def plain(self, text: str, indent: int, paragraph: bool, continuation: bool,
              next_is_marked: bool, attach: bool = True) -> None:
        """A line without a list marker."""
        last = self.last
        if continuation and last is not None:
            last.append(text, paragraph=False)
            return
        if last is not None and _NOTE.match(text):
            last.append(text, paragraph=True)
            return
        # A line that announces the list below it owns that list; a short one (a
        # sub-heading such as "Cohort A:") is not a paragraph of the item above either.
        opens_list = next_is_marked and (
            _opens(text) or len(text) <= 60 and text[-1] not in ".;,")
        subheading = opens_list and len(text) <= 120
        if paragraph and attach and last is not None and not subheading:
            # The deepest open item this paragraph can belong to (not deeper than it);
            # a sub-heading that already owns a list owns no more paragraphs.
            owner = None
            for node in reversed(self.stack):
                if node.indent <= indent and (node.family != "para" or (
                        not node.children and _opens("".join(node.parts)))):
                    owner = node
                    break
            if owner is not None and not owner.leadin:
                owner.append(text, paragraph=True)
                self.last = owner
                return
        node = _Node(text, indent, "para", None)
        if opens_list:
            node.opens = True
            sec = self.sections[self.section]
            node.leadin = not sec and _GENERIC_LEADIN.search(text) is not None
        else:
            node.opens = False
        self.sections[self.section].append(node)
        self.stack = [node]
        self.last = node


def _run_in_bullets(piece: str) -> list[str]:
    """Split "Heading: - a - b" or "- a - b" into one line per bullet."""
    head, sep, rest = piece.partition(": - ")
    if sep and len(head) <= 60:
        parts = _RUN_IN_BULLET.split("- " + rest)
        return [head + ":", *("- " + part.removeprefix("- ") for part in parts)]
    if piece.startswith("- ") and len(piece) > 150:
        return ["- " + part.removeprefix("- ") for part in _RUN_IN_BULLET.split(piece)]
    return [piece]


_BLANK_ROW = (-1, "")


def _split_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(indent, stripped text) of every line, blank lines as (-1, ""). Indents are
    relative to the least indented line after the first."""
    rows: list[tuple[int, str]] = []
    append = rows.append
    indented = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            append(_BLANK_ROW)
            continue
        if stripped is line:  # nothing stripped (str.strip returns the line itself)
            indent = 0
        else:
            if "\t" in line:
                line = line.expandtabs(4)
            indent = len(line) - len(line.lstrip())
            if indent:
                indented = True
        if len(stripped) <= 120:
            append((indent, stripped))
        elif "riteria" in stripped or "RITERIA" in stripped:
            # (the heading pattern needs "...clusion " literally: skip its slow scan else)
            for piece in (_RUN_IN_HEADING.split(stripped) if "clusion " in stripped
                          or "CLUSION " in stripped else (stripped,)):
                rows.extend((indent, part) for part in _run_in_bullets(piece))
        elif len(stripped) > 150 and stripped.startswith("- "):
            rows.extend((indent, part) for part in _run_in_bullets(stripped))
        else:
            append((indent, stripped))
    if not indented:  # every indent is 0: nothing to make relative
        return rows
    indents = [ind for ind, _s in rows if ind >= 0]
    rest = indents[1:]
    base = min(rest) if rest else indents[0]
    first = next(i for i, (ind, _s) in enumerate(rows) if ind >= 0)
    # An adapter may have stripped the first line's indent only.
    if rows[first][0] == 0 and base > 0:
        rows[first] = (base, rows[first][1])
    base = min(base, rows[first][0])
    if base:
        rows = [(ind - base if ind >= 0 else -1, s) for ind, s in rows]
    return rows


def parse_criteria(text: str) -> CriteriaReading:
    """Inclusion and exclusion criteria of ``text`` as trees; never raises on odd text."""
    warnings: list[str] = []
    try:
        inclusion, exclusion = _parse(text)
    except Exception as exc:  # noqa: BLE001 - a reader never raises; keep the text
        warnings.append(f"eligibility criteria could not be split ({type(exc).__name__})")
        stripped = text.strip() if isinstance(text, str) else ""
        return CriteriaReading([Criterion(text=stripped)] if stripped else [], [], warnings)
    if not inclusion and not exclusion and text.strip():
        warnings.append("no criteria found in the eligibility text")
    return CriteriaReading(inclusion, exclusion, warnings)


def _parse(text: str) -> tuple[list[Criterion], list[Criterion]]:
    if "\\" in text or "&" in text:
        text = unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    rows = _split_lines(lines)
    # The layout: paragraphs separated by blank lines (API v2), or lines wrapped at ~80
    # columns with indentation (legacy XML), or neither (scraped pages).
    inner = text.strip()
    # ("\n\n" first: it is in most texts, and found sooner than the regex finds it)
    blank_separated = "\n\n" in inner or _BLANK_LINE.search(inner) is not None
    wrapped = _INDENTED_LINE.search(inner) is not None and max(map(len, lines)) <= 100
    builder = _Builder()
    sections = builder.sections
    match_marker = _MARKER.match
    marker_info = _MARKER_INFO.get
    run_in_patterns = _RUN_IN_PATTERNS.get
    bullet_families = _BULLET_FAMILIES
    fast_markers = _FAST_MARKERS
    previous_content = False  # was the line above a non-blank, non-heading line?
    list_indent = -1  # the least indent of a list item, read when a paragraph needs it
    previous_blank = True
    n_rows = len(rows)
    for i, (indent, line) in enumerate(rows):
        if indent < 0:
            previous_blank = True
            previous_content = False
            continue
        # The two commonest markers are read without the regex, exactly as its branches
        # would read them: a bullet and a space ("* item"), one or two ASCII digits, "."
        # or ")" and a space ("12. item").
        first = line[0] if fast_markers else ""
        family = bullet_families.get(first)  # type: ignore[assignment]
        if family is not None and line[1:2].isspace():
            ordinal = None
            rest = line[2:].lstrip()
            if len(rest) < 60 and ("riteri" in rest or "RITERI" in rest):
                strict = _STRICT_HEADING.match(rest)
                if strict is not None:
                    builder.heading(_kind_section(strict.group(1).lower()))
                    previous_content = False
                    previous_blank = False
                    continue
            m = None
        elif "0" <= first <= "9" and (
                line[1:2] in _NUM_STYLES and line[2:3].isspace() and (digits := 1) or
                "0" <= line[1:2] <= "9" and line[2:3] in _NUM_STYLES and line[3:4].isspace()
                and (digits := 2)):
            family = _NUM_FAMILIES[line[digits]]
            ordinal = int(line[:digits])
            rest = line[digits + 2:].lstrip()
            m = None
        elif first in _ASCII_LETTERS_BUT_O and "." not in line[1:8] and ")" not in line[1:8]:
            # A word: _MARKER could only read a letter or roman numeral (at most 7
            # characters) before "." or ")" here.
            m = None
            family = None
        else:
            m = match_marker(line)
            family = None
        if family is None:
            if m is None or len(line) == m.end():
                # Not a marked item with text: a heading, a marker alone, or plain text.
                if _may_be_heading(line):
                    # A hard-wrapped line that goes on from the line above ("...other causes
                    # of declining\nrenal function have been excluded by a nephrologist or
                    # any 2 of the following:") is no heading, nor opens with one, unless it
                    # names a section plainly ("Exclusion Criteria:", "...prior to Day 1
                    # Exclusion Criteria: 1. Subject is pregnant").
                    going_on = previous_content and wrapped \
                        and _STRICT_HEADING.match(line) is None
                    if going_on:
                        is_heading = False
                    else:
                        is_heading, section = _classify_heading(line)
                    if is_heading:
                        if wrapped and i + 1 < n_rows and rows[i + 1][0] == indent:
                            # a heading wrapped onto the next line: "Eligibility criteria for
                            # the secondary randomisation to once vs twice daily" /
                            # "lamivudine+abacavir Inclusion criteria"
                            named = _SECTION_NAMED_LAST.search(rows[i + 1][1].rstrip(": "))
                            if named is not None and match_marker(rows[i + 1][1]) is None:
                                section = _kind_section(named.group(1).lower())
                                line += " " + rows[i + 1][1]
                                rows[i + 1] = _BLANK_ROW  # read here
                        builder.heading(section, line)
                        previous_content = False
                        previous_blank = False
                        continue
                    inline = _INLINE_HEADING.match(line) if ":" in line else None
                    if inline is None and len(line) > 60:
                        # "Key Exclusion Criteria Pregnant or breastfeeding, or intending to
                        # become pregnant during" (no colon; "Inclusion Criteria Stage 1" is
                        # a heading of its own)
                        inline = _RUN_IN_HEADING_START.match(line)
                    if inline is not None and going_on \
                            and _SECTION_NAMED_LAST.search(inline.group(1)) is None:
                        inline = None
                    if inline is not None:
                        is_heading, section = _classify_heading(inline.group(1) + ":")
                        if is_heading and section is not None:
                            builder.heading(section)
                            line = line[inline.end():].strip()
                            indent += inline.end()
                            m = match_marker(line)
                            previous_content = False
                if m is not None:
                    if len(line) == m.end():
                        continue  # a marker alone ("-", "1.") carries no text
                else:
                    last = builder.last
                    if not line or last is None and not _WORD.search(line):
                        if line and last is None:
                            builder.plain(line, indent, True, False, False)
                        elif line and last is not None:
                            last.append(line, paragraph=False)
                        continue
                    continuation = previous_content and (blank_separated or wrapped)
                    if not continuation and previous_content and last is not None:
                        # Aggregator layout: a line that plainly goes on from the one above.
                        continuation = line[:1].islower() or last.parts[-1].rstrip()[-1:] in (
                            ",", "(", "-", "/", "&") or line[:1] in ")]"
                    if continuation and last is not None:
                        # what _Builder.plain does first, without looking ahead for it
                        last.append(line, paragraph=False)
                        previous_content = True
                        previous_blank = False
                        continue
                    if indent < 3 and last is not None and last.family != "para":
                        # A paragraph between two items of a list indented by up to 3
                        # spaces more than it (legacy XML indents every list by 2) is read
                        # at the list's level, as the same text without the indents (API v2)
                        # is read, unless it announces what follows ("Cohort B:").
                        if list_indent < 0:
                            list_indent = _list_indent(rows)
                        if indent < list_indent <= 3:
                            end, next_marked = _paragraph_end(rows, i, wrapped)
                            if next_marked and not _opens(end):
                                indent = list_indent
                    next_marked = False
                    next_continues = False
                    for j in range(i + 1, min(i + 4, n_rows)):
                        if rows[j][0] >= 0:
                            following = match_marker(rows[j][1])
                            next_marked = following is not None and rows[j][0] <= indent + 8
                            if following is not None and last is not None \
                                    and last.ordinal is not None:
                                # "2. Liver: ...\nTBIL ≤ 1.5 × ULN\n3. Renal": the line
                                # belongs to item 2
                                next_continues = _marker_info(following) == (
                                    last.family, last.ordinal + 1)
                            break
                    builder.plain(line, indent, paragraph=previous_blank or not continuation,
                                  continuation=continuation, next_is_marked=next_marked,
                                  attach=blank_separated or wrapped or next_continues)
                    previous_content = True
                    previous_blank = False
                    continue
            # A marked item the regex read: the other markers, and a marker after an
            # inline heading.
            info = marker_info(m[1])  # the "marker" group
            family, ordinal = _marker_info(m) if info is None else info
            rest = line[m.end():]  # the marker's pattern took the spaces after it
            first = family[0]
            if first == "b":  # a bullet
                if len(rest) < 60 and ("riteri" in rest or "RITERI" in rest):
                    strict = _STRICT_HEADING.match(rest)
                    if strict is not None:
                        builder.heading(_kind_section(strict.group(1).lower()))
                        previous_content = False
                        previous_blank = False
                        continue
            elif first == "r" and len(m.group("roman")) == 1:
                family, ordinal = _roman_or_letter(builder, indent, m, family, ordinal)
        if ordinal is not None:
            while True:  # items run into this line: "...last 3 months. 6. Hematological"
                pattern = run_in_patterns((family, ordinal), False)
                if pattern is False:
                    pattern = _run_in_pattern(family, ordinal)
                if pattern is None or pattern[0] not in rest:  # type: ignore[index]
                    break
                run = _search_run_in(pattern[1], pattern[0], rest)  # type: ignore[index]
                if run is None:
                    break
                builder.marked(rest[:run.start()].strip(), indent, family, ordinal)
                rest = rest[run.end():].strip()
                ordinal += 1
        previous_content = True
        previous_blank = False
        stack = builder.stack
        # The three common cases of _Builder.marked, inline.
        if not stack:  # the first item after a heading
            node = _Node(rest, indent, family, ordinal)
            sections[builder.section].append(node)
            stack.append(node)
            builder.last = node
            continue
        top = stack[-1]
        if not top.leadin:
            if top.indent == indent:
                if top.family == family and (ordinal is None or top.ordinal is not None
                                             and top.ordinal + 1 == ordinal):
                    # the next item of the list just read takes its place on the stack
                    node = _Node(rest, indent, family, ordinal)
                    if len(stack) > 1:
                        parent = stack[-2]
                        siblings = parent.children
                        if siblings:
                            siblings.append(node)
                        else:
                            parent.children = [node]
                    else:
                        sections[builder.section].append(node)
                    stack[-1] = node
                    builder.last = node
                    continue
            elif top.indent < indent:  # the first item of a list under the one above
                node = _Node(rest, indent, family, ordinal)
                siblings = top.children
                if siblings:
                    siblings.append(node)
                else:
                    top.children = [node]
                stack.append(node)
                builder.last = node
                continue
        builder.marked(rest, indent, family, ordinal)
    return _criteria_of(sections["inclusion"]), _criteria_of(sections["exclusion"])


def _paragraph_end(rows: list[tuple[int, str]], i: int, wrapped: bool) -> tuple[str, bool]:
    """(the last line of the paragraph that starts at row ``i``, is the next line after it
    a list item?). A hard-wrapped paragraph goes on up to a blank line or a list item."""
    end = rows[i][1]
    j = i + 1
    while wrapped and j < len(rows) and rows[j][0] >= 0:
        m = _MARKER.match(rows[j][1])
        if m is not None and m.end() < len(rows[j][1]):
            return end, True
        end = rows[j][1]
        j += 1
    while j < len(rows) and rows[j][0] < 0:
        j += 1
    if j == len(rows):
        return end, False
    m = _MARKER.match(rows[j][1])
    return end, m is not None and m.end() < len(rows[j][1])


def _list_indent(rows: list[tuple[int, str]]) -> int:
    """The least indent of a marked line with text, if it is 3 or less; else 4."""
    least = 4
    for indent, line in rows:
        if 0 <= indent < least:
            m = _MARKER.match(line)
            if m is not None and m.end() < len(line):
                if indent == 0:
                    return 0
                least = indent
    return least


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_INDENTED_LINE = re.compile(r"\n[ \t]+\S")
_STRICT_HEADING = re.compile(
    r"^(?:\*\*)?(?:key|main|major|general|additional|other|specific)?\s*"
    r"(inclusion|exclusion|non[- ]?inclusion)\s+criteria\s*:?\s*(?:\*\*)?\s*:?$", re.IGNORECASE)
# A heading run into the text: "... last item. Exclusion Criteria: - first item".
_RUN_IN_HEADING = re.compile(r"(?<=\S)\s+(?=(?:Key |KEY )?(?:Inclusion|INCLUSION|Exclusion|"
                             r"EXCLUSION) (?:Criteria|criteria|CRITERIA)\s*:)")
# Bullets run into one line: "- Informed consent obtained - Woman with a positive test".
_RUN_IN_BULLET = re.compile(r"\s+-\s+(?=[A-Z])")
_SECTION_NAMED_LAST = re.compile(r"(inclusion|exclusion)\s+criteria$", re.IGNORECASE)
_RUN_IN_HEADING_START = re.compile(
    r"^((?:Key |KEY )?(?:Inclusion|INCLUSION|Exclusion|EXCLUSION) (?:Criteria|CRITERIA))"
    r" +(?=[A-Z][a-z])")
_INLINE_HEADING = re.compile(r"^(?:\*\*)?([^:]{3,60}?)(?:\*\*)?\s*:(?:\*\*)?\s*(?=\S)")


def _roman_or_letter(builder: _Builder, indent: int, m: re.Match[str], family: str,
                     ordinal: int | None) -> tuple[str, int | None]:
    """"i." after "h." is a letter; otherwise a lone i/v/x is a roman numeral."""
    char = m.group("roman")
    style = m.group("romstyle")
    case = "L" if char.isupper() else "l"
    letter_family = f"let{case}{style}"
    letter_ordinal = ord(char.lower()) - 96
    for node in reversed(builder.stack):
        if node.indent == indent and node.family == letter_family \
                and node.ordinal == letter_ordinal - 1:
            return letter_family, letter_ordinal
    if ordinal == 1:
        return family, ordinal
    for node in reversed(builder.stack):
        if node.indent == indent and node.family == family and node.ordinal == (ordinal or 0) - 1:
            return family, ordinal
    return letter_family, letter_ordinal


# ---------------------------------------------------------------------------------------
# Ages


def ages_from_text(text: str, reading: CriteriaReading | None = None) -> tuple[Age | None,
                                                                             Age | None]:
    """Minimum and maximum age the criteria state ("Aged 18 to 75 years"), else None.
    ``reading``: ``parse_criteria(text)`` when the caller has it already (the text is
    then not read again)."""
    if not text or not _AGE_HINT.search(text):
        return None, None
    if reading is None:
        reading = parse_criteria(text)
    low: Age | None = None
    high: Age | None = None
    # "The research participants are parents of patients ...": an age of the patients (the
    # participants' children) is not the participants' age
    proxies = _PROXY_PARTICIPANTS.search(text) is not None
    for criteria, excluding in ((reading.inclusion, False), (reading.exclusion, True)):
        for criterion, threshold in _age_thresholds(criteria):
            if proxies and _SOMEONE_ELSES_AGE.search(criterion.text):
                continue
            unit = _AGE_UNITS.get(threshold.unit or "years")
            if unit is None:
                continue
            comparator = threshold.comparator
            if excluding:  # "Age < 18" among the exclusions means a minimum of 18
                comparator = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}.get(comparator, "=")
            value = threshold.value
            age = Age(value=value, unit=unit, years=round(value / _PER_YEAR[unit], 4))
            if comparator in (">=", ">") and low is None:
                low = age
            elif comparator in ("<=", "<") and high is None:
                high = age
        if low is not None or high is not None:
            break
    return low, high


def _age_thresholds(criteria: list[Criterion]):  # type: ignore[no-untyped-def]
    for criterion in criteria:
        for threshold in criterion.thresholds:
            if threshold.analyte == "age":
                yield criterion, threshold
        yield from _age_thresholds(criterion.children)


_PROXY_PARTICIPANTS = re.compile(
    r"\b(?:participants?|subjects?|volunteers?)\s+(?:are|will\s+be|must\s+be)\s+(?:the\s+)?"
    r"(?:parents?|caregivers?|carers?|guardians?|family\s+members?|mothers?|fathers?)\b",
    re.IGNORECASE)
# the age is someone else's: "Patient age at enrollment ranged from 12 to 29 years", "age of the
# child" (not "Parent, 18 years of age or older, of a child with T1D": the parent's own age)
_SOMEONE_ELSES_AGE = re.compile(
    r"\b(?:patients?|child(?:ren)?|infants?|sons?|daughters?|bab(?:y|ies)|offspring)(?:'s|')?\s+(?:age|aged|ages)\b"
    r"|\bage\s+of\s+(?:the\s+|their\s+)?(?:patients?|child(?:ren)?|infants?|sons?|daughters?|bab(?:y|ies))\b",
    re.IGNORECASE)


_AGE_HINT = re.compile(r"\bage|\byears?\b|\byrs?\b|\bold\b", re.IGNORECASE)
_AGE_UNITS = {"years": AgeUnit.YEARS, "months": AgeUnit.MONTHS, "weeks": AgeUnit.WEEKS,
              "days": AgeUnit.DAYS}
_PER_YEAR = {AgeUnit.YEARS: 1.0, AgeUnit.MONTHS: 12.0, AgeUnit.WEEKS: 365.25 / 7,
             AgeUnit.DAYS: 365.25}
