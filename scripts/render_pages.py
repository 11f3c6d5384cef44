"""Render real API v2 records as the two scraped-page layouts, as text and as saved HTML.

Pages of our own with ground truth: the API record they were rendered from. The
forms copy the seed pages (../shared/seeds/000, 001, 004 for the aggregator layout,
003 for the summary page) section by section: the fixed headings and explanatory
sentences, the value order, raw markdown escapes, arm and intervention descriptions
cut at 1,000 characters, the summary page's flattened table rows and run-together
location card. Where a seed does not show how something looks (several phases,
secondary ids, several contacts), the form is a guess and says so below.

    python scripts/render_pages.py                 # write the fixture pages (text + HTML)
    python scripts/render_pages.py NCT01234567 ... # print the pages of those records

The tests import ``render_aggregator`` / ``render_summary`` to check many records.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS_V2 = ROOT.parent / "shared" / "corpus" / "ctgov-v2"
sys.path.insert(0, str(ROOT / "src"))

from trialnorm.adapters._page_text import country_flag
from trialnorm.adapters.aggregator import SECTIONS

__all__ = [
    "FIXTURE_CASES",
    "Block",
    "load_study",
    "render_aggregator",
    "render_summary",
    "to_html",
    "to_text",
]

#: A page as blocks: ("h1"|"h2"|"p"|"li", text), ("table", [header, *rows]),
#: ("card", [spans]) (inline parts drawn with no space between them), ("li+", [paragraphs]).
Block = tuple[str, Any]

CUT = 1000
_BULLET = re.compile(r"^\s*[*\-•+]\s+")
_CRITERIA_HEADING = re.compile(r"^\s*\**\s*(inclusion|exclusion) criteria\s*:?\s*\**\s*$", re.IGNORECASE)
_TOPICS_SENTENCE = ("Explore scientific publications, clinical data analysis, treatment "
                    "approaches, and expert-compiled information related to the mechanisms and "
                    "outcomes of this trial. Click any topic for comprehensive research insights.")


def load_study(nct_id: str) -> dict[str, Any]:
    return orjson.loads((CORPUS_V2 / f"{nct_id}.json").read_bytes())


def _lines(text: str | None) -> list[str]:
    """Text as the aggregator shows it: one line per source line, blank lines gone."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _module(study: dict[str, Any], name: str) -> dict[str, Any]:
    return study.get("protocolSection", {}).get(name) or {}


def _section(blocks: list[Block], heading: str, lines: list[str]) -> None:
    blocks.append(("h2", heading))
    blocks.append(("p", SECTIONS[heading]))
    blocks.extend(("p", line) for line in lines)


def _criteria_lines(text: str | None) -> list[str]:
    out = []
    for line in _lines(text):
        m = _CRITERIA_HEADING.match(line)
        out.append(f"{m.group(1).title()} Criteria" if m else line)
    return out


