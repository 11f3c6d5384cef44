"""What changed between two versions of a trial: field-level changes and the events a reader wants first.

    >>> from trialnorm.diff import diff
    >>> result = diff("old.xml", "new.json")      # any two inputs trialnorm parses
    >>> result.changed, [e.message for e in result.events]

The comparison runs on the normalized records (``Trial.to_dict()``), so two
formats of the same version compare equal. Lists are matched by identity, not
position (arms by label, interventions by type and name, outcomes by measure,
locations by facility and place, organizations and people by name, criteria by
text similarity), with a similarity fallback for small label edits; reordering
is not a change.

Noise is not change. Unless ``all=True`` the diff leaves out:

- bookkeeping: ``source.*``, ``warnings``, ``schema_version``, the registry's
  posting and last-update dates, and in ``extras`` the registry's derived parts
  (derivedSection, versionHolder, MeSH browse branches, geo points, download dates);
- derived readings: ``eligibility.std_ages``, outcome time points, criterion
  thresholds (the criteria text itself is compared);
- formatting-only text differences: white space and line wrapping, list markers
  (bullets and "1."-style numbers at a line start), markdown escapes, HTML
  entities and letter case (a case-only edit reads the same to every user of the
  record, so it is formatting);
- representation: across two formats (or two views of one page kind), ``extras``
  (their source paths differ by format) and item parts one side never fills (XML
  secondary ids carry no domain); across two views, any field only one view shows.

Criteria are compared as a plain reading of the criteria text (headings switch
lists, markers and blank lines start items), the same for every format, so the
same words laid out as XML dashes, markdown bullets or v1's bare lines are no
change, and an edited criterion is one change with a word-level diff.

With ``all=True`` those differences are reported too, each marked with the
reason (``Change.noise``) it is not substantive; ``RecordDiff.changed`` still
counts substantive changes only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import orjson

from trialnorm.errors import ParseError, StoreError
from trialnorm.extract.text import unescape
from trialnorm.model import Trial

__all__ = [
    "DIFF_FORMAT_VERSION",
    "SECTIONS",
    "Change",
    "Event",
    "RecordDiff",
    "VersionInfo",
    "date_shift",
    "diff",
    "load_version",
    "word_diff",
]

#: Version of the JSON document ``RecordDiff.to_dict()`` produces.
DIFF_FORMAT_VERSION = "1"

#: Report sections, in the order reports list them.
SECTIONS: tuple[str, ...] = (
    "identification", "status", "dates", "design", "conditions", "description", "arms",
    "interventions", "outcomes", "eligibility", "sponsors", "contacts", "locations",
    "references", "other", "source", "warnings",
)

_SECTION_OF_FIELD: dict[str, str] = {
    "schema_version": "source", "nct_id": "identification", "org_study_id": "identification",
    "secondary_ids": "identification", "brief_title": "identification",
    "official_title": "identification", "acronym": "identification",
    "brief_summary": "description", "detailed_description": "description",
    "overall_status": "status", "why_stopped": "status", "dates": "dates",
    "phases": "design", "study_type": "design", "design": "design", "enrollment": "design",
    "conditions": "conditions", "keywords": "conditions", "arms": "arms",
    "interventions": "interventions", "eligibility": "eligibility", "outcomes": "outcomes",
    "sponsor": "sponsors", "collaborators": "sponsors", "officials": "contacts",
    "contacts": "contacts", "locations": "locations", "related_nct_ids": "references",
    "extras": "other", "source": "source", "warnings": "warnings",
}

ChangeKind = Literal["added", "removed", "changed"]
Noise = Literal["formatting", "bookkeeping", "derived", "representation"]


# ---------------------------------------------------------------- result types

@dataclass(frozen=True, slots=True)
class Change:
    """One field-level difference.

    ``path`` names the field with list items by identity (``arms[Placebo].description``);
    ``old``/``new`` are JSON values (None for added/removed); ``words`` is the
    word-level diff of an edited text as (op, text) pairs, op one of ``=``, ``-``, ``+``;
    ``noise`` says why the change is not substantive (only reported with ``all``).
    """

    section: str
    path: str
    kind: ChangeKind
    old: Any = None
    new: Any = None
    words: tuple[tuple[str, str], ...] | None = None
    noise: Noise | None = None

    @property
    def substantive(self) -> bool:
        return self.noise is None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"section": self.section, "path": self.path, "kind": self.kind,
                               "old": self.old, "new": self.new}
        if self.words is not None:
            out["words"] = [list(w) for w in self.words]
        if self.noise is not None:
            out["noise"] = self.noise
        return out


@dataclass(frozen=True, slots=True)
class Event:
    """A summary line: what happened to the trial, e.g. ``status_changed`` with from/to."""

    kind: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "details": self.details}


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """Which record a side of the diff is: enough to tell the reader what was compared."""

    nct_id: str | None
    format: str
    source: str | None
    record_version: str | None

    @classmethod
    def of(cls, trial: Trial) -> VersionInfo:
        src = trial.source
        return cls(trial.nct_id, src.format, src.path or src.url, src.record_version)

    def to_dict(self) -> dict[str, Any]:
        return {"nct_id": self.nct_id, "format": self.format, "source": self.source,
                "record_version": self.record_version}


@dataclass(slots=True)
class RecordDiff:
    """Everything that differs between two versions of a trial."""

    old: VersionInfo
    new: VersionInfo
    events: list[Event]
    changes: list[Change]
    all: bool = False
    old_record: Trial | None = field(default=None, repr=False, compare=False)
    new_record: Trial | None = field(default=None, repr=False, compare=False)

    @property
    def changed(self) -> bool:
        """True when something substantive changed (noise never counts)."""
        return any(c.noise is None for c in self.changes)

    def __bool__(self) -> bool:
        return self.changed

    @property
    def substantive_changes(self) -> list[Change]:
        return [c for c in self.changes if c.noise is None]

    def by_section(self) -> dict[str, list[Change]]:
        """Changes grouped by report section, sections in ``SECTIONS`` order."""
        groups: dict[str, list[Change]] = {s: [] for s in SECTIONS}
        for change in self.changes:
            groups.setdefault(change.section, []).append(change)
        return {s: cs for s, cs in groups.items() if cs}

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON document: versioned, changes in section then path order."""
        return {
            "trialnorm_diff": DIFF_FORMAT_VERSION,
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "all": self.all,
            "changed": self.changed,
            "counts": {
                "events": len(self.events),
                "changes": sum(1 for c in self.changes if c.noise is None),
                "noise": sum(1 for c in self.changes if c.noise is not None),
            },
            "events": [e.to_dict() for e in self.events],
            "changes": [c.to_dict() for c in self.changes],
        }


