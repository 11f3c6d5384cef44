"""A RecordDiff for people and programs: text (events first), stable JSON, self-contained HTML.

The text report is what ``trialnorm diff`` prints: the events, then the changes
grouped by section, coloured only when asked (the CLI asks on a terminal). The
JSON document is sorted and versioned (``trialnorm_diff``) so two runs on the
same inputs give the same bytes. The HTML page has no external assets; every
piece of record text is escaped.
"""

from __future__ import annotations

import html
from difflib import SequenceMatcher
from typing import Any

import orjson

from trialnorm.diff import SECTIONS, Change, RecordDiff, VersionInfo

__all__ = ["render", "render_html", "render_json", "render_text"]

_RED, _GREEN, _YELLOW, _BOLD, _DIM, _RESET = (
    "\033[31m", "\033[32m", "\033[33m", "\033[1m", "\033[2m", "\033[0m")

_SECTION_TITLES = {
    "identification": "Identification", "status": "Status", "dates": "Dates",
    "design": "Design and enrollment", "conditions": "Conditions and keywords",
    "description": "Description", "arms": "Arms", "interventions": "Interventions",
    "outcomes": "Outcomes", "eligibility": "Eligibility", "sponsors": "Sponsors",
    "contacts": "Officials and contacts", "locations": "Locations",
    "references": "References", "other": "Other source fields (extras)",
    "source": "Source (bookkeeping)", "warnings": "Parser warnings",
}

# The record fields each section shows in the side-by-side view.
_SECTION_FIELDS: dict[str, tuple[str, ...]] = {
    "identification": ("nct_id", "org_study_id", "secondary_ids", "brief_title",
                       "official_title", "acronym"),
    "status": ("overall_status", "why_stopped"),
    "dates": ("dates",),
    "design": ("phases", "study_type", "design", "enrollment"),
    "conditions": ("conditions", "keywords"),
    "description": ("brief_summary", "detailed_description"),
    "arms": ("arms",),
    "interventions": ("interventions",),
    "outcomes": ("outcomes",),
    "eligibility": ("eligibility",),
    "sponsors": ("sponsor", "collaborators"),
    "contacts": ("officials", "contacts"),
    "locations": ("locations",),
    "references": ("related_nct_ids",),
    "other": ("extras",),
    "source": ("source",),
    "warnings": ("warnings",),
}

_CONTEXT_WORDS = 6
_MAX_VALUE = 160


# ---------------------------------------------------------------- value summaries

