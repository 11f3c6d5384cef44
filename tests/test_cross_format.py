"""The same study in two formats gives the same record, except where the study changed.

The corpus holds three studies twice: NCT02513394 as legacy XML (downloaded 2020) and
API v2 (2023); NCT00023673 and NCT02028676 as legacy XML (2018) and API v1 (2023).
For every typed field that describes the study (ids, titles, phases, type, design,
arms, interventions, eligibility limits, outcome measures, sponsor, ...) the two
records must agree. Where the registry record really changed between the two
dates, ``CHANGED`` states both values and the test asserts them; what the formats
themselves cannot agree on (the XML has no secondary-id types, it hard-wraps text,
it predates the NETWORK and OTHER_GOV agency classes) is listed in ``FORMAT_GAPS``
and checked to be exactly that.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import CORPUS

from trialnorm import parse
from trialnorm.model import Trial

PAIRS = {
    "NCT02513394": ("ctgov-xml/NCT02513394.xml", "ctgov-v2/NCT02513394.json"),
    "NCT00023673": ("ctgov-xml/NCT00023673.xml", "ctgov-v1/NCT00023673.json"),
    "NCT02028676": ("ctgov-xml/NCT02028676.xml", "ctgov-v1/NCT02028676.json"),
}

_WS = re.compile(r"\s+")
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*]|\d{1,2}\.)[ \t]+", re.MULTILINE)


def _text(value: str | None) -> str | None:
    """Text compared without line breaks and list markers.

    The XML export hard-wraps at ~100 columns and renders list items as "  -  " or
    "  1. "; API v1 and v2 give the same paragraphs unwrapped and without the markers.
    """
    return None if value is None else _WS.sub(" ", _LIST_MARK.sub("", value)).strip()


def stable_view(t: Trial) -> dict[str, Any]:
    """The typed fields that describe the study, in a form two formats can agree on."""
    el = t.eligibility
    return {
        "nct_id": t.nct_id,
        "org_study_id": t.org_study_id,
        "secondary_ids": [s.id for s in t.secondary_ids],
        "brief_title": t.brief_title,
        "official_title": t.official_title,
        "acronym": t.acronym,
        "brief_summary": _text(t.brief_summary),
        "detailed_description": _text(t.detailed_description),
        "overall_status": t.overall_status,
        "why_stopped": t.why_stopped,
        "phases": list(t.phases),
        "study_type": t.study_type,
        "design": t.design.model_dump(),
        "enrollment": t.enrollment.model_dump(),
        "dates.start": t.dates.start and t.dates.start.model_dump(),
        "dates.primary_completion": t.dates.primary_completion and t.dates.primary_completion.model_dump(),
        "dates.completion": t.dates.completion and t.dates.completion.model_dump(),
        "dates.first_submitted": t.dates.first_submitted and t.dates.first_submitted.date,
        "dates.last_update_submitted": t.dates.last_update_submitted and t.dates.last_update_submitted.date,
        "dates.status_verified": t.dates.status_verified and t.dates.status_verified.date,
        "dates.first_posted": t.dates.first_posted and t.dates.first_posted.model_dump(),
        "dates.last_update_posted": t.dates.last_update_posted and t.dates.last_update_posted.model_dump(),
        "conditions": list(t.conditions),
        "keywords": list(t.keywords),
        "arms": [{"label": a.label, "type": a.type, "description": _text(a.description),
                  "intervention_names": sorted(a.intervention_names)} for a in t.arms],
        "interventions": [{"name": i.name, "type": i.type, "description": _text(i.description),
                           "arm_labels": sorted(i.arm_labels),
                           "other_names": list(i.other_names)} for i in t.interventions],
        "eligibility": {"sex": el.sex, "minimum_age": el.minimum_age and el.minimum_age.model_dump(),
                        "maximum_age": el.maximum_age and el.maximum_age.model_dump(),
                        "healthy_volunteers": el.healthy_volunteers,
                        "std_ages": list(el.std_ages)},
        "outcomes.primary": [(o.measure, o.time_frame, _text(o.description))
                             for o in t.outcomes.primary],
        "outcomes.secondary": [(o.measure, o.time_frame, _text(o.description))
                               for o in t.outcomes.secondary],
        "outcomes.other": [(o.measure, o.time_frame, _text(o.description))
                           for o in t.outcomes.other],
        "sponsor.name": t.sponsor and t.sponsor.name,
        "sponsor.class": t.sponsor and t.sponsor.class_,
        "collaborators": [c.name for c in t.collaborators],
        "collaborators.class": [c.class_ for c in t.collaborators],
        "secondary_ids.type": [s.type for s in t.secondary_ids],
        "secondary_ids.domain": [s.domain for s in t.secondary_ids],
        "officials": [(p.name, p.role, p.affiliation) for p in t.officials],
        "locations": [(loc.facility, loc.city, loc.state, loc.zip, loc.country)
                      for loc in t.locations],
    }


def _pair(nct: str) -> tuple[Trial, Trial]:
    old, new = PAIRS[nct]
    return (parse((CORPUS / old).read_bytes(), source=old),
            parse((CORPUS / new).read_bytes(), source=new))


_SAME_OFFICIALS = [
    ("Erica Mayer, MD", "PRINCIPAL_INVESTIGATOR", "Dana-Farber Cancer Institute"),
    ("Angela DeMichele, MD", "PRINCIPAL_INVESTIGATOR", "University of Pennsylvania"),
    ("Michael Gnant, MD", "PRINCIPAL_INVESTIGATOR", "ABCSG, Medical University Vienna"),
]

# Real changes to the registry record between the two downloads, read off both files.
CHANGED: dict[str, dict[str, tuple[Any, Any]]] = {
    "NCT02513394": {
        # XML 2020-08 (last update 2020-03-06) vs API v2 2023-10 (last update 2023-06-13):
        # the trial completed its primary analysis and the outcomes were re-registered.
        "dates.primary_completion": ({"date": "2020-09", "type": "ESTIMATED"},
                                     {"date": "2020-11", "type": "ACTUAL"}),
        "dates.last_update_submitted": ("2020-03-06", "2023-06-13"),
        "dates.last_update_posted": ({"date": "2020-03-09", "type": "ACTUAL"},
                                     {"date": "2023-06-15", "type": "ACTUAL"}),
        "dates.status_verified": ("2019-12", "2023-04"),
        "officials": (
            [("Monica Bertagnolli, MD", "PRINCIPAL_INVESTIGATOR", "Alliance Foundation Trials, LLC."),
             *_SAME_OFFICIALS],
            [("Suzanne George, MD", "PRINCIPAL_INVESTIGATOR", "Alliance Foundation Trials, LLC."),
             *_SAME_OFFICIALS]),
    },
    "NCT00023673": {},
    "NCT02028676": {},
}

# What the legacy XML cannot say, with both values: the XML (public.xsd 2018) knows only
# the agency classes NIH, U.S. Fed, Industry and Other, so organisations the registry now
# classes NETWORK or OTHER_GOV were "Other"; and its <secondary_id> has no type or domain.
FORMAT_DIFFERENCES: dict[str, dict[str, tuple[Any, Any]]] = {
    "NCT02513394": {
        "collaborators.class": (["OTHER", "OTHER", "OTHER", "OTHER", "INDUSTRY"],
                                ["NETWORK", "NETWORK", "OTHER", "OTHER", "INDUSTRY"]),
        "secondary_ids.type": ([None, None, None], ["OTHER", "OTHER", "EUDRACT_NUMBER"]),
        "secondary_ids.domain": ([None, None, None],
                                 ["ABCSG GmbH", "Breast International Group", None]),
    },
    "NCT00023673": {
        "sponsor.class": ("OTHER", "NETWORK"),
        "secondary_ids.type": ([None, None], ["REGISTRY", "REGISTRY"]),
        "secondary_ids.domain": ([None, None], ["PDQ (Physician Data Query)",
                                                "CTRP (Clinical Trials Reporting System)"]),
    },
    "NCT02028676": {
        "sponsor.class": ("OTHER", "OTHER_GOV"),
        "collaborators.class": (["OTHER", "INDUSTRY", "INDUSTRY"],
                                ["OTHER_GOV", "INDUSTRY", "INDUSTRY"]),
        "secondary_ids.type": ([None, None], ["REGISTRY", "OTHER_GRANT"]),
        "secondary_ids.domain": ([None, None], ["ISRCTN", "UK Medical Research Council"]),
    },
}

# Fields whose values the study changed in ways too long to spell out here: the test
# asserts that they differ and records both lengths/first items.
CHANGED_LONG: dict[str, set[str]] = {
    "NCT02513394": {"outcomes.primary", "outcomes.secondary", "locations"},
    "NCT00023673": set(),
    "NCT02028676": {"officials"},
}


@pytest.mark.parametrize("nct", list(PAIRS))
def test_same_study_same_typed_fields(nct: str) -> None:
    old, new = _pair(nct)
    assert (old.source.format, new.source.format) == (
        "ctgov-xml", "ctgov-v2" if nct == "NCT02513394" else "ctgov-v1")
    a, b = stable_view(old), stable_view(new)
    changed = {**CHANGED[nct], **FORMAT_DIFFERENCES[nct]}
    for field in a:
        if field in changed:
            assert (a[field], b[field]) == changed[field], field
        elif field in CHANGED_LONG[nct]:
            assert a[field] != b[field], f"{field} was listed as changed but agrees"
        else:
            assert a[field] == b[field], field


def test_the_changed_outcomes_of_nct02513394() -> None:
    old, new = _pair("NCT02513394")
    assert old.outcomes.primary[0].measure == new.outcomes.primary[0].measure == (
        "Invasive Disease Free Survival (iDFS)")
    assert old.outcomes.primary[0].time_frame == (
        "The expected study duration to primary analysis of iDFS is 5.4 years")
    assert new.outcomes.primary[0].time_frame == "4 years"
    assert len(old.outcomes.secondary) == 1 and len(new.outcomes.secondary) == 4
    assert new.outcomes.secondary[1].measure == "Distant Recurrence-free Survival (DRFS)"
    # Sites: 233 in 2020, 437 by 2023.
    assert (len(old.locations), len(new.locations)) == (233, 437)


def test_the_changed_official_of_nct02028676() -> None:
    old, new = _pair("NCT02028676")
    a, b = stable_view(old)["officials"], stable_view(new)["officials"]
    assert len(a) == len(b)
    assert [x for i, x in enumerate(a) if i != 9] == [x for i, x in enumerate(b) if i != 9]
    assert a[9] == ("Patricia Nahirya-Ntege, MBChB", "PRINCIPAL_INVESTIGATOR",
                    "MRC/UVRI Uganda Research Unit on Aids")
    assert b[9] == ("Patricia Nahirya-Ntege, MBChB", "PRINCIPAL_INVESTIGATOR",
                    "MRC/UVRI and LSHTM Uganda Research Unit")


def _flat(obj: Any, path: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(obj, dict):
        for key, value in obj.items():
            out.update(_flat(value, f"{path}.{key}" if path else key))
    elif isinstance(obj, list):
        out[f"{path}#len"] = len(obj)
        for i, value in enumerate(obj):
            out.update(_flat(value, f"{path}[{i}]"))
    else:
        out[path] = obj
    return out


# Every other difference, by field family (the test checks the list is exact, both ways).
FORMAT_GAPS: dict[str, set[str]] = {
    "NCT02513394": {
        "brief_summary",  # hard-wrapped with list markers in the XML (equal in the view)
        "collaborators.class", "secondary_ids.domain", "secondary_ids.type",  # FORMAT_DIFFERENCES
        "dates.primary_completion", "dates.last_update_submitted",  # CHANGED
        "dates.last_update_posted", "dates.status_verified",  # CHANGED
        "officials",  # CHANGED: a new study chair
        "outcomes",  # CHANGED_LONG: re-registered outcomes and their derived time points
        "locations",  # CHANGED_LONG: 233 sites in 2020, 437 by 2023
        "eligibility",  # criteria text: XML layout vs markdown, so the criteria tree read differs
    },
    "NCT00023673": {
        "brief_summary", "detailed_description",  # XML wrap and list markers (equal in the view)
        "sponsor.class", "secondary_ids.domain", "secondary_ids.type",  # FORMAT_DIFFERENCES
        "eligibility",  # criteria text layout, so the criteria tree read differs
        "outcomes",  # a blank line inside one description (equal in the view)
        "interventions",  # the order of arm labels inside an intervention (a set in the view)
    },
    "NCT02028676": {
        "brief_summary", "detailed_description",  # XML wrap and list markers (equal in the view)
        "sponsor.class", "collaborators.class",  # FORMAT_DIFFERENCES
        "secondary_ids.domain", "secondary_ids.type",  # FORMAT_DIFFERENCES
        "officials",  # one affiliation renamed by 2023 (asserted below)
        "eligibility",  # criteria text layout, so the criteria tree read differs
    },
}

_INDEX = re.compile(r"\[\d+\]|#len")


@pytest.mark.parametrize("nct", list(PAIRS))
def test_the_rest_is_listed(nct: str) -> None:
    """Every other difference falls in a listed family (printed with -s)."""
    old, new = _pair(nct)
    a, b = old.to_dict(), new.to_dict()
    for d in (a, b):
        for key in ("extras", "warnings", "source"):
            d.pop(key)
    fa, fb = _flat(a), _flat(b)
    differing = sorted(k for k in set(fa) | set(fb) if fa.get(k) != fb.get(k))
    families = FORMAT_GAPS[nct]
    unlisted = []
    seen = set()
    for key in differing:
        bare = _INDEX.sub("", key)
        family = next((f for f in families if bare == f or bare.startswith(f + ".")), None)
        if family is None:
            unlisted.append(f"{key}: {str(fa.get(key))[:60]!r} vs {str(fb.get(key))[:60]!r}")
        else:
            seen.add(family)
            print(f"{nct} {key}: {str(fa.get(key))[:60]!r} | {str(fb.get(key))[:60]!r}")
    assert not unlisted, "\n".join(unlisted)
    assert seen == families, f"listed but agreeing: {sorted(families - seen)}"
