"""The normalized trial record: the pydantic schema of SHARED/SCHEMA.md (schema_version 1).

Field names and enum values are the public contract. Enum values are the
ClinicalTrials.gov API v2 codes; every adapter maps its own spellings onto them.
Unknown is ``None`` (scalars) or ``[]`` (lists), never "" or a sentinel.

Models are plain pydantic v2 models. Adapters build a dict and validate it once
(``Trial.model_validate``); the free-text readers then fill the derived parts
(doses, criteria, time points) by assignment, which pydantic does not re-validate.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

__all__ = [
    "SCHEMA_VERSION",
    "Age",
    "AgeUnit",
    "AgencyClass",
    "Allocation",
    "Arm",
    "ArmGroupType",
    "Comparator",
    "Criterion",
    "DateStruct",
    "DateType",
    "Dates",
    "Design",
    "Dose",
    "Eligibility",
    "Enrollment",
    "EnrollmentType",
    "Intervention",
    "InterventionModel",
    "InterventionType",
    "Location",
    "Masking",
    "ObservationalModel",
    "Organization",
    "Outcome",
    "Outcomes",
    "ParseWarning",
    "Person",
    "PersonRole",
    "Phase",
    "PrimaryPurpose",
    "SecondaryId",
    "Sex",
    "Source",
    "Status",
    "StdAge",
    "StudyType",
    "Threshold",
    "TimePerspective",
    "Trial",
    "WhoMasked",
]


class Status(StrEnum):
    ACTIVE_NOT_RECRUITING = "ACTIVE_NOT_RECRUITING"
    COMPLETED = "COMPLETED"
    ENROLLING_BY_INVITATION = "ENROLLING_BY_INVITATION"
    NOT_YET_RECRUITING = "NOT_YET_RECRUITING"
    RECRUITING = "RECRUITING"
    SUSPENDED = "SUSPENDED"
    TERMINATED = "TERMINATED"
    WITHDRAWN = "WITHDRAWN"
    AVAILABLE = "AVAILABLE"
    NO_LONGER_AVAILABLE = "NO_LONGER_AVAILABLE"
    TEMPORARILY_NOT_AVAILABLE = "TEMPORARILY_NOT_AVAILABLE"
    APPROVED_FOR_MARKETING = "APPROVED_FOR_MARKETING"
    WITHHELD = "WITHHELD"
    UNKNOWN = "UNKNOWN"


class Phase(StrEnum):
    NA = "NA"
    EARLY_PHASE1 = "EARLY_PHASE1"
    PHASE1 = "PHASE1"
    PHASE2 = "PHASE2"
    PHASE3 = "PHASE3"
    PHASE4 = "PHASE4"


class StudyType(StrEnum):
    INTERVENTIONAL = "INTERVENTIONAL"
    OBSERVATIONAL = "OBSERVATIONAL"
    EXPANDED_ACCESS = "EXPANDED_ACCESS"


class Sex(StrEnum):
    ALL = "ALL"
    FEMALE = "FEMALE"
    MALE = "MALE"


class StdAge(StrEnum):
    CHILD = "CHILD"
    ADULT = "ADULT"
    OLDER_ADULT = "OLDER_ADULT"


class DateType(StrEnum):
    ACTUAL = "ACTUAL"
    ESTIMATED = "ESTIMATED"


EnrollmentType = DateType


class AgencyClass(StrEnum):
    NIH = "NIH"
    FED = "FED"
    OTHER_GOV = "OTHER_GOV"
    INDIV = "INDIV"
    INDUSTRY = "INDUSTRY"
    NETWORK = "NETWORK"
    AMBIG = "AMBIG"
    OTHER = "OTHER"
    UNKNOWN = "UNKNOWN"


class ArmGroupType(StrEnum):
    EXPERIMENTAL = "EXPERIMENTAL"
    ACTIVE_COMPARATOR = "ACTIVE_COMPARATOR"
    PLACEBO_COMPARATOR = "PLACEBO_COMPARATOR"
    SHAM_COMPARATOR = "SHAM_COMPARATOR"
    NO_INTERVENTION = "NO_INTERVENTION"
    OTHER = "OTHER"


class InterventionType(StrEnum):
    BEHAVIORAL = "BEHAVIORAL"
    BIOLOGICAL = "BIOLOGICAL"
    COMBINATION_PRODUCT = "COMBINATION_PRODUCT"
    DEVICE = "DEVICE"
    DIAGNOSTIC_TEST = "DIAGNOSTIC_TEST"
    DIETARY_SUPPLEMENT = "DIETARY_SUPPLEMENT"
    DRUG = "DRUG"
    GENETIC = "GENETIC"
    PROCEDURE = "PROCEDURE"
    RADIATION = "RADIATION"
    OTHER = "OTHER"


class Allocation(StrEnum):
    RANDOMIZED = "RANDOMIZED"
    NON_RANDOMIZED = "NON_RANDOMIZED"
    NA = "NA"


class InterventionModel(StrEnum):
    SINGLE_GROUP = "SINGLE_GROUP"
    PARALLEL = "PARALLEL"
    CROSSOVER = "CROSSOVER"
    FACTORIAL = "FACTORIAL"
    SEQUENTIAL = "SEQUENTIAL"


class PrimaryPurpose(StrEnum):
    TREATMENT = "TREATMENT"
    PREVENTION = "PREVENTION"
    DIAGNOSTIC = "DIAGNOSTIC"
    ECT = "ECT"
    SUPPORTIVE_CARE = "SUPPORTIVE_CARE"
    SCREENING = "SCREENING"
    HEALTH_SERVICES_RESEARCH = "HEALTH_SERVICES_RESEARCH"
    BASIC_SCIENCE = "BASIC_SCIENCE"
    DEVICE_FEASIBILITY = "DEVICE_FEASIBILITY"
    OTHER = "OTHER"


class Masking(StrEnum):
    NONE = "NONE"
    SINGLE = "SINGLE"
    DOUBLE = "DOUBLE"
    TRIPLE = "TRIPLE"
    QUADRUPLE = "QUADRUPLE"


class WhoMasked(StrEnum):
    PARTICIPANT = "PARTICIPANT"
    CARE_PROVIDER = "CARE_PROVIDER"
    INVESTIGATOR = "INVESTIGATOR"
    OUTCOMES_ASSESSOR = "OUTCOMES_ASSESSOR"


class ObservationalModel(StrEnum):
    COHORT = "COHORT"
    CASE_CONTROL = "CASE_CONTROL"
    CASE_ONLY = "CASE_ONLY"
    CASE_CROSSOVER = "CASE_CROSSOVER"
    ECOLOGIC_OR_COMMUNITY = "ECOLOGIC_OR_COMMUNITY"
    FAMILY_BASED = "FAMILY_BASED"
    DEFINED_POPULATION = "DEFINED_POPULATION"
    NATURAL_HISTORY = "NATURAL_HISTORY"
    OTHER = "OTHER"


class TimePerspective(StrEnum):
    RETROSPECTIVE = "RETROSPECTIVE"
    PROSPECTIVE = "PROSPECTIVE"
    CROSS_SECTIONAL = "CROSS_SECTIONAL"
    OTHER = "OTHER"


class AgeUnit(StrEnum):
    YEARS = "YEARS"
    MONTHS = "MONTHS"
    WEEKS = "WEEKS"
    DAYS = "DAYS"
    HOURS = "HOURS"
    MINUTES = "MINUTES"


class PersonRole(StrEnum):
    STUDY_CHAIR = "STUDY_CHAIR"
    STUDY_DIRECTOR = "STUDY_DIRECTOR"
    PRINCIPAL_INVESTIGATOR = "PRINCIPAL_INVESTIGATOR"
    SUB_INVESTIGATOR = "SUB_INVESTIGATOR"
    CONTACT = "CONTACT"


Comparator = Literal["<", "<=", ">", ">=", "="]


class _Model(BaseModel):
    # Plain assignment (no re-validation) keeps the readers' fill-in step cheap.
    model_config = ConfigDict(extra="forbid", validate_assignment=False, use_enum_values=False)


# ---------------------------------------------------------------- small parts

class DateStruct(_Model):
    date: str = Field(description='ISO date at the precision the source gives: "2026", "2026-02", "2026-02-13"')
    type: DateType | None = None


class Dates(_Model):
    start: DateStruct | None = None
    primary_completion: DateStruct | None = None
    completion: DateStruct | None = None
    first_submitted: DateStruct | None = None
    first_posted: DateStruct | None = None
    last_update_submitted: DateStruct | None = None
    last_update_posted: DateStruct | None = None
    status_verified: DateStruct | None = None


class Design(_Model):
    allocation: Allocation | None = None
    intervention_model: InterventionModel | None = None
    intervention_model_description: str | None = None
    primary_purpose: PrimaryPurpose | None = None
    masking: Masking | None = None
    who_masked: list[WhoMasked] = Field(default_factory=list)
    observational_model: ObservationalModel | None = None
    time_perspective: TimePerspective | None = None


class Enrollment(_Model):
    count: int | None = None
    type: DateType | None = None


class SecondaryId(_Model):
    id: str
    type: str | None = None
    domain: str | None = None


class Age(_Model):
    value: float
    unit: AgeUnit
    years: float


class Threshold(_Model):
    analyte: str
    comparator: Comparator
    value: float
    unit: str | None = None
    text: str


class Criterion(_Model):
    text: str
    children: list[Criterion] = Field(default_factory=list)
    thresholds: list[Threshold] = Field(default_factory=list)


class Eligibility(_Model):
    sex: Sex | None = None
    minimum_age: Age | None = None
    maximum_age: Age | None = None
    healthy_volunteers: bool | None = None
    std_ages: list[StdAge] = Field(default_factory=list)
    inclusion: list[Criterion] = Field(default_factory=list)
    exclusion: list[Criterion] = Field(default_factory=list)
    criteria_text: str | None = None


class Dose(_Model):
    text: str
    agent: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str
    level: str | None = None
    schedule: str | None = None
    days: list[int] = Field(default_factory=list)
    # share of the total given on each of `days` when one total is split ([0.5, 0.5])
    fractions: list[float] = Field(default_factory=list)


class Arm(_Model):
    label: str
    type: ArmGroupType | None = None
    description: str | None = None
    intervention_names: list[str] = Field(default_factory=list)
    doses: list[Dose] = Field(default_factory=list)


class Intervention(_Model):
    name: str
    type: InterventionType | None = None
    description: str | None = None
    arm_labels: list[str] = Field(default_factory=list)
    other_names: list[str] = Field(default_factory=list)
    doses: list[Dose] = Field(default_factory=list)


class Outcome(_Model):
    measure: str
    time_frame: str | None = None
    description: str | None = None
    time_points_days: list[float] = Field(default_factory=list)
    horizon_days: float | None = None


class Outcomes(_Model):
    primary: list[Outcome] = Field(default_factory=list)
    secondary: list[Outcome] = Field(default_factory=list)
    other: list[Outcome] = Field(default_factory=list)


class Organization(_Model):
    name: str
    class_: AgencyClass | None = Field(default=None, alias="class")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)


class Person(_Model):
    name: str | None = None
    role: PersonRole | None = None
    affiliation: str | None = None
    phone: str | None = None
    email: str | None = None


class Location(_Model):
    facility: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    status: str | None = None
    contacts: list[Person] = Field(default_factory=list)


class Source(_Model):
    format: str
    path: str | None = None
    url: str | None = None
    parser_version: str
    record_version: str | None = Field(
        default=None, description="the source's own version: versionHolder, last update date, history version")
    member: str | None = Field(default=None, description="the archive member the record came from")
    meta: dict[str, str] = Field(
        default_factory=dict, description="dated facts of the page that held the record (a wrapper's header)")


class ParseWarning(_Model):
    field: str
    message: str
    text: str | None = None


# ---------------------------------------------------------------- the record

class Trial(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    nct_id: str | None = Field(default=None, pattern=r"^NCT\d{8}$")
    org_study_id: str | None = None
    secondary_ids: list[SecondaryId] = Field(default_factory=list)
    brief_title: str | None = None
    official_title: str | None = None
    acronym: str | None = None
    brief_summary: str | None = None
    detailed_description: str | None = None
    overall_status: Status | None = None
    why_stopped: str | None = None
    phases: list[Phase] = Field(default_factory=list)
    study_type: StudyType | None = None
    design: Design = Field(default_factory=Design)
    enrollment: Enrollment = Field(default_factory=Enrollment)
    dates: Dates = Field(default_factory=Dates)
    conditions: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    arms: list[Arm] = Field(default_factory=list)
    interventions: list[Intervention] = Field(default_factory=list)
    eligibility: Eligibility = Field(default_factory=Eligibility)
    outcomes: Outcomes = Field(default_factory=Outcomes)
    sponsor: Organization | None = None
    collaborators: list[Organization] = Field(default_factory=list)
    officials: list[Person] = Field(default_factory=list)
    contacts: list[Person] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    related_nct_ids: list[str] = Field(default_factory=list)
    source: Source
    extras: dict[str, Any] = Field(default_factory=dict)
    warnings: list[ParseWarning] = Field(default_factory=list)

    def warn(self, field: str, message: str, text: str | None = None) -> None:
        """Record something ambiguous or unreadable about ``field``."""
        self.warnings.append(ParseWarning(field=field, message=message, text=text))

    def to_json(self, *, pretty: bool = False) -> str:
        """The record as the public JSON document (what ``trialnorm parse`` prints)."""
        return self.model_dump_json(indent=2 if pretty else None, by_alias=True)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready Python data (enums as their codes)."""
        return self.model_dump(mode="json", by_alias=True)