def render_aggregator(study: dict[str, Any], *, header: bool = True,
                      related: list[tuple[str, str]] = ()) -> list[Block]:
    """The aggregator page of one API v2 study (seeds 000, 001, 004)."""
    ident = _module(study, "identificationModule")
    status = _module(study, "statusModule")
    design = _module(study, "designModule")
    desc = _module(study, "descriptionModule")
    arms_module = _module(study, "armsInterventionsModule")
    elig = _module(study, "eligibilityModule")
    sponsors = _module(study, "sponsorCollaboratorsModule")
    contacts = _module(study, "contactsLocationsModule")
    blocks: list[Block] = []
    if header:
        if ident.get("briefTitle"):
            blocks.append(("h1", ident["briefTitle"]))
        blocks.append(("p", f"NCT ID: {ident.get('nctId')}"))
        updated = (status.get("lastUpdatePostDateStruct") or {}).get("date")
        if updated:
            blocks.append(("p", f"Last Updated: {updated}"))
    _section(blocks, "Study Results", [])
    basic = [status.get("overallStatus")]
    if design.get("phases"):
        basic.append(", ".join(design["phases"]))  # several phases: a guess (seeds show one)
    count = (design.get("enrollmentInfo") or {}).get("count")
    if count is not None:
        basic.append(f"{count} participants")
    basic.append(design.get("studyType"))
    basic.append((status.get("startDateStruct") or {}).get("date"))
    basic.append((status.get("completionDateStruct") or {}).get("date"))
    _section(blocks, "Basic Information", [str(x) for x in basic if x])
    _section(blocks, "Brief Summary", _lines(desc.get("briefSummary")))
    rel: list[str] = []
    for title, nct in related:
        rel += [title, nct]
    _section(blocks, "Related Clinical Trials", rel)
    _section(blocks, "Detailed Description", _lines(desc.get("detailedDescription")))
    _section(blocks, "Conditions", _lines("\n".join(_module(study, "conditionsModule")
                                                    .get("conditions") or [])))
    info = design.get("designInfo") or {}
    values = [info.get("allocation"), info.get("interventionModel"), info.get("primaryPurpose"),
              (info.get("maskingInfo") or {}).get("masking")]
    if design.get("studyType") == "OBSERVATIONAL":  # a guess: the seeds are interventional
        values = [info.get("observationalModel"), info.get("timePerspective")]
    _section(blocks, "Study Design", [v for v in values if v])
    interventions = arms_module.get("interventions") or []
    by_ref = {}
    for iv in interventions:
        by_ref[f"{iv.get('type', '').replace('_', ' ').title()}: {iv.get('name')}".casefold()] = iv
        by_ref[str(iv.get("name")).casefold()] = iv

    def iv_lines(iv: dict[str, Any]) -> list[str]:
        return [iv.get("name", "")] + _lines((iv.get("description") or "")[:CUT])

    groups: list[str] = []
    for arm in arms_module.get("armGroups") or []:
        groups.append(arm.get("label", ""))
        groups += _lines((arm.get("description") or "")[:CUT])
        for ref in arm.get("interventionNames") or []:
            iv = by_ref.get(ref.casefold())
            if iv is not None:
                groups += iv_lines(iv)
    _section(blocks, "Study Groups", groups)
    _section(blocks, "Interventions", [x for iv in interventions for x in iv_lines(iv)])
    criteria = _criteria_lines(elig.get("eligibilityCriteria"))
    for key in ("minimumAge", "maximumAge", "sex"):
        if elig.get(key):
            criteria.append(elig[key])
    if elig.get("healthyVolunteers") is not None:
        criteria.append("Yes" if elig["healthyVolunteers"] else "No")
    _section(blocks, "Eligibility Criteria", criteria)
    orgs = []
    for org in [sponsors.get("leadSponsor")] + list(sponsors.get("collaborators") or []):
        if org and org.get("name"):
            orgs += [org["name"], org.get("class") or "UNKNOWN"]
    _section(blocks, "Sponsors", orgs)
    _section(blocks, "Responsible Party", [])
    locations = contacts.get("locations") or []
    if locations:
        lines = []
        for loc in locations:
            if loc.get("facility"):
                lines.append(loc["facility"])
            lines.append(", ".join(x for x in (loc.get("city"), loc.get("state"),
                                               loc.get("country")) if x))
        _section(blocks, "Locations", lines)
        _section(blocks, "Countries", [])
    _section(blocks, "Central Contacts", [])
    if locations:
        _section(blocks, "Facility Contacts", [])
    ids = []
    org_id = (ident.get("orgStudyIdInfo") or {}).get("id")
    if org_id:
        ids += [org_id, "Identifier Type: -", "Identifier Source: org_study_id"]
    for sec in ident.get("secondaryIdInfos") or []:  # a guess: the seeds show none
        ids += [sec.get("id", ""), f"Identifier Type: {sec.get('type') or '-'}",
                f"Identifier Source: {sec.get('domain') or 'secondary_id'}"]
    _section(blocks, "Other Identifiers", ids)
    blocks.append(("h2", "More Related Trials"))
    blocks.append(("p", SECTIONS["More Related Trials"]))
    return blocks


def _paragraphs(text: str | None) -> list[str]:
    """Markdown-like paragraphs: blank lines split, soft line breaks and bullets joined."""
    out = []
    for para in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")):
        words = " ".join(_BULLET.sub("", line).strip() for line in para.splitlines()
                         if line.strip())
        if words:
            out.append(words)
    return out


