"""Legacy ClinicalTrials.gov ``<clinical_study>`` XML (AllPublicXML dumps, AACT history), 2005-2023.

The record is read safely (no DTD, no entity expansion, no network, a size cap),
translated into an API v2 study object with v2 codes ("Phase 1/Phase 2" ->
[PHASE1, PHASE2], "Anticipated" -> ESTIMATED, "Both" -> ALL, "U.S. Fed" -> FED,
"Double Blind (Subject, Investigator)" -> DOUBLE + who_masked) and built by
``ctgov_v2.study_to_trial``, so that all formats share one mapping.

Both date vocabularies are read: the pre-2017 tags (``firstreceived_date``,
``lastchanged_date``) and their replacements (``study_first_submitted``,
``last_update_submitted``, ``*_posted``); the pre-2017 one-line ``<study_design>``
is split into its labelled parts. Textblocks lose their fixed indentation but keep
their lines (and the export's hard wrap), so the eligibility reader sees the list layout.
Age groups are derived from the two age limits (the XML has none), as the registry
does. "N/A" phase is [NA] whatever the study type, as written: note that exports from
2018 and API v2 give an observational study no phase at all instead.

Everything not typed (results, references, oversight, MeSH terms, responsible
party, ...) is kept in ``extras`` under its XML path: ``tag.child``, list items as
``tag[i]``, attributes as ``tag@attr``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

from lxml import etree

from trialnorm.adapters._base import Adapter, RawInput
from trialnorm.adapters._legacy_values import (
    NULL_WORDS,
    LegacyRecord,
    code_for,
    healthy_volunteers_for,
    masking_for,
    parse_design_text,
    phases_for,
    value_key,
)
from trialnorm.adapters.ctgov_v2 import study_to_trial
from trialnorm.extract.ages import parse_age, std_ages_for
from trialnorm.extract.dates import parse_date
from trialnorm.model import (
    AgencyClass,
    Allocation,
    ArmGroupType,
    DateType,
    InterventionModel,
    InterventionType,
    ObservationalModel,
    PersonRole,
    PrimaryPurpose,
    Sex,
    Status,
    StudyType,
    TimePerspective,
    Trial,
)

__all__ = ["ADAPTER", "LIST_TAGS", "MAX_XML_BYTES", "dedent_textblock", "element_data"]

NAME = "ctgov-xml"

#: The largest record seen with full results is about 1 MB; 32 MB leaves room and
#: still refuses a runaway document before lxml builds it.
MAX_XML_BYTES = 32 * 1024 * 1024

#: Elements that may repeat (maxOccurs="unbounded" in public.xsd): always lists in extras.
LIST_TAGS = frozenset({
    "analysis", "analyzed", "arm_group", "arm_group_label", "category", "class", "collaborator",
    "condition", "count", "country", "counts", "drop_withdraw_reason", "event", "group",
    "group_id", "intervention", "investigator", "ipd_info_type", "keyword", "link", "location",
    "measure", "measurement", "mesh_term", "milestone", "nct_alias", "other_name",
    "other_outcome", "outcome", "overall_official", "participants", "period", "primary_outcome",
    "reference", "results_reference", "secondary_id", "secondary_outcome", "study_doc",
    "provided_document",
})

# The root must be the first element: only a declaration, comments or a doctype before it,
# so that an HTML page quoting "<clinical_study>" is not taken for the XML.
_ROOT = re.compile(r"\A(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
                   r"<clinical_study[\s>/]", re.DOTALL)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_PROCESSED_ON = re.compile(r"processed this data on\s+(.+?)\s*$", re.IGNORECASE)

_ELEMENT = etree.Element  # iterchildren(_ELEMENT): elements only, in C

_PARSERS = threading.local()  # an lxml parser must not be shared between threads


def _parser() -> Any:
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
            remove_comments=True, remove_pis=True, dtd_validation=False)
    return parser


# ----------------------------------------------------------------- detection

def detect(inp: RawInput) -> bool:
    if inp.is_loaded:
        return False
    return _ROOT.match(inp.head) is not None


# ----------------------------------------------------------------- loading

def _load(inp: RawInput) -> Any:
    data: str | bytes
    if isinstance(inp.data, str):
        # lxml refuses text that still declares its encoding; the text is decoded already.
        data = _XML_DECLARATION.sub("", inp.data, count=1)
        size = len(data.encode("utf-8", errors="replace"))
    elif isinstance(inp.data, bytes):
        data = inp.data
        size = len(data)
        if data[:1].isspace():
            data = data.lstrip()  # lxml wants the declaration first
    else:
        raise inp.error("loaded JSON data is not XML", format=NAME)
    if size > MAX_XML_BYTES:
        raise inp.error(f"XML is {size:,} bytes, over the {MAX_XML_BYTES:,}-byte limit",
                        format=NAME)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise inp.error(f"malformed XML ({exc.msg})", format=NAME,
                        snippet=inp.head[:60]) from None
    except ValueError as exc:
        raise inp.error(f"unreadable XML ({exc})", format=NAME) from None
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise inp.error("XML declares entities in its DTD; refused (entity expansion attack "
                        "or external entity)", format=NAME)
    if root.tag != "clinical_study":
        raise inp.error(f"root element is <{root.tag}>, not <clinical_study>", format=NAME)
    return root


def parse(inp: RawInput) -> Iterator[Trial]:
    root = _load(inp)
    yield clinical_study_to_trial(root, source=inp.source, member=inp.member)


# ----------------------------------------------------------------- XML helpers

def dedent_textblock(text: str) -> str:
    """A textblock without the fixed indentation the XML export adds, its lines kept.

    The export indents every line by the same amount (6-8 spaces) and list items
    further; removing the common indent keeps the list structure visible.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    indent = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        width = len(line) - len(stripped)
        if i == 0 and width == 0 and len(lines) > 1:
            continue  # text that starts right after <textblock>: no indent of its own
        if indent is None or width < indent:
            indent = width
    if indent:
        lines = [line[indent:] if line[:indent].strip(" \t") == "" else line.lstrip(" \t")
                 for line in lines]
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def _text(el: Any) -> str:
    """An element's own text ('' when empty); textblocks dedented."""
    text = el.text or ""
    if len(el):
        # Unresolved entity references split the text: keep every part.
        text = "".join(el.itertext())
    return text


