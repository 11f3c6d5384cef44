"""Fetching records from ClinicalTrials.gov: the only module that does network I/O.

    >>> import trialnorm
    >>> trial = trialnorm.fetch("NCT07409766")

``CtgovClient`` speaks to the registry politely and survives a bad network:

- NCT IDs are checked before any request (``NCT`` + 8 digits; case and spaces
  forgiven); nothing else ever becomes part of a URL (``InvalidNctId``).
- A User-Agent names trialnorm and its version; connect and read timeouts apply.
- 429, 5xx, connection failures, timeouts, truncated bodies and bodies that are not
  JSON are retried by ``tenacity`` with exponential backoff and jitter; a
  ``Retry-After`` header is honoured (a wait longer than ``max_retry_after`` gives
  up at once rather than hang). After ``attempts`` tries the last failure is raised
  as ``FetchError``.
- A token bucket keeps to ``rate`` requests per second (default 3), retries included.
- 404 is ``StudyNotFound``.

Endpoints: ``/api/v2/studies/{id}`` (the record), ``/api/v2/studies`` (search, paged
with ``pageToken``), and the website's undocumented Record History endpoints
``/api/int/studies/{id}?history=true`` and ``/api/int/studies/{id}/history/{n}``.
When those fail or change shape the error is ``HistoryUnavailable`` (a
``FetchError``) with a message that says so; the current record still works.

Every record fetched is validated (``trialnorm.parse``) and kept in the local
``RecordStore`` (``trialnorm.store``) unless ``store=False``; ``offline=True`` serves
from the store instead of the network. The base URL is ``https://clinicaltrials.gov``
unless given, or set in the environment as ``TRIALNORM_BASE_URL`` (mirrors, tests).
"""

from __future__ import annotations

import email.utils
import importlib.metadata
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Self

import httpx
import orjson
import tenacity
import tenacity.stop

from trialnorm.errors import (
    FetchError,
    HistoryUnavailable,
    InvalidNctId,
    StoreError,
    StudyNotFound,
    TrialnormError,
)
from trialnorm.model import Trial
from trialnorm.store import (
    RecordStore,
    StoredRecord,
    default_store_path,
    normalize_nct_id,
    record_version_of,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "USER_AGENT",
    "CtgovClient",
    "FetchedRecord",
    "HistoryUnavailable",
    "RateLimiter",
    "check_nct_id",
    "default_client",
    "fetch",
    "fetch_history",
    "fetch_record",
    "search_records",
]

log = logging.getLogger("trialnorm.fetch")

DEFAULT_BASE_URL = "https://clinicaltrials.gov"
#: The API's own cap on ``pageSize``; more records take more pages.
MAX_PAGE_SIZE = 1000


def _user_agent() -> str:
    # read from the installed metadata: trialnorm/__init__ re-exports this module
    try:
        version = importlib.metadata.version("trialnorm")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"trialnorm/{version} httpx/{httpx.__version__}"


USER_AGENT = _user_agent()

StoreArg = RecordStore | None | Literal[False]


class _Transient(Exception):
    """A failure worth another try: 429, 5xx or a body that is not (complete) JSON."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class _StopOnLongRetryAfter(tenacity.stop.stop_base):
    """Give up at once when the server asks for a longer wait than we are willing to give."""

    def __init__(self, limit: float) -> None:
        self.limit = limit

    def __call__(self, state: tenacity.RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        return (isinstance(exc, _Transient) and exc.retry_after is not None
                and exc.retry_after > self.limit)


def check_nct_id(text: str) -> str:
    """The NCT ID in ``text``, upper case and without spaces; ``InvalidNctId`` otherwise."""
    nct = normalize_nct_id(text)
    if nct is None:
        shown = text if isinstance(text, str) and len(text) <= 40 else f"{str(text)[:37]}..."
        raise InvalidNctId(f"{shown!r} is not an NCT ID (NCT followed by 8 digits)")
    return nct


def _retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RateLimiter:
    """A token bucket: at most ``rate`` acquisitions per second, ``burst`` at once.

    Thread-safe; ``rate`` None or <= 0 means no limit. ``clock`` and ``sleep`` are
    injectable so tests need not wait.
    """

    def __init__(self, rate: float | None = 3.0, burst: int = 1, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.rate = rate if rate and rate > 0 else None
        self.burst = max(1, int(burst))
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(self.burst)
        self._stamp = clock()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take one token, waiting for it if need be; returns the seconds waited."""
        if self.rate is None:
            return 0.0
        with self._lock:  # waiting under the lock keeps concurrent callers in line
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            waited = 0.0
            if self._tokens < 1.0:
                waited = (1.0 - self._tokens) / self.rate
                self._sleep(waited)
                self._tokens = 1.0
                self._stamp = self._clock()
            self._tokens -= 1.0
            return waited


