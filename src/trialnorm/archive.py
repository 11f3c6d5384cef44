"""The ClinicalTrials.gov Archive's history index: which versions of a study exist, and when.

A saved history page (``archive.clinicaltrials.gov/archive/NCT...``, 2005-2014) lists
every version of one study with its date, a link to the version's page, a link to
the official "Changes" page against the previous version, and the kinds of
information that changed. ``archive_versions`` reads that list; the diff tool and
the CLI use it to pair version pages in order. The page itself is not a trial
record (``trialnorm.parse`` raises ``NotATrialRecord`` on it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from trialnorm.adapters.ctgov_html import inline_text, load_document
from trialnorm.errors import ParseError

__all__ = ["ArchiveVersion", "archive_versions"]

_VERSION_DATE = re.compile(r"^(\d{4})_(\d{2})_(\d{2})$")
_HISTORY_OF = re.compile(r"History of\s+(NCT\d{8})")


@dataclass(frozen=True, slots=True)
class ArchiveVersion:
    """One version of a study in the Archive.

    ``number`` counts from 1 (the earliest version on record), ``date`` is ISO
    ("2005-06-23"), ``url`` and ``changes_url`` are the links as the page gives them
    (site-relative; ``changes_url`` is None for the first version), ``changed`` is
    the page's "Type of info changed" text ("Protocol, Recruitment, Misc.").
    """

    number: int
    date: str
    nct_id: str | None
    url: str | None
    changes_url: str | None
    changed: str | None


def archive_versions(html: str | bytes, *, source: str | None = None) -> list[ArchiveVersion]:
    """The versions a saved Archive history index lists, earliest first.

    Raises ``ParseError`` when the page is not a history index (no version table),
    naming ``source`` when given.
    """
    try:
        root = load_document(html)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"unreadable HTML ({exc})", source=source, format="ctgov-archive") from None
    tables = root.xpath("//table[contains(concat(' ', @class, ' '), ' versions ')]")
    if not tables:
        raise ParseError("not a ClinicalTrials.gov Archive history index (no version table)",
                         source=source, format="ctgov-archive")
    m = _HISTORY_OF.search(inline_text(root.find(".//h1")) or "")
    nct_id = m.group(1) if m else None
    found: list[tuple[str, str | None, str | None, str | None]] = []
    for row in tables[0].xpath(".//tr[contains(concat(' ', @class, ' '), ' version ')]"):
        date_cell = row.xpath("./th[contains(@class, 'si-date')]")
        d = _VERSION_DATE.match(inline_text(date_cell[0]) or "") if date_cell else None
        if d is None:
            continue
        study = row.xpath(".//a[normalize-space(.)='Study']/@href")
        changes = row.xpath(".//a[normalize-space(.)='Changes']/@href")
        desc = row.xpath("./td[contains(@class, 'si-desc')]")
        found.append((f"{d.group(1)}-{d.group(2)}-{d.group(3)}", study[0] if study else None,
                      changes[0] if changes else None, inline_text(desc[0]) if desc else None))
    found.sort(key=lambda v: v[0])  # numbered by date, whatever order the page used
    return [ArchiveVersion(number=i, date=date, nct_id=nct_id, url=url, changes_url=changes_url,
                           changed=changed)
            for i, (date, url, changes_url, changed) in enumerate(found, start=1)]
