"""Text clean-up shared by all adapters: markdown escapes, HTML entities, whitespace."""

from __future__ import annotations

import html
import re

__all__ = ["unescape", "clean", "clean_inline"]

# ClinicalTrials.gov API v2 stores text as CommonMark and backslash-escapes the
# punctuation that markdown would read ("\\>", "2\\.", "\\[", "\\^", "\\~").
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~^|=&$%'\"/:;?@,])")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
_TRAILING_WS = re.compile(r"[ \t]+\n")


def unescape(text: str) -> str:
    """Undo markdown backslash escapes and HTML entities; nothing else changes."""
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text


def clean(text: str | None) -> str | None:
    """Unescaped text with its line structure kept; None for empty or blank text."""
    if text is None:
        return None
    text = unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_WS.sub("\n", text).strip()
    return text or None


def clean_inline(text: str | None) -> str | None:
    """Unescaped text on one line (titles, names): runs of white space become one space."""
    if text is None:
        return None
    text = " ".join(unescape(text).split())
    return text or None
