"""Saved web pages as lines of visible text, and the page vocabulary the page adapters share.

The scraped-page adapters (``aggregator``, ``summary_page``) read text the way a
scraper saw it: one line per block. A saved HTML page is brought to that same
form here, so that both versions of a page go through one parser and give one
record. Block elements (``p``, ``div``, ``h1``...) end a line, inline elements
run together exactly as they are drawn (which is how the summary page's
"facility🇨🇳City, State, Country..." line arises), list items get the "- " a
text scrape shows, and table cells are joined by a tab so a parser can split a
flattened row exactly where the page had cell borders.
"""

from __future__ import annotations

import html as html_module
import re
from typing import NamedTuple

from lxml import etree

__all__ = [
    "COUNTRY_CODES",
    "PageText",
    "country_flag",
    "looks_like_html",
    "page_lines",
    "split_country",
    "text_lines",
]

_HTML_START = re.compile(r"\A(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|main)\b",
                         re.IGNORECASE | re.DOTALL)

# Site chrome (navigation, footers) is never trial data, and would read as page content.
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object",
                   "canvas", "select", "option", "title", "meta", "link", "nav", "footer"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "html", "center", "menu",
})
_CELL = frozenset({"td", "th"})
_CELL_GAP = re.compile(r" *\t *")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_PRE_STYLE = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)
_TAB = "\ue001"  # stands for a cell border until the line is finished
_NEWLINE = "\ue002"  # a line break inside preformatted text
_ITEM = "\ue003"  # a list item's "- ", dropped when the item is empty


class PageText(NamedTuple):
    """The visible lines of a page and its main heading (``<h1>``), if any."""

    lines: list[str]
    heading: str | None


def looks_like_html(head: str) -> bool:
    """Whether text that starts with ``head`` is an HTML document."""
    return bool(_HTML_START.match(head.lstrip("\ufeff \t\r\n")))


def text_lines(text: str) -> list[str]:
    """A scraped text page as stripped, non-empty lines."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            out.append(line)
    return out


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


# A plain lxml parser: lxml.html's element classes cost a Python call per element.
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                           huge_tree=True, recover=True)
_FALLBACK_SKIP = re.compile(r"<(script|style|noscript|template|head|nav|footer|svg)\b.*?</\1\s*>",
                            re.IGNORECASE | re.DOTALL)
_FALLBACK_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_FALLBACK_CELL = re.compile(r"</t[dh]\s*>\s*<t[dh]\b[^>]*>", re.IGNORECASE)
_FALLBACK_BLOCK = re.compile(
    r"<(?:/?(?:" + "|".join(sorted(_BLOCK)) + r")\b[^>]*|br\b[^>]*)>", re.IGNORECASE)
_FALLBACK_TAG = re.compile(r"<[^>]*>|<!--.*?-->", re.DOTALL)
_BREAK = "\ue004"  # a block boundary (a line break in the visible text)
_WHITESPACE_RUN = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")


def _text_of(el: etree._Element) -> str:
    return str(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def _drop(el: etree._Element) -> None:
    """Remove an element but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def page_lines(document: str | bytes) -> PageText:
    """The visible text of an HTML page, one line per block, cells joined by tabs.

    The tree is marked up in place (a break marker around each block, a tab marker
    before each cell but the first, a list marker in each item, preformatted line
    breaks protected), then read as text by lxml in one pass: far faster than walking
    the text nodes in Python. A document libxml2 cannot build (nested too deep, say)
    is read by its tags instead.
    """
    data = document.encode("utf-8") if isinstance(document, str) else document
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    page = _read_tree(root) if root is not None else PageText([], None)
    if not page.lines:  # a tree too deep or broken for libxml2: read the tags as text
        page = _read_tags(data.decode("utf-8", errors="replace"))
    return page


def _read_tags(document: str) -> PageText:
    """The plain fallback: block tags break lines, every other tag is dropped."""
    text = _FALLBACK_SKIP.sub(" ", document)
    text = _FALLBACK_CELL.sub(_TAB, text)
    text = _FALLBACK_ITEM.sub(_BREAK + _ITEM, text)
    text = _FALLBACK_BLOCK.sub(_BREAK, text)
    text = html_module.unescape(_FALLBACK_TAG.sub("", text))
    return PageText(_split_lines(text), None)