def element_data(el: Any) -> Any:
    """An element as JSON-ready data for ``extras``: text, or {child: data, "@attr": value}."""
    attributes = el.items()  # a plain list: cheaper than the .attrib proxy
    if not attributes and not len(el):
        text = el.text or ""
        return dedent_textblock(text) if "\n" in text else text.strip()
    out: dict[str, Any] = {f"@{k}": v for k, v in attributes}
    for child in el.iterchildren(_ELEMENT):
        value = element_data(child)
        tag = child.tag
        if tag in LIST_TAGS:
            out.setdefault(tag, []).append(value)
        elif tag in out:
            prev = out[tag]
            out[tag] = prev + [value] if isinstance(prev, list) else [prev, value]
        else:
            out[tag] = value
    text = (el.text or "").strip()
    if text:
        out["#text"] = text
    return out


def _keep_elements(elements: list[Any], path: str, rec: LegacyRecord) -> None:
    """Untyped children into extras: ``path.tag``, a list for tags that may repeat."""
    by_tag: dict[str, list[Any]] = {}
    for el in elements:
        by_tag.setdefault(el.tag, []).append(el)
    for tag, items in by_tag.items():
        at = f"{path}.{tag}" if path else tag
        if tag in LIST_TAGS or len(items) > 1:
            rec.keep(at, [element_data(e) for e in items])
        else:
            rec.keep(at, element_data(items[0]))


_NO_TAGS: frozenset[str] = frozenset()