def _criteria_blocks(text: str | None) -> list[list[str]]:
    """Inclusion then exclusion, each one list item of paragraphs (as seed 003 shows)."""
    parts: list[list[str]] = [[]]
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        if _CRITERIA_HEADING.match(line):
            if any(x.strip() for x in parts[-1]):
                parts.append([])
            continue
        parts[-1].append(line)
    out = [_paragraphs("\n".join(p)) for p in parts]
    return [p for p in out if p]


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def render_summary(study: dict[str, Any]) -> list[Block]:
    """The summary page of one API v2 study (seed 003)."""
    ident = _module(study, "identificationModule")
    status = _module(study, "statusModule")
    design = _module(study, "designModule")
    desc = _module(study, "descriptionModule")
    arms_module = _module(study, "armsInterventionsModule")
    elig = _module(study, "eligibilityModule")
    sponsors = _module(study, "sponsorCollaboratorsModule")
    outcomes = _module(study, "outcomesModule")
    blocks: list[Block] = []
    if ident.get("briefTitle"):
        blocks.append(("h1", ident["briefTitle"]))

    def labelled(label: str, values: list[str]) -> None:
        if values:
            blocks.append(("li", label))
            blocks.extend(("li", v) for v in values)

    labelled("Conditions", list(_module(study, "conditionsModule").get("conditions") or []))
    interventions = arms_module.get("interventions") or []
    labelled("Interventions", [f"{iv.get('type', 'OTHER').replace('_', ' ').title()}: "
                               f"{iv.get('name')}" for iv in interventions])
    labelled("Registration Number", [ident["nctId"]] if ident.get("nctId") else [])
    lead = (sponsors.get("leadSponsor") or {}).get("name")
    labelled("Lead Sponsor", [lead] if lead else [])
    for label, key in (("Brief Summary", "briefSummary"),
                       ("Detailed Description", "detailedDescription")):
        paras = _paragraphs(desc.get(key))
        if paras:
            blocks.append(("li", label))
            blocks.extend(("p", x) for x in paras)
    blocks.append(("h2", "Recruitment & Eligibility"))
    labelled("Status", [status["overallStatus"]] if status.get("overallStatus") else [])
    labelled("Sex", [elig["sex"].title()] if elig.get("sex") else [])
    count = (design.get("enrollmentInfo") or {}).get("count")
    labelled("Target Recruitment", [str(count)] if count is not None else [])
    for paras in _criteria_blocks(elig.get("eligibilityCriteria")):
        blocks.append(("li+", paras))
    blocks.append(("h2", "Study & Design"))
    labelled("Study Type", [design["studyType"]] if design.get("studyType") else [])
    info = design.get("designInfo") or {}
    model = info.get("interventionModel") or info.get("observationalModel")
    labelled("Study Design", [model] if model else [])
    arms = arms_module.get("armGroups") or []
    if arms:
        rows = [["Group", "Intervention", "Description"]]
        for arm in arms:
            names = [n.split(":", 1)[1].strip() if ":" in n else n
                     for n in arm.get("interventionNames") or []]
            rows.append([_one_line(arm.get("label")), " ".join(names),
                         _one_line(arm.get("description"))])
        blocks.append(("li", "Arm && Interventions"))
        blocks.append(("table", rows))
    for label, key in (("Primary Outcome Measures", "primaryOutcomes"),
                       ("Secondary Outcome Measures", "secondaryOutcomes"),
                       ("Other Outcome Measures", "otherOutcomes")):  # "Other": a guess
        items = outcomes.get(key) or []
        if items:
            rows = [["Name", "Time", "Method"]]
            rows += [[_one_line(o.get("measure")), _one_line(o.get("timeFrame")),
                      _one_line(o.get("description"))] for o in items]
            blocks.append(("li", label))
            blocks.append(("table", rows))
    blocks.append(("h2", "Related Research Topics"))
    blocks.append(("p", _TOPICS_SENTENCE))
    locations = _module(study, "contactsLocationsModule").get("locations") or []
    if locations:
        blocks.append(("h2", "Trial Locations"))
        blocks.append(("li", f"Locations ({len(locations)})"))
        cards = []
        for loc in locations:
            place = ", ".join(x for x in (loc.get("city"), loc.get("state"), loc.get("country"))
                              if x)
            flag = country_flag(loc.get("country"))
            blocks.append(("p", loc.get("facility") or ""))
            blocks.append(("p", flag + place))
            people = loc.get("contacts") or []
            if people and flag:
                person = people[0]
                role = (person.get("role") or "CONTACT").replace("_", " ").title()
                cards.append(("card", [loc.get("facility") or "", flag, place,
                                       person.get("name") or "", role,
                                       person.get("phone") or "", person.get("email") or ""]))
        blocks.extend(cards)
    return blocks


def to_text(blocks: list[Block]) -> str:
    """The page as a scraper saw it: one line per block, table rows flattened."""
    lines: list[str] = []
    for kind, value in blocks:
        if kind in ("h1", "h2", "p"):
            if value:
                lines.append(value)
        elif kind == "li":
            lines.append(f"- {value}")
        elif kind == "li+":
            lines.append(f"- {value[0]}")
            lines.extend(value[1:])
        elif kind == "table":
            header, *rows = value
            if rows:
                lines.append(" ".join(header) + " " + " ".join(c for c in rows[0] if c))
                lines.extend(" ".join(c for c in row if c) for row in rows[1:])
        elif kind == "card":
            lines.append("".join(value))
    return "\n".join(lines)


