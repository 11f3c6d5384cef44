"""ClinicalTrials.gov API v2 JSON: ``/api/v2/studies/{id}`` records and search pages.

Accepts a bare study object, a ``{"studies": [...], "nextPageToken": ...}`` page, a
list of studies, a history-endpoint ``{"study": {...}}`` object, the same data as a
Python repr (read with ``ast.literal_eval``, which evaluates no code), and a saved
"Viewing Study ... Raw JSON" wrapper page whose header lines go to ``source.meta``.

Every ``protocolSection`` module is mapped onto the typed fields; whatever is not
typed (oversight, references, IPD sharing, derived section, results, documents,
annotations, and any field a later API version adds) is kept in ``extras`` under
its source path, so that nothing is dropped.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import Any

import orjson

from trialnorm.adapters._base import _HEAD_CHARS, PARSER_VERSION, Adapter, RawInput
from trialnorm.extract.ages import parse_age
from trialnorm.extract.dates import parse_date
from trialnorm.extract.text import clean, clean_inline
from trialnorm.model import (
    AgencyClass,
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
    WhoMasked,
)

__all__ = ["ADAPTER", "load_studies", "study_to_trial"]

NAME = "ctgov-v2"

_WRAPPER_HEAD = re.compile(r"\AViewing Study\s+NCT\d{8}", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^([A-Z][A-Za-z .]+?):\s*(.*)$")


# ----------------------------------------------------------------- detection

# What RawInput.head strips at the left, as bytes (its "\ufeff", a BOM, is not ASCII).
_ASCII_WS = b" \t\r\n"


def _json_start(data: bytes) -> bool:
    """Do the bytes begin, after the white space RawInput.head strips, with "{" or "["?
    Then ``inp.head`` begins with it too, and the input is no wrapper page."""
    return data[:64].lstrip(_ASCII_WS)[:1] in (b"{", b"[")


def detect(inp: RawInput) -> bool:
    if inp.is_loaded:
        return _looks_like_v2(inp.data)
    data = inp.data
    if isinstance(data, bytes):
        # The common case, read from the bytes: "protocolSection" within the first 4,096
        # bytes, all ASCII before it, of JSON. Then the decoded head (the first 4,096
        # characters) holds it too and the answer below is yes; decoding the head costs
        # more than the rest of detection and loading minus orjson.
        i = data.find(b"protocolSection", 0, _HEAD_CHARS)
        if i != -1 and _json_start(data) and data[:i].isascii():
            return True
    head = inp.head
    if _WRAPPER_HEAD.match(head):
        return "Raw JSON" in inp.text
    if head[:1] in ("{", "["):
        return "protocolSection" in head or '"studies"' in head[:200] and "protocolSection" in inp.text[:200000]
    return False


def _looks_like_v2(data: Any) -> bool:
    if isinstance(data, list):
        return bool(data) and isinstance(data[0], dict) and "protocolSection" in data[0]
    if isinstance(data, dict):
        if "protocolSection" in data:
            return True
        if isinstance(data.get("studies"), list):
            return not data["studies"] or _looks_like_v2(data["studies"])
        if isinstance(data.get("study"), dict):
            return "protocolSection" in data["study"]
    return False


# ----------------------------------------------------------------- loading

def _literal(text: str, inp: RawInput) -> Any:
    """A Python repr of JSON data, read without evaluating any code."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
        raise inp.error(f"not a valid JSON or Python-literal record ({type(exc).__name__}: "
                        f"{str(exc).splitlines()[0] if str(exc) else 'unreadable'})",
                        format=NAME, snippet=text[:60]) from None


def _load_text(body: str, inp: RawInput) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        stripped = body.lstrip()
        if stripped.startswith(("{'", "[{'", "{\n", "[")) and "'protocolSection'" in body:
            return _literal(stripped, inp)
        raise inp.error(f"invalid JSON ({exc})", format=NAME, snippet=body[:60]) from None