# ---------------------------------------------------------------- text normalization

_BULLET = re.compile(r"(?m)^[ \t]*(?:[-*•·●○◦▪■o](?=\s)|\u2022|\d{1,2}[.)](?=\s))[ \t]*")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
_NBSP = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": ""})


@lru_cache(maxsize=65_536)
def _norm_text(text: str) -> str:
    """The text as a reader sees it: no escapes, entities, list markers, spacing or case."""
    text = unescape(text).translate(_NBSP)
    text = _BULLET.sub(" ", text)
    return _SPACE.sub(" ", text).strip().casefold()


def _key_text(value: Any) -> str:
    return _norm_text(value) if isinstance(value, str) else ""


def _similarity(a: str, b: str) -> float:
    """Word-level similarity of two normalized texts, 0..1."""
    if not a or not b:
        return 0.0  # two missing texts say nothing about identity
    if a == b:
        return 1.0
    wa, wb = a.split(), b.split()
    if len(wa) <= 2 and len(wb) <= 2:
        # Names, codes, URLs: too few words to count, so near-identical letters count
        # too ("...alert.htm" -> "...alert.asp"), but not "Arm A" -> "Arm B".
        by_words = SequenceMatcher(None, wa, wb, autojunk=False).ratio()
        by_letters = SequenceMatcher(None, a, b, autojunk=False).ratio()
        return max(by_words, by_letters if by_letters >= 0.85 else 0.0)
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    if matcher.real_quick_ratio() < 0.3 or matcher.quick_ratio() < 0.3:
        return matcher.quick_ratio() * 0.5
    return matcher.ratio()


def word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """Word-level diff of two texts: ("=", same words), ("-", removed), ("+", added)."""
    a, b = _WORD.findall(unescape(old)), _WORD.findall(unescape(new))
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            ops.append(("+", " ".join(b[j1:j2])))
    return tuple(ops)


# ---------------------------------------------------------------- dates

_DATE_PARTS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date_parts(text: str) -> tuple[int, ...] | None:
    m = _DATE_PARTS.match(text or "")
    if not m:
        return None
    return tuple(int(p) for p in m.groups() if p is not None)


def _as_date(parts: Sequence[int]) -> date:
    y = parts[0]
    mo = parts[1] if len(parts) > 1 else 1
    d = parts[2] if len(parts) > 2 else 1
    return date(y, mo, d)


def date_shift(old: str, new: str) -> tuple[int | None, str]:
    """How far a date moved: (days, "later" | "earlier" | "same" | "refined").

    Partial dates compare at the coarser precision of the two: "2014-06" to
    "2014-08-20" is 61 days later (June to August); "2014-06" to "2014-06-15"
    only made the date more precise ("refined", days None). Unreadable dates give
    (None, "changed").
    """
    a, b = _date_parts(old), _date_parts(new)
    if a is None or b is None:
        return None, "changed"
    common = min(len(a), len(b))
    try:
        da, db = _as_date(a[:common]), _as_date(b[:common])
    except ValueError:
        return None, "changed"
    days = (db - da).days
    if days == 0:
        return (0, "same") if len(a) == len(b) else (None, "refined")
    return days, "later" if days > 0 else "earlier"


# ---------------------------------------------------------------- loading versions

_STORE_REF = re.compile(r"^NCT\d{8}@\S+$", re.IGNORECASE)


def load_version(ref: Trial | str | os.PathLike[str] | bytes | dict[str, Any]) -> Trial:
    """One side of a diff as a Trial.

    ``ref`` is a Trial, a path to anything trialnorm parses, a stored version
    (``NCT01234567@3``, ``NCT01234567@latest``, from the local record store), or
    the record's bytes or loaded JSON. Raises ParseError/StoreError naming the input.
    """
    from trialnorm._api import parse, parse_file  # the API imports this module

    if isinstance(ref, Trial):
        return ref
    if isinstance(ref, (bytes, bytearray, dict, list)):
        return parse(bytes(ref) if isinstance(ref, bytearray) else ref)
    text = os.fspath(ref)
    path = Path(text)
    if path.is_file():
        return parse_file(path)
    if isinstance(ref, str) and _STORE_REF.match(text):
        return _load_stored(text)
    if isinstance(ref, str) and ("\n" in text or text.lstrip()[:1] in ("{", "<", "[")):
        return parse(text)
    if path.is_dir():
        raise ParseError("is a directory, not a record file", source=text)
    raise ParseError("cannot read file (no such file)", source=text)


def _load_stored(text: str) -> Trial:
    from trialnorm._api import parse

    try:
        from trialnorm import store
    except ImportError as exc:
        raise StoreError(f"{text}: the local record store is not available in this build "
                         f"(trialnorm.store: {exc})") from exc
    parsed = store.parse_store_ref(text)
    if parsed is None:
        raise StoreError(f"{text}: not a stored version (expected NCT01234567@N or @latest)")
    nct_id, version = parsed
    with store.RecordStore() as records:
        stored = records.get(nct_id, version)
    return parse(stored.raw, source=f"{stored.ref} ({text})" if stored.ref != text else text)


# ---------------------------------------------------------------- noise

