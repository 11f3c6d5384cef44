"""The step every parsed record goes through after its adapter: the derived parts.

Adapters map what the source says; this step reads what the free text says, the
same way for every format:

- arms and interventions linked both ways (an arm naming "Drug: X" and X's arm labels);
- standard age groups derived from the ages when the source gives none;
- doses read from every arm and intervention description (``extract.doses``);
- eligibility criteria split into a tree with thresholds (``extract.eligibility``);
- outcome time frames as time points and a horizon in days (``extract.timeframes``).

A reader never raises; what it cannot read becomes a warning on the record.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from trialnorm.extract import doses as dose_reader
from trialnorm.extract import eligibility as eligibility_reader
from trialnorm.extract import timeframes as timeframe_reader
from trialnorm.extract.ages import std_ages_for
from trialnorm.model import Arm, Intervention, InterventionType, Trial

__all__ = ["dose_names", "enrich"]


def enrich(trial: Trial) -> Trial:
    """Fill the derived fields of ``trial`` in place (and return it)."""
    _link_arms_and_interventions(trial)
    _fill_eligibility(trial)
    _fill_doses(trial)
    _fill_time_frames(trial)
    return trial


def _fill(model: BaseModel, name: str, value: Any) -> None:
    """``model.name = value`` as pydantic does it for a model without assignment validation,
    minus its per-call dispatch in Python (this runs ~20 times per record)."""
    model.__dict__[name] = value
    model.__pydantic_fields_set__.add(name)


def _intervention_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _add_name_keys(keys: set[str], name: str) -> None:
    """The keys an arm's intervention name matches: "Drug: X" matches "drug: x" and "x"."""
    keys.add(_intervention_key(name))
    if ":" in name:
        keys.add(_intervention_key(name.split(":", 1)[1]))


# API v2 and the legacy formats name an arm's interventions "Drug: X".
_TYPE_WORDS = {t: t.value.replace("_", " ") for t in InterventionType}
_TYPE_PREFIXES = {t: t.value.replace("_", " ").title() + ": " for t in InterventionType}


def _link_arms_and_interventions(trial: Trial) -> None:
    arms, interventions = trial.arms, trial.interventions
    if not arms or not interventions:
        return
    by_name: dict[str, Intervention] = {}
    for iv in interventions:
        by_name[_intervention_key(iv.name)] = iv
        if iv.type is not None:
            by_name[_intervention_key(f"{_TYPE_WORDS[iv.type]}: {iv.name}")] = iv
    for arm in arms:
        for ref in arm.intervention_names:
            named = by_name.get(_intervention_key(ref))
            if named is None and ":" in ref:
                named = by_name.get(_intervention_key(ref.split(":", 1)[1]))
            if named is not None and arm.label not in named.arm_labels:
                named.arm_labels.append(arm.label)
    arms_by_label = {arm.label: arm for arm in arms}
    names_by_label: dict[str, set[str]] = {}  # keys of each arm's names, kept up to date
    for iv in interventions:
        iv_key = None
        for label in iv.arm_labels:
            labelled = arms_by_label.get(label)
            if labelled is None:
                continue
            names = names_by_label.get(label)
            if names is None:
                names = names_by_label[label] = set()
                for name in labelled.intervention_names:
                    _add_name_keys(names, name)
            if iv_key is None:
                iv_key = _intervention_key(iv.name)
            if iv_key not in names:
                name = (_TYPE_PREFIXES[iv.type] if iv.type else "") + iv.name
                labelled.intervention_names.append(name)
                _add_name_keys(names, name)


def _fill_eligibility(trial: Trial) -> None:
    el = trial.eligibility
    text = el.criteria_text
    reading = None
    if text and not el.inclusion and not el.exclusion:
        reading = eligibility_reader.parse_criteria(text)
        _fill(el, "inclusion", reading.inclusion)
        _fill(el, "exclusion", reading.exclusion)
        for message in reading.warnings:
            trial.warn("eligibility.criteria", message)
    if text and el.minimum_age is None and el.maximum_age is None:
        low, high = eligibility_reader.ages_from_text(text, reading)  # not read twice
        if low is not None or high is not None:
            _fill(el, "minimum_age", low)
            _fill(el, "maximum_age", high)
            trial.warn("eligibility.minimum_age", "ages read from the criteria text")
    if not el.std_ages and (el.minimum_age is not None or el.maximum_age is not None):
        _fill(el, "std_ages", std_ages_for(el.minimum_age, el.maximum_age))


def _arm_agent(arm: Arm) -> str | None:
    """An arm with one intervention doses that intervention when its text names no agent."""
    if len(arm.intervention_names) == 1:
        return arm.intervention_names[0].split(":", 1)[-1].strip() or None
    return None


def dose_names(trial: Trial) -> tuple[str, ...]:
    """The names a record gives its interventions, for the dose reader to say who gets a dose:
    every intervention's name and other names, then arms' names of interventions the record
    does not list ("Drug: X" without its type), each once, in the record's order."""
    names: dict[str, None] = {}
    for iv in trial.interventions:
        names[iv.name] = None
        for other in iv.other_names:
            names[other] = None
    for arm in trial.arms:
        for ref in arm.intervention_names:
            name = ref.split(":", 1)[1].strip() if ":" in ref else ref
            if name:
                names.setdefault(name, None)
    return tuple(names)


def _fill_doses(trial: Trial) -> None:
    names: tuple[str, ...] | None = None
    for i, arm in enumerate(trial.arms):
        if arm.description and not arm.doses:
            if names is None:
                names = dose_names(trial)
            doses, messages = dose_reader.parse_doses(arm.description, agent=_arm_agent(arm), names=names)
            _fill(arm, "doses", doses)
            for message in messages:
                trial.warn(f"arms[{i}].doses", message, arm.description[:200])
    for i, iv in enumerate(trial.interventions):
        if iv.description and not iv.doses:
            if names is None:
                names = dose_names(trial)
            doses, messages = dose_reader.parse_doses(iv.description, agent=iv.name, names=names)
            _fill(iv, "doses", doses)
            for message in messages:
                trial.warn(f"interventions[{i}].doses", message, iv.description[:200])


def _fill_time_frames(trial: Trial) -> None:
    outcomes = trial.outcomes
    for group, items in (("primary", outcomes.primary), ("secondary", outcomes.secondary),
                         ("other", outcomes.other)):
        for i, outcome in enumerate(items):
            if not outcome.time_frame or outcome.time_points_days or outcome.horizon_days:
                continue
            reading = timeframe_reader.parse_time_frame(outcome.time_frame)
            _fill(outcome, "time_points_days", reading.points)
            _fill(outcome, "horizon_days", reading.horizon)
            if reading.warning:
                trial.warn(f"outcomes.{group}[{i}].time_frame", reading.warning,
                           outcome.time_frame)