def _split_lines(text: str) -> list[str]:
    lines: list[str] = []
    for part in _WHITESPACE_RUN.sub(" ", text).replace(_NEWLINE, _BREAK).split(_BREAK):
        if _ITEM in part:
            part = part.replace(_ITEM, "- " if part.strip(" \t" + _ITEM + _TAB) else "")
        if _TAB in part:
            part = _CELL_GAP.sub("\t", part.replace(_TAB, "\t"))
        line = part.strip(" \t")
        if line:
            lines.append(line)
    return lines


def _read_tree(root: etree._Element) -> PageText:
    for el in list(root.iter()):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _SKIP or (tag and _hidden(el)):
            _drop(el)
    heading: str | None = None
    for el in root.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "h1" and heading is None:
            heading = " ".join(_text_of(el).split()) or None
        if tag == "pre" or _PRE_STYLE.search(el.get("style") or ""):
            for node in el.iter():
                if node.text:
                    node.text = node.text.replace("\n", _NEWLINE)
                if node is not el and node.tail:
                    node.tail = node.tail.replace("\n", _NEWLINE)
        if tag == "br":
            el.tail = _NEWLINE + (el.tail or "")
        elif tag in _CELL:
            previous = el.getprevious()
            while previous is not None and (not isinstance(previous.tag, str)
                                            or previous.tag.lower() not in _CELL):
                previous = previous.getprevious()
            if previous is not None:
                el.text = _TAB + (el.text or "")
        elif tag in _BLOCK:
            el.text = _BREAK + (_ITEM if tag == "li" else "") + (el.text or "")
            el.tail = _BREAK + (el.tail or "")
    lines = _split_lines(_text_of(root))
    if heading is not None:
        heading = heading.replace(_ITEM, "").strip() or None
    return PageText(lines, heading)


# --------------------------------------------------------------- countries

