"""The local record store: every raw record trialnorm fetched, kept in one SQLite file.

Where it lives: ``RecordStore(path)``; else the environment variable
``TRIALNORM_STORE``; else ``records.sqlite`` in the user's cache directory
(``platformdirs.user_cache_dir("trialnorm")``).

What a row is: one *distinct content* of one study, with the NCT ID, a version
label (the record's last update date, or ``hN`` for history version N), the fetch
time (UTC), the content hash and the raw bytes (zlib-compressed on disk). The
content hash ignores ``derivedSection.miscInfoModule.versionHolder`` (the date the
registry built its data, which changes every day without the record changing) and
unwraps a history-endpoint ``{"study": ...}`` wrapper, so a re-fetch of an
unchanged record adds nothing and a changed one adds a row. When the same content
arrives under a new label (the current record is also history version h7), the
label is added to the existing row, so both refs find it.

Order: a study's versions are kept oldest first by the record's own last update
date; versions with the same date (a change to derived fields only, or a revert)
by when each was last fetched. So a history walk (oldest first) ends at the
newest version, a current record fetched again is the newest of its date, and
ordinals can shift when older versions (history) are added later.

Refs name one stored version (``get(nct_id, ref)``, and ``NCT01234567@REF`` on the
command line, read by ``parse_store_ref``):

==============  ================================================================
``latest``      the newest stored version (the default)
``3``           the 3rd stored version of that study, counting from 1, oldest first
``-2``          counting from the end: ``-1`` is the latest, ``-2`` the one before
``h3``          the row fetched as history version 3 (versions count from 0)
``2023-06-28``  the row labelled with that date; else the record as it stood on
                that date: the newest row whose last update date is on or before
                it (``2023-06`` and ``2023`` work too: four digits are a year, never
                an ordinal; an ``int`` given to ``get`` is always an ordinal)
==============  ================================================================

Nothing unreadable is ever stored: ``put`` refuses a body that is not JSON or that
``trialnorm.parse`` cannot read, with ``StoreError``.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, Self

import orjson

from trialnorm.errors import StoreError, TrialnormError

__all__ = [
    "RecordStore",
    "Ref",
    "StoredRecord",
    "StudySummary",
    "content_hash",
    "default_store_path",
    "normalize_nct_id",
    "parse_ref",
    "parse_store_ref",
    "record_version_of",
]

Ref = int | str

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id           INTEGER PRIMARY KEY,
    nct_id       TEXT NOT NULL,
    version      TEXT,
    updated      TEXT,
    fetched_at   TEXT NOT NULL,
    seen_at      TEXT NOT NULL,
    position     INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL,
    source       TEXT,
    raw_z        BLOB NOT NULL,
    UNIQUE (nct_id, content_hash)
);
CREATE TABLE IF NOT EXISTS labels (
    record_id INTEGER NOT NULL REFERENCES records(id),
    nct_id    TEXT NOT NULL,
    label     TEXT NOT NULL,
    PRIMARY KEY (record_id, label)
);
CREATE INDEX IF NOT EXISTS labels_by_nct ON labels (nct_id, label);
"""
# Columns added since schema 1, with how to fill them in an older store.
_ADDED_COLUMNS = (
    ("seen_at", "TEXT", "fetched_at"),
    ("position", "INTEGER NOT NULL DEFAULT 0", "id"),
)
_SCHEMA_VERSION = 2
# Versions in time order: the record's own last update date, then the later fetch.
_CHRONOLOGY = "COALESCE(updated, ''), position"

_NCT_ID = re.compile(r"\ANCT[0-9]{8}\Z")
_SPACES = re.compile(r"\s+")
_STORE_REF = re.compile(r"\A\s*(?P<nct>[Nn][Cc][Tt][\s\d]{8,})\s*@\s*(?P<ref>\S+)\s*\Z")
_ORDINAL_REF = re.compile(r"\A-?\d+\Z", re.ASCII)
_HISTORY_REF = re.compile(r"\Ah(\d+)\Z", re.IGNORECASE | re.ASCII)
_DATE_REF = re.compile(r"\A\d{4}(?:-\d{2}(?:-\d{2})?)?\Z", re.ASCII)

_COLUMNS = "id, nct_id, version, updated, fetched_at, seen_at, content_hash, source, raw_z"