_NOISE_FIELDS: dict[str, Noise] = {
    "schema_version": "bookkeeping",
    "source": "bookkeeping",
    "warnings": "bookkeeping",
    "dates.first_posted": "bookkeeping",  # the registry's posting stamp (ESTIMATED until posted)
    "dates.last_update_submitted": "bookkeeping",
    "dates.last_update_posted": "bookkeeping",
    "eligibility.std_ages": "derived",
    "outcomes.*.time_points_days": "derived",
    "outcomes.*.horizon_days": "derived",
}

# Extras keys the registry derives or stamps on every download.
_NOISE_EXTRAS = re.compile(
    r"derivedSection|versionHolder|[Bb]rowse|download_?[Dd]ate|required_header|geoPoint"
    r"|last_?[Uu]pdate|lastchanged|miscInfoModule|(?:^|[.@])rank$",
)


def _noise_of(schema_path: str) -> Noise | None:
    if schema_path in _NOISE_FIELDS:
        return _NOISE_FIELDS[schema_path]
    top, _, rest = schema_path.partition(".")
    if top in _NOISE_FIELDS:
        return _NOISE_FIELDS[top]
    if top == "outcomes" and rest:
        group_rest = rest.partition(".")[2]
        return _NOISE_FIELDS.get(f"outcomes.*.{group_rest}")
    return None


# ---------------------------------------------------------------- the comparer

def _label(text: Any) -> str:
    s = " ".join(str(text).split()) if text is not None else "?"
    return s if len(s) <= 60 else s[:59] + "…"


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


@dataclass(slots=True)
class _ListSpec:
    """How items of one list are identified and, failing that, paired by similarity."""

    key: Callable[[dict[str, Any]], str]
    display: Callable[[dict[str, Any]], str]
    similar: Callable[[dict[str, Any], dict[str, Any]], float] | None = None
    threshold: float = 0.6


def _name_key(item: dict[str, Any]) -> str:
    return _key_text(item.get("name"))


def _person_key(item: dict[str, Any]) -> str:
    name = _key_text(item.get("name"))
    return name or "|".join(_key_text(item.get(k)) for k in ("email", "phone"))


def _person_display(item: dict[str, Any]) -> str:
    return _label(item.get("name") or item.get("email") or item.get("phone"))


def _person_similar(a: dict[str, Any], b: dict[str, Any]) -> float:
    return _similarity(_person_key(a), _person_key(b))


def _location_key(item: dict[str, Any]) -> str:
    return "|".join(_key_text(item.get(k)) for k in ("facility", "city", "state", "country"))


def _location_display(item: dict[str, Any]) -> str:
    return _label(", ".join(str(item[k]) for k in ("facility", "city", "country") if item.get(k)))


def _location_similar(a: dict[str, Any], b: dict[str, Any]) -> float:
    if _key_text(a.get("country")) != _key_text(b.get("country")):
        return 0.0
    place_a = _key_text(a.get("city")) or _key_text(a.get("state"))
    place_b = _key_text(b.get("city")) or _key_text(b.get("state"))
    if place_a != place_b:
        return 0.0
    return _similarity(_key_text(a.get("facility")), _key_text(b.get("facility")))


def _arm_similar(a: dict[str, Any], b: dict[str, Any]) -> float:
    by_label = _similarity(_key_text(a.get("label")), _key_text(b.get("label")))
    by_text = _similarity(_key_text(a.get("description")), _key_text(b.get("description")))
    return max(by_label, by_text * 0.95 if by_text >= 0.85 else 0.0)


def _intervention_similar(a: dict[str, Any], b: dict[str, Any]) -> float:
    by_name = _similarity(_key_text(a.get("name")), _key_text(b.get("name")))
    if a.get("type") != b.get("type"):
        by_name *= 0.9
    return by_name


def _outcome_similar(a: dict[str, Any], b: dict[str, Any]) -> float:
    by_measure = _similarity(_key_text(a.get("measure")), _key_text(b.get("measure")))
    by_text = _similarity(_key_text(a.get("description")), _key_text(b.get("description")))
    return max(by_measure, by_text * 0.95 if by_text >= 0.85 else 0.0)


def _name_similar(a: dict[str, Any], b: dict[str, Any]) -> float:
    return _similarity(_name_key(a), _name_key(b))


_LISTS: dict[str, _ListSpec] = {
    "secondary_ids": _ListSpec(lambda x: _key_text(x.get("id")), lambda x: _label(x.get("id"))),
    "arms": _ListSpec(lambda x: _key_text(x.get("label")), lambda x: _label(x.get("label")),
                      _arm_similar),
    "interventions": _ListSpec(
        lambda x: f"{x.get('type')}|{_key_text(x.get('name'))}",
        lambda x: _label(x.get("name")), _intervention_similar),
    "outcomes.*": _ListSpec(lambda x: _key_text(x.get("measure")),
                            lambda x: _label(x.get("measure")), _outcome_similar),
    "locations": _ListSpec(_location_key, _location_display, _location_similar, 0.75),
    "collaborators": _ListSpec(_name_key, lambda x: _label(x.get("name")), _name_similar, 0.8),
    "officials": _ListSpec(_name_key, lambda x: _label(x.get("name")), _name_similar, 0.8),
    "contacts": _ListSpec(_person_key, _person_display, _person_similar, 0.8),
    "locations.contacts": _ListSpec(_person_key, _person_display, _person_similar, 0.8),
}


def _item_text(item: Any) -> str:
    """A free-form item's words: a string, or the string values of a dict (citations, links)."""
    if isinstance(item, str):
        return _norm_text(item)
    if isinstance(item, dict):
        return " ".join(_norm_text(v) for v in item.values() if isinstance(v, str))
    return ""


def _item_display(item: Any) -> str:
    if isinstance(item, dict):
        for value in item.values():
            if isinstance(value, str):
                return _label(value)
    return _label(item)


# Items of source lists with no known identity: same content, else similar words.
_ANY_ITEM = _ListSpec(lambda x: _canon(x).decode(), _item_display,
                      lambda a, b: _similarity(_item_text(a), _item_text(b)), 0.6)