def _split(el: Any, path: str, rec: LegacyRecord, single: frozenset[str],
           multi: frozenset[str] = _NO_TAGS, structs: frozenset[str] = _NO_TAGS,
           ) -> tuple[dict[str, str], dict[str, list[str]], dict[str, list[Any]]]:
    """One pass over a small struct: its text leaves, repeated leaves and sub-structs.

    Whatever is not asked for (or a second copy of a single leaf) goes to extras.
    """
    leaves: dict[str, str] = {}
    repeated: dict[str, list[str]] = {}
    subs: dict[str, list[Any]] = {}
    other: list[Any] = []
    for child in el.iterchildren(_ELEMENT):
        tag = child.tag
        if tag in single and tag not in leaves and not len(child):
            leaves[tag] = child.text or ""
        elif tag in multi and not len(child):
            repeated.setdefault(tag, []).append(child.text or "")
        elif tag in structs:
            subs.setdefault(tag, []).append(child)
        else:
            other.append(child)
    if other:
        _keep_elements(other, path, rec)
    if el.attrib:
        _attributes(el, path, rec)
    _own_text(el, path, rec)
    return leaves, repeated, subs


def _own_text(el: Any, path: str, rec: LegacyRecord) -> None:
    """Text a struct element holds beside its children (never in the export, kept if met)."""
    text = el.text
    if text and not text.isspace():
        rec.keep(f"{path}#text", text.strip())


class _Groups:
    """The element children of one element, grouped by tag; what is not taken goes to extras."""

    __slots__ = ("by_tag", "el", "path")

    def __init__(self, el: Any, path: str) -> None:
        self.path = path
        self.el = el
        self.by_tag: dict[str, list[Any]] = {}
        for child in el.iterchildren(_ELEMENT):
            self.by_tag.setdefault(child.tag, []).append(child)

    def take_all(self, tag: str) -> list[Any]:
        return self.by_tag.pop(tag, [])

    def take(self, tag: str) -> Any:
        """The one ``tag`` child (the first; any others stay for extras)."""
        items = self.by_tag.get(tag)
        if not items:
            return None
        first = items.pop(0)
        if not items:
            del self.by_tag[tag]
        return first

    def text(self, tag: str) -> str | None:
        el = self.take(tag)
        return None if el is None else _text(el)

    def textblock(self, tag: str, rec: LegacyRecord) -> str | None:
        el = self.take(tag)
        if el is None:
            return None
        inner = _Groups(el, self._at(tag))
        block = inner.take("textblock")
        inner.rest(rec)
        return None if block is None else dedent_textblock(_text(block) or "")

    def _at(self, tag: str) -> str:
        return f"{self.path}.{tag}" if self.path else tag

    def rest(self, rec: LegacyRecord) -> None:
        _own_text(self.el, self.path, rec)
        for tag, items in self.by_tag.items():
            path = self._at(tag)
            if tag in LIST_TAGS:
                # Untyped repeats keep their position among their siblings.
                rec.keep(path, [element_data(e) for e in items])
            elif len(items) == 1:
                rec.keep(path, element_data(items[0]))
            else:
                rec.keep(path, [element_data(e) for e in items])
        self.by_tag = {}


def _attributes(el: Any, path: str, rec: LegacyRecord, known: tuple[str, ...] = ()) -> None:
    for name, value in el.attrib.items():
        if name not in known:
            rec.keep(f"{path}@{name}", value)


# ----------------------------------------------------------------- mapping

_DATE_TAGS = (
    # (v2 struct key or plain key, (new tag, old tag), field, has type)
    ("startDateStruct", ("start_date",), "start", True),
    ("primaryCompletionDateStruct", ("primary_completion_date",), "primary_completion", True),
    ("completionDateStruct", ("completion_date",), "completion", True),
    ("studyFirstPostDateStruct", ("study_first_posted",), "first_posted", True),
    ("lastUpdatePostDateStruct", ("last_update_posted",), "last_update_posted", True),
    ("studyFirstSubmitDate", ("study_first_submitted", "firstreceived_date"), "first_submitted",
     False),
    ("lastUpdateSubmitDate", ("last_update_submitted", "lastchanged_date"),
     "last_update_submitted", False),
    ("statusVerifiedDate", ("verification_date",), "status_verified", False),
)


