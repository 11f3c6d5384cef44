"""A Trial as rows of relational tables: the SQLite output of ``trialnorm convert``.

One table per entity, keyed by ``trial_id`` plus the entity's position in its
list, so that rows can be built in worker processes without knowing global ids:
the writer only supplies ``trial_id``. ``SCHEMA_SQL`` is the documented schema.
"""

from __future__ import annotations

from typing import Any

import orjson

from trialnorm.model import Criterion, Dose, Trial

__all__ = ["INDEXES_SQL", "SCHEMA_SQL", "TABLES", "TABLES_SQL", "add_trial_rows", "trial_rows"]

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS trials (
  trial_id INTEGER PRIMARY KEY,
  nct_id TEXT, org_study_id TEXT, source_path TEXT, source_member TEXT, format TEXT,
  record_version TEXT, brief_title TEXT, official_title TEXT, acronym TEXT,
  overall_status TEXT, why_stopped TEXT, phases TEXT, study_type TEXT,
  allocation TEXT, intervention_model TEXT, primary_purpose TEXT, masking TEXT,
  enrollment_count INTEGER, enrollment_type TEXT,
  start_date TEXT, primary_completion_date TEXT, completion_date TEXT,
  first_posted_date TEXT, last_update_posted_date TEXT,
  sex TEXT, minimum_age_years REAL, maximum_age_years REAL, healthy_volunteers INTEGER,
  std_ages TEXT, sponsor_name TEXT, sponsor_class TEXT,
  record_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS trials_nct ON trials(nct_id);
CREATE INDEX IF NOT EXISTS trials_status ON trials(overall_status);
CREATE TABLE IF NOT EXISTS conditions (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id), position INTEGER NOT NULL,
  condition TEXT NOT NULL, PRIMARY KEY (trial_id, position)
);
CREATE INDEX IF NOT EXISTS conditions_name ON conditions(condition);
CREATE TABLE IF NOT EXISTS arms (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id), arm_idx INTEGER NOT NULL,
  label TEXT NOT NULL, type TEXT, description TEXT, PRIMARY KEY (trial_id, arm_idx)
);
CREATE TABLE IF NOT EXISTS interventions (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id), intervention_idx INTEGER NOT NULL,
  name TEXT NOT NULL, type TEXT, description TEXT, other_names TEXT,
  PRIMARY KEY (trial_id, intervention_idx)
);
CREATE INDEX IF NOT EXISTS interventions_name ON interventions(name);
CREATE TABLE IF NOT EXISTS arm_interventions (
  trial_id INTEGER NOT NULL, arm_idx INTEGER NOT NULL, intervention_idx INTEGER NOT NULL,
  PRIMARY KEY (trial_id, arm_idx, intervention_idx),
  FOREIGN KEY (trial_id, arm_idx) REFERENCES arms(trial_id, arm_idx),
  FOREIGN KEY (trial_id, intervention_idx) REFERENCES interventions(trial_id, intervention_idx)
);
CREATE TABLE IF NOT EXISTS doses (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id),
  owner TEXT NOT NULL CHECK (owner IN ('arm', 'intervention')), owner_idx INTEGER NOT NULL,
  dose_idx INTEGER NOT NULL, agent TEXT, value REAL, low REAL, high REAL, unit TEXT NOT NULL,
  level TEXT, schedule TEXT, days TEXT, text TEXT NOT NULL,
  PRIMARY KEY (trial_id, owner, owner_idx, dose_idx)
);
CREATE INDEX IF NOT EXISTS doses_unit ON doses(unit);
CREATE TABLE IF NOT EXISTS criteria (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id), criterion_idx INTEGER NOT NULL,
  parent_idx INTEGER, kind TEXT NOT NULL CHECK (kind IN ('inclusion', 'exclusion')),
  depth INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (trial_id, criterion_idx)
);
CREATE TABLE IF NOT EXISTS thresholds (
  trial_id INTEGER NOT NULL, criterion_idx INTEGER NOT NULL, threshold_idx INTEGER NOT NULL,
  kind TEXT NOT NULL, analyte TEXT NOT NULL, comparator TEXT NOT NULL, value REAL NOT NULL,
  unit TEXT, text TEXT NOT NULL,
  PRIMARY KEY (trial_id, criterion_idx, threshold_idx),
  FOREIGN KEY (trial_id, criterion_idx) REFERENCES criteria(trial_id, criterion_idx)
);
CREATE INDEX IF NOT EXISTS thresholds_analyte ON thresholds(analyte, comparator, value);
CREATE TABLE IF NOT EXISTS outcomes (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id),
  kind TEXT NOT NULL CHECK (kind IN ('primary', 'secondary', 'other')),
  outcome_idx INTEGER NOT NULL, measure TEXT NOT NULL, time_frame TEXT, description TEXT,
  time_points_days TEXT, horizon_days REAL, PRIMARY KEY (trial_id, kind, outcome_idx)
);
CREATE TABLE IF NOT EXISTS sponsors (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id), position INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('lead', 'collaborator')), name TEXT NOT NULL,
  class TEXT, PRIMARY KEY (trial_id, position)
);
CREATE INDEX IF NOT EXISTS sponsors_name ON sponsors(name);
CREATE TABLE IF NOT EXISTS locations (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id), location_idx INTEGER NOT NULL,
  facility TEXT, city TEXT, state TEXT, zip TEXT, country TEXT, status TEXT,
  PRIMARY KEY (trial_id, location_idx)
);
CREATE INDEX IF NOT EXISTS locations_country ON locations(country, city);
CREATE TABLE IF NOT EXISTS warnings (
  trial_id INTEGER NOT NULL REFERENCES trials(trial_id), warning_idx INTEGER NOT NULL,
  field TEXT NOT NULL, message TEXT NOT NULL, text TEXT, PRIMARY KEY (trial_id, warning_idx)
);
CREATE INDEX IF NOT EXISTS warnings_message ON warnings(message);
CREATE TABLE IF NOT EXISTS errors (
  error_id INTEGER PRIMARY KEY, path TEXT NOT NULL, member TEXT, adapter TEXT,
  message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS inputs_done (
  input_key TEXT PRIMARY KEY, records INTEGER NOT NULL, error INTEGER NOT NULL
);
"""

# The secondary indexes are built once the tables are full (SqliteWriter.finish): kept up
# to date row by row they cost about as much as writing the rows themselves, built at the
# end ~1/8 of that. The primary keys (and their autoindexes) stay in the tables' schema.
TABLES_SQL = "\n".join(line for line in SCHEMA_SQL.splitlines()
                       if not line.startswith("CREATE INDEX"))
INDEXES_SQL = "\n".join(line for line in SCHEMA_SQL.splitlines()
                        if line.startswith("CREATE INDEX"))

# Column counts per child table (trial_id comes first and is supplied by the writer).
TABLES: dict[str, int] = {
    "conditions": 3, "arms": 5, "interventions": 6, "arm_interventions": 3, "doses": 13,
    "criteria": 6, "thresholds": 9, "outcomes": 8, "sponsors": 5, "locations": 8, "warnings": 5,
}
TRIAL_COLUMNS = 33


def _date(d: Any) -> str | None:
    return d.date if d is not None else None


def _enum(v: Any) -> str | None:
    return v.value if v is not None else None


def _dose_row(tid: int, owner: str, owner_idx: int, i: int, d: Dose) -> tuple[Any, ...]:
    return (tid, owner, owner_idx, i, d.agent, d.value, d.low, d.high, d.unit, d.level, d.schedule,
            orjson.dumps(d.days).decode() if d.days else None, d.text)


def trial_rows(trial: Trial, record_json: str) -> dict[str, Any]:
    """The trial's rows, each child row without its leading trial_id."""
    tables: dict[str, list[tuple[Any, ...]]] = {t: [] for t in ("trials", *TABLES)}
    add_trial_rows(tables, 0, trial, record_json)
    rows: dict[str, Any] = {t: [row[1:] for row in tables[t]] for t in TABLES}
    rows["trials"] = tables["trials"][0][1:]
    return rows


def add_trial_rows(tables: dict[str, list[tuple[Any, ...]]], trial_id: int, trial: Trial,
                   record_json: str) -> None:
    """Append the trial's rows, each starting with ``trial_id``, to ``tables[name]``
    (a list for "trials" and for each of ``TABLES``)."""
    tid = trial_id
    el = trial.eligibility
    dates = trial.dates
    design = trial.design
    sponsor = trial.sponsor
    tables["trials"].append((
        tid, trial.nct_id, trial.org_study_id, trial.source.path, trial.source.member,
        trial.source.format, trial.source.record_version, trial.brief_title,
        trial.official_title, trial.acronym, _enum(trial.overall_status), trial.why_stopped,
        ",".join([p.value for p in trial.phases]) or None, _enum(trial.study_type),
        _enum(design.allocation), _enum(design.intervention_model),
        _enum(design.primary_purpose), _enum(design.masking),
        trial.enrollment.count, _enum(trial.enrollment.type),
        _date(dates.start), _date(dates.primary_completion), _date(dates.completion),
        _date(dates.first_posted), _date(dates.last_update_posted),
        _enum(el.sex), el.minimum_age.years if el.minimum_age else None,
        el.maximum_age.years if el.maximum_age else None,
        None if el.healthy_volunteers is None else int(el.healthy_volunteers),
        ",".join([a.value for a in el.std_ages]) or None,
        sponsor.name if sponsor else None,
        _enum(sponsor.class_) if sponsor else None,
        record_json,
    ))
    arms, interventions = trial.arms, trial.interventions
    if trial.conditions:
        tables["conditions"].extend([(tid, i, c) for i, c in enumerate(trial.conditions)])
    if arms:
        tables["arms"].extend([(tid, i, a.label, _enum(a.type), a.description)
                               for i, a in enumerate(arms)])
    if interventions:
        tables["interventions"].extend([
            (tid, i, iv.name, _enum(iv.type), iv.description,
             orjson.dumps(iv.other_names).decode() if iv.other_names else None)
            for i, iv in enumerate(interventions)])
    if arms and interventions:
        arm_idx = {a.label: i for i, a in enumerate(arms)}
        links = set()
        for j, iv in enumerate(interventions):
            for label in iv.arm_labels:
                if label in arm_idx:
                    links.add((arm_idx[label], j))
        tables["arm_interventions"].extend([(tid, a, j) for a, j in sorted(links)])
    doses = tables["doses"]
    for i, a in enumerate(arms):
        if a.doses:
            doses += [_dose_row(tid, "arm", i, k, d) for k, d in enumerate(a.doses)]
    for i, iv in enumerate(interventions):
        if iv.doses:
            doses += [_dose_row(tid, "intervention", i, k, d) for k, d in enumerate(iv.doses)]
    criteria = tables["criteria"]
    thresholds = tables["thresholds"]
    # Criteria numbered in document order (a criterion before its children), walked with
    # a stack: the tree has ~25 nodes per record and a call per node cost a third of this.
    idx = 0
    for kind, roots in (("inclusion", el.inclusion), ("exclusion", el.exclusion)):
        stack: list[tuple[Criterion, int | None, int]] = [(c, None, 0) for c in reversed(roots)]
        while stack:
            node, parent, depth = stack.pop()
            criteria.append((tid, idx, parent, kind, depth, node.text))
            if node.thresholds:
                for k, t in enumerate(node.thresholds):
                    thresholds.append((tid, idx, k, kind, t.analyte, t.comparator, t.value,
                                       t.unit, t.text))
            if node.children:
                stack.extend([(child, idx, depth + 1) for child in reversed(node.children)])
            idx += 1
    outcomes = tables["outcomes"]
    for kind, items in (("primary", trial.outcomes.primary),
                        ("secondary", trial.outcomes.secondary),
                        ("other", trial.outcomes.other)):
        for i, o in enumerate(items):
            outcomes.append((tid, kind, i, o.measure, o.time_frame, o.description,
                             orjson.dumps(o.time_points_days).decode() if o.time_points_days
                             else None, o.horizon_days))
    sponsors = tables["sponsors"]
    position = 0
    if sponsor:
        sponsors.append((tid, 0, "lead", sponsor.name, _enum(sponsor.class_)))
        position = 1
    for c in trial.collaborators:
        sponsors.append((tid, position, "collaborator", c.name, _enum(c.class_)))
        position += 1
    if trial.locations:
        tables["locations"].extend([
            (tid, i, loc.facility, loc.city, loc.state, loc.zip, loc.country, loc.status)
            for i, loc in enumerate(trial.locations)])
    if trial.warnings:
        tables["warnings"].extend([(tid, i, w.field, w.message, w.text)
                                   for i, w in enumerate(trial.warnings)])