#: Country names as ClinicalTrials.gov writes them, with their ISO 3166 codes (for flags).
COUNTRY_CODES: dict[str, str] = {
    "Afghanistan": "AF", "Albania": "AL", "Algeria": "DZ", "Andorra": "AD", "Angola": "AO",
    "Argentina": "AR", "Armenia": "AM", "Australia": "AU", "Austria": "AT", "Azerbaijan": "AZ",
    "Bahamas": "BS", "Bahrain": "BH", "Bangladesh": "BD", "Barbados": "BB", "Belarus": "BY",
    "Belgium": "BE", "Belize": "BZ", "Benin": "BJ", "Bhutan": "BT", "Bolivia": "BO",
    "Bosnia and Herzegovina": "BA", "Botswana": "BW", "Brazil": "BR", "Brunei Darussalam": "BN",
    "Bulgaria": "BG", "Burkina Faso": "BF", "Burundi": "BI", "Cambodia": "KH", "Cameroon": "CM",
    "Canada": "CA", "Cape Verde": "CV", "Central African Republic": "CF", "Chad": "TD",
    "Chile": "CL", "China": "CN", "Colombia": "CO", "Congo": "CG",
    "Congo, The Democratic Republic of the": "CD", "Costa Rica": "CR", "Cote D'Ivoire": "CI",
    "Côte D'Ivoire": "CI", "Croatia": "HR", "Cuba": "CU", "Cyprus": "CY", "Czechia": "CZ",
    "Czech Republic": "CZ", "Denmark": "DK", "Djibouti": "DJ", "Dominican Republic": "DO",
    "Ecuador": "EC", "Egypt": "EG", "El Salvador": "SV", "Equatorial Guinea": "GQ",
    "Eritrea": "ER", "Estonia": "EE", "Eswatini": "SZ", "Ethiopia": "ET", "Fiji": "FJ",
    "Finland": "FI", "France": "FR", "French Guiana": "GF", "French Polynesia": "PF",
    "Gabon": "GA", "Gambia": "GM", "Georgia": "GE", "Germany": "DE", "Ghana": "GH",
    "Greece": "GR", "Greenland": "GL", "Guadeloupe": "GP", "Guam": "GU", "Guatemala": "GT",
    "Guinea": "GN", "Guinea-Bissau": "GW", "Guyana": "GY", "Haiti": "HT", "Honduras": "HN",
    "Hong Kong": "HK", "Hungary": "HU", "Iceland": "IS", "India": "IN", "Indonesia": "ID",
    "Iran, Islamic Republic of": "IR", "Iran": "IR", "Iraq": "IQ", "Ireland": "IE",
    "Israel": "IL", "Italy": "IT", "Jamaica": "JM", "Japan": "JP", "Jordan": "JO",
    "Kazakhstan": "KZ", "Kenya": "KE", "Korea, Democratic People's Republic of": "KP",
    "Korea, Republic of": "KR", "South Korea": "KR", "Kosovo": "XK", "Kuwait": "KW",
    "Kyrgyzstan": "KG", "Lao People's Democratic Republic": "LA", "Latvia": "LV",
    "Lebanon": "LB", "Lesotho": "LS", "Liberia": "LR", "Libya": "LY",
    "Libyan Arab Jamahiriya": "LY", "Liechtenstein": "LI", "Lithuania": "LT",
    "Luxembourg": "LU", "Macau": "MO", "Macao": "MO", "Madagascar": "MG", "Malawi": "MW",
    "Malaysia": "MY", "Maldives": "MV", "Mali": "ML", "Malta": "MT", "Martinique": "MQ",
    "Mauritania": "MR", "Mauritius": "MU", "Mexico": "MX", "Moldova, Republic of": "MD",
    "Moldova": "MD", "Monaco": "MC", "Mongolia": "MN", "Montenegro": "ME", "Morocco": "MA",
    "Mozambique": "MZ", "Myanmar": "MM", "Namibia": "NA", "Nepal": "NP", "Netherlands": "NL",
    "New Caledonia": "NC", "New Zealand": "NZ", "Nicaragua": "NI", "Niger": "NE",
    "Nigeria": "NG", "North Macedonia": "MK", "Macedonia, The Former Yugoslav Republic of": "MK",
    "Norway": "NO", "Oman": "OM", "Pakistan": "PK", "Palestinian Territory, occupied": "PS",
    "Palestine, State of": "PS", "Panama": "PA", "Papua New Guinea": "PG", "Paraguay": "PY",
    "Peru": "PE", "Philippines": "PH", "Poland": "PL", "Portugal": "PT", "Puerto Rico": "PR",
    "Qatar": "QA", "Reunion": "RE", "Réunion": "RE", "Romania": "RO",
    "Russian Federation": "RU", "Russia": "RU", "Rwanda": "RW", "Saint Lucia": "LC",
    "San Marino": "SM", "Saudi Arabia": "SA", "Senegal": "SN", "Serbia": "RS",
    "Seychelles": "SC", "Sierra Leone": "SL", "Singapore": "SG", "Slovakia": "SK",
    "Slovenia": "SI", "Somalia": "SO", "South Africa": "ZA", "South Sudan": "SS", "Spain": "ES",
    "Sri Lanka": "LK", "Sudan": "SD", "Suriname": "SR", "Sweden": "SE", "Switzerland": "CH",
    "Syrian Arab Republic": "SY", "Taiwan": "TW", "Tajikistan": "TJ",
    "Tanzania": "TZ", "Tanzania, United Republic of": "TZ", "Thailand": "TH",
    "Timor-Leste": "TL", "Togo": "TG", "Trinidad and Tobago": "TT", "Tunisia": "TN",
    "Turkey": "TR", "Türkiye": "TR", "Turkey (Türkiye)": "TR", "Turkmenistan": "TM",
    "Uganda": "UG", "Ukraine": "UA", "United Arab Emirates": "AE", "United Kingdom": "GB",
    "United States": "US", "Uruguay": "UY", "Uzbekistan": "UZ", "Venezuela": "VE",
    "Viet Nam": "VN", "Vietnam": "VN", "Virgin Islands (U.S.)": "VI", "Yemen": "YE",
    "Zambia": "ZM", "Zimbabwe": "ZW",
}

# Longest names first, so "Korea, Republic of" wins over a shorter name it ends with.
_COUNTRY_SUFFIX = re.compile(
    r"(?:^|,\s*)(" + "|".join(re.escape(c) for c in sorted(COUNTRY_CODES, key=len, reverse=True))
    + r")$")


def country_flag(country: str | None) -> str:
    """The flag emoji of a country ("" when the country is unknown)."""
    code = COUNTRY_CODES.get(country or "")
    if not code:
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code)


def split_country(place: str) -> tuple[str, str | None]:
    """("Shenyang, Liaoning", "China") from "Shenyang, Liaoning, China"; no known country: (place, None)."""
    m = _COUNTRY_SUFFIX.search(place)
    if not m:
        return place, None
    return place[: m.start()].strip(" ,"), m.group(1)
