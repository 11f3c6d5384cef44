"""ClinicalTrials.gov API v1 JSON (retired 2024): ``FullStudiesResponse`` pages and bare ``Study`` objects.

v1 has the same modules as API v2 under capitalised, prefixed names
(``ProtocolSection.DesignModule.DesignInfo.DesignAllocation``), lists wrapped in
``XList: {X: [...]}`` and display values ("Randomized", "Anticipated",
"Accepts Healthy Volunteers"). Each study is translated key by key into a v2 study
with v2 codes and built by ``ctgov_v2.study_to_trial``; every key the translation
does not type (oversight, references, IPD sharing, derived and results sections,
and any key v1 added later) is kept in ``extras`` under its v1 path, list items as
``[i]``. A page's header (APIVrs, DataVrs, NStudiesFound, ...) goes to ``source.meta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import orjson

from trialnorm.adapters._base import Adapter, RawInput
from trialnorm.adapters._legacy_values import (
    LegacyRecord,
    code_for,
    healthy_volunteers_for,
    masking_for,
    phases_for,
    secondary_id_type_for,
)
from trialnorm.adapters.ctgov_v2 import study_to_trial
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
    StdAge,
    StudyType,
    TimePerspective,
    Trial,
    WhoMasked,
)

__all__ = ["ADAPTER", "load_v1_studies", "v1_study_to_trial"]

NAME = "ctgov-v1"

# The first key says it: a page, a Study, a FullStudies item, or a list of them. Other v1
# documents (StudyStatistics, StudyFieldsResponse) mention ProtocolSection but hold no study.
_FIRST_KEY = re.compile(r'\A\[?\s*\{\s*"(FullStudiesResponse|ProtocolSection|Study|Rank)"\s*:')
_EMPTY: Mapping[str, Any] = {}
_P = "ProtocolSection"


# ----------------------------------------------------------------- detection

def detect(inp: RawInput) -> bool:
    if inp.is_loaded:
        return _looks_like_v1(inp.data)
    head = inp.head
    m = _FIRST_KEY.match(head)
    if m is None:
        return False
    return m.group(1) in ("FullStudiesResponse", "ProtocolSection") or '"ProtocolSection"' in head


def _looks_like_v1(data: Any) -> bool:
    if isinstance(data, list):
        return bool(data) and _looks_like_v1(data[0])
    if not isinstance(data, dict):
        return False
    if "FullStudiesResponse" in data or "ProtocolSection" in data:
        return True
    study = data.get("Study")
    return isinstance(study, dict) and "ProtocolSection" in study


# ----------------------------------------------------------------- loading

def load_v1_studies(inp: RawInput) -> tuple[list[tuple[dict[str, Any], dict[str, str]]], bool]:
    """(study, per-study meta) for every study the input holds, and whether it was a page."""
    if inp.is_loaded:
        data: Any = inp.data
    else:
        try:
            data = orjson.loads(inp.data if isinstance(inp.data, bytes) else inp.text)
        except orjson.JSONDecodeError as exc:
            raise inp.error(f"invalid JSON ({exc})", format=NAME, snippet=inp.head[:60]) from None
    out: list[tuple[dict[str, Any], dict[str, str]]] = []
    page = False
    if isinstance(data, dict) and isinstance(data.get("FullStudiesResponse"), dict):
        page = True
        response = data["FullStudiesResponse"]
        header = {k: str(v) for k, v in response.items()
                  if k != "FullStudies" and not isinstance(v, (dict, list))}
        for i, full in enumerate(response.get("FullStudies") or ()):
            if not isinstance(full, dict) or not isinstance(full.get("Study"), dict):
                raise inp.error(f"FullStudies[{i}] holds no Study object", format=NAME)
            meta = dict(header)
            meta.update({k: str(v) for k, v in full.items()
                         if k != "Study" and not isinstance(v, (dict, list))})
            out.append((full["Study"], meta))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            out.append((_one_study(item, inp, f"item {i}"), {}))
    else:
        out.append((_one_study(data, inp, "input"), {}))
    for study, _ in out:
        if not isinstance(study.get(_P), dict):
            raise inp.error("study has no ProtocolSection object", format=NAME)
    return out, page


def _one_study(data: Any, inp: RawInput, what: str) -> dict[str, Any]:
    if isinstance(data, dict):
        if "ProtocolSection" in data:
            return data
        if isinstance(data.get("Study"), dict):
            return data["Study"]
    raise inp.error(f"{what} is not an API v1 Study (no ProtocolSection)", format=NAME)


def parse(inp: RawInput) -> Iterator[Trial]:
    studies, page = load_v1_studies(inp)
    for i, (study, meta) in enumerate(studies):
        yield v1_study_to_trial(study, source=inp.source, member=inp.member, meta=meta,
                                index=i if page or len(studies) > 1 else None)


# ----------------------------------------------------------------- translation helpers

class _Obj:
    """One v1 object being read: keys taken are typed, the rest go to extras at ``path``."""

    __slots__ = ("obj", "path", "taken")

    def __init__(self, obj: Any, path: str) -> None:
        self.obj = obj if isinstance(obj, dict) else _EMPTY
        self.path = path
        self.taken: set[str] = set()

    def get(self, key: str) -> Any:
        self.taken.add(key)
        return self.obj.get(key)

    def text(self, key: str) -> str | None:
        value = self.get(key)
        if value is None or isinstance(value, (dict, list)):
            if value is not None:
                self.taken.discard(key)  # not a scalar: extras keeps it as it is
            return None
        return value if isinstance(value, str) else str(value)

    def sub(self, key: str) -> _Obj:
        value = self.obj.get(key)
        if value is None or isinstance(value, dict):
            self.taken.add(key)  # otherwise rest() keeps the odd value as it is
        return _Obj(value, self.at(key))

    def structs(self, list_key: str, item_key: str, rec: LegacyRecord) -> list[tuple[_Obj, Any]]:
        """The object items of a list wrapper; anything else in it goes to extras."""
        out = []
        for value, path in self.items(list_key, item_key, rec):
            if isinstance(value, dict):
                out.append((_Obj(value, path), value))
            elif value is not None:
                rec.keep(path, value)
        return out

    def items(self, list_key: str, item_key: str, rec: LegacyRecord) -> list[tuple[Any, str]]:
        """The items of a ``XList: {X: [...]}`` wrapper with their paths."""
        wrapper = self.sub(list_key)
        values = wrapper.get(item_key)
        wrapper.rest(rec)
        if values is None:
            return []
        if not isinstance(values, list):
            values = [values]
        base = wrapper.at(item_key)
        return [(v, f"{base}[{i}]") for i, v in enumerate(values)]

    def strings(self, list_key: str, item_key: str, rec: LegacyRecord) -> list[str]:
        out = []
        for value, path in self.items(list_key, item_key, rec):
            if isinstance(value, (dict, list)):
                rec.keep(path, value)
            elif value is not None:
                out.append(str(value))
        return out

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def rest(self, rec: LegacyRecord) -> None:
        for key, value in self.obj.items():
            if key not in self.taken:
                rec.keep(self.at(key), value)


# ----------------------------------------------------------------- mapping

def v1_study_to_trial(study: Mapping[str, Any], *, source: str | None = None,
                      member: str | None = None, meta: dict[str, str] | None = None,
                      index: int | None = None) -> Trial:
    """One v1 ``Study`` object as a Trial."""
    rec = LegacyRecord()
    top = _Obj(study, "")
    p = top.sub(_P)
    proto = {
        "identificationModule": _identification(p.sub("IdentificationModule"), rec),
        "statusModule": _status(p.sub("StatusModule"), rec),
        "sponsorCollaboratorsModule": _sponsors(p.sub("SponsorCollaboratorsModule"), rec),
        "descriptionModule": _description(p.sub("DescriptionModule"), rec),
        "conditionsModule": _conditions(p.sub("ConditionsModule"), rec),
        "designModule": _design(p.sub("DesignModule"), rec),
        "armsInterventionsModule": _arms(p.sub("ArmsInterventionsModule"), rec),
        "outcomesModule": _outcomes(p.sub("OutcomesModule"), rec),
        "eligibilityModule": _eligibility(p.sub("EligibilityModule"), rec),
        "contactsLocationsModule": _contacts(p.sub("ContactsLocationsModule"), rec),
    }
    p.rest(rec)
    top.rest(rec)  # DerivedSection, ResultsSection, DocumentSection, ...
    version = None
    derived = study.get("DerivedSection")
    if isinstance(derived, dict):
        holder = (derived.get("MiscInfoModule") or {}).get("VersionHolder")
        if isinstance(holder, str):
            version = parse_date(holder) or holder
    trial = study_to_trial({"protocolSection": proto}, source=source, member=member,
                           meta=meta, index=index, format=NAME)
    return rec.apply(trial, version)


def _identification(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {"nctId": rec.nct_id(m.text("NCTId"), m.at("NCTId"))}
    org = m.sub("OrgStudyIdInfo")
    org_id = org.text("OrgStudyId")
    if org_id is not None:
        out["orgStudyIdInfo"] = {"id": org_id}
    org.rest(rec)
    ids = []
    for item, path in m.items("SecondaryIdInfoList", "SecondaryIdInfo", rec):
        s = _Obj(item, path)
        sid = s.text("SecondaryId")
        raw_type = s.text("SecondaryIdType")
        if sid and sid.strip():
            ids.append({"id": sid, "domain": s.text("SecondaryIdDomain"),
                        "type": secondary_id_type_for(raw_type) if raw_type else None})
            s.rest(rec)
        else:
            rec.keep(path, item)
    out["secondaryIdInfos"] = ids
    out["briefTitle"] = m.text("BriefTitle")
    out["officialTitle"] = m.text("OfficialTitle")
    out["acronym"] = m.text("Acronym")
    m.rest(rec)  # Organization (the submitting organisation) has no typed field, as in v2
    return out


_DATE_STRUCTS = (
    ("StartDateStruct", "StartDate", "startDateStruct", "start"),
    ("PrimaryCompletionDateStruct", "PrimaryCompletionDate", "primaryCompletionDateStruct",
     "primary_completion"),
    ("CompletionDateStruct", "CompletionDate", "completionDateStruct", "completion"),
    ("StudyFirstPostDateStruct", "StudyFirstPostDate", "studyFirstPostDateStruct",
     "first_posted"),
    ("LastUpdatePostDateStruct", "LastUpdatePostDate", "lastUpdatePostDateStruct",
     "last_update_posted"),
)
_PLAIN_DATES = (
    ("StudyFirstSubmitDate", "studyFirstSubmitDate", "first_submitted"),
    ("LastUpdateSubmitDate", "lastUpdateSubmitDate", "last_update_submitted"),
    ("StatusVerifiedDate", "statusVerifiedDate", "status_verified"),
)


def _status(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {
        "overallStatus": rec.code(Status, m.text("OverallStatus"), m.at("OverallStatus"),
                                  "overall_status"),
        "whyStopped": m.text("WhyStopped"),
    }
    for v1_key, v1_date, v2_key, field in _DATE_STRUCTS:
        if v1_key not in m.obj:
            continue
        s = m.sub(v1_key)
        iso = rec.date(s.text(v1_date), s.at(v1_date), f"dates.{field}")
        type_ = rec.code(DateType, s.text(f"{v1_date}Type"), s.at(f"{v1_date}Type"),
                         f"dates.{field}.type")
        s.rest(rec)
        if iso is not None:
            out[v2_key] = {"date": iso, "type": type_}
        elif type_ is not None:
            rec.keep(s.at(f"{v1_date}Type"), s.obj.get(f"{v1_date}Type"))
    for v1_key, v2_key, field in _PLAIN_DATES:
        iso = rec.date(m.text(v1_key), m.at(v1_key), f"dates.{field}")
        if iso is not None:
            out[v2_key] = iso
    m.rest(rec)
    return out


def _org(o: _Obj, name_key: str, class_key: str, rec: LegacyRecord) -> dict[str, Any] | None:
    name = o.text(name_key)
    cls = rec.code(AgencyClass, o.text(class_key), o.at(class_key), "sponsor.class")
    if not (name or "").strip():
        o.taken.discard(name_key)
        return None
    o.rest(rec)
    return {"name": name, "class": cls}


def _sponsors(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "LeadSponsor" in m.obj:
        lead = m.sub("LeadSponsor")
        out["leadSponsor"] = _org(lead, "LeadSponsorName", "LeadSponsorClass", rec)
        if out["leadSponsor"] is None:
            lead.rest(rec)
    collaborators = []
    for item, path in m.items("CollaboratorList", "Collaborator", rec):
        c = _Obj(item, path)
        org = _org(c, "CollaboratorName", "CollaboratorClass", rec)
        if org is None:
            rec.keep(path, item)
        else:
            collaborators.append(org)
    out["collaborators"] = collaborators
    m.rest(rec)  # ResponsibleParty
    return out


def _description(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out = {"briefSummary": m.text("BriefSummary"),
           "detailedDescription": m.text("DetailedDescription")}
    m.rest(rec)
    return out


def _conditions(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out = {"conditions": m.strings("ConditionList", "Condition", rec),
           "keywords": m.strings("KeywordList", "Keyword", rec)}
    m.rest(rec)
    return out


def _first_code(m: _Obj, list_key: str, item_key: str, cls: Any, field: str,
                rec: LegacyRecord) -> str | None:
    """v1 lists observational model and time perspective; v2 has one value of each."""
    code = None
    for value, path in m.items(list_key, item_key, rec):
        if code is None and isinstance(value, str):
            code = rec.code(cls, value, path, field)
        else:
            rec.keep(path, value)
    return code


def _design(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    study_type = m.text("StudyType")
    if study_type is not None:
        out["studyType"] = rec.code(StudyType, study_type, m.at("StudyType"), "study_type")
    phases: list[str] = []
    for value, path in m.items("PhaseList", "Phase", rec):
        codes = phases_for(str(value)) if isinstance(value, str) else None
        if codes is None:
            rec.warn("phases", "unknown phase", str(value))
            rec.keep(path, value)
        else:
            phases.extend(c for c in codes if c not in phases)
    out["phases"] = phases
    d = m.sub("DesignInfo")
    info: dict[str, Any] = {}
    for key, cls, v2_key, field in (
            ("DesignAllocation", Allocation, "allocation", "design.allocation"),
            ("DesignInterventionModel", InterventionModel, "interventionModel",
             "design.intervention_model"),
            ("DesignPrimaryPurpose", PrimaryPurpose, "primaryPurpose", "design.primary_purpose")):
        info[v2_key] = rec.code(cls, d.text(key), d.at(key), field)
    info["interventionModelDescription"] = d.text("DesignInterventionModelDescription")
    info["observationalModel"] = _first_code(d, "DesignObservationalModelList",
                                             "DesignObservationalModel", ObservationalModel,
                                             "design.observational_model", rec)
    info["timePerspective"] = _first_code(d, "DesignTimePerspectiveList",
                                          "DesignTimePerspective", TimePerspective,
                                          "design.time_perspective", rec)
    if "DesignMaskingInfo" in d.obj:
        mi = d.sub("DesignMaskingInfo")
        raw = mi.text("DesignMasking")
        level: str | None = None
        roles: list[str] = []
        if raw is not None:
            level, roles, messages = masking_for(raw)
            for message in messages:
                rec.warn("design.masking", message, raw)
            if level is None:
                rec.keep(mi.at("DesignMasking"), raw)
        listed = []
        for value, path in mi.items("DesignWhoMaskedList", "DesignWhoMasked", rec):
            if not isinstance(value, str):
                rec.keep(path, value)
                continue
            code = rec.code(WhoMasked, value, path, "design.who_masked")
            if code is not None and code not in listed:
                listed.append(code)
        info["maskingInfo"] = {"masking": level, "whoMasked": listed or roles}
        mi.rest(rec)  # DesignMaskingDescription
    d.rest(rec)
    out["designInfo"] = info
    if "EnrollmentInfo" in m.obj:
        e = m.sub("EnrollmentInfo")
        out["enrollmentInfo"] = {
            "count": rec.count(e.text("EnrollmentCount"), e.at("EnrollmentCount"),
                               "enrollment.count"),
            "type": rec.code(DateType, e.text("EnrollmentType"), e.at("EnrollmentType"),
                             "enrollment.type"),
        }
        e.rest(rec)
    m.rest(rec)  # PatientRegistry, TargetDuration, BioSpec, ExpandedAccessTypes
    return out


def _arms(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    arms = []
    for item, path in m.items("ArmGroupList", "ArmGroup", rec):
        a = _Obj(item, path)
        label = a.text("ArmGroupLabel")
        if not (label or "").strip():
            rec.keep(path, item)
            rec.warn("arms", "arm group without a label")
            continue
        arms.append({
            "label": label,
            "type": rec.code(ArmGroupType, a.text("ArmGroupType"), a.at("ArmGroupType"),
                             "arms.type"),
            "description": a.text("ArmGroupDescription"),
            "interventionNames": a.strings("ArmGroupInterventionList",
                                           "ArmGroupInterventionName", rec),
        })
        a.rest(rec)
    interventions = []
    for item, path in m.items("InterventionList", "Intervention", rec):
        iv = _Obj(item, path)
        name = iv.text("InterventionName")
        if not (name or "").strip():
            rec.keep(path, item)
            rec.warn("interventions", "intervention without a name")
            continue
        interventions.append({
            "name": name,
            "type": rec.code(InterventionType, iv.text("InterventionType"),
                             iv.at("InterventionType"), "interventions.type"),
            "description": iv.text("InterventionDescription"),
            "armGroupLabels": iv.strings("InterventionArmGroupLabelList",
                                         "InterventionArmGroupLabel", rec),
            "otherNames": iv.strings("InterventionOtherNameList", "InterventionOtherName", rec),
        })
        iv.rest(rec)
    m.rest(rec)
    return {"armGroups": arms, "interventions": interventions}


def _outcomes(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind, v2_key in (("Primary", "primaryOutcomes"), ("Secondary", "secondaryOutcomes"),
                         ("Other", "otherOutcomes")):
        prefix = f"{kind}Outcome"
        items = []
        for item, path in m.items(f"{prefix}List", prefix, rec):
            o = _Obj(item, path)
            measure = o.text(f"{prefix}Measure")
            if not (measure or "").strip():
                rec.keep(path, item)
                rec.warn("outcomes", f"{prefix} without a measure")
                continue
            items.append({"measure": measure, "timeFrame": o.text(f"{prefix}TimeFrame"),
                          "description": o.text(f"{prefix}Description")})
            o.rest(rec)
        out[v2_key] = items
    m.rest(rec)
    return out


def _eligibility(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    out: dict[str, Any] = {
        "eligibilityCriteria": m.text("EligibilityCriteria"),
        "sex": rec.code(Sex, m.text("Gender"), m.at("Gender"), "eligibility.sex"),
        "minimumAge": rec.age(m.text("MinimumAge"), m.at("MinimumAge"), "eligibility.minimum_age"),
        "maximumAge": rec.age(m.text("MaximumAge"), m.at("MaximumAge"), "eligibility.maximum_age"),
    }
    hv = m.text("HealthyVolunteers")
    if hv is not None:
        out["healthyVolunteers"] = healthy_volunteers_for(hv)
        if out["healthyVolunteers"] is None:
            rec.keep(m.at("HealthyVolunteers"), hv)
    ages = []
    for value, path in m.items("StdAgeList", "StdAge", rec):
        if not isinstance(value, str):
            rec.keep(path, value)
            continue
        code = rec.code(StdAge, value, path, "eligibility.std_ages")
        if code is not None:
            ages.append(code)
    out["stdAges"] = ages
    m.rest(rec)  # StudyPopulation, SamplingMethod, GenderBased, GenderDescription
    return out


def _person(o: _Obj, prefix: str, rec: LegacyRecord, role: str | None) -> dict[str, Any]:
    raw_role = o.text(f"{prefix}Role")
    if raw_role is not None:
        role = rec.code(PersonRole, raw_role, o.at(f"{prefix}Role"), "person.role")
    person = {"name": o.text(f"{prefix}Name"), "role": role,
              "affiliation": o.text(f"{prefix}Affiliation"), "phone": o.text(f"{prefix}Phone"),
              "email": o.text(f"{prefix}EMail")}
    o.rest(rec)  # PhoneExt
    return person


def _contacts(m: _Obj, rec: LegacyRecord) -> dict[str, Any]:
    contacts = [_person(o, "CentralContact", rec, "CONTACT")
                for o, _ in m.structs("CentralContactList", "CentralContact", rec)]
    officials = [_person(o, "OverallOfficial", rec, None)
                 for o, _ in m.structs("OverallOfficialList", "OverallOfficial", rec)]
    locations = []
    for loc, _ in m.structs("LocationList", "Location", rec):
        status = loc.text("LocationStatus")
        locations.append({
            "facility": loc.text("LocationFacility"),
            "city": loc.text("LocationCity"),
            "state": loc.text("LocationState"),
            "zip": loc.text("LocationZip"),
            "country": loc.text("LocationCountry"),
            "status": (code_for(Status, status) or status) if status is not None else None,
            "contacts": [_person(c, "LocationContact", rec, "CONTACT")
                         for c, _ in loc.structs("LocationContactList", "LocationContact", rec)],
        })
        loc.rest(rec)
    m.rest(rec)
    return {"centralContacts": contacts, "overallOfficials": officials, "locations": locations}


ADAPTER = Adapter(
    name=NAME,
    description="ClinicalTrials.gov API v1 JSON (FullStudiesResponse pages, bare Study objects)",
    detect=detect,
    parse=parse,
    extensions=(".json",),
)