class CtgovClient:
    """A ClinicalTrials.gov client: records, search, record history.

    ``base_url``: default ``TRIALNORM_BASE_URL`` or https://clinicaltrials.gov.
    ``http``: an ``httpx.Client`` to use (tests inject one with a MockTransport);
    by default the client makes its own. ``rate``: requests per second (None for no
    limit). ``attempts``: tries per request, the first included. ``backoff`` and
    ``max_backoff``: the exponential wait in seconds before the 2nd try and its cap;
    ``jitter``: up to this many seconds are added at random. ``max_retry_after``:
    the longest Retry-After honoured (longer gives up). ``sleep``: how to wait
    between tries (injectable for tests).
    """

    def __init__(self, base_url: str | None = None, *, http: httpx.Client | None = None,
                 rate: float | None = 3.0, attempts: int = 5, backoff: float = 1.0,
                 max_backoff: float = 30.0, jitter: float = 1.0,
                 max_retry_after: float = 120.0, connect_timeout: float = 10.0,
                 read_timeout: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep,
                 limiter: RateLimiter | None = None) -> None:
        base = base_url or os.environ.get("TRIALNORM_BASE_URL") or DEFAULT_BASE_URL
        try:
            url = httpx.URL(base)
        except (httpx.InvalidURL, TypeError) as exc:
            raise FetchError(f"{base!r} is not a usable base URL ({exc})") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise FetchError(f"{base!r} is not a usable base URL (need http:// or https://)")
        self.base_url = str(base).rstrip("/")
        self.attempts = max(1, int(attempts))
        self.max_retry_after = max_retry_after
        self.limiter = limiter or RateLimiter(rate)
        self._owns_http = http is None
        self.http = http or httpx.Client(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        )
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        self._exponential = (tenacity.wait_exponential(multiplier=backoff, max=max_backoff)
                             + tenacity.wait_random(0, jitter))
        self._sleep = sleep

    # -------------------------------------------------------------- lifecycle

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CtgovClient({self.base_url!r})"

    # -------------------------------------------------------------- endpoints

    def study_url(self, nct_id: str) -> str:
        return f"{self.base_url}/api/v2/studies/{check_nct_id(nct_id)}"

    def get_study_raw(self, nct_id: str) -> bytes:
        """The v2 record of ``nct_id`` exactly as the registry sent it (checked to be JSON)."""
        nct = check_nct_id(nct_id)
        raw, _ = self._get_json(self.study_url(nct), what=nct)
        return raw

    def get_study(self, nct_id: str) -> dict[str, Any]:
        """The v2 record of ``nct_id`` as loaded JSON."""
        nct = check_nct_id(nct_id)
        _, data = self._get_json(self.study_url(nct), what=nct)
        if not isinstance(data, dict):
            raise FetchError(f"{nct}: the registry answered with a JSON "
                             f"{type(data).__name__}, not a study object")
        return data

    def search(self, query: str, max: int | None = None) -> Iterator[dict[str, Any]]:
        """Every study matching ``query`` (the site's search terms), paging past 1,000."""
        if max is not None and max <= 0:
            return
        url = f"{self.base_url}/api/v2/studies"
        token: str | None = None
        yielded = 0
        seen_tokens: set[str] = set()
        while True:
            size = MAX_PAGE_SIZE if max is None else min(MAX_PAGE_SIZE, max - yielded)
            params: dict[str, str | int] = {"query.term": query, "pageSize": size,
                                            "format": "json"}
            if token:
                params["pageToken"] = token
            try:
                _, page = self._get_json(url, params=params, what=f"search {query!r}")
            except StudyNotFound:
                raise FetchError(f"search {query!r}: {url} answered 404 (no search "
                                 "endpoint there)") from None
            studies = page.get("studies") if isinstance(page, dict) else None
            if not isinstance(studies, list):
                raise FetchError(f"search {query!r}: the registry answered without a "
                                 "studies list")
            for study in studies:
                if isinstance(study, dict):
                    yield study
                    yielded += 1
                    if max is not None and yielded >= max:
                        return
            token = page.get("nextPageToken")
            if not token or not studies or token in seen_tokens:
                return
            seen_tokens.add(token)  # a server that repeats a token would loop forever

    def history(self, nct_id: str) -> list[dict[str, Any]]:
        """The versions of ``nct_id`` (``version`` from 0, ``date``), oldest first.

        Read from the website's Record History endpoint, which is not a documented
        API: any failure or unknown shape is ``HistoryUnavailable``.
        """
        nct = check_nct_id(nct_id)
        url = f"{self.base_url}/api/int/studies/{nct}"
        data = self._history_json(url, {"history": "true"}, nct)[1]
        history = data.get("history") if isinstance(data, dict) else None
        changes = history.get("changes") if isinstance(history, dict) else None
        if not isinstance(changes, list):
            raise HistoryUnavailable(f"{nct}: record history unavailable: the history "
                                     "endpoint answered in an unknown shape (no history.changes)")
        versions: list[dict[str, Any]] = []
        for change in changes:
            version = change.get("version") if isinstance(change, dict) else None
            if not isinstance(version, int) or isinstance(version, bool) or version < 0:
                raise HistoryUnavailable(f"{nct}: record history unavailable: a change "
                                         f"without a version number ({str(change)[:60]})")
            versions.append(change)
        versions.sort(key=lambda c: c["version"])
        return versions

    def get_version_raw(self, nct_id: str, version: int) -> bytes:
        """History version ``version`` of ``nct_id`` as sent: ``{"study": ..., "studyVersion": N}``."""
        nct = check_nct_id(nct_id)
        if not isinstance(version, int) or isinstance(version, bool) or version < 0:
            raise FetchError(f"{nct}: {version!r} is not a history version (0, 1, 2, ...)")
        url = f"{self.base_url}/api/int/studies/{nct}/history/{version}"
        raw, data = self._history_json(url, None, nct)
        study = data.get("study") if isinstance(data, dict) else None
        if not isinstance(study, dict) or not isinstance(study.get("protocolSection"), dict):
            raise HistoryUnavailable(f"{nct}: record history unavailable: version {version} "
                                     "came in an unknown shape (no study.protocolSection)")
        return raw

    def get_version(self, nct_id: str, version: int) -> dict[str, Any]:
        """History version ``version`` of ``nct_id``: ``{"study": {...}, "studyVersion": N}``."""
        data: dict[str, Any] = orjson.loads(self.get_version_raw(nct_id, version))
        return data

    # -------------------------------------------------------------- transport

    def _history_json(self, url: str, params: dict[str, str] | None,
                      nct: str) -> tuple[bytes, Any]:
        try:
            return self._get_json(url, params=params, what=nct)
        except StudyNotFound:
            raise HistoryUnavailable(f"{nct}: record history unavailable: the history "
                                     "endpoint answered 404") from None
        except HistoryUnavailable:
            raise
        except FetchError as exc:
            raise HistoryUnavailable(f"{nct}: record history unavailable: "
                                     f"{str(exc).removeprefix(nct + ': ')}") from None

    def _get_json(self, url: str, *, params: dict[str, Any] | None = None,
                  what: str) -> tuple[bytes, Any]:
        """GET ``url``, retried as the class docstring says; (raw body, loaded JSON)."""
        retrying = tenacity.Retrying(
            stop=(tenacity.stop_after_attempt(self.attempts)
                  | _StopOnLongRetryAfter(self.max_retry_after)),
            wait=self._wait,
            retry=tenacity.retry_if_exception_type((_Transient, httpx.TransportError)),
            sleep=self._sleep,
            reraise=True,
            before_sleep=self._log_retry,
        )
        try:
            return retrying(self._attempt, url, params, what)
        except _Transient as exc:
            raise FetchError(f"{what}: {exc.reason} (gave up after "
                             f"{self._attempts_made(retrying)})") from None
        except httpx.TimeoutException as exc:
            raise FetchError(f"{what}: {self.base_url} timed out ({type(exc).__name__}; "
                             f"gave up after {self._attempts_made(retrying)})") from None
        except httpx.TransportError as exc:
            reason = str(exc) or type(exc).__name__
            raise FetchError(f"{what}: cannot reach {self.base_url} ({reason}; gave up after "
                             f"{self._attempts_made(retrying)})") from None

    @staticmethod
    def _attempts_made(retrying: tenacity.Retrying) -> str:
        number = retrying.statistics.get("attempt_number", 1)
        return f"{number} attempt{'s' if number != 1 else ''}"

    def _attempt(self, url: str, params: dict[str, Any] | None, what: str) -> tuple[bytes, Any]:
        self.limiter.acquire()
        response = self.http.get(url, params=params, headers=self._headers)
        status = response.status_code
        if status == 404:
            raise StudyNotFound(f"{what}: no such study (the registry answered 404)")
        if status == 429 or status >= 500:
            retry_after = _retry_after(response.headers.get("Retry-After"))
            asked = f" with Retry-After {retry_after:g}s" if retry_after is not None else ""
            raise _Transient(f"the registry answered HTTP {status}{asked}", retry_after)
        if status != 200:
            detail = " ".join(response.text.split())[:120]
            raise FetchError(f"{what}: the registry answered HTTP {status}"
                             + (f" ({detail})" if detail else ""))
        raw = response.content
        try:
            return raw, orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise _Transient(f"the registry sent a body that is not JSON "
                             f"({len(raw):,} bytes; {exc})") from None

    def _wait(self, state: tenacity.RetryCallState) -> float:
        delay = float(self._exponential(state))
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Transient) and exc.retry_after is not None:
            return max(delay, exc.retry_after)  # never sooner than the server asked
        return delay

    @staticmethod
    def _log_retry(state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        log.info("attempt %d failed (%s); retrying in %.2fs", state.attempt_number,
                 exc, wait)


# ------------------------------------------------------------------ records


@dataclass(frozen=True, slots=True)
class FetchedRecord:
    """One record as fetched: its raw body, its parse, its version label, its URL."""

    nct_id: str
    raw: bytes
    trial: Trial
    version: str | None
    url: str
    stored: bool = False


def _open_store(store: StoreArg) -> RecordStore | None:
    """The store to use: the given one, none for False, else the default one if it opens."""
    if store is False:
        return None
    if store is not None:
        return store
    try:
        return _default_store()
    except StoreError as exc:  # a read-only cache dir must not stop a fetch
        log.warning("not keeping fetched records: %s", exc)
        return None


_DEFAULT_CLIENTS: dict[str, CtgovClient] = {}
_DEFAULT_STORES: dict[str, RecordStore] = {}
_DEFAULTS_LOCK = threading.Lock()


def default_client() -> CtgovClient:
    """The client ``fetch()`` uses when given none: one per base URL, kept for reuse, so
    that repeated calls share its connections and its rate limit."""
    base = (os.environ.get("TRIALNORM_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    with _DEFAULTS_LOCK:
        client = _DEFAULT_CLIENTS.get(base)
        if client is None:
            client = _DEFAULT_CLIENTS[base] = CtgovClient(base)
        return client


def _default_store() -> RecordStore:
    """One open store per default path, so repeated ``fetch()`` calls share a connection."""
    path = str(default_store_path())
    with _DEFAULTS_LOCK:
        store = _DEFAULT_STORES.get(path)
        if store is None:
            store = _DEFAULT_STORES[path] = RecordStore(path)
        return store


def _parsed(nct: str, raw: bytes, data: Any, url: str) -> Trial:
    """The Trial of a fetched body, checked to be study ``nct``; FetchError otherwise."""
    from trialnorm._api import parse

    try:
        trial = parse(data, source=url)
    except TrialnormError as exc:
        raise FetchError(f"{nct}: the registry sent a record trialnorm cannot read ({exc})") \
            from None
    if trial.nct_id is not None and trial.nct_id != nct:
        raise FetchError(f"{nct}: the registry answered with {trial.nct_id} instead")
    trial.source.url, trial.source.path = url, None  # it came from a URL, not a file
    return trial


def _keep(nct: str, raw: bytes, data: Any, version: str | None, url: str,
          store: RecordStore | None) -> bool:
    if store is None:
        return False
    return store._put(nct, raw, data, version, url)


def _from_store(nct: str, row: StoredRecord) -> FetchedRecord:
    from trialnorm._api import parse

    trial = parse(row.raw, source=f"{nct}@{row.ordinal}")
    return FetchedRecord(nct, row.raw, trial, row.version, row.source or "", stored=True)


def _offline_store(store: StoreArg) -> RecordStore:
    if store is False:
        raise StoreError("offline needs the record store, and storing is switched off")
    return store if store is not None else _default_store()


def fetch_record(nct_id: str, *, client: CtgovClient | None = None, store: StoreArg = None,
                 offline: bool = False) -> FetchedRecord:
    """The current record of ``nct_id`` with its raw body; kept in the store."""
    nct = check_nct_id(nct_id)
    if offline:
        return _from_store(nct, _offline_store(store).get(nct, "latest"))
    client = client or default_client()
    url = client.study_url(nct)
    raw = client.get_study_raw(nct)
    data = orjson.loads(raw)
    trial = _parsed(nct, raw, data, url)
    version = record_version_of(data)
    stored = _keep(nct, raw, data, version, url, _open_store(store))
    return FetchedRecord(nct, raw, trial, version, url, stored)


def fetch(nct_id: str, *, client: CtgovClient | None = None, store: StoreArg = None,
          offline: bool = False) -> Trial:
    """The current ClinicalTrials.gov record of ``nct_id`` as a Trial.

    The raw record is kept in ``store`` (default: the local store, see
    ``trialnorm.store``; ``False`` keeps nothing). ``offline=True`` reads the latest
    stored version instead of the network. Raises ``InvalidNctId`` (no request
    made), ``StudyNotFound``, ``FetchError`` or ``StoreError``.
    """
    return fetch_record(nct_id, client=client, store=store, offline=offline).trial


def fetch_history(nct_id: str, *, client: CtgovClient | None = None, store: StoreArg = None,
                  offline: bool = False,
                  on_versions: Callable[[list[dict[str, Any]]], None] | None = None
                  ) -> Iterator[FetchedRecord]:
    """Every version of ``nct_id``, oldest first, each kept in the store as ``hN``.

    Online, the version list comes from the Record History endpoint (raises
    ``HistoryUnavailable`` when it fails or changes shape) and ``on_versions`` is
    told the list before the versions are fetched. Offline, every stored version.
    """
    nct = check_nct_id(nct_id)
    if offline:
        rows = _offline_store(store).versions(nct)
        if not rows:
            raise StoreError(f"{nct}: not in the local store")
        if on_versions:
            on_versions([{"version": r.ordinal, "date": r.updated} for r in rows])
        for row in rows:
            yield _from_store(nct, row)
        return
    client = client or default_client()
    kept = _open_store(store)
    changes = client.history(nct)
    if on_versions:
        on_versions(changes)
    for change in changes:
        number = change["version"]
        raw = client.get_version_raw(nct, number)
        url = f"{client.base_url}/api/int/studies/{nct}/history/{number}"
        data = orjson.loads(raw)
        try:
            trial = _parsed(nct, raw, data, url)
        except FetchError as exc:
            raise HistoryUnavailable(str(exc)) from None
        label = f"h{number}"
        stored = _keep(nct, raw, data, label, url, kept)
        yield FetchedRecord(nct, raw, trial, label, url, stored)


def search_records(query: str, *, max: int | None = None, client: CtgovClient | None = None,
                   store: StoreArg = None,
                   on_error: Callable[[FetchError], None] | None = None
                   ) -> Iterator[FetchedRecord]:
    """Every study a search finds, parsed and kept.

    A result trialnorm cannot read raises FetchError, or, with ``on_error``, is
    reported there and skipped so that one bad record does not end the search.
    A failure of the search itself always raises.
    """
    client = client or default_client()
    kept = _open_store(store)
    for position, study in enumerate(client.search(query, max=max), start=1):
        try:
            nct_guess = ((study.get("protocolSection") or {}).get("identificationModule")
                         or {}).get("nctId")
            nct = normalize_nct_id(nct_guess) if isinstance(nct_guess, str) else None
            if nct is None:
                raise FetchError(f"search {query!r}: result {position} has no NCT ID")
            raw = orjson.dumps(study)
            url = client.study_url(nct)
            trial = _parsed(nct, raw, study, url)
        except FetchError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        version = record_version_of(study)
        stored = _keep(nct, raw, study, version, url, kept)
        yield FetchedRecord(nct, raw, trial, version, url, stored)