def normalize_nct_id(text: str) -> str | None:
    """``NCT`` + 8 digits, upper case, from text that may differ in case and spacing.

    None when the text is not an NCT ID, so that nothing else ever reaches a URL
    or a query.
    """
    if not isinstance(text, str) or len(text) > 64:
        return None
    candidate = _SPACES.sub("", text).upper()
    return candidate if _NCT_ID.match(candidate) else None


def parse_ref(text: str) -> Ref | None:
    """A version ref (see the module docstring) from text; None when it is not one."""
    text = text.strip()
    if text.lower() == "latest":
        return "latest"
    if _ORDINAL_REF.match(text) and not (len(text) == 4 and text[0] != "-"):  # 4 digits: a year
        number = int(text)
        return number if number != 0 else None
    history = _HISTORY_REF.match(text)
    if history:
        return f"h{int(history.group(1))}"
    if _DATE_REF.match(text):
        return text
    return None


def parse_store_ref(text: str) -> tuple[str, Ref] | None:
    """``(nct_id, ref)`` from ``NCT01234567@REF``, or None when text is not such a ref.

    REF is ``latest``, an ordinal (``3``, ``-1``), a history version (``h3``) or a
    date (``2023-06-28``). A bare NCT ID, a file path or a malformed ref gives None,
    so a caller can tell store refs from paths.
    """
    match = _STORE_REF.match(text) if isinstance(text, str) else None
    if not match:
        return None
    nct_id = normalize_nct_id(match.group("nct"))
    ref = parse_ref(match.group("ref"))
    if nct_id is None or ref is None:
        return None
    return nct_id, ref


def default_store_path() -> Path:
    """``TRIALNORM_STORE`` if set, else ``records.sqlite`` in the user's cache dir."""
    env = os.environ.get("TRIALNORM_STORE")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only needed for the default location

    return Path(platformdirs.user_cache_dir("trialnorm", appauthor=False)) / "records.sqlite"


def _study_of(data: Any) -> Any:
    """The v2 study inside a history-endpoint wrapper, or the data itself."""
    if isinstance(data, dict) and isinstance(data.get("study"), dict) \
            and "protocolSection" not in data:
        return data["study"]
    return data


def _without_volatile(study: Any) -> Any:
    """The study minus the registry's daily ``versionHolder`` stamp (shallow copies only)."""
    if not isinstance(study, dict):
        return study
    derived = study.get("derivedSection")
    if not isinstance(derived, dict):
        return study
    misc = derived.get("miscInfoModule")
    if not isinstance(misc, dict) or "versionHolder" not in misc:
        return study
    misc = {k: v for k, v in misc.items() if k != "versionHolder"}
    derived = {**derived, "miscInfoModule": misc}
    return {**study, "derivedSection": derived}


