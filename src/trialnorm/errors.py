"""The exceptions trialnorm raises.

Every error a user can meet derives from ``TrialnormError``::

    TrialnormError
     ├── ParseError              an input could not be turned into a Trial
     │    ├── UnrecognizedFormat no adapter recognizes the input
     │    └── NotATrialRecord    the input is a page of the right site, but no trial
     │                           (an error page, a search page)
     ├── FetchError              ClinicalTrials.gov could not give the record
     │    ├── StudyNotFound      the registry answered 404
     │    ├── HistoryUnavailable the (undocumented) Record History endpoints failed
     │    └── InvalidNctId       the id is not NCT + 8 digits (no request is made)
     └── StoreError              the local record store could not be read or written

Messages name the source (a path or an NCT ID), the adapter tried and the reason,
and quote the offending snippet where there is one, so that a one-line
``str(error)`` is enough for a user to act on.
"""

from __future__ import annotations

__all__ = [
    "FetchError",
    "HistoryUnavailable",
    "InvalidNctId",
    "NotATrialRecord",
    "ParseError",
    "StoreError",
    "StudyNotFound",
    "TrialnormError",
    "UnrecognizedFormat",
]


class TrialnormError(Exception):
    """Base of every trialnorm exception."""


class ParseError(TrialnormError, ValueError):
    """An input could not be parsed into a Trial.

    ``source`` is the path, URL or NCT ID the data came from (None for anonymous
    data), ``format`` the adapter that tried, ``reason`` what went wrong and
    ``snippet`` the offending text, shortened.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        format: str | None = None,
        snippet: str | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.format = format
        self.snippet = _shorten(snippet) if snippet else None
        super().__init__(self._message())

    def _message(self) -> str:
        parts = [self.source or "<data>"]
        if self.format:
            parts.append(f"as {self.format}")
        text = ": ".join([" ".join(parts), self.reason])
        if self.snippet:
            text += f" (near {self.snippet!r})"
        return text


class UnrecognizedFormat(ParseError):
    """No adapter recognizes the input. ``tried`` lists the adapters asked."""

    def __init__(self, reason: str, *, source: str | None = None, tried: list[str] | None = None,
                 snippet: str | None = None) -> None:
        self.tried = list(tried or [])
        super().__init__(reason, source=source, format=None, snippet=snippet)

    def _message(self) -> str:
        text = f"{self.source or '<data>'}: {self.reason}"
        if self.tried:
            text += f"; tried {', '.join(self.tried)}"
        if self.snippet:
            text += f" (starts {self.snippet!r})"
        return text


class NotATrialRecord(ParseError):
    """The input is a page of a known site, but holds no trial record."""


class FetchError(TrialnormError):
    """A record could not be fetched from ClinicalTrials.gov."""


class StudyNotFound(FetchError):
    """The registry has no study with that NCT ID."""


class HistoryUnavailable(FetchError):
    """The Record History endpoints failed or answered in a shape trialnorm does not know."""


class InvalidNctId(FetchError, ValueError):
    """The text is not an NCT ID (NCT followed by 8 digits)."""


class StoreError(TrialnormError):
    """The local record store could not be read or written."""


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