def clinical_study_to_trial(root: Any, *, source: str | None = None,
                            member: str | None = None) -> Trial:
    """One ``<clinical_study>`` element as a Trial."""
    rec = LegacyRecord()
    top = _Groups(root, "")
    _attributes(root, "", rec)
    proto: dict[str, Any] = {
        "identificationModule": _identification(top, rec),
        "statusModule": _status(top, rec),
        "sponsorCollaboratorsModule": _sponsors(top, rec),
        "descriptionModule": {"briefSummary": top.textblock("brief_summary", rec),
                              "detailedDescription": top.textblock("detailed_description", rec)},
        "conditionsModule": {"conditions": [_text(e) for e in top.take_all("condition")],
                             "keywords": [_text(e) for e in top.take_all("keyword")]},
        "designModule": _design(top, rec),
        "armsInterventionsModule": _arms(top, rec),
        "outcomesModule": _outcomes(top, rec),
        "eligibilityModule": _eligibility(top, rec),
        "contactsLocationsModule": _contacts(top, rec),
    }
    record_version = None
    header = top.by_tag.get("required_header")
    if header:
        download = header[0].find("download_date")
        if download is not None and download.text:
            m = _PROCESSED_ON.search(download.text)
            record_version = parse_date(m.group(1)) if m else None
    top.rest(rec)
    trial = study_to_trial({"protocolSection": proto}, source=source, member=member,
                           format=NAME)
    return rec.apply(trial, record_version)