def _short(text: str, limit: int = _MAX_VALUE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summarize(value: Any, limit: int = _MAX_VALUE) -> str:
    """A one-line reading of a JSON value: dates with their type, ages in units, names."""
    if value is None:
        return "(none)"
    if isinstance(value, str):
        return _short(value, limit)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        if "date" in value and set(value) <= {"date", "type"}:
            return f"{value['date']}" + (f" ({value['type']})" if value.get("type") else "")
        if "years" in value and "unit" in value:
            v = value.get("value")
            shown = int(v) if isinstance(v, float) and v.is_integer() else v
            return f"{shown} {str(value['unit']).lower()}"
        for key in ("label", "name", "measure", "facility", "text", "id"):
            if isinstance(value.get(key), str):
                return _short(value[key], limit)
        return _short(orjson.dumps(value).decode(), limit)
    if isinstance(value, list):
        return _short(", ".join(summarize(v, limit) for v in value), limit) or "(empty)"
    return _short(str(value), limit)


def _word_chunks(change: Change) -> list[tuple[str, str]]:
    """The word diff with long unchanged stretches cut to a few words of context."""
    assert change.words is not None
    out: list[tuple[str, str]] = []
    last = len(change.words) - 1
    for i, (op, text) in enumerate(change.words):
        if op != "=":
            out.append((op, text))
            continue
        words = text.split()
        keep_head = _CONTEXT_WORDS if i > 0 else 0
        keep_tail = _CONTEXT_WORDS if i < last else 0
        if len(words) <= keep_head + keep_tail + 1:
            out.append(("=", text))
            continue
        head = " ".join(words[:keep_head])
        tail = " ".join(words[len(words) - keep_tail:]) if keep_tail else ""
        out.append(("=", " … ".join(p for p in (head, tail) if p) if head or tail else "…"))
        if not head and tail:
            out[-1] = ("=", "… " + tail)
        elif head and not tail:
            out[-1] = ("=", head + " …")
    return out


def _version_line(label: str, info: VersionInfo) -> str:
    bits = [info.format]
    if info.record_version:
        bits.append(f"version {info.record_version}")
    if info.source:
        bits.append(info.source)
    return f"  {label}: " + " · ".join(bits)


# ---------------------------------------------------------------- text

def render_text(result: RecordDiff, *, color: bool = False) -> str:
    """The readable report: header, events, then changes grouped by section."""
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    ids = sorted({i for i in (result.old.nct_id, result.new.nct_id) if i})
    lines = [paint(_BOLD, f"trialnorm diff: {' vs '.join(ids) or 'two records'}"),
             _version_line("old", result.old), _version_line("new", result.new)]
    if not result.changed:
        lines.append("")
        lines.append("No substantive change.")
    if result.events:
        lines.append("")
        lines.append(paint(_BOLD, f"Events ({len(result.events)})"))
        lines.extend(f"  * {event.message}" for event in result.events)
    groups = result.by_section()
    if groups:
        counted = len(result.substantive_changes)
        noise = len(result.changes) - counted
        lines.append("")
        lines.append(paint(_BOLD, f"Changes ({counted}" + (f", {noise} noise" if noise else "")
                           + ")"))
    for section, changes in groups.items():
        lines.append("")
        lines.append(paint(_YELLOW, f"[{_SECTION_TITLES.get(section, section)}]"))
        for change in changes:
            lines.extend(_text_change(change, paint))
    return "\n".join(lines) + "\n"


def _text_change(change: Change, paint: Any) -> list[str]:
    tag = f" ({change.noise})" if change.noise else ""
    if change.kind == "added":
        return [paint(_GREEN, f"  + {change.path}: {summarize(change.new)}") + tag]
    if change.kind == "removed":
        return [paint(_RED, f"  - {change.path}: {summarize(change.old)}") + tag]
    if change.noise == "formatting" and change.words is not None:
        return [f"  ~ {change.path}{tag}: same words, other spacing, markers or case"]
    if change.words is not None and (len(str(change.old)) > 60 or len(str(change.new)) > 60):
        parts = []
        for op, text in _word_chunks(change):
            if op == "-":
                parts.append(paint(_RED, f"[-{text}-]"))
            elif op == "+":
                parts.append(paint(_GREEN, f"{{+{text}+}}"))
            else:
                parts.append(text)
        return [f"  ~ {change.path}{tag}:", f"      {' '.join(parts)}"]
    return [f"  ~ {change.path}: " + paint(_RED, summarize(change.old)) + " → "
            + paint(_GREEN, summarize(change.new)) + tag]


# ---------------------------------------------------------------- JSON

def render_json(result: RecordDiff, *, pretty: bool = True) -> str:
    """The stable JSON document: keys sorted, format versioned."""
    option = orjson.OPT_SORT_KEYS | (orjson.OPT_INDENT_2 if pretty else 0)
    return orjson.dumps(result.to_dict(), option=option).decode() + "\n"


# ---------------------------------------------------------------- HTML

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;
max-width:1200px;padding:0 1em;color:#1b1f24;background:#fff}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin:1.6em 0 .4em;
border-bottom:1px solid #d0d7de;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #d0d7de;padding:.35em .5em;vertical-align:top;text-align:left;
overflow-wrap:anywhere}
th{background:#f6f8fa;font-weight:600}
td.path{width:24%;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
tr.changed td.old,td.old.changed{background:#fff5f5}tr.changed td.new,td.new.changed{background:#f3fff5}
tr.added td.new{background:#e6ffec}tr.removed td.old{background:#ffebe9}
tr.noise td{color:#57606a;font-style:italic}
mark{background:#fff1a8}del{background:#ffcecb;text-decoration:line-through}ins{background:#aceebb;text-decoration:none}
ul.events li{margin:.2em 0}.meta td{width:auto}.none{color:#57606a}
pre{white-space:pre-wrap;margin:0;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
.badge{display:inline-block;padding:0 .5em;border-radius:1em;background:#ddf4ff;font-size:12px}
.badge.chg{background:#fff8c5}
details summary{cursor:pointer;color:#0969da;margin:.3em 0}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _html_value(change: Change, side: str) -> str:
    value = change.old if side == "old" else change.new
    if change.kind == "changed" and change.words is not None:
        parts = []
        for op, text in change.words:
            if op == "=":
                parts.append(_e(text))
            elif op == "-" and side == "old":
                parts.append(f"<del>{_e(text)}</del>")
            elif op == "+" and side == "new":
                parts.append(f"<ins>{_e(text)}</ins>")
        return " ".join(parts)
    if value is None:
        return '<span class="none">—</span>'
    if isinstance(value, (dict, list)) and not (isinstance(value, dict) and (
            "date" in value or "years" in value)):
        dumped = orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()
        return f"<details><summary>{_e(summarize(value, 80))}</summary><pre>{_e(dumped)}</pre></details>"
    return _e(summarize(value, 100_000))


def _side_by_side(result: RecordDiff, section: str) -> str:
    old = result.old_record.to_dict() if result.old_record is not None else {}
    new = result.new_record.to_dict() if result.new_record is not None else {}
    rows = []
    changed_tops = {c.path.split(".")[0].split("[")[0] for c in result.changes
                    if c.section == section}
    for name in _SECTION_FIELDS.get(section, ()):
        a, b = old.get(name), new.get(name)
        cls = " changed" if name in changed_tops else ""
        lines_a = orjson.dumps(a, option=orjson.OPT_INDENT_2).decode().splitlines()
        lines_b = orjson.dumps(b, option=orjson.OPT_INDENT_2).decode().splitlines()
        marked_a, marked_b = _marked_lines(lines_a, lines_b) if cls else (
            _e("\n".join(lines_a)), _e("\n".join(lines_b)))
        rows.append(f'<tr><td class="path">{_e(name)}</td>'
                    f'<td class="old{cls}"><pre>{marked_a}</pre></td>'
                    f'<td class="new{cls}"><pre>{marked_b}</pre></td></tr>')
    return "".join(rows)


def _marked_lines(a: list[str], b: list[str]) -> tuple[str, str]:
    """Both dumps escaped, the lines that differ wrapped in <mark> (a line-level diff)."""
    out_a: list[str] = []
    out_b: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out_a.extend(_e(line) for line in a[i1:i2])
            out_b.extend(_e(line) for line in b[j1:j2])
            continue
        out_a.extend(f"<mark>{_e(line)}</mark>" for line in a[i1:i2])
        out_b.extend(f"<mark>{_e(line)}</mark>" for line in b[j1:j2])
    return "\n".join(out_a), "\n".join(out_b)


def render_html(result: RecordDiff) -> str:
    """A self-contained page: both versions side by side, changes highlighted."""
    ids = sorted({i for i in (result.old.nct_id, result.new.nct_id) if i})
    title = f"Changes to {' vs '.join(ids) or 'a trial record'}"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{_e(title)}</h1>", '<table class="meta"><tr><th></th><th>Old</th><th>New</th></tr>']
    for label, attr in (("Format", "format"), ("Version", "record_version"),
                        ("Source", "source"), ("NCT ID", "nct_id")):
        out.append(f"<tr><th>{label}</th><td>{_e(getattr(result.old, attr) or '—')}</td>"
                   f"<td>{_e(getattr(result.new, attr) or '—')}</td></tr>")
    out.append("</table>")
    out.append("<h2>Summary</h2>")
    if not result.changed:
        out.append("<p>No substantive change.</p>")
    if result.events:
        out.append('<ul class="events">')
        out.extend(f"<li>{_e(event.message)}</li>" for event in result.events)
        out.append("</ul>")
    groups = result.by_section()
    for section in SECTIONS:
        changes = groups.get(section, [])
        side = _side_by_side(result, section)
        if not changes and not side:
            continue
        badge = (f'<span class="badge chg">{len(changes)} change{"s" if len(changes) != 1 else ""}'
                 f"</span>" if changes else '<span class="badge">unchanged</span>')
        out.append(f'<h2 id="{_e(section)}">{_e(_SECTION_TITLES.get(section, section))} {badge}</h2>')
        if changes:
            out.append('<table><tr><th class="path">Field</th><th>Old</th><th>New</th></tr>')
            for change in changes:
                cls = change.kind + (" noise" if change.noise else "")
                note = f" <em>({_e(change.noise)})</em>" if change.noise else ""
                out.append(f'<tr class="{cls}"><td class="path">{_e(change.path)}{note}</td>'
                           f'<td class="old">{_html_value(change, "old")}</td>'
                           f'<td class="new">{_html_value(change, "new")}</td></tr>')
            out.append("</table>")
        if side and (changes or section not in ("source", "warnings")):
            out.append(f"<details{' open' if changes else ''}>"
                       "<summary>Both versions side by side</summary>"
                       '<table><tr><th class="path">Field</th><th>Old</th><th>New</th></tr>'
                       f"{side}</table></details>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(result: RecordDiff, format: str = "text", *, color: bool = False) -> str:
    """The report in ``format``: "text", "json" or "html"."""
    if format == "json":
        return render_json(result)
    if format == "html":
        return render_html(result)
    if format == "text":
        return render_text(result, color=color)
    raise ValueError(f"unknown report format {format!r} (text, json, html)")
