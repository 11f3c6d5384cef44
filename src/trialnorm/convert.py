"""Bulk conversion: folders, zip archives and mixed formats to JSONL or SQLite.

    trialnorm convert ctg-studies.json.zip saved-pages/ -o trials.sqlite --jobs 2

The work per input is pure (bytes in, results out): ``_records`` reads one input;
the driver runs it over batches of inputs in a process pool (``_convert_batch``, which
sends back one joined block of JSON lines or of SQLite rows a batch), and
``convert_item`` gives the same results input by input, for Dask (see the README's
recipe; ``rows=True`` adds each record's SQLite rows).
The driver streams inputs (``inputs.iter_inputs``) through a bounded window of
batches, so memory stays flat whatever the input size, and writes through a
writer that commits batch by batch to ``OUT.partial`` with a journal of the
inputs done: an interrupted run leaves no half-written OUT, and ``--resume``
carries on from the last committed batch. Every input ends as records or as
exactly one error row; the summary's counts add up.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import orjson

from trialnorm._api import iter_parse
from trialnorm.errors import TrialnormError, UnrecognizedFormat
from trialnorm.inputs import DEFAULT_LIMITS, InputItem, Limits, iter_inputs
from trialnorm.model import Trial
from trialnorm.tables import INDEXES_SQL, TABLES, TABLES_SQL, add_trial_rows, trial_rows

__all__ = [
    "OUTPUT_SUFFIXES",
    "ConvertSummary",
    "ErrorResult",
    "RecordResult",
    "convert",
    "convert_item",
]

OUTPUT_SUFFIXES = (".jsonl", ".sqlite")
BATCH = 64


@dataclass
class RecordResult:
    """One record: its JSON (UTF-8 bytes) and, for SQLite output, its table rows."""

    json: bytes
    rows: dict[str, Any] | None
    warnings: list[str]
    # True when rows["trials"] ends with ``json`` decoded (the record_json column): that
    # copy is left out when the result is pickled to the parent process and rebuilt there,
    # because pickling a 20 kB str (UTF-8 both ways) cost more than the rest of the rows.
    record_json_is_json: bool = field(default=False, repr=False, compare=False)

    def __getstate__(self) -> tuple[Any, ...]:
        rows = self.rows
        if rows is not None and self.record_json_is_json:
            rows = dict(rows)
            rows["trials"] = rows["trials"][:-1]
        return self.json, rows, self.warnings, self.record_json_is_json

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.json, self.rows, self.warnings, self.record_json_is_json = state
        if self.rows is not None and self.record_json_is_json:
            self.rows["trials"] = (*self.rows["trials"], self.json.decode())


@dataclass
class ErrorResult:
    path: str
    member: str | None
    adapter: str | None
    message: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "member": self.member, "adapter": self.adapter,
                "message": self.message}


Result = RecordResult | ErrorResult


# ``Trial.model_dump_json`` without its bytes -> str step (the writers want bytes).
_to_json = Trial.__pydantic_serializer__.to_json
_NOT_EXTRAS = {"extras"}
_WARNINGS_KEY = b',"warnings":['
# Types orjson would write its own way (or pydantic would): left to pydantic.
_ORJSON_PLAIN = (orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
                 | orjson.OPT_PASSTHROUGH_SUBCLASS)


def _record_json(trial: Trial) -> bytes:
    """``trial.to_json()`` as bytes, with ``extras`` (raw source data, a third of a record)
    written by orjson: pydantic infers the type of every value of an ``Any`` field as it
    goes, which made extras 40% of the serialisation. Same bytes: orjson and pydantic write
    JSON data (str keys; str, int, float, bool, None, lists, dicts) identically; anything
    else makes orjson raise, and pydantic writes the whole record."""
    extras = trial.extras
    if extras:
        try:
            raw = orjson.dumps(extras, option=_ORJSON_PLAIN)
        except TypeError:
            return _to_json(trial, by_alias=True)
        js = _to_json(trial, by_alias=True, exclude=_NOT_EXTRAS)
        # "warnings" is the last field, and a key: inside a string its quotes are escaped.
        i = js.rindex(_WARNINGS_KEY)
        return b"".join((js[:i], b',"extras":', raw, js[i:]))
    return _to_json(trial, by_alias=True)


def _reason_kind(reason: str) -> str:
    """The part of a reason that groups errors: "invalid JSON (line 3...)" -> "invalid JSON"."""
    return reason.split(" (", 1)[0].split(";", 1)[0].strip()


def _records(item: InputItem) -> Iterator[tuple[Trial, bytes] | ErrorResult]:
    """(trial, its JSON) for every record of one input, or one error row; never raises for
    bad input."""
    item = item.load()
    if item.error is not None or item.data is None:
        reason = item.error or "no data"
        yield ErrorResult(item.path, item.member, None, reason, _reason_kind(reason))
        return
    from trialnorm.adapters import RawInput

    inp = RawInput(item.data, source=item.path, member=item.member)
    n = 0
    try:
        for trial in iter_parse(inp):
            n += 1
            yield trial, _record_json(trial)
    except TrialnormError as exc:
        if isinstance(exc, UnrecognizedFormat):
            adapter = "none (tried " + ", ".join(exc.tried) + ")" if exc.tried else None
        else:
            adapter = getattr(exc, "format", None)
        reason = getattr(exc, "reason", str(exc))
        # Records already read from a multi-record input are kept; the rest is one error row.
        yield ErrorResult(item.path, item.member, adapter, str(exc), _reason_kind(reason))
        return
    if not n:
        yield ErrorResult(item.path, item.member, None, "the input holds no trial record",
                          "the input holds no trial record")


def convert_item(item: InputItem, *, rows: bool = False) -> list[Result]:
    """Every record of one input, or one error row; never raises for bad input."""
    out: list[Result] = []
    for r in _records(item):
        if isinstance(r, ErrorResult):
            out.append(r)
            continue
        trial, js = r
        if rows:
            out.append(RecordResult(js, trial_rows(trial, js.decode()),
                                    [w.message for w in trial.warnings], True))
        else:
            out.append(RecordResult(js, None, [w.message for w in trial.warnings]))
    return out


@dataclass
class BatchResult:
    """What a batch of inputs gives the writer, built where the work is done.

    Records are numbered from 0 within the batch (the writer adds its next trial_id);
    ``jsonl`` holds their JSON lines, ``tables`` their rows per table (each row led by that
    number), as ``marshal`` bytes when ``pack`` asked for it: one object to send back to
    the main process, which decodes it faster than the unpickling of one object per record
    and row, and which then only writes.
    """

    done: list[tuple[str, int, int]]  # (input key, records, error rows) per input
    records: int
    errors: list[ErrorResult]
    warnings: Counter[str]
    jsonl: bytes | None = None
    tables: dict[str, list[tuple[Any, ...]]] | bytes | None = None

    def table_rows(self) -> dict[str, list[tuple[Any, ...]]]:
        tables = self.tables
        if isinstance(tables, bytes):
            tables = marshal.loads(tables)
        assert isinstance(tables, dict)
        return tables


def _convert_batch(items: list[InputItem], rows: bool, pack: bool = False) -> BatchResult:
    done: list[tuple[str, int, int]] = []
    errors: list[ErrorResult] = []
    warnings: Counter[str] = Counter()
    lines: list[bytes] = []
    tables: dict[str, list[tuple[Any, ...]]] | None = (
        {t: [] for t in ("trials", *TABLES)} if rows else None)
    n = 0
    for item in items:
        n_records = n_errors = 0
        for r in _records(item):
            if isinstance(r, ErrorResult):
                errors.append(r)
                n_errors += 1
                continue
            trial, js = r
            if trial.warnings:
                warnings.update([w.message for w in trial.warnings])
            if tables is not None:
                add_trial_rows(tables, n, trial, js.decode())
            else:
                lines.append(js)
            n += 1
            n_records += 1
        done.append((item.key, n_records, n_errors))
    result = BatchResult(done, n, errors, warnings)
    if tables is not None:
        result.tables = tables
        if pack:
            try:
                result.tables = marshal.dumps(tables)
            except ValueError:  # a value marshal cannot write (none known): pickled instead
                pass
    else:
        lines.append(b"")
        result.jsonl = b"\n".join(lines) if n else b""
    return result


# ---------------------------------------------------------------- writers

class Writer(Protocol):
    def done_keys(self) -> set[str]: ...
    def write(self, batch: BatchResult) -> None: ...
    def finish(self) -> None: ...
    def close(self) -> None: ...


class JsonlWriter:
    """Records to OUT (one per line), error rows to the errors file, via .partial files."""

    def __init__(self, out: Path, errors: Path, resume: bool) -> None:
        self.out, self.errors = out, errors
        self.partial = out.with_name(out.name + ".partial")
        self.errors_partial = errors.with_name(errors.name + ".partial")
        self.journal_path = out.with_name(out.name + ".journal")
        self._done: set[str] = set()
        offsets = (0, 0)
        if resume and self.journal_path.exists():
            for line in self.journal_path.read_bytes().splitlines():
                try:
                    entry = orjson.loads(line)
                except orjson.JSONDecodeError:
                    break  # a line cut by the interruption: everything after it is redone
                offsets = (entry["o"], entry["e"])
                self._done.update(entry["k"])
        else:
            for p in (self.partial, self.errors_partial, self.journal_path):
                p.unlink(missing_ok=True)
        # held open for the writer's life and closed in finish()/close()
        self._out = open(self.partial, "ab")  # noqa: SIM115
        self._err = open(self.errors_partial, "ab")  # noqa: SIM115
        self._out.truncate(offsets[0])
        self._err.truncate(offsets[1])
        self._out.seek(offsets[0])
        self._err.seek(offsets[1])
        self._journal = open(self.journal_path, "ab")  # noqa: SIM115

    def done_keys(self) -> set[str]:
        return self._done

    def write(self, batch: BatchResult) -> None:
        assert batch.jsonl is not None
        self._out.write(batch.jsonl)
        for r in batch.errors:
            self._err.write(orjson.dumps(r.as_dict()))
            self._err.write(b"\n")
        self._out.flush()
        self._err.flush()
        self._journal.write(orjson.dumps({"o": self._out.tell(), "e": self._err.tell(),
                                          "k": [k for k, _, _ in batch.done]}) + b"\n")
        self._journal.flush()

    def finish(self) -> None:
        self.close()
        os.replace(self.partial, self.out)
        os.replace(self.errors_partial, self.errors)
        self.journal_path.unlink(missing_ok=True)

    def close(self) -> None:
        for f in (self._out, self._err, self._journal):
            if not f.closed:
                f.close()


class SqliteWriter:
    """A relational database (see ``tables.SCHEMA_SQL``), one transaction per batch; the
    secondary indexes are built at the end (``finish``), once, not row by row."""

    def __init__(self, out: Path, errors: Path | None, resume: bool) -> None:
        self.out = out
        self.partial = out.with_name(out.name + ".partial")
        self.errors = errors
        if resume and self.partial.exists() and not self._intact(self.partial):
            resume = False  # torn by a machine crash (see below): start that file again
        if not resume:
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.partial) + suffix).unlink(missing_ok=True)
        self.db = sqlite3.connect(self.partial, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        # No fsync while the .partial file fills (it halves the writer's cost): a killed
        # process loses nothing committed, a machine crash may tear the file, which
        # --resume then detects and restarts. finish() makes the result durable before
        # it takes the real name.
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.executescript(TABLES_SQL)  # indexes: in finish()
        self._next_id = (self.db.execute("SELECT max(trial_id) FROM trials").fetchone()[0] or 0) + 1
        self._done = {k for (k,) in self.db.execute("SELECT input_key FROM inputs_done")}
        self._sql = {t: f"INSERT INTO {t} VALUES ({', '.join('?' * n)})" for t, n in TABLES.items()}
        self._sql["trials"] = f"INSERT INTO trials VALUES ({', '.join('?' * 33)})"

    def done_keys(self) -> set[str]:
        return self._done

    def write(self, batch: BatchResult) -> None:
        first = self._next_id
        cur = self.db.cursor()
        cur.execute("BEGIN")
        try:
            if batch.records:
                for t, rows in batch.table_rows().items():
                    if rows:
                        # Rows come numbered from 0 within the batch: SQLite adds the offset,
                        # so no row is rebuilt in Python here.
                        cur.executemany(self._sql[t].replace("(?", f"(?+{first}", 1), rows)
            if batch.errors:
                cur.executemany("INSERT INTO errors(path, member, adapter, message) "
                                "VALUES (?, ?, ?, ?)",
                                [(r.path, r.member, r.adapter, r.message) for r in batch.errors])
            cur.executemany("INSERT OR REPLACE INTO inputs_done VALUES (?, ?, ?)", batch.done)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        self._next_id = first + batch.records

    @staticmethod
    def _intact(path: Path) -> bool:
        try:
            with sqlite3.connect(path) as db:
                return db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            return False

    def finish(self) -> None:
        self.db.executescript(INDEXES_SQL)
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("PRAGMA journal_mode=DELETE")
        if self.errors is not None:
            with open(self.errors, "wb") as f:
                for row in self.db.execute("SELECT path, member, adapter, message FROM errors "
                                           "ORDER BY error_id"):
                    f.write(orjson.dumps(dict(zip(("path", "member", "adapter", "message"), row))))
                    f.write(b"\n")
        self.db.close()
        os.replace(self.partial, self.out)

    def close(self) -> None:
        try:
            self.db.close()
        except sqlite3.Error:
            pass


# ---------------------------------------------------------------- the run

@dataclass
class ConvertSummary:
    inputs: int = 0
    records: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0
    output: str | None = None
    errors_file: str | None = None

    @property
    def error_rows(self) -> int:
        return sum(self.errors.values())

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"inputs": self.inputs, "records": self.records, "error_rows": self.error_rows,
                "errors": dict(self.errors.most_common()),
                "warnings": dict(self.warnings.most_common()), "skipped_as_done": self.skipped,
                "seconds": round(self.seconds, 3),
                "records_per_second": round(self.records_per_second, 1),
                "output": self.output, "errors_file": self.errors_file}

    def report(self) -> str:
        lines = [f"{self.inputs:,} inputs: {self.records:,} records, {self.error_rows:,} error rows"
                 + (f", {self.skipped:,} skipped as already converted" if self.skipped else ""),
                 f"{self.seconds:.1f} s, {self.records_per_second:,.0f} records/s"]
        if self.errors:
            lines.append("errors by reason:")
            lines += [f"  {n:8,}  {reason}" for reason, n in self.errors.most_common(10)]
        if self.warnings:
            lines.append("warnings by kind:")
            lines += [f"  {n:8,}  {kind}" for kind, n in self.warnings.most_common(10)]
        lines.append(f"output: {self.output}" + (f"; errors: {self.errors_file}"
                                                 if self.errors_file else ""))
        return "\n".join(lines)


def _batches(items: Iterator[InputItem], size: int) -> Iterator[list[InputItem]]:
    batch: list[InputItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_batches(batches: Iterator[list[InputItem]], jobs: int, rows: bool
                 ) -> Iterator[BatchResult]:
    """Results in input order; at most 4 batches per worker in flight (bounded memory)."""
    if jobs <= 1:
        for batch in batches:
            yield _convert_batch(batch, rows)
        return
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: list[Future[BatchResult]] = []
        for batch in batches:
            pending.append(pool.submit(_convert_batch, batch, rows, True))
            if len(pending) >= window:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()


def convert(inputs: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *,
            jobs: int | None = None, errors: str | os.PathLike[str] | None = None,
            resume: bool = False, limits: Limits = DEFAULT_LIMITS,
            progress: Callable[[int, int], None] | None = None) -> ConvertSummary:
    """Convert every input under ``inputs`` into ``out`` (.jsonl or .sqlite).

    ``errors`` is where error rows go as JSONL (default: ``OUT.errors.jsonl`` for
    JSONL output; for SQLite they are always in its ``errors`` table, and also in
    ``errors`` when given). ``progress(records, error_rows)`` is called after each batch.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise ValueError(f"output must end in {' or '.join(OUTPUT_SUFFIXES)}: {out}")
    if resume and out.exists() and not out.with_name(out.name + ".partial").exists():
        raise ValueError(f"{out} is already complete; remove it to convert again")
    jobs = jobs or os.cpu_count() or 1
    errors_path = Path(errors) if errors else None
    writer: Writer
    if suffix == ".jsonl":
        errors_path = errors_path or out.with_name(out.name[: -len(".jsonl")] + ".errors.jsonl")
        writer = JsonlWriter(out, errors_path, resume)
    else:
        writer = SqliteWriter(out, errors_path, resume)
    summary = ConvertSummary(output=str(out), errors_file=str(errors_path) if errors_path else None)
    done = writer.done_keys()
    summary.skipped = 0
    started = time.perf_counter()
    try:
        # With workers, zip members are inflated in the workers, not here.
        items = iter_inputs(inputs, limits, skip=done, defer=jobs > 1)
        for batch in _run_batches(_batches(items, BATCH), jobs, rows=suffix == ".sqlite"):
            writer.write(batch)
            summary.inputs += len(batch.done)
            summary.records += batch.records
            summary.warnings.update(batch.warnings)
            for r in batch.errors:
                summary.errors[r.reason] += 1
            if progress:
                progress(summary.records, summary.error_rows)
        writer.finish()
    except BaseException:
        writer.close()
        raise
    summary.skipped = len(done)
    summary.seconds = time.perf_counter() - started
    return summary


def progress_printer(stream: Any = None) -> Callable[[int, int], None] | None:
    """A one-line progress display with records/s, only when the stream is a terminal."""
    stream = stream or sys.stderr
    if not getattr(stream, "isatty", lambda: False)():
        return None
    started = time.perf_counter()

    def show(records: int, errors: int) -> None:
        rate = records / max(time.perf_counter() - started, 1e-9)
        stream.write(f"\r{records:,} records, {errors:,} errors, {rate:,.0f} records/s ")
        stream.flush()

    return show