# Lists of plain values where order and repeats carry no meaning.
_SETS = frozenset({
    "phases", "conditions", "keywords", "related_nct_ids", "design.who_masked",
    "eligibility.std_ages", "arms.intervention_names", "interventions.arm_labels",
    "interventions.other_names", "outcomes.*.time_points_days",
})

# Dicts compared as one value (their parts mean nothing alone).
_ATOMS = frozenset({"eligibility.minimum_age", "eligibility.maximum_age"}
                   | {f"dates.{d}" for d in ("start", "primary_completion", "completion",
                                             "first_submitted", "first_posted",
                                             "last_update_submitted", "last_update_posted",
                                             "status_verified")})

_DOSES = frozenset({"arms.doses", "interventions.doses"})
_OUTCOME_GROUPS = ("primary", "secondary", "other")
_CRITERIA = ("inclusion", "exclusion")

_TOP_FIELDS: tuple[str, ...] = tuple(
    name if info.alias is None else info.alias for name, info in Trial.model_fields.items())


class _Comparer:
    """Walks two normalized records and collects Changes."""

    __slots__ = ("all", "changes", "criteria_counts", "cross_format", "forced_noise",
                 "partial_views")

    def __init__(self, all: bool, cross_format: bool = False,
                 partial_views: bool = False) -> None:
        self.all = all
        self.cross_format = cross_format
        self.partial_views = partial_views
        self.forced_noise: Noise | None = None
        self.changes: list[Change] = []
        self.criteria_counts: dict[str, dict[str, int]] = {}

    # -- emitting

    def emit(self, schema: str, path: str, kind: ChangeKind, old: Any, new: Any,
             noise: Noise | None = None) -> None:
        noise = noise or self.forced_noise or _noise_of(schema)
        if noise is not None and not self.all:
            return
        words = None
        if kind == "changed" and isinstance(old, str) and isinstance(new, str) and (
                " " in old.strip() or " " in new.strip()):
            words = word_diff(old, new)
        section = _SECTION_OF_FIELD.get(schema.partition(".")[0], "other")
        self.changes.append(Change(section, path, kind, old, new, words, noise))

    # -- walking

    def value(self, schema: str, path: str, old: Any, new: Any) -> None:
        if old == new:
            return
        if not self.all and _noise_of(schema) is not None:
            return
        if _is_empty(old) and _is_empty(new):
            return
        if self.partial_views and _is_empty(old) != _is_empty(new):
            # Two views of one page kind each show some fields (a results view has
            # no dates): a field only one view shows says nothing about change.
            if self.all:
                self.forced_noise, saved = "representation", self.forced_noise
                self.emit(schema, path, "added" if _is_empty(old) else "removed",
                          None if _is_empty(old) else old, None if _is_empty(new) else new)
                self.forced_noise = saved
            return
        if (isinstance(old, list) or _is_empty(old)) and (isinstance(new, list) or _is_empty(new)):
            # Lists, or a list that appears or goes: items are matched one by one.
            self.sequence(schema, path, old or [], new or [])
            return
        if _is_empty(old):
            self.emit(schema, path, "added", None, new)
            return
        if _is_empty(new):
            self.emit(schema, path, "removed", old, None)
            return
        if schema in _ATOMS:
            self.atom(schema, path, old, new)
        elif isinstance(old, dict) and isinstance(new, dict):
            self.mapping(schema, path, old, new)
        elif isinstance(old, list) and isinstance(new, list):
            self.sequence(schema, path, old, new)
        elif isinstance(old, str) and isinstance(new, str):
            if _norm_text(old) == _norm_text(new):
                self.emit(schema, path, "changed", old, new, "formatting")
            else:
                self.emit(schema, path, "changed", old, new)
        elif isinstance(old, (int, float)) and isinstance(new, (int, float)) \
                and not isinstance(old, bool) and not isinstance(new, bool):
            if float(old) != float(new):
                self.emit(schema, path, "changed", old, new)
        else:
            self.emit(schema, path, "changed", old, new)

    def atom(self, schema: str, path: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if "years" in old and "years" in new:
            same = old.get("years") == new.get("years")
        else:
            same = old.get("date") == new.get("date") and old.get("type") == new.get("type")
        self.emit(schema, path, "changed", old, new, "formatting" if same else None)

    def mapping(self, schema: str, path: str, old: dict[str, Any], new: dict[str, Any],
                unheld: frozenset[str] = frozenset()) -> None:
        if schema == "outcomes":
            self.outcomes(old, new)
            return
        keys = list(old)
        keys.extend(k for k in new if k not in old)
        for key in keys:
            if key in unheld:
                # One format never fills this part (XML secondary ids have no domain):
                # a value appearing or going there is representation, not change.
                if self.all:
                    self.forced_noise = "representation"
                    self.value(f"{schema}.{key}", f"{path}.{key}", old.get(key), new.get(key))
                    self.forced_noise = None
                continue
            sub_schema = f"{schema}.{key}" if schema else key
            sub_path = f"{path}.{key}" if path else key
            if schema == "eligibility" and key in _CRITERIA:
                continue  # compared together with criteria_text, below
            if schema == "eligibility" and key == "criteria_text":
                self.criteria(path, old, new)
                continue
            self.value(sub_schema, sub_path, old.get(key), new.get(key))

    def outcomes(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Outcomes by measure within each group; one promoted to primary is one move."""
        spec = _LISTS["outcomes.*"]
        gone: dict[str, list[dict[str, Any]]] = {}
        came: dict[str, list[dict[str, Any]]] = {}
        for group in _OUTCOME_GROUPS:
            a, b = old.get(group) or [], new.get(group) or []
            pairs, removed, added = _match(a, b, spec.key, spec.similar, spec.threshold)
            unheld = _unheld(a, b) if self.cross_format and pairs else frozenset()
            for i, j in pairs:
                self.mapping(f"outcomes.{group}", f"outcomes.{group}[{spec.display(a[i])}]",
                             a[i], b[j], unheld)
            gone[group] = [a[i] for i in removed]
            came[group] = [b[j] for j in added]
        for from_group in _OUTCOME_GROUPS:
            for to_group in _OUTCOME_GROUPS:
                if from_group == to_group or not gone[from_group] or not came[to_group]:
                    continue
                a, b = gone[from_group], came[to_group]
                pairs, removed, added = _match(a, b, spec.key, None, 1.0)
                for i, j in pairs:
                    label = spec.display(a[i])
                    self.emit("outcomes.group", f"outcomes[{label}].group", "changed",
                              from_group, to_group)
                    self.mapping(f"outcomes.{to_group}", f"outcomes.{to_group}[{label}]",
                                 a[i], b[j])
                gone[from_group] = [a[i] for i in removed]
                came[to_group] = [b[j] for j in added]
        for group in _OUTCOME_GROUPS:
            for item in gone[group]:
                self.emit(f"outcomes.{group}", f"outcomes.{group}[{spec.display(item)}]",
                          "removed", item, None)
            for item in came[group]:
                self.emit(f"outcomes.{group}", f"outcomes.{group}[{spec.display(item)}]",
                          "added", None, item)

    def sequence(self, schema: str, path: str, old: list[Any], new: list[Any]) -> None:
        generic = _generic(schema)
        if generic in _SETS:
            self.set_of(schema, path, old, new)
        elif generic in _DOSES:
            self.doses(schema, path, old, new)
        elif generic in _LISTS:
            self.keyed(schema, path, old, new, _LISTS[generic])
        elif schema.startswith("extras"):
            self.unordered(schema, path, old, new)
        elif all(isinstance(x, str) for x in old) and all(isinstance(x, str) for x in new):
            self.set_of(schema, path, old, new)
        else:
            self.unordered(schema, path, old, new)

    def set_of(self, schema: str, path: str, old: list[Any], new: list[Any]) -> None:
        def norm(x: Any) -> Any:
            return _norm_text(x) if isinstance(x, str) else x

        old_by = {norm(x): x for x in old}
        new_by = {norm(x): x for x in new}
        gone = [x for k, x in old_by.items() if k not in new_by]
        came = [x for k, x in new_by.items() if k not in old_by]
        if gone and came and all(isinstance(x, str) for x in gone + came):
            # An edited entry (a renamed intervention in an arm's list) is one change.
            pairs, left, right = _match_texts([norm(x) for x in gone], [norm(x) for x in came],
                                              threshold=0.6)
            for i, j in pairs:
                self.emit(schema, path, "changed", gone[i], came[j])
            gone = [gone[i] for i in left]
            came = [came[j] for j in right]
        for x in gone:
            self.emit(schema, path, "removed", x, None)
        for x in came:
            self.emit(schema, path, "added", None, x)
        if self.all and old_by.keys() == new_by.keys() and sorted(map(str, old)) != sorted(
                map(str, new)):
            self.emit(schema, path, "changed", old, new, "formatting")

    def unordered(self, schema: str, path: str, old: list[Any], new: list[Any]) -> None:
        """Lists with no known identity (in extras): items matched by content, then similarity."""
        if not all(isinstance(x, (dict, str)) for x in old + new):
            if sorted(map(_canon, old)) != sorted(map(_canon, new)):
                self.emit(schema, path, "changed", old, new)
            return
        self.keyed(schema, path, old, new, _ANY_ITEM)

    def keyed(self, schema: str, path: str, old: list[Any], new: list[Any],
              spec: _ListSpec) -> None:
        pairs, removed, added = _match(old, new, spec.key, spec.similar, spec.threshold)
        unheld = _unheld(old, new) if self.cross_format and pairs else frozenset()
        for i, j in pairs:
            a, b = old[i], new[j]
            item_path = f"{path}[{spec.display(a)}]"
            if isinstance(a, dict) and isinstance(b, dict):
                self.mapping(schema, item_path, a, b, unheld)
            else:
                self.value(schema, item_path, a, b)
        for i in removed:
            self.emit(schema, f"{path}[{spec.display(old[i])}]", "removed", old[i], None)
        for j in added:
            self.emit(schema, f"{path}[{spec.display(new[j])}]", "added", None, new[j])

    def doses(self, schema: str, path: str, old: list[dict[str, Any]],
              new: list[dict[str, Any]]) -> None:
        old_keys = sorted(_dose_key(d) for d in old)
        new_keys = sorted(_dose_key(d) for d in new)
        if old_keys != new_keys:
            self.emit(schema, path, "changed", old, new)
        elif self.all and [d.get("text") for d in old] != [d.get("text") for d in new]:
            self.emit(schema, path, "changed", old, new, "formatting")

    def criteria(self, path: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Criteria matched by text similarity: an edited criterion is one change."""
        old_text, new_text = old.get("criteria_text"), new.get("criteria_text")
        if self.partial_views and _has_criteria(old) != _has_criteria(new):
            if self.all:  # one view shows no criteria at all: see value()
                self.emit("eligibility.criteria_text", f"{path}.criteria_text",
                          "added" if not old_text else "removed", old_text, new_text,
                          "representation")
            return
        if old_text and new_text and _norm_text(old_text) == _norm_text(new_text):
            # The same words in another layout (XML dashes, markdown bullets, v1's
            # bare lines): items would only be grouped differently.
            if self.all and old_text != new_text:
                self.emit("eligibility.criteria_text", f"{path}.criteria_text", "changed",
                          old_text, new_text, "formatting")
            return
        old_lists = _criteria_lists(old)
        new_lists = _criteria_lists(new)
        before = len(self.changes)
        for group in _CRITERIA:
            a, b = old_lists[group], new_lists[group]
            base = f"{path}.{group}" if path else group
            counts = {"added": 0, "removed": 0, "edited": 0}
            keys_a = [_norm_text(t) for t in a]
            keys_b = [_norm_text(t) for t in b]
            pairs, removed, added = _match_texts(keys_a, keys_b)
            for i, j in pairs:
                if keys_a[i] != keys_b[j]:
                    counts["edited"] += 1
                    self.emit(f"eligibility.{group}", f"{base}[{_label(a[i])}]", "changed",
                              a[i], b[j])
                elif self.all and a[i] != b[j]:
                    self.emit(f"eligibility.{group}", f"{base}[{_label(a[i])}]", "changed",
                              a[i], b[j], "formatting")
            for i in removed:
                counts["removed"] += 1
                self.emit(f"eligibility.{group}", f"{base}[{_label(a[i])}]", "removed",
                          a[i], None)
            for j in added:
                counts["added"] += 1
                self.emit(f"eligibility.{group}", f"{base}[{_label(b[j])}]", "added", None, b[j])
            if any(counts.values()):
                self.criteria_counts[group] = counts
        substantive_items = any(c.noise is None for c in self.changes[before:])
        text_path = f"{path}.criteria_text" if path else "criteria_text"
        if not substantive_items and old_text != new_text:
            # Text the items do not hold (a note, an item the tree missed) is still
            # content; the same items in another order or layout are not.
            if _criteria_bag(old_text) != _criteria_bag(new_text):
                self.value("eligibility.criteria_text", text_path, old_text, new_text)
            elif self.all:
                self.emit("eligibility.criteria_text", text_path, "changed", old_text,
                          new_text, "formatting")
        elif self.all and old_text != new_text:
            self.emit("eligibility.criteria_text", f"{path}.criteria_text", "changed",
                      old_text, new_text, "derived")


def _unheld(old: list[Any], new: list[Any]) -> frozenset[str]:
    """Item parts one side leaves empty in every item while the other fills some."""
    def filled(items: list[Any]) -> set[str]:
        return {k for item in items if isinstance(item, dict)
                for k, v in item.items() if not _is_empty(v)}

    def present(items: list[Any]) -> set[str]:
        return {k for item in items if isinstance(item, dict) for k in item}

    filled_old, filled_new = filled(old), filled(new)
    keys = present(old) | present(new)
    return frozenset(k for k in keys if (k in filled_old) != (k in filled_new))


def _generic(schema: str) -> str:
    """The schema path with the outcome group folded (outcomes.primary -> outcomes.*)."""
    if schema.startswith("outcomes."):
        parts = schema.split(".")
        parts[1] = "*"
        return ".".join(parts)
    return schema


def _canon(value: Any) -> bytes:
    if isinstance(value, str):
        return _norm_text(value).encode()
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def _dose_key(dose: dict[str, Any]) -> tuple[Any, ...]:
    agent = dose.get("agent")
    return (_key_text(agent), dose.get("value"), dose.get("low"), dose.get("high"),
            str(dose.get("unit") or "").casefold(), tuple(dose.get("days") or ()))


def _match(old: list[dict[str, Any]], new: list[dict[str, Any]],
           key: Callable[[dict[str, Any]], str],
           similar: Callable[[dict[str, Any], dict[str, Any]], float] | None,
           threshold: float) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (old index, new index) by identity, then by similarity; the rest removed/added."""
    free: dict[str, list[int]] = {}
    for j, item in enumerate(new):
        free.setdefault(key(item), []).append(j)
    pairs: list[tuple[int, int]] = []
    left: list[int] = []
    for i, item in enumerate(old):
        slots = free.get(key(item))
        if slots:
            pairs.append((i, slots.pop(0)))
        else:
            left.append(i)
    right = sorted(j for slots in free.values() for j in slots)
    if left and right and similar is not None and len(left) * len(right) <= 40_000:
        scored = sorted(((similar(old[i], new[j]), i, j) for i in left for j in right),
                        key=lambda t: (-t[0], t[1], t[2]))
        used_i: set[int] = set()
        used_j: set[int] = set()
        for score, i, j in scored:
            if score < threshold:
                break
            if i in used_i or j in used_j:
                continue
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j))
        left = [i for i in left if i not in used_i]
        right = [j for j in right if j not in used_j]
    pairs.sort()
    return pairs, left, right


def _match_texts(a: list[str], b: list[str],
                 threshold: float = 0.5) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    def ident(x: dict[str, Any]) -> str:
        return x["t"]

    def similar(x: dict[str, Any], y: dict[str, Any]) -> float:
        return _similarity(x["t"], y["t"])

    return _match([{"t": t} for t in a], [{"t": t} for t in b], ident, similar, threshold)


# ---------------------------------------------------------------- criteria as items

_CRITERIA_HEADING = re.compile(
    r"^\s*(?:key\s+|main\s+|general\s+)?(inclusion|exclusion|eligibility)\s+criteria\b[^:\n]*:?\s*$",
    re.IGNORECASE)
_ITEM_START = re.compile(r"^\s*(?:[-*•·●○◦▪■]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))\s+")


def _flatten(criteria: Iterable[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for node in criteria:
        text = node.get("text")
        if text:
            out.append(text)
        out.extend(_flatten(node.get("children") or ()))
    return out


def _criteria_lists(eligibility: dict[str, Any]) -> dict[str, list[str]]:
    """The criteria of one record as flat item lists: a plain reading of the text.

    The text is split the same simple way for every format (headings switch
    lists, markers and blank lines start items), so one criterion laid out as
    XML hard-wrapped dashes or as markdown bullets is the same item. The
    eligibility tree groups paragraphs by layout and is used only when a record
    has no criteria text.
    """
    text = eligibility.get("criteria_text")
    if text:
        return _split_criteria_text(text)
    return {"inclusion": _flatten(eligibility.get("inclusion") or []),
            "exclusion": _flatten(eligibility.get("exclusion") or [])}


def _has_criteria(eligibility: dict[str, Any]) -> bool:
    return bool(eligibility.get("criteria_text") or eligibility.get("inclusion")
                or eligibility.get("exclusion"))


def _criteria_bag(text: str | None) -> list[str]:
    """The criteria text as a sorted bag of normalized items: blind to order and layout."""
    if not text:
        return []
    lists = _split_criteria_text(text)
    return sorted(f"{group}:{_norm_text(item)}" for group, items in lists.items()
                  for item in items)


def _split_criteria_text(text: str) -> dict[str, list[str]]:
    """A plain reading of criteria text: headings switch lists, markers start items.

    Used only when no eligibility tree is available on either side, so that an
    edited criterion still shows as one edit and not as a rewritten text block.
    """
    lists: dict[str, list[str]] = {"inclusion": [], "exclusion": []}
    group = "inclusion"
    current: list[str] = []

    def flush() -> None:
        if current:
            lists[group].append(" ".join(current))
            current.clear()

    for raw_line in unescape(text).splitlines():
        line = raw_line.strip()
        if not line:
            flush()
            continue
        heading = _CRITERIA_HEADING.match(line)
        if heading:
            flush()
            group = "exclusion" if heading.group(1).lower() == "exclusion" else "inclusion"
            continue
        if _ITEM_START.match(line):
            flush()
        current.append(_ITEM_START.sub("", line, count=1) if _ITEM_START.match(line) else line)
    flush()
    return lists


# ---------------------------------------------------------------- events

_EVENT_DATES = ("start", "primary_completion", "completion")
_DATE_NAMES = {"start": "Start date", "primary_completion": "Primary completion date",
               "completion": "Completion date"}
_ITEM_EVENTS = {"arms": "arm", "interventions": "intervention", "outcomes": "outcome"}
# "arms[label]" but not "locations[x].contacts[y]": labels never hold "]." here.
_PATH_ITEM = re.compile(r"^(?P<base>[a-z_.]+)\[(?P<label>(?:(?!\]\.).)*)\]$")
_OUTCOME_MOVED = re.compile(r"^outcomes\[(.*)\]\.group$")
_LOCATION_ITEM = re.compile(r"^locations\[(?:(?!\]\.).)*\]$")
_COLLABORATOR_ITEM = re.compile(r"^collaborators\[(?:(?!\]\.).)*\]$")


def _events(old: dict[str, Any], new: dict[str, Any], changes: list[Change],
            criteria_counts: dict[str, dict[str, int]]) -> list[Event]:
    events: list[Event] = []
    real = [c for c in changes if c.noise is None]
    changed_paths = [c.path for c in real]

    def changed(prefix: str) -> bool:
        """An event needs a substantive change under it (noise never makes one)."""
        return any(p == prefix or p.startswith((prefix + ".", prefix + "["))
                   for p in changed_paths)

    if changed("overall_status"):
        a, b = old.get("overall_status"), new.get("overall_status")
        events.append(Event("status_changed", f"Status changed: {a} → {b}",
                            {"from": a, "to": b, "why_stopped": new.get("why_stopped")}))

    ea, eb = old.get("enrollment") or {}, new.get("enrollment") or {}
    if changed("enrollment"):
        parts = []
        if ea.get("count") != eb.get("count"):
            parts.append(f"{ea.get('count')} → {eb.get('count')}")
        if ea.get("type") != eb.get("type"):
            parts.append(f"{ea.get('type')} → {eb.get('type')}")
        events.append(Event("enrollment_changed", "Enrollment changed: " + ", ".join(parts),
                            {"count_from": ea.get("count"), "count_to": eb.get("count"),
                             "type_from": ea.get("type"), "type_to": eb.get("type")}))

    da, db = old.get("dates") or {}, new.get("dates") or {}
    for name in _EVENT_DATES:
        a, b = da.get(name) or {}, db.get(name) or {}
        if not changed(f"dates.{name}"):
            continue
        details: dict[str, Any] = {"field": name, "from": a.get("date"), "to": b.get("date"),
                                   "type_from": a.get("type"), "type_to": b.get("type"),
                                   "days": None, "direction": None}
        label = _DATE_NAMES[name]
        if a.get("date") and b.get("date"):
            days, direction = date_shift(a["date"], b["date"])
            details["days"], details["direction"] = days, direction
            if direction in ("later", "earlier"):
                msg = (f"{label} moved {abs(days or 0)} days {direction}: "
                       f"{a['date']} → {b['date']}")
            elif direction == "refined":
                msg = f"{label} made more precise: {a['date']} → {b['date']}"
            elif direction == "same":
                msg = f"{label} unchanged ({b['date']})"
            else:
                msg = f"{label} changed: {a['date']} → {b['date']}"
            if a.get("type") != b.get("type"):
                msg += f" ({a.get('type')} → {b.get('type')})"
            kind = "date_moved"
        elif b.get("date"):
            msg, kind = f"{label} set: {b['date']}", "date_added"
        else:
            msg, kind = f"{label} removed (was {a.get('date')})", "date_removed"
        events.append(Event(kind, msg, details))

    pa, pb = sorted(old.get("phases") or []), sorted(new.get("phases") or [])
    if changed("phases"):
        events.append(Event("phase_changed",
                            f"Phase changed: {'/'.join(pa) or 'none'} → {'/'.join(pb) or 'none'}",
                            {"from": pa, "to": pb}))

    for change in real:
        m = _PATH_ITEM.match(change.path)
        if not m or change.kind == "changed":
            continue
        base = m.group("base")
        top = base.partition(".")[0]
        what = _ITEM_EVENTS.get(top)
        if what is None:
            continue
        details = {"label": m.group("label")}
        if top == "outcomes":
            details["group"] = base.partition(".")[2]
        events.append(Event(f"{what}_{change.kind}",
                            f"{what.capitalize()} {change.kind}: {m.group('label')}", details))

    for change in real:
        moved = _OUTCOME_MOVED.match(change.path)
        if moved:
            events.append(Event("outcome_moved",
                                f"Outcome moved from {change.old} to {change.new}: "
                                f"{moved.group(1)}",
                                {"label": moved.group(1), "from": change.old, "to": change.new}))

    for change in real:
        if change.path.endswith(".doses"):
            owner = change.path[: -len(".doses")]
            was = ", ".join(d.get("text", "") for d in change.old or []) or "none"
            now = ", ".join(d.get("text", "") for d in change.new or []) or "none"
            events.append(Event("dose_changed", f"Dose changed in {owner}: {was} → {now}",
                                {"where": owner, "from": [d.get("text") for d in change.old or []],
                                 "to": [d.get("text") for d in change.new or []]}))

    ela, elb = old.get("eligibility") or {}, new.get("eligibility") or {}
    for limit in ("minimum_age", "maximum_age"):
        a, b = ela.get(limit), elb.get(limit)
        if changed(f"eligibility.{limit}"):
            label = "Minimum age" if limit == "minimum_age" else "Maximum age"
            events.append(Event("age_limit_changed",
                                f"{label} changed: {_age_text(a)} → {_age_text(b)}",
                                {"limit": limit, "from": a, "to": b}))

    if criteria_counts:
        parts = []
        for group in _CRITERIA:
            c = criteria_counts.get(group)
            if c:
                bits = [f"{n} {k}" for k, n in c.items() if n]
                parts.append(f"{group} {', '.join(bits)}")
        events.append(Event("criteria_changed", "Criteria changed: " + "; ".join(parts),
                            {g: criteria_counts[g] for g in _CRITERIA if g in criteria_counts}))

    sa, sb = (old.get("sponsor") or {}).get("name"), (new.get("sponsor") or {}).get("name")
    if changed("sponsor.name") or (changed("sponsor") and _key_text(sa) != _key_text(sb)):
        events.append(Event("sponsor_changed", f"Sponsor changed: {sa} → {sb}",
                            {"from": sa, "to": sb}))
    added = [c.new.get("name") for c in real
             if _COLLABORATOR_ITEM.match(c.path) and c.kind == "added"]
    removed = [c.old.get("name") for c in real
               if _COLLABORATOR_ITEM.match(c.path) and c.kind == "removed"]
    renamed = [c for c in real if c.path.startswith("collaborators[") and c.kind == "changed"]
    if added or removed or renamed:
        bits = []
        if added:
            bits.append("added " + ", ".join(map(str, added)))
        if removed:
            bits.append("removed " + ", ".join(map(str, removed)))
        if renamed:
            bits.append(f"{len(renamed)} edited")
        events.append(Event("collaborators_changed", "Collaborators changed: " + "; ".join(bits),
                            {"added": added, "removed": removed, "edited": len(renamed)}))

    loc_added = [c.new for c in real if _LOCATION_ITEM.match(c.path) and c.kind == "added"]
    loc_removed = [c.old for c in real if _LOCATION_ITEM.match(c.path) and c.kind == "removed"]
    if loc_added or loc_removed:
        countries_added = sorted({str(x.get("country")) for x in loc_added if x.get("country")})
        countries_removed = sorted({str(x.get("country")) for x in loc_removed if x.get("country")})
        bits = []
        if loc_added:
            bits.append(f"{len(loc_added)} added"
                        + (f" ({', '.join(countries_added)})" if countries_added else ""))
        if loc_removed:
            bits.append(f"{len(loc_removed)} removed"
                        + (f" ({', '.join(countries_removed)})" if countries_removed else ""))
        events.append(Event("locations_changed", "Locations: " + ", ".join(bits),
                            {"added": len(loc_added), "removed": len(loc_removed),
                             "countries_added": countries_added,
                             "countries_removed": countries_removed}))
    return events


def _age_text(age: dict[str, Any] | None) -> str:
    if not age:
        return "none"
    value = age.get("value")
    shown = int(value) if isinstance(value, float) and value.is_integer() else value
    return f"{shown} {str(age.get('unit', '')).lower()}"


# ---------------------------------------------------------------- entry point

def _sort_key(change: Change) -> tuple[int, str, int]:
    section = SECTIONS.index(change.section) if change.section in SECTIONS else len(SECTIONS)
    return section, change.path, ("removed", "changed", "added").index(change.kind)


def diff(old: Any, new: Any, *, all: bool = False) -> RecordDiff:
    """What changed from ``old`` to ``new`` (Trials, paths, stored versions, or raw records).

    ``all`` also reports noise (bookkeeping, derived fields, formatting-only
    edits, and extras across formats), each marked with why it is not substantive.
    """
    old_trial, new_trial = load_version(old), load_version(new)
    a, b = old_trial.to_dict(), new_trial.to_dict()
    same_format = old_trial.source.format == new_trial.source.format
    old_view, new_view = old_trial.source.meta.get("page"), new_trial.source.meta.get("page")
    other_views = same_format and old_view != new_view
    comparer = _Comparer(all, cross_format=not same_format or other_views,
                         partial_views=other_views)
    for key in _TOP_FIELDS:
        if key == "extras":
            continue
        comparer.value(key, key, a.get(key), b.get(key))
    _compare_extras(comparer, a.get("extras") or {}, b.get("extras") or {},
                    same_format and not other_views)
    changes = sorted(comparer.changes, key=_sort_key)
    events = _events(a, b, changes, comparer.criteria_counts)
    return RecordDiff(VersionInfo.of(old_trial), VersionInfo.of(new_trial), events, changes,
                      all, old_trial, new_trial)


def _compare_extras(comparer: _Comparer, old: dict[str, Any], new: dict[str, Any],
                    same_format: bool) -> None:
    """Source fields the typed record does not hold; comparable only within one format."""
    if not same_format and not comparer.all:
        return
    keys = list(old)
    keys.extend(k for k in new if k not in old)
    for key in keys:
        noise: Noise | None = None
        if _NOISE_EXTRAS.search(key):
            noise = "bookkeeping"
        elif not same_format:
            noise = "representation"
        if noise is not None and not comparer.all:
            continue
        a, b = old.get(key), new.get(key)
        if a == b or (_is_empty(a) and _is_empty(b)):
            continue
        before = len(comparer.changes)
        comparer.value(f"extras.{key}", f"extras.{key}", a, b)
        if noise is not None:
            comparer.changes[before:] = [
                Change(c.section, c.path, c.kind, c.old, c.new, c.words, c.noise or noise)
                for c in comparer.changes[before:]]