def _identification(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    id_info = top.take("id_info")
    if id_info is not None:
        g = _Groups(id_info, "id_info")
        out["nctId"] = rec.nct_id(g.text("nct_id"), "id_info.nct_id")
        org = g.text("org_study_id")
        if org is not None:
            out["orgStudyIdInfo"] = {"id": org}
        out["secondaryIdInfos"] = [{"id": _text(e)} for e in g.take_all("secondary_id")
                                   if (_text(e) or "").strip()]
        g.rest(rec)
    out["briefTitle"] = top.text("brief_title")
    out["officialTitle"] = top.text("official_title")
    out["acronym"] = top.text("acronym")
    return out


def _date_el(el: Any, path: str, field: str, rec: LegacyRecord, typed: bool) -> Any:
    iso = rec.date(_text(el), path, f"dates.{field}")
    type_ = None
    if typed:
        raw_type = el.get("type")
        type_ = rec.code(DateType, raw_type, f"{path}@type", f"dates.{field}.type")
        _attributes(el, path, rec, ("type",))
    else:
        _attributes(el, path, rec)
    if iso is None:
        if type_ is not None:
            rec.keep(f"{path}@type", el.get("type"))  # the date is in extras: so is its type
        return None
    return {"date": iso, "type": type_} if typed else iso


def _status(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    status = top.text("overall_status")
    out["overallStatus"] = rec.code(Status, status, "overall_status", "overall_status")
    out["whyStopped"] = top.text("why_stopped")
    for key, tags, field, typed in _DATE_TAGS:
        chosen = None
        for tag in tags:
            el = top.take(tag)
            if el is None:
                continue
            if chosen is None:
                chosen = _date_el(el, tag, field, rec, typed)
                continue
            # The 2017 transition wrote both tags; keep the old one only if it differs.
            if parse_date(_text(el)) != chosen:
                rec.keep(tag, _text(el))
        if chosen is not None:
            out[key] = chosen
    return out


def _organization(el: Any, path: str, rec: LegacyRecord) -> dict[str, Any] | None:
    g = _Groups(el, path)
    name = g.text("agency")
    cls = rec.code(AgencyClass, g.text("agency_class"), f"{path}.agency_class", "sponsor.class")
    g.rest(rec)
    if not (name or "").strip():
        return None
    return {"name": name, "class": cls}


def _sponsors(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    sponsors = top.take("sponsors")
    if sponsors is None:
        return out
    g = _Groups(sponsors, "sponsors")
    lead = g.take("lead_sponsor")
    if lead is not None:
        out["leadSponsor"] = _organization(lead, "sponsors.lead_sponsor", rec)
    out["collaborators"] = [
        org for i, c in enumerate(g.take_all("collaborator"))
        if (org := _organization(c, f"sponsors.collaborator[{i}]", rec)) is not None]
    g.rest(rec)
    return out


def _design(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    study_type = top.text("study_type")
    if study_type is not None:
        out["studyType"] = rec.code(StudyType, study_type, "study_type", "study_type")
        if out["studyType"] is not None and value_key(study_type) != value_key(out["studyType"]):
            rec.keep("study_type", study_type)  # "Observational [Patient Registry]"
    phases: list[str] = []
    for i, el in enumerate(top.take_all("phase")):
        raw = _text(el) or ""
        codes = phases_for(raw)
        if codes is None:
            rec.warn("phases", "unknown phase", raw)
            rec.keep(f"phase[{i}]" if i else "phase", raw)
        else:
            phases.extend(c for c in codes if c not in phases)
    out["phases"] = phases

    info: dict[str, Any] = {}
    design_text = top.take("study_design")
    if design_text is not None:
        _old_design(_text(design_text) or "", info, rec)
    design = top.take("study_design_info")
    if design is not None:
        g = _Groups(design, "study_design_info")
        for tag, cls, key in (("allocation", Allocation, "allocation"),
                              ("intervention_model", InterventionModel, "interventionModel"),
                              ("primary_purpose", PrimaryPurpose, "primaryPurpose"),
                              ("observational_model", ObservationalModel, "observationalModel"),
                              ("time_perspective", TimePerspective, "timePerspective")):
            value = g.text(tag)
            if value is not None:
                info[key] = rec.code(cls, value, f"study_design_info.{tag}", f"design.{tag}")
        info["interventionModelDescription"] = g.text("intervention_model_description")
        masking = g.text("masking")
        if masking is not None:
            _masking(masking, "study_design_info.masking", info, rec)
        g.rest(rec)
    out["designInfo"] = info

    enrollment = top.take("enrollment")
    if enrollment is not None:
        out["enrollmentInfo"] = {
            "count": rec.count(_text(enrollment), "enrollment", "enrollment.count"),
            "type": rec.code(DateType, enrollment.get("type"), "enrollment@type",
                             "enrollment.type"),
        }
        _attributes(enrollment, "enrollment", rec, ("type",))
    return out


def _masking(raw: str, path: str, info: dict[str, Any], rec: LegacyRecord) -> None:
    level, roles, messages = masking_for(raw)
    for message in messages:
        rec.warn("design.masking", message, raw)
    if level is None or any(m.startswith("unknown") for m in messages):
        rec.keep(path, raw)
    info["maskingInfo"] = {"masking": level, "whoMasked": roles}


_OLD_DESIGN_FIELDS = {
    "Allocation": (Allocation, "allocation"),
    "Intervention Model": (InterventionModel, "interventionModel"),
    "Primary Purpose": (PrimaryPurpose, "primaryPurpose"),
    "Observational Model": (ObservationalModel, "observationalModel"),
    "Time Perspective": (TimePerspective, "timePerspective"),
}


def _old_design(text: str, info: dict[str, Any], rec: LegacyRecord) -> None:
    """The pre-2017 one-line design: labelled parts typed, the rest in extras by label."""
    parts = parse_design_text(text)
    if not parts:
        if value_key(text) not in ("n a", ""):
            rec.warn("design", "unreadable pre-2017 study design line", text)
            rec.keep("study_design", text)
        return
    for label, value in parts.items():
        path = f"study_design.{label}"
        if label == "Masking":
            _masking(value, path, info, rec)
        elif label in _OLD_DESIGN_FIELDS:
            cls, key = _OLD_DESIGN_FIELDS[label]
            info[key] = rec.code(cls, value, path, f"design.{key}")
        else:
            rec.keep(path, value)  # "Endpoint Classification" has no v2 field


_ARM = frozenset({"arm_group_label", "arm_group_type", "description"})
_INTERVENTION = frozenset({"intervention_type", "intervention_name", "description"})
_INTERVENTION_LISTS = frozenset({"arm_group_label", "other_name"})
_OUTCOME = frozenset({"measure", "time_frame", "description"})


def _arms(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    arms = []
    for i, el in enumerate(top.take_all("arm_group")):
        path = f"arm_group[{i}]"
        if not (el.findtext("arm_group_label") or "").strip():
            rec.keep(path, element_data(el))
            rec.warn("arms", "arm group without a label")
            continue
        leaves, _, _ = _split(el, path, rec, _ARM)
        arms.append({
            "label": leaves["arm_group_label"],
            "type": rec.code(ArmGroupType, leaves.get("arm_group_type"),
                             f"{path}.arm_group_type", "arms.type"),
            "description": leaves.get("description"),
        })
    interventions = []
    for i, el in enumerate(top.take_all("intervention")):
        path = f"intervention[{i}]"
        if not (el.findtext("intervention_name") or "").strip():
            rec.keep(path, element_data(el))
            rec.warn("interventions", "intervention without a name")
            continue
        leaves, lists, _ = _split(el, path, rec, _INTERVENTION, _INTERVENTION_LISTS)
        interventions.append({
            "name": leaves["intervention_name"],
            "type": rec.code(InterventionType, leaves.get("intervention_type"),
                             f"{path}.intervention_type", "interventions.type"),
            "description": leaves.get("description"),
            "armGroupLabels": lists.get("arm_group_label", []),
            "otherNames": lists.get("other_name", []),
        })
    return {"armGroups": arms, "interventions": interventions}


def _outcomes(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for tag, key in (("primary_outcome", "primaryOutcomes"),
                     ("secondary_outcome", "secondaryOutcomes"),
                     ("other_outcome", "otherOutcomes")):
        items = []
        for i, el in enumerate(top.take_all(tag)):
            path = f"{tag}[{i}]"
            if not (el.findtext("measure") or "").strip():
                rec.keep(path, element_data(el))
                rec.warn("outcomes", f"{tag} without a measure")
                continue
            leaves, _, _ = _split(el, path, rec, _OUTCOME)
            items.append({"measure": leaves["measure"], "timeFrame": leaves.get("time_frame"),
                          "description": leaves.get("description")})
        out[key] = items
    return out


def _eligibility(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    el = top.take("eligibility")
    if el is None:
        return {}
    g = _Groups(el, "eligibility")
    out: dict[str, Any] = {"eligibilityCriteria": g.textblock("criteria", rec)}
    out["sex"] = rec.code(Sex, g.text("gender"), "eligibility.gender", "eligibility.sex")
    low, high = g.text("minimum_age"), g.text("maximum_age")
    out["minimumAge"] = rec.age(low, "eligibility.minimum_age", "eligibility.minimum_age")
    out["maximumAge"] = rec.age(high, "eligibility.maximum_age", "eligibility.maximum_age")
    if low is not None and high is not None and (
            (out["minimumAge"] is not None or value_key(low) in NULL_WORDS)
            and (out["maximumAge"] is not None or value_key(high) in NULL_WORDS)):
        # The XML has no age groups; ClinicalTrials.gov derives them from the two limits,
        # where "N/A" means no limit (so "N/A" to "N/A" is every group).
        out["stdAges"] = [a.value for a in std_ages_for(parse_age(out["minimumAge"]),
                                                         parse_age(out["maximumAge"]))]
    hv = g.text("healthy_volunteers")
    if hv is not None:
        out["healthyVolunteers"] = healthy_volunteers_for(hv)
        if out["healthyVolunteers"] is None:
            rec.keep("eligibility.healthy_volunteers", hv)
    g.rest(rec)
    return out


_PERSON = frozenset({"first_name", "middle_name", "last_name", "degrees", "role", "affiliation",
                     "phone", "email"})
_LOCATION = frozenset({"status"})
_LOCATION_STRUCTS = frozenset({"facility", "contact", "contact_backup", "investigator"})
_FACILITY = frozenset({"name"})
_FACILITY_STRUCTS = frozenset({"address"})
_ADDRESS = frozenset({"city", "state", "zip", "country"})


def _person(el: Any, path: str, rec: LegacyRecord, role: str | None = None) -> dict[str, Any]:
    """contact_struct / investigator_struct: first, middle, last name, degrees, phone, email."""
    leaves, _, _ = _split(el, path, rec, _PERSON)  # phone_ext and anything newer: extras
    get = leaves.get
    names = [t.strip() for t in (get("first_name"), get("middle_name"), get("last_name"))
             if t and t.strip()]
    name = " ".join(names) or None
    degrees = get("degrees")
    if name and degrees and degrees.strip():
        name = f"{name}, {degrees.strip()}"
    elif degrees and degrees.strip():
        rec.keep(f"{path}.degrees", degrees)
    raw_role = get("role")
    if raw_role is not None:
        role = rec.code(PersonRole, raw_role, f"{path}.role", "person.role")
    return {"name": name, "role": role, "affiliation": get("affiliation"),
            "phone": get("phone"), "email": get("email")}


def _location(el: Any, path: str, rec: LegacyRecord) -> dict[str, Any]:
    leaves, _, subs = _split(el, path, rec, _LOCATION, structs=_LOCATION_STRUCTS)
    loc: dict[str, Any] = {}
    for i, facility in enumerate(subs.get("facility", ())):
        fpath = f"{path}.facility"
        if i:  # a second facility has no typed place
            rec.keep(f"{fpath}[{i}]", element_data(facility))
            continue
        names, _, fsubs = _split(facility, fpath, rec, _FACILITY, structs=_FACILITY_STRUCTS)
        loc["facility"] = names.get("name")
        for j, address in enumerate(fsubs.get("address", ())):
            if j:
                rec.keep(f"{fpath}.address[{j}]", element_data(address))
                continue
            parts, _, _ = _split(address, f"{fpath}.address", rec, _ADDRESS)
            loc.update(parts)
    status = leaves.get("status")
    if status is not None:
        loc["status"] = code_for(Status, status) or status
    people = []
    for tag in ("contact", "contact_backup"):
        for j, c in enumerate(subs.get(tag, ())):
            people.append(_person(c, f"{path}.{tag}" + (f"[{j}]" if j else ""), rec, "CONTACT"))
    people += [_person(e, f"{path}.investigator[{j}]", rec)
               for j, e in enumerate(subs.get("investigator", ()))]
    loc["contacts"] = people
    return loc


def _contacts(top: _Groups, rec: LegacyRecord) -> dict[str, Any]:
    officials = [_person(e, f"overall_official[{i}]", rec)
                 for i, e in enumerate(top.take_all("overall_official"))]
    contacts = []
    for tag in ("overall_contact", "overall_contact_backup"):
        el = top.take(tag)
        if el is not None:
            contacts.append(_person(el, tag, rec, "CONTACT"))
    locations = [_location(el, f"location[{i}]", rec)
                 for i, el in enumerate(top.take_all("location"))]
    return {"overallOfficials": officials, "centralContacts": contacts, "locations": locations}


ADAPTER = Adapter(
    name=NAME,
    description="ClinicalTrials.gov legacy <clinical_study> XML (AllPublicXML, AACT), "
                "both date-tag vocabularies",
    detect=detect,
    parse=parse,
    extensions=(".xml",),
)
