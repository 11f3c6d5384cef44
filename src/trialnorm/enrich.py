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

from trialnorm.extract import doses as dose_reader
from trialnorm.extract import eligibility as eligibility_reader
from trialnorm.extract import timeframes as timeframe_reader
from trialnorm.extract.ages import std_ages_for
from trialnorm.model import Trial

__all__ = ["enrich"]


def enrich(trial: Trial) -> Trial:
    """Fill the derived fields of ``trial`` in place (and return it)."""
    _link_arms_and_interventions(trial)
    _fill_eligibility(trial)
    _fill_doses(trial)
    _fill_time_frames(trial)
    return trial


def _intervention_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _link_arms_and_interventions(trial: Trial) -> None:
    if not trial.arms or not trial.interventions:
        return
    by_name = {}
    for iv in trial.interventions:
        by_name[_intervention_key(iv.name)] = iv
        if iv.type is not None:
            # API v2 and the legacy formats name an arm's interventions "Drug: X".
            by_name[_intervention_key(f"{iv.type.value.replace('_', ' ')}: {iv.name}")] = iv
    arm_labels = {arm.label for arm in trial.arms}
    for arm in trial.arms:
        for ref in arm.intervention_names:
            iv = by_name.get(_intervention_key(ref))
            if iv is None and ":" in ref:
                iv = by_name.get(_intervention_key(ref.split(":", 1)[1]))
            if iv is not None and arm.label not in iv.arm_labels:
                iv.arm_labels.append(arm.label)
    arms_by_label = {arm.label: arm for arm in trial.arms}
    for iv in trial.interventions:
        for label in iv.arm_labels:
            arm = arms_by_label.get(label)
            if arm is None or label not in arm_labels:
                continue
            names = {_intervention_key(n) for n in arm.intervention_names}
            names |= {_intervention_key(n.split(":", 1)[1]) for n in arm.intervention_names
                      if ":" in n}
            if _intervention_key(iv.name) not in names:
                prefix = iv.type.value.replace("_", " ").title() + ": " if iv.type else ""
                arm.intervention_names.append(prefix + iv.name)


def _fill_eligibility(trial: Trial) -> None:
    el = trial.eligibility
    text = el.criteria_text
    if text and not el.inclusion and not el.exclusion:
        reading = eligibility_reader.parse_criteria(text)
        el.inclusion = reading.inclusion
        el.exclusion = reading.exclusion
        for message in reading.warnings:
            trial.warn("eligibility.criteria", message)
    if text and el.minimum_age is None and el.maximum_age is None:
        low, high = eligibility_reader.ages_from_text(text)
        if low is not None or high is not None:
            el.minimum_age, el.maximum_age = low, high
            trial.warn("eligibility.minimum_age", "ages read from the criteria text")
    if not el.std_ages and (el.minimum_age is not None or el.maximum_age is not None):
        el.std_ages = std_ages_for(el.minimum_age, el.maximum_age)


def _fill_doses(trial: Trial) -> None:
    for i, arm in enumerate(trial.arms):
        if arm.description and not arm.doses:
            # An arm with one intervention doses that intervention when its text names no agent.
            agent = None
            if len(arm.intervention_names) == 1:
                agent = arm.intervention_names[0].split(":", 1)[-1].strip() or None
            arm.doses, messages = dose_reader.parse_doses(arm.description, agent=agent)
            for message in messages:
                trial.warn(f"arms[{i}].doses", message, arm.description[:200])
    for i, iv in enumerate(trial.interventions):
        if iv.description and not iv.doses:
            iv.doses, messages = dose_reader.parse_doses(iv.description, agent=iv.name)
            for message in messages:
                trial.warn(f"interventions[{i}].doses", message, iv.description[:200])


def _fill_time_frames(trial: Trial) -> None:
    for group in ("primary", "secondary", "other"):
        for i, outcome in enumerate(getattr(trial.outcomes, group)):
            if not outcome.time_frame or outcome.time_points_days or outcome.horizon_days:
                continue
            reading = timeframe_reader.parse_time_frame(outcome.time_frame)
            outcome.time_points_days = reading.points
            outcome.horizon_days = reading.horizon
            if reading.warning:
                trial.warn(f"outcomes.{group}[{i}].time_frame", reading.warning,
                           outcome.time_frame)