def to_html(blocks: list[Block], title: str | None = None) -> str:
    """The page as a saved HTML document, with the site chrome a real page has."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{e(title or 'Clinical trial')}</title>",
           "<style>.card span{margin:0}</style><script>window.dataLayer=[];</script>",
           "</head><body>",
           '<nav><a href="/">Home</a> <a href="/search">Find trials</a></nav><main>']
    in_list = False
    for kind, value in blocks:
        if kind in ("li", "li+") and not in_list:
            out.append("<ul>")
            in_list = True
        elif kind not in ("li", "li+") and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "h1":
            out.append(f"<header><h1>{e(value)}</h1></header>")
        elif kind == "h2":
            out.append(f"<h2>{e(value)}</h2>")
        elif kind == "p":
            out.append(f"<p>{e(value)}</p>")
        elif kind == "li":
            out.append(f"<li>{e(value)}</li>")
        elif kind == "li+":
            rest = "".join(f"<p>{e(x)}</p>" for x in value[1:])
            out.append(f"<li>{e(value[0])}{rest}</li>")
        elif kind == "table":
            header, *rows = value
            out.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in header)
                       + "</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "card":
            facility, flag, place, name, role, phone, email = value
            out.append(f'<div class="card"><span>{e(facility)}</span><span>{flag}</span>'
                       f"<span>{e(place)}</span><span>{e(name)}</span><span>{e(role)}</span>"
                       f'<a href="tel:{e(phone)}">{e(phone)}</a>'
                       f'<a href="mailto:{e(email)}">{e(email)}</a></div>')
    if in_list:
        out.append("</ul>")
    out.append("</main><footer><p>© 2025 Trial pages. Not medical advice.</p></footer>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def related_for(nct_id: str, count: int = 5) -> list[tuple[str, str]]:
    """Some other corpus trials to fill "Related Clinical Trials", as the site does."""
    names = sorted(p.stem for p in CORPUS_V2.glob("NCT*.json"))
    start = names.index(nct_id) + 1 if nct_id in names else 0
    out = []
    for other in (names[start:] + names[:start])[:count]:
        title = _module(load_study(other), "identificationModule").get("briefTitle")
        if title:
            out.append((title, other))
    return out


#: (layout, case name, NCT ID, with the optional header) of the fixture pages.
FIXTURE_CASES: list[tuple[str, str, str, bool]] = [
    # five arms and interventions, a collaborator, four sites
    ("aggregator-page", "NCT05835856-five-arms", "NCT05835856", True),
    # five collaborators, five sites, a secondary id, no detailed description
    ("aggregator-page", "NCT03944876-collaborators", "NCT03944876", True),
    # observational: no arms or interventions, other design codes, no header
    ("aggregator-page", "NCT04600544-observational", "NCT04600544", False),
    # phase 2/3, three arms, two sites
    ("aggregator-page", "NCT06462729-two-phases", "NCT06462729", True),
    # three arms whose descriptions run to the 1,000-character limit, seven conditions
    ("aggregator-page", "NCT06615518-long-descriptions", "NCT06615518", True),
    # ten interventions over three arms, no locations, no header
    ("aggregator-page", "NCT05589896-no-locations", "NCT05589896", False),
    ("summary-page", "NCT05835856-five-arms", "NCT05835856", True),
    # observational: no arm table, several sites with contacts
    ("summary-page", "NCT06342765-observational", "NCT06342765", True),
    # primary, secondary and other outcomes; nine conditions
    ("summary-page", "NCT05351866-outcomes", "NCT05351866", True),
    # four arms, no locations
    ("summary-page", "NCT06144970-no-locations", "NCT06144970", True),
    # six sites with contacts, no detailed description
    ("summary-page", "NCT05989841-six-sites", "NCT05989841", True),
    # a record held out of the outcome-row fit: one long time frame repeated in three of
    # five outcome rows, arms named as their only intervention, five sites
    ("summary-page", "NCT00777179-outcome-rows", "NCT00777179", True),
]


def _write_fixtures() -> None:
    for layout, case, nct, header in FIXTURE_CASES:
        study = load_study(nct)
        if layout == "aggregator-page":
            blocks = render_aggregator(study, header=header, related=related_for(nct))
        else:
            blocks = render_summary(study)
        title = _module(study, "identificationModule").get("briefTitle")
        folder = ROOT / "fixtures" / layout
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{case}.txt").write_text(to_text(blocks) + "\n", encoding="utf-8")
        (folder / f"{case}-html.html").write_text(to_html(blocks, title), encoding="utf-8")
        print(f"wrote fixtures/{layout}/{case}.txt and {case}-html.html")


def main(argv: list[str]) -> int:
    if not argv:
        _write_fixtures()
        return 0
    for nct in argv:
        study = load_study(nct)
        print(to_text(render_aggregator(study, related=related_for(nct))))
        print("=" * 72)
        print(to_text(render_summary(study)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