def load_studies(inp: RawInput) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The study objects an input holds, and the wrapper page's header (if any)."""
    meta: dict[str, str] = {}
    if inp.is_loaded:
        data: Any = inp.data
    elif isinstance(inp.data, bytes) and (_json_start(inp.data)
                                          or not _WRAPPER_HEAD.match(inp.head)):
        try:
            data = orjson.loads(inp.data)
        except orjson.JSONDecodeError:
            data = _load_text(inp.text, inp)
    else:
        text = inp.text
        if _WRAPPER_HEAD.match(inp.head):
            header, sep, body = text.partition("Raw JSON")
            if not sep:
                raise inp.error("wrapper page has no 'Raw JSON' section", format=NAME)
            meta = _wrapper_header(header)
            text = body
        data = _load_text(text, inp)

    if isinstance(data, dict):
        if "protocolSection" in data:
            studies = [data]
        elif isinstance(data.get("studies"), list):
            studies = data["studies"]
        elif isinstance(data.get("study"), dict):
            studies = [data["study"]]
            if "studyVersion" in data:
                meta["studyVersion"] = str(data["studyVersion"])
        else:
            raise inp.error("JSON object has no protocolSection: not a ClinicalTrials.gov study",
                            format=NAME, snippet=", ".join(list(data)[:5]))
    elif isinstance(data, list):
        studies = data
    else:
        raise inp.error(f"expected a study object or a list of them, got {type(data).__name__}",
                        format=NAME)
    for i, study in enumerate(studies):
        if not isinstance(study, dict) or not isinstance(study.get("protocolSection"), dict):
            raise inp.error(f"item {i} is not a study object (no protocolSection)", format=NAME)
    return studies, meta