def content_hash(data: Any) -> str:
    """SHA-256 of a record's content, stable across key order and daily re-stamping."""
    canonical = orjson.dumps(_without_volatile(_study_of(data)), option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()


def record_version_of(data: Any) -> str | None:
    """The record's last update date (submitted, else posted), else its versionHolder."""
    study = _study_of(data)
    if not isinstance(study, dict):
        return None
    status = _member(_member(study, "protocolSection"), "statusModule")
    submitted = status.get("lastUpdateSubmitDate")
    if isinstance(submitted, str) and submitted:
        return submitted
    posted = status.get("lastUpdatePostDateStruct")
    if isinstance(posted, dict) and isinstance(posted.get("date"), str) and posted["date"]:
        return str(posted["date"])
    holder = _member(_member(study, "derivedSection"), "miscInfoModule").get("versionHolder")
    return holder if isinstance(holder, str) and holder else None


def _member(data: dict[str, Any], key: str) -> dict[str, Any]:
    """``data[key]`` when it is an object, else an empty one (odd records never raise)."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}


class StudySummary(NamedTuple):
    """What the store keeps of one study: how many versions, the newest, when last seen."""

    nct_id: str
    versions: int
    latest_version: str | None
    last_seen: str


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """One stored version of one study. ``ordinal`` counts from 1, oldest first.

    ``fetched_at`` is when this content was first fetched, ``seen_at`` when it was
    last fetched unchanged; ``updated`` the record's own last update date; ``labels``
    every version label it arrived under (a date, ``hN``).
    """

    nct_id: str
    version: str | None
    fetched_at: str
    content_hash: str
    raw: bytes
    ordinal: int
    updated: str | None = None
    seen_at: str | None = None
    source: str | None = None
    labels: tuple[str, ...] = ()

    @property
    def ref(self) -> str:
        """``NCT01234567@N``: how to name this row on the command line."""
        return f"{self.nct_id}@{self.ordinal}"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class RecordStore:
    """The SQLite record store (see the module docstring). Safe to share between threads."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_store_path()
        self._lock = threading.Lock()
        try:
            if str(self.path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False,
                                       isolation_level=None)
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > _SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store schema {version} is newer than this "
                                 f"trialnorm reads ({_SCHEMA_VERSION}); upgrade trialnorm")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._migrate()
            self._db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the record store ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the record store "
                             f"({exc.strerror or exc})") from exc

    def _migrate(self) -> None:
        """Bring a store written by an older trialnorm up to this schema, in place."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(records)")}
        for name, kind, fill in _ADDED_COLUMNS:
            if name not in columns:
                self._db.execute(f"ALTER TABLE records ADD COLUMN {name} {kind}")
                self._db.execute(f"UPDATE records SET {name} = {fill}")
        self._db.execute("CREATE INDEX IF NOT EXISTS records_by_nct "
                         "ON records (nct_id, position)")

    # -------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RecordStore({str(self.path)!r})"

    # -------------------------------------------------------------- writing

    def put(self, nct_id: str, raw: bytes, version: str | None = None,
            source: str | None = None) -> bool:
        """Keep ``raw`` as a version of ``nct_id``; False when that content is already kept.

        ``version`` labels the row (a last update date, or ``hN`` for history
        version N); None reads the last update date from the record. The body must
        be JSON that ``trialnorm.parse`` reads as the same study, else StoreError:
        the store never holds a bad body.
        """
        nct = normalize_nct_id(nct_id)
        if nct is None:
            raise StoreError(f"{nct_id!r} is not an NCT ID; nothing stored")
        data = self._checked(nct, raw)
        return self._put(nct, raw, data, version, source)

    def _checked(self, nct: str, raw: bytes) -> Any:
        """The loaded JSON of a body that parses as study ``nct``; StoreError otherwise."""
        from trialnorm._api import parse  # the store sits below the API; import late

        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise StoreError(f"{nct}: refusing to store a body that is not JSON ({exc})") from None
        try:
            trial = parse(data, source=nct)
        except TrialnormError as exc:
            raise StoreError(f"{nct}: refusing to store an unreadable record ({exc})") from None
        if trial.nct_id is not None and trial.nct_id != nct:
            raise StoreError(f"{nct}: refusing to store: the record is {trial.nct_id}")
        return data

    def _put(self, nct: str, raw: bytes, data: Any, version: str | None,
             source: str | None) -> bool:
        """``put`` for a body already checked (fetch validates it once, as it parses)."""
        digest = content_hash(data)
        updated = record_version_of(data)
        label = version if version is not None else updated
        try:
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    row = self._db.execute(
                        "SELECT id, position FROM records WHERE nct_id = ? AND "
                        "content_hash = ?", (nct, digest)).fetchone()
                    (last,) = self._db.execute(
                        "SELECT COALESCE(MAX(position), 0) FROM records WHERE nct_id = ?",
                        (nct,)).fetchone()
                    added = row is None
                    now = _now()
                    if added:
                        cursor = self._db.execute(
                            "INSERT INTO records (nct_id, version, updated, fetched_at, "
                            "seen_at, position, content_hash, source, raw_z) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (nct, label, updated, now, now, last + 1, digest, source,
                             zlib.compress(bytes(raw), 6)))
                        record_id = cursor.lastrowid
                    else:  # seen again: the newest of the versions with its update date
                        record_id, position = row
                        self._db.execute(
                            "UPDATE records SET seen_at = ?, position = ? WHERE id = ?",
                            (now, position if position == last else last + 1, record_id))
                    if label:
                        self._db.execute(
                            "INSERT OR IGNORE INTO labels (record_id, nct_id, label) "
                            "VALUES (?, ?, ?)", (record_id, nct, label))
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write {nct} ({exc})") from exc
        return added

    # -------------------------------------------------------------- reading

    def summary(self) -> list[StudySummary]:
        """One line per study kept, by NCT ID, read without loading any record."""
        rows = self._query(
            "SELECT nct_id, COUNT(*), MAX(seen_at) FROM records GROUP BY nct_id "
            "ORDER BY nct_id", ())
        newest = ("SELECT nct_id, version, ROW_NUMBER() OVER (PARTITION BY nct_id "
                  "ORDER BY COALESCE(updated, '') DESC, position DESC) AS n FROM records")
        latest = dict(self._query(f"SELECT nct_id, version FROM ({newest}) WHERE n = 1", ()))
        return [StudySummary(nct, count, latest.get(nct), seen) for nct, count, seen in rows]

    def nct_ids(self) -> list[str]:
        """Every study the store holds, sorted."""
        rows = self._query("SELECT DISTINCT nct_id FROM records ORDER BY nct_id", ())
        return [r[0] for r in rows]

    def versions(self, nct_id: str) -> list[StoredRecord]:
        """Every stored version of ``nct_id``, oldest first ([] when none).

        Oldest first by the record's own last update date; versions with the same
        date by when they were last fetched (a history walk goes oldest first, and a
        current record fetched again is the newest of its date).
        """
        nct = normalize_nct_id(nct_id)
        if nct is None:
            raise StoreError(f"{nct_id!r} is not an NCT ID")
        rows = self._query(f"SELECT {_COLUMNS} FROM records WHERE nct_id = ? "
                           f"ORDER BY {_CHRONOLOGY}", (nct,))
        labels = self._labels(nct)
        return [self._record(row, i, labels) for i, row in enumerate(rows, start=1)]

    def get(self, nct_id: str, ref: Ref = "latest") -> StoredRecord:
        """The stored version ``ref`` names (see the module docstring); StoreError if none."""
        nct = normalize_nct_id(nct_id)
        if nct is None:
            raise StoreError(f"{nct_id!r} is not an NCT ID")
        parsed = parse_ref(str(ref)) if not isinstance(ref, int) else (ref or None)
        if parsed is None:
            raise StoreError(f"{nct}@{ref}: not a version ref (latest, N, -N, hN or a date)")
        rows = self.versions(nct)
        if not rows:
            raise StoreError(f"{nct}: not in the local store ({self.path})")
        found = _resolve(rows, parsed)
        if found is None:
            kept = ", ".join(f"{r.ordinal}={r.version}" for r in rows)
            raise StoreError(f"{nct}@{ref}: no such stored version (kept: {kept})")
        return found

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM records", ())[0][0])

    def _labels(self, nct: str) -> dict[int, tuple[str, ...]]:
        by_record: dict[int, list[str]] = {}
        for record_id, label in self._query(
                "SELECT record_id, label FROM labels WHERE nct_id = ? ORDER BY rowid", (nct,)):
            by_record.setdefault(record_id, []).append(label)
        return {k: tuple(v) for k, v in by_record.items()}

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read the record store ({exc})") from exc

    def _record(self, row: tuple[Any, ...], ordinal: int,
                labels: dict[int, tuple[str, ...]]) -> StoredRecord:
        record_id, nct, version, updated, fetched_at, seen_at, digest, source, raw_z = row
        try:
            raw = zlib.decompress(raw_z)
        except zlib.error as exc:
            raise StoreError(f"{self.path}: stored row {nct}@{ordinal} is corrupt ({exc})") \
                from exc
        return StoredRecord(nct_id=nct, version=version, fetched_at=fetched_at,
                            content_hash=digest, raw=raw, ordinal=ordinal, updated=updated,
                            seen_at=seen_at, source=source, labels=labels.get(record_id, ()))


def _resolve(rows: list[StoredRecord], ref: Ref) -> StoredRecord | None:
    """The row of ``rows`` (oldest first, non-empty) that ``ref`` names."""
    if ref == "latest":
        return rows[-1]
    if isinstance(ref, int):
        if 1 <= ref <= len(rows):
            return rows[ref - 1]
        if -len(rows) <= ref <= -1:
            return rows[ref]
        return None
    labelled = [r for r in rows if ref in r.labels or r.version == ref]
    if labelled:
        return labelled[-1]
    if _DATE_REF.match(ref):  # as of that date: the newest update on or before it
        as_of = [r for r in rows if r.updated and r.updated[:len(ref)] <= ref]
        if as_of:
            return max(as_of, key=lambda r: (r.updated or "", r.ordinal))
    return None
