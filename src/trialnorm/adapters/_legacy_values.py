"""Legacy ClinicalTrials.gov spellings (XML, API v1) and their API v2 codes, shared by both adapters.

The old formats write values as display text ("Phase 1/Phase 2", "Active, not
recruiting", "Anticipated", "Both", "U.S. Fed", "Double Blind (Subject, Investigator)").
Most map onto a v2 code once case and punctuation are ignored ("Case-Control" is
CASE_CONTROL), so each table is built from the enum itself plus the few aliases
that differ in words. ``LegacyRecord`` collects what an adapter could not type:
an unknown value goes to ``extras`` under its source path with a warning, never
silently away.

The legacy adapters translate their input into an API v2 study object and let
``ctgov_v2.study_to_trial`` build the record, so that every format is cleaned and
validated by the same code; values are checked here first, so that whatever the
v2 mapping would have to drop is already in ``extras`` under the legacy path.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Any

from trialnorm.extract.ages import parse_age
from trialnorm.extract.dates import parse_date
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

__all__ = [
    "CODE_TABLES",
    "NCT_ID",
    "NULL_WORDS",
    "LegacyRecord",
    "code_for",
    "healthy_volunteers_for",
    "masking_for",
    "parse_design_text",
    "phases_for",
    "secondary_id_type_for",
    "value_key",
]

NCT_ID = re.compile(r"NCT\d{8}")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

#: Words the legacy formats write for "no value"; they become null, not a code.
NULL_WORDS = frozenset({"n a", "na", "none", ""})


def value_key(text: str) -> str:
    """Case, punctuation and spacing ignored: "Non-Randomized" and "NON_RANDOMIZED" agree."""
    return _NON_ALNUM.sub(" ", text.lower()).strip()


def _table(cls: type[StrEnum], **aliases: str) -> dict[str, str]:
    table = {value_key(m.value): m.value for m in cls}
    for alias, code in aliases.items():
        table[value_key(alias.replace("_", " "))] = code
    return table


# Aliases are written as keyword names: underscores stand for spaces.
CODE_TABLES: dict[type[StrEnum], dict[str, str]] = {
    Status: _table(Status, unknown_status="UNKNOWN"),
    StudyType: _table(StudyType, observational_patient_registry="OBSERVATIONAL",
                      patient_registry="OBSERVATIONAL"),
    Sex: _table(Sex, both="ALL"),
    DateType: _table(DateType, anticipated="ESTIMATED", estimate="ESTIMATED",
                     expected="ESTIMATED"),
    AgencyClass: _table(AgencyClass, u_s_fed="FED", us_fed="FED", other_gov="OTHER_GOV",
                        individual="INDIV", ambiguous="AMBIG"),
    ArmGroupType: _table(ArmGroupType),
    InterventionType: _table(InterventionType, procedure_surgery="PROCEDURE",
                             biological_vaccine="BIOLOGICAL", gene_transfer="GENETIC"),
    Allocation: _table(Allocation, n_a="NA", non_randomised="NON_RANDOMIZED",
                       randomised="RANDOMIZED"),
    InterventionModel: _table(InterventionModel, single_group_assignment="SINGLE_GROUP",
                              parallel_assignment="PARALLEL", crossover_assignment="CROSSOVER",
                              factorial_assignment="FACTORIAL",
                              sequential_assignment="SEQUENTIAL"),
    PrimaryPurpose: _table(PrimaryPurpose, educational_counseling_training="ECT"),
    ObservationalModel: _table(ObservationalModel, ecologic_community="ECOLOGIC_OR_COMMUNITY"),
    TimePerspective: _table(TimePerspective),
    PersonRole: _table(PersonRole),
    StdAge: _table(StdAge, senior="OLDER_ADULT"),  # classic pages before 2017: "(Adult, Senior)"
    WhoMasked: _table(WhoMasked, subject="PARTICIPANT", caregiver="CARE_PROVIDER"),
    Masking: _table(Masking, open_label="NONE", no_masking="NONE", none_open_label="NONE",
                    single_blind="SINGLE", double_blind="DOUBLE", triple_blind="TRIPLE",
                    quadruple_blind="QUADRUPLE"),
}

_PHASES = _table(Phase, phase_0="EARLY_PHASE1", early_phase_1="EARLY_PHASE1",
                 phase_1="PHASE1", phase_2="PHASE2", phase_3="PHASE3", phase_4="PHASE4",
                 n_a="NA", not_applicable="NA")

_SECONDARY_ID_TYPES = {
    "registry identifier": "REGISTRY", "other identifier": "OTHER",
    "eudract number": "EUDRACT_NUMBER", "other grant funding number": "OTHER_GRANT",
    "u s nih grant contract": "NIH", "u s fda grant contract": "FDA",
    "u s va grant contract": "VA", "u s cdc grant contract": "CDC",
    "u s ahrq grant contract": "AHRQ", "u s samhsa grant contract": "SAMHSA",
    "ctis": "CTIS", "ctis eu ct number": "CTIS",
}
_SECONDARY_ID_CODES = frozenset({"NIH", "FDA", "VA", "CDC", "AHRQ", "SAMHSA", "OTHER_GRANT",
                                 "EUDRACT_NUMBER", "CTIS", "REGISTRY", "OTHER"})


@lru_cache(maxsize=8192)
def code_for(cls: type[StrEnum], text: str) -> str | None:
    """The v2 code of a legacy (or v2) spelling, or None when it is not one.

    Cached: a registry's coded fields use a few hundred spellings in all.
    """
    return CODE_TABLES[cls].get(value_key(text))


def phases_for(text: str) -> list[str] | None:
    """ "Phase 1/Phase 2" -> ["PHASE1", "PHASE2"]; "N/A" -> ["NA"]; None when unreadable."""
    key = value_key(text)
    whole = _PHASES.get(key)
    if whole is not None:
        return [whole]
    codes = []
    for part in text.split("/"):
        code = _PHASES.get(value_key(part))
        if code is None:
            return None
        codes.append(code)
    return codes


def secondary_id_type_for(text: str) -> str:
    """The v2 SecondaryIdType code of a legacy type, or the text as written."""
    if text in _SECONDARY_ID_CODES:
        return text
    return _SECONDARY_ID_TYPES.get(value_key(text), text)


def healthy_volunteers_for(text: str) -> bool | None:
    key = value_key(text)
    if key in ("accepts healthy volunteers", "yes", "true"):
        return True
    if key in ("no", "false", "does not accept healthy volunteers"):
        return False
    return None


_MASKING_WITH_ROLES = re.compile(r"^\s*([A-Za-z ]*?)\s*\(([^)]*)\)\s*$")
_LEVEL_BY_COUNT = ("SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE")


def masking_for(text: str) -> tuple[str | None, list[str], list[str]]:
    """Masking level, who is masked and warnings, from every legacy spelling.

    "Double (Participant, Investigator)" (2017-), "Double Blind (Subject, Investigator)"
    (-2017), "Participant, Care Provider" (2017 transition), "Open Label",
    "None (Open Label)", "No masking". ClinicalTrials.gov's 2017 migration set the
    level from the number of masked roles (an old "Double Blind" with four roles
    became "Quadruple"), so where an old "... Blind" word and the roles disagree,
    the roles win and a warning says so.
    """
    warnings: list[str] = []
    word = text.strip()
    roles_text = ""
    m = _MASKING_WITH_ROLES.match(text)
    if m:
        word, roles_text = m.group(1), m.group(2)
    level = code_for(Masking, word) if word else None
    if level is None and not m and word:
        # The 2017 transition wrote only the roles: "Participant, Investigator".
        roles_text, word = word, ""
    if level == "NONE" or code_for(Masking, roles_text) == "NONE":
        return "NONE", [], warnings
    roles: list[str] = []
    for part in roles_text.split(","):
        if not part.strip():
            continue
        role = code_for(WhoMasked, part)
        if role is None:
            warnings.append(f"unknown masked role {part.strip()!r}")
        elif role not in roles:
            roles.append(role)
    if roles:
        by_count = _LEVEL_BY_COUNT[min(len(roles), 4) - 1]
        if level is None:
            if word:
                warnings.append(f"unknown masking level {word!r}; read from the masked roles")
            level = by_count
        elif level != by_count and "blind" in value_key(word):
            warnings.append(f"legacy {text.strip()!r} names {len(roles)} masked roles: read as "
                            f"{by_count}, as ClinicalTrials.gov's 2017 migration did")
            level = by_count
    elif level is None:
        warnings.append("unknown masking")
    return level, roles, warnings


_DESIGN_LABEL = re.compile(
    r"(Allocation|Endpoint Classification|Intervention Model|Masking|Primary Purpose|"
    r"Observational Model|Time Perspective)\s*:\s*")


def parse_design_text(text: str) -> dict[str, str]:
    """The labelled parts of a pre-2017 ``<study_design>`` line.

    "Allocation: Randomized, Endpoint Classification: Safety/Efficacy Study, Masking:
    Double Blind (Subject, Investigator), Primary Purpose: Treatment" gives
    {"Allocation": "Randomized", ...}; commas inside a part (the masking roles) stay.
    """
    parts = _DESIGN_LABEL.split(text)
    out: dict[str, str] = {}
    for i in range(1, len(parts) - 1, 2):
        out[parts[i]] = parts[i + 1].strip().rstrip(",").strip()
    return out


class LegacyRecord:
    """What an adapter keeps beside the v2 study it builds: extras and warnings.

    Every check here either returns a value the v2 mapping will accept or keeps
    the raw value in ``extras`` under its source path (and warns).
    """

    __slots__ = ("extras", "warnings")

    def __init__(self) -> None:
        self.extras: dict[str, Any] = {}
        self.warnings: list[tuple[str, str, str | None]] = []

    def warn(self, field: str, message: str, text: str | None = None) -> None:
        self.warnings.append((field, message, text))

    def apply(self, trial: Trial, record_version: str | None) -> Trial:
        """Merge what the legacy reading kept into the record the v2 mapping built."""
        if self.extras:
            trial.extras = {**self.extras, **trial.extras} if trial.extras else self.extras
        for field, message, text in self.warnings:
            trial.warn(field, message, text)
        if record_version is not None:
            trial.source.record_version = record_version
        return trial

    def keep(self, path: str, value: Any) -> None:
        self.extras[path] = value

    def code(self, cls: type[StrEnum], raw: str | None, path: str, field: str) -> str | None:
        if raw is None:
            return None
        code = code_for(cls, raw)
        if code is None:
            if value_key(raw) not in NULL_WORDS:
                self.warn(field, f"unknown {cls.__name__} value", raw)
            self.keep(path, raw)
        return code

    def date(self, raw: str | None, path: str, field: str) -> str | None:
        if raw is None or not raw.strip():
            return None
        iso = parse_date(raw)
        if iso is None:
            self.warn(field, "unreadable date", raw)
            self.keep(path, raw)
        return iso

    def age(self, raw: str | None, path: str, field: str) -> str | None:
        if raw is None:
            return None
        if value_key(raw) in NULL_WORDS:
            return None
        if parse_age(raw) is None:
            self.warn(field, "unreadable age", raw)
            self.keep(path, raw)
            return None
        return raw

    def count(self, raw: str | None, path: str, field: str) -> int | None:
        if raw is None or not raw.strip():
            return None
        try:
            return int(raw.strip().replace(",", ""))
        except ValueError:
            self.warn(field, "not a whole number", raw)
            self.keep(path, raw)
            return None

    def nct_id(self, raw: str | None, path: str) -> str | None:
        if raw is None:
            return None
        nct = raw.strip().upper()
        if not NCT_ID.fullmatch(nct):
            self.warn("nct_id", "not an NCT ID", raw)
            self.keep(path, raw)
            return None
        return nct