def _wrapper_header(header: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in header.splitlines()[1:]:
        m = _HEADER_LINE.match(line.strip())
        if m and m.group(2).strip():
            meta[m.group(1).strip()] = m.group(2).strip()
    return meta


def parse(inp: RawInput) -> Iterator[Trial]:
    studies, meta = load_studies(inp)
    for i, study in enumerate(studies):
        yield study_to_trial(study, source=inp.source, member=inp.member, meta=meta,
                             index=i if len(studies) > 1 else None)


# ----------------------------------------------------------------- mapping
#
# This runs once per study (600,000 for the whole registry), so the common case is
# kept cheap: source paths are built only when a value goes to extras or a warning,
# enum codes are one dict lookup, and dates and ages, which repeat across records,
# are read once per distinct string.

_CACHE_LIMIT = 100_000
_DATE_CACHE: dict[str, str | None] = {}
_AGE_CACHE: dict[str, dict[str, Any] | None] = {}


def _members(cls: type[StrEnum]) -> Mapping[Any, Any]:
    """The enum's code -> member map: ``map.get(code)`` is ``cls(code)`` without the raise."""
    return cls._value2member_map_


class _Record:
    """Collects typed values, extras and warnings for one study."""

    __slots__ = ("extras", "warnings")

    def __init__(self) -> None:
        self.extras: dict[str, Any] = {}
        self.warnings: list[dict[str, Any]] = []

    def rest(self, obj: Mapping[str, Any], path: str, known: frozenset[str]) -> None:
        """Keep every key of ``obj`` the mapping does not type, under its path."""
        try:
            keys = obj.keys()
        except AttributeError:
            raise TypeError(f"{path or 'the study'} is a {type(obj).__name__}, "
                            f"not an object") from None
        if keys <= known:
            return
        for key in obj:
            if key not in known:
                self.extras[f"{path}.{key}" if path else key] = obj[key]

    def rest_item(self, obj: Mapping[str, Any], prefix: str, i: int,
                  known: frozenset[str]) -> None:
        """``rest`` for item ``i`` of a list at ``prefix``; its path is built only when needed
        (records list up to thousands of sites and outcomes)."""
        try:
            if obj.keys() <= known:
                return
        except AttributeError:
            pass  # rest() says what the item is instead of an object
        self.rest(obj, f"{prefix}[{i}]", known)

    def enum(self, members: Mapping[Any, Any], value: Any, field: str, path: str,
             suffix: str = "") -> Any:
        """The enum member of a code; an unknown code is warned about and kept at path+suffix."""
        if value is None:
            return None
        try:
            member = members.get(value)
        except TypeError:  # an unhashable value (a list or object where a code belongs)
            member = None
        if member is None:
            cls = type(next(iter(members.values())))
            self.warnings.append({"field": field, "message": f"unknown {cls.__name__} code",
                                  "text": str(value)})
            self.extras[path + suffix] = value
        return member

    def enums(self, members: Mapping[Any, Any], values: Any, field: str,
              path: str) -> list[Any]:
        out = []
        for i, v in enumerate(values or ()):
            e = self.enum(members, v, field, path, f"[{i}]")
            if e is not None:
                out.append(e)
        return out

    def date(self, value: Any, type_: Any, field: str, path: str) -> dict[str, Any] | None:
        if not value:
            return None
        text = value if type(value) is str else str(value)
        try:
            iso = _DATE_CACHE[text]
        except KeyError:
            iso = parse_date(text)
            if len(_DATE_CACHE) >= _CACHE_LIMIT:
                _DATE_CACHE.clear()
            _DATE_CACHE[text] = iso
        if iso is None:
            self.warnings.append({"field": field, "message": "unreadable date", "text": text})
            self.extras[path] = value
            return None
        return {"date": iso, "type": self.enum(_DATE_TYPES, type_, field, path, ".type")}

    def age(self, value: Any, field: str, path: str) -> dict[str, Any] | None:
        if not value:
            return None
        text = value if type(value) is str else str(value)
        try:
            fields = _AGE_CACHE[text]
        except KeyError:
            age = parse_age(text)
            fields = None if age is None else dict(age)
            if len(_AGE_CACHE) >= _CACHE_LIMIT:
                _AGE_CACHE.clear()
            _AGE_CACHE[text] = fields
        if fields is None:
            if text.strip().upper() not in ("N/A", "NA", "NONE"):
                self.warnings.append({"field": field, "message": "unreadable age", "text": text})
                self.extras[path] = value
            return None
        return dict(fields)  # a fresh dict: Trial validation makes each record its own Age


_STATUSES = _members(Status)
_PHASES = _members(Phase)
_STUDY_TYPES = _members(StudyType)
_SEXES = _members(Sex)
_STD_AGES = _members(StdAge)
_DATE_TYPES = _members(DateType)
_AGENCY_CLASSES = _members(AgencyClass)
_ARM_TYPES = _members(ArmGroupType)
_INTERVENTION_TYPES = _members(InterventionType)
_ALLOCATIONS = _members(Allocation)
_INTERVENTION_MODELS = _members(InterventionModel)
_PURPOSES = _members(PrimaryPurpose)
_MASKINGS = _members(Masking)
_WHO_MASKED = _members(WhoMasked)
_OBSERVATIONAL_MODELS = _members(ObservationalModel)
_TIME_PERSPECTIVES = _members(TimePerspective)
_ROLES = _members(PersonRole)

_P = "protocolSection"
_NCT_ID = re.compile(r"NCT\d{8}")
K_ID = frozenset({"nctId", "orgStudyIdInfo", "secondaryIdInfos", "briefTitle", "officialTitle",
                  "acronym"})
K_ORG_ID = frozenset({"id"})
K_SECONDARY = frozenset({"id", "type", "domain"})
K_STATUS = frozenset({"statusVerifiedDate", "overallStatus", "whyStopped", "startDateStruct",
                      "primaryCompletionDateStruct", "completionDateStruct",
                      "studyFirstSubmitDate", "studyFirstPostDateStruct", "lastUpdateSubmitDate",
                      "lastUpdatePostDateStruct"})
K_DATE_STRUCT = frozenset({"date", "type"})
K_SPONSOR = frozenset({"leadSponsor", "collaborators"})
K_ORG = frozenset({"name", "class"})
K_DESCRIPTION = frozenset({"briefSummary", "detailedDescription"})
K_CONDITIONS = frozenset({"conditions", "keywords"})
K_DESIGN = frozenset({"studyType", "phases", "designInfo", "enrollmentInfo"})
K_DESIGN_INFO = frozenset({"allocation", "interventionModel", "interventionModelDescription",
                           "primaryPurpose", "observationalModel", "timePerspective",
                           "maskingInfo"})
K_MASKING = frozenset({"masking", "whoMasked"})
K_ENROLLMENT = frozenset({"count", "type"})
K_ARMS_MODULE = frozenset({"armGroups", "interventions"})
K_ARM = frozenset({"label", "type", "description", "interventionNames"})
K_INTERVENTION = frozenset({"name", "type", "description", "armGroupLabels", "otherNames"})
K_OUTCOMES = frozenset({"primaryOutcomes", "secondaryOutcomes", "otherOutcomes"})
K_OUTCOME = frozenset({"measure", "timeFrame", "description"})
K_ELIGIBILITY = frozenset({"eligibilityCriteria", "healthyVolunteers", "sex", "minimumAge",
                           "maximumAge", "stdAges"})
K_CONTACTS_MODULE = frozenset({"centralContacts", "overallOfficials", "locations"})
K_PERSON = frozenset({"name", "role", "affiliation", "phone", "email"})
K_LOCATION = frozenset({"facility", "city", "state", "zip", "country", "status", "contacts"})
K_PROTOCOL = frozenset({"identificationModule", "statusModule", "sponsorCollaboratorsModule",
                        "descriptionModule", "conditionsModule", "designModule",
                        "armsInterventionsModule", "outcomesModule", "eligibilityModule",
                        "contactsLocationsModule"})
K_STUDY = frozenset({"protocolSection"})

_EMPTY: Mapping[str, Any] = {}


def _strs(values: Any) -> list[str]:
    out = []
    for v in values or ():
        s = clean_inline(v if type(v) is str else str(v))
        if s:
            out.append(s)
    return out


def _module(proto: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    m = proto.get(name)
    return m if isinstance(m, dict) else _EMPTY


def study_to_trial(study: Mapping[str, Any], *, source: str | None = None,
                   member: str | None = None, meta: dict[str, str] | None = None,
                   index: int | None = None, format: str = NAME) -> Trial:
    """One API v2 study object as a Trial."""
    r = _Record()
    proto = study["protocolSection"]
    r.rest(study, "", K_STUDY)
    r.rest(proto, _P, K_PROTOCOL)

    rec: dict[str, Any] = {}
    _identification(r, rec, _module(proto, "identificationModule"))
    _status(r, rec, _module(proto, "statusModule"))
    _sponsors(r, rec, _module(proto, "sponsorCollaboratorsModule"))
    desc = _module(proto, "descriptionModule")
    r.rest(desc, _DESCRIPTION, K_DESCRIPTION)
    rec["brief_summary"] = clean(desc.get("briefSummary"))
    rec["detailed_description"] = clean(desc.get("detailedDescription"))
    cond = _module(proto, "conditionsModule")
    r.rest(cond, _CONDITIONS, K_CONDITIONS)
    rec["conditions"] = _strs(cond.get("conditions"))
    rec["keywords"] = _strs(cond.get("keywords"))
    _design(r, rec, _module(proto, "designModule"))
    _arms(r, rec, _module(proto, "armsInterventionsModule"))
    _outcomes(r, rec, _module(proto, "outcomesModule"))
    _eligibility(r, rec, _module(proto, "eligibilityModule"))
    _contacts(r, rec, _module(proto, "contactsLocationsModule"))

    version = None
    derived = study.get("derivedSection")
    if isinstance(derived, dict):
        version = (derived.get("miscInfoModule") or {}).get("versionHolder")
    if meta and "studyVersion" in meta:
        version = meta["studyVersion"]
    rec["source"] = {"format": format, "path": source, "member": member,
                     "parser_version": PARSER_VERSION, "record_version": version,
                     "meta": meta or {}}
    if index is not None and member is None:
        rec["source"]["member"] = f"[{index}]"
    rec["extras"] = r.extras
    rec["warnings"] = r.warnings
    return Trial.model_validate(rec)


_IDENTIFICATION = f"{_P}.identificationModule"
_DESCRIPTION = f"{_P}.descriptionModule"
_CONDITIONS = f"{_P}.conditionsModule"


def _identification(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    path = _IDENTIFICATION
    r.rest(m, path, K_ID)
    nct = m.get("nctId")
    if nct is not None:
        nct = str(nct).strip().upper()
        if not _NCT_ID.fullmatch(nct):
            r.warnings.append({"field": "nct_id", "message": "not an NCT ID", "text": nct})
            r.extras[f"{path}.nctId"] = m.get("nctId")
            nct = None
    rec["nct_id"] = nct
    org = m.get("orgStudyIdInfo") or _EMPTY
    r.rest(org, f"{path}.orgStudyIdInfo", K_ORG_ID)
    rec["org_study_id"] = clean_inline(org.get("id"))
    ids = []
    for i, s in enumerate(m.get("secondaryIdInfos") or ()):
        r.rest(s, f"{path}.secondaryIdInfos[{i}]", K_SECONDARY)
        if s.get("id"):
            ids.append({"id": clean_inline(str(s["id"])), "type": s.get("type"),
                        "domain": clean_inline(s.get("domain"))})
    rec["secondary_ids"] = ids
    rec["brief_title"] = clean_inline(m.get("briefTitle"))
    rec["official_title"] = clean_inline(m.get("officialTitle"))
    rec["acronym"] = clean_inline(m.get("acronym"))


_STATUS = f"{_P}.statusModule"
# (source key, Dates field, warning field, extras path)
_DATE_FIELDS = tuple(
    (key, field, f"dates.{field}", f"{_STATUS}.{key}")
    for key, field in (("startDateStruct", "start"),
                       ("primaryCompletionDateStruct", "primary_completion"),
                       ("completionDateStruct", "completion"),
                       ("studyFirstPostDateStruct", "first_posted"),
                       ("lastUpdatePostDateStruct", "last_update_posted"))
)


def _status(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    path = _STATUS
    r.rest(m, path, K_STATUS)
    rec["overall_status"] = r.enum(_STATUSES, m.get("overallStatus"), "overall_status", path,
                                   ".overallStatus")
    rec["why_stopped"] = clean(m.get("whyStopped"))
    dates: dict[str, Any] = {}
    for key, field, warn_field, spath in _DATE_FIELDS:
        s = m.get(key)
        if isinstance(s, dict):
            r.rest(s, spath, K_DATE_STRUCT)
            dates[field] = r.date(s.get("date"), s.get("type"), warn_field, spath)
    dates["first_submitted"] = r.date(m.get("studyFirstSubmitDate"), None,
                                      "dates.first_submitted", f"{path}.studyFirstSubmitDate")
    dates["last_update_submitted"] = r.date(m.get("lastUpdateSubmitDate"), None,
                                            "dates.last_update_submitted",
                                            f"{path}.lastUpdateSubmitDate")
    dates["status_verified"] = r.date(m.get("statusVerifiedDate"), None, "dates.status_verified",
                                      f"{path}.statusVerifiedDate")
    rec["dates"] = dates


def _org(r: _Record, o: Any, path: str) -> dict[str, Any] | None:
    if not isinstance(o, dict):
        return None
    r.rest(o, path, K_ORG)
    name = clean_inline(o.get("name"))
    if not name:
        if o.get("class"):
            r.extras[f"{path}.class"] = o["class"]
        return None
    return {"name": name, "class": r.enum(_AGENCY_CLASSES, o.get("class"), "sponsor.class",
                                          path, ".class")}


_SPONSORS = f"{_P}.sponsorCollaboratorsModule"


def _sponsors(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    path = _SPONSORS
    r.rest(m, path, K_SPONSOR)
    rec["sponsor"] = _org(r, m.get("leadSponsor"), f"{path}.leadSponsor")
    collaborators = []
    for i, c in enumerate(m.get("collaborators") or ()):
        org = _org(r, c, f"{path}.collaborators[{i}]")
        if org:
            collaborators.append(org)
    rec["collaborators"] = collaborators


_DESIGN = f"{_P}.designModule"
_DESIGN_INFO = f"{_DESIGN}.designInfo"


def _design(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    path = _DESIGN
    r.rest(m, path, K_DESIGN)
    rec["study_type"] = r.enum(_STUDY_TYPES, m.get("studyType"), "study_type", path,
                               ".studyType")
    rec["phases"] = r.enums(_PHASES, m.get("phases"), "phases", f"{path}.phases")
    info = m.get("designInfo") or _EMPTY
    ipath = _DESIGN_INFO
    r.rest(info, ipath, K_DESIGN_INFO)
    masking = info.get("maskingInfo") or _EMPTY
    r.rest(masking, f"{ipath}.maskingInfo", K_MASKING)
    rec["design"] = {
        "allocation": r.enum(_ALLOCATIONS, info.get("allocation"), "design.allocation",
                             ipath, ".allocation"),
        "intervention_model": r.enum(_INTERVENTION_MODELS, info.get("interventionModel"),
                                     "design.intervention_model", ipath, ".interventionModel"),
        "intervention_model_description": clean(info.get("interventionModelDescription")),
        "primary_purpose": r.enum(_PURPOSES, info.get("primaryPurpose"),
                                  "design.primary_purpose", ipath, ".primaryPurpose"),
        "observational_model": r.enum(_OBSERVATIONAL_MODELS, info.get("observationalModel"),
                                      "design.observational_model", ipath,
                                      ".observationalModel"),
        "time_perspective": r.enum(_TIME_PERSPECTIVES, info.get("timePerspective"),
                                   "design.time_perspective", ipath, ".timePerspective"),
        "masking": r.enum(_MASKINGS, masking.get("masking"), "design.masking",
                          ipath, ".maskingInfo.masking"),
        "who_masked": r.enums(_WHO_MASKED, masking.get("whoMasked"), "design.who_masked",
                              f"{ipath}.maskingInfo.whoMasked") if masking else [],
    }
    enrollment = m.get("enrollmentInfo") or _EMPTY
    r.rest(enrollment, f"{path}.enrollmentInfo", K_ENROLLMENT)
    count = enrollment.get("count")
    if count is not None and not isinstance(count, int):
        try:
            count = int(str(count).replace(",", ""))
        except ValueError:
            r.warnings.append({"field": "enrollment.count", "message": "not a whole number",
                               "text": str(count)})
            r.extras[f"{path}.enrollmentInfo.count"] = count
            count = None
    rec["enrollment"] = {"count": count,
                         "type": r.enum(_DATE_TYPES, enrollment.get("type"), "enrollment.type",
                                        path, ".enrollmentInfo.type")}


_ARMS_MODULE = f"{_P}.armsInterventionsModule"


def _arms(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    path = _ARMS_MODULE
    r.rest(m, path, K_ARMS_MODULE)
    arms = []
    for i, a in enumerate(m.get("armGroups") or ()):
        apath = f"{path}.armGroups[{i}]"
        r.rest(a, apath, K_ARM)
        label = clean_inline(a.get("label"))
        if not label:
            r.extras[apath] = a
            continue
        arms.append({"label": label,
                     "type": r.enum(_ARM_TYPES, a.get("type"), "arms.type", apath, ".type"),
                     "description": clean(a.get("description")),
                     "intervention_names": _strs(a.get("interventionNames"))})
    interventions = []
    for i, iv in enumerate(m.get("interventions") or ()):
        ipath = f"{path}.interventions[{i}]"
        r.rest(iv, ipath, K_INTERVENTION)
        name = clean_inline(iv.get("name"))
        if not name:
            r.extras[ipath] = iv
            continue
        interventions.append({
            "name": name,
            "type": r.enum(_INTERVENTION_TYPES, iv.get("type"), "interventions.type",
                           ipath, ".type"),
            "description": clean(iv.get("description")),
            "arm_labels": _strs(iv.get("armGroupLabels")),
            "other_names": _strs(iv.get("otherNames")),
        })
    rec["arms"] = arms
    rec["interventions"] = interventions


_OUTCOMES = f"{_P}.outcomesModule"
_OUTCOME_GROUPS = tuple((key, field, f"{_OUTCOMES}.{key}")
                        for key, field in (("primaryOutcomes", "primary"),
                                           ("secondaryOutcomes", "secondary"),
                                           ("otherOutcomes", "other")))


def _outcomes(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    r.rest(m, _OUTCOMES, K_OUTCOMES)
    out: dict[str, list[dict[str, Any]]] = {}
    for key, field, gpath in _OUTCOME_GROUPS:
        items = []
        for i, o in enumerate(m.get(key) or ()):
            r.rest_item(o, gpath, i, K_OUTCOME)
            measure = clean_inline(o.get("measure"))
            if not measure:
                r.extras[f"{gpath}[{i}]"] = o
                continue
            items.append({"measure": measure, "time_frame": clean_inline(o.get("timeFrame")),
                          "description": clean(o.get("description"))})
        out[field] = items
    rec["outcomes"] = out


_ELIGIBILITY = f"{_P}.eligibilityModule"


def _eligibility(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    path = _ELIGIBILITY
    r.rest(m, path, K_ELIGIBILITY)
    hv = m.get("healthyVolunteers")
    if hv is not None and not isinstance(hv, bool):
        r.extras[f"{path}.healthyVolunteers"] = hv
        hv = None
    rec["eligibility"] = {
        "sex": r.enum(_SEXES, m.get("sex"), "eligibility.sex", path, ".sex"),
        "minimum_age": r.age(m.get("minimumAge"), "eligibility.minimum_age",
                             f"{path}.minimumAge"),
        "maximum_age": r.age(m.get("maximumAge"), "eligibility.maximum_age",
                             f"{path}.maximumAge"),
        "healthy_volunteers": hv,
        "std_ages": r.enums(_STD_AGES, m.get("stdAges"), "eligibility.std_ages",
                            f"{path}.stdAges"),
        "criteria_text": clean(m.get("eligibilityCriteria")),
    }


def _person(r: _Record, p: Mapping[str, Any], prefix: str, i: int,
            default_role: str | None) -> dict[str, Any]:
    """One contact or official; its path (``prefix[i]``) is only built when something goes to extras."""
    try:
        typed_only = p.keys() <= K_PERSON
    except AttributeError:
        typed_only = False
    if not typed_only:
        r.rest(p, f"{prefix}[{i}]", K_PERSON)
    role = p.get("role") or default_role
    if role is not None:
        member = _ROLES.get(role) if type(role) is str else None
        if member is None:
            member = r.enum(_ROLES, role, "person.role", f"{prefix}[{i}]", ".role")
        role = member
    return {"name": clean_inline(p.get("name")),
            "role": role,
            "affiliation": clean_inline(p.get("affiliation")),
            "phone": clean_inline(p.get("phone")),
            "email": clean_inline(p.get("email"))}


_CONTACTS = f"{_P}.contactsLocationsModule"
_CENTRAL_CONTACTS = f"{_CONTACTS}.centralContacts"
_OFFICIALS = f"{_CONTACTS}.overallOfficials"


def _contacts(r: _Record, rec: dict[str, Any], m: Mapping[str, Any]) -> None:
    path = _CONTACTS
    r.rest(m, path, K_CONTACTS_MODULE)
    rec["contacts"] = [_person(r, p, _CENTRAL_CONTACTS, i, "CONTACT")
                       for i, p in enumerate(m.get("centralContacts") or ())]
    rec["officials"] = [_person(r, p, _OFFICIALS, i, None)
                        for i, p in enumerate(m.get("overallOfficials") or ())]
    locations = []
    sites = f"{path}.locations"
    for i, loc in enumerate(m.get("locations") or ()):
        r.rest_item(loc, sites, i, K_LOCATION)
        contacts = loc.get("contacts")
        if contacts:
            cprefix = f"{path}.locations[{i}].contacts"
            people = [_person(r, p, cprefix, j, "CONTACT") for j, p in enumerate(contacts)]
        else:
            people = []
        locations.append({
            "facility": clean_inline(loc.get("facility")),
            "city": clean_inline(loc.get("city")),
            "state": clean_inline(loc.get("state")),
            "zip": clean_inline(loc.get("zip")),
            "country": clean_inline(loc.get("country")),
            "status": loc.get("status"),
            "contacts": people,
        })
    rec["locations"] = locations


ADAPTER = Adapter(
    name=NAME,
    description="ClinicalTrials.gov API v2 JSON (study, search page, list, Python repr, "
                "'Viewing Study' wrapper page)",
    detect=detect,
    parse=parse,
    extensions=(".json", ".txt"),
)
