"""`trialnorm fetch NCT... | --query TEXT`: records from ClinicalTrials.gov as JSON lines.

Exit codes: 0 every record printed; 1 some failed (no such study, network, record
history unavailable: one line each on stderr, the rest still printed); 2 usage
(an argument that is not an NCT ID is refused before any request).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

import orjson

from trialnorm.errors import FetchError, StoreError, TrialnormError
from trialnorm.store import RecordStore, normalize_nct_id

if TYPE_CHECKING:  # the HTTP stack loads when a fetch runs, not with every command
    from trialnorm.fetch import CtgovClient, FetchedRecord

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "fetch", help="fetch records from ClinicalTrials.gov by NCT ID or search",
        description="Fetch records from ClinicalTrials.gov and print each as JSON (one per "
                    "line). Every record fetched is kept in the local record store "
                    "(see `trialnorm store`).")
    p.add_argument("nct_ids", nargs="*", metavar="NCT_ID",
                   help="NCT IDs (NCT + 8 digits; case and spaces are forgiven)")
    p.add_argument("--query", metavar="TEXT", help="search terms instead of NCT IDs")
    p.add_argument("--max", type=_positive_int, metavar="N",
                   help="with --query: stop after N records")
    p.add_argument("--raw", action="store_true",
                   help="print the registry's JSON instead of the normalized record")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--history", action="store_true",
                   help="every version of each study (Record History), oldest first")
    p.add_argument("--offline", action="store_true",
                   help="serve from the local record store; no network")
    p.add_argument("--base-url", metavar="URL",
                   help="registry address (default $TRIALNORM_BASE_URL or "
                        "https://clinicaltrials.gov)")
    p.add_argument("--store", metavar="PATH",
                   help="record store file (default $TRIALNORM_STORE or the user cache dir)")
    p.add_argument("--no-store", action="store_true", help="keep nothing in the record store")
    p.add_argument("--rate", type=_non_negative, default=3.0, metavar="PER_SECOND",
                   help="most requests per second (default 3; 0 for no limit)")
    p.add_argument("--attempts", type=_positive_int, default=5, metavar="N",
                   help="tries per request before giving up (default 5)")
    p.add_argument("--timeout", type=_positive_float, default=30.0, metavar="SECONDS",
                   help="read timeout per request (default 30)")
    return p


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _positive_float(text: str) -> float:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0")
    return value


def _usage(message: str) -> int:
    print(f"trialnorm fetch: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    ids: list[str] = []
    for text in args.nct_ids:  # all checked before the first request
        nct = normalize_nct_id(text)
        if nct is None:
            return _usage(f"{text!r} is not an NCT ID (NCT followed by 8 digits)")
        ids.append(nct)
    if bool(ids) == bool(args.query):
        return _usage("give NCT IDs or --query TEXT (one of them)")
    if args.query is not None and not args.query.strip():
        return _usage("--query needs search terms")
    if args.max is not None and not args.query:
        return _usage("--max goes with --query")
    if args.history and args.query:
        return _usage("--history goes with NCT IDs, not --query")
    if args.offline and (args.query or args.base_url):
        return _usage("--offline serves stored records by NCT ID; it cannot search or "
                      "use --base-url")
    if args.offline and args.no_store:
        return _usage("--offline reads the record store; drop --no-store")

    from trialnorm.fetch import CtgovClient

    try:
        client = None if args.offline else CtgovClient(
            args.base_url, rate=args.rate, attempts=args.attempts, read_timeout=args.timeout)
    except FetchError as exc:  # a --base-url (or $TRIALNORM_BASE_URL) that is no URL
        return _usage(str(exc))
    store: RecordStore | None = None
    if not args.no_store:
        try:
            store = RecordStore(args.store)
        except StoreError as exc:
            if args.store or args.offline:  # asked for explicitly, or nothing to serve
                if client is not None:
                    client.close()
                raise
            print(f"trialnorm: not keeping records: {exc}", file=sys.stderr)
    out = _Output(args.raw, args.pretty)
    try:
        if args.query:
            return _search(args, client, store, out)
        return _by_id(args, ids, client, store, out)
    finally:
        if client is not None:
            client.close()
        if store is not None:
            store.close()
        out.flush()


class _Output:
    """Writes each record as one JSON document: normalized, or as the registry sent it."""

    def __init__(self, raw: bool, pretty: bool) -> None:
        self.raw = raw
        self.pretty = pretty
        self.stream = sys.stdout

    def write(self, record: FetchedRecord) -> None:
        if self.raw:
            option = orjson.OPT_INDENT_2 if self.pretty else 0
            text = orjson.dumps(orjson.loads(record.raw), option=option).decode()
        else:
            text = record.trial.to_json(pretty=self.pretty)
        self.stream.write(text)
        self.stream.write("\n")

    def flush(self) -> None:
        self.stream.flush()


def _fail(message: object) -> None:
    print(f"trialnorm: {message}", file=sys.stderr)


def _progress(total: int | None, unit: str) -> Any:
    """A tqdm bar on stderr when it is a terminal and there is more than one record."""
    if not sys.stderr.isatty() or (total is not None and total < 2):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True)


def _ticked(records: Iterable[FetchedRecord],
            bar_of: Callable[[], Any]) -> Iterator[FetchedRecord]:
    """The records, ticking the bar ``bar_of()`` gives (if any) after each one."""
    for record in records:
        yield record
        bar = bar_of()
        if bar is not None:
            bar.update(1)


def _by_id(args: argparse.Namespace, ids: list[str], client: CtgovClient | None,
           store: RecordStore | None, out: _Output) -> int:
    from trialnorm.fetch import fetch_record

    store_arg: RecordStore | Literal[False] = store if store is not None else False
    failed = 0
    bar = _progress(len(ids), "study") if not args.history else None
    try:
        for nct in ids:
            try:
                if args.history:
                    failed += _history(nct, args, client, store_arg, out)
                else:
                    out.write(fetch_record(nct, client=client, store=store_arg,
                                           offline=args.offline))
            except TrialnormError as exc:
                _fail(exc)
                failed += 1
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return EXIT_FAILED if failed else EXIT_OK


def _history(nct: str, args: argparse.Namespace, client: CtgovClient | None,
             store: RecordStore | Literal[False], out: _Output) -> int:
    """Print every version of ``nct``; 1 when its history could not be had (then the current)."""
    from trialnorm.fetch import HistoryUnavailable, fetch_history, fetch_record

    bar: Any = None

    def on_versions(changes: list[dict[str, Any]]) -> None:
        nonlocal bar
        dates = [str(c.get("date") or "?") for c in changes]
        span = f" ({dates[0]} to {dates[-1]})" if dates else ""
        print(f"trialnorm: {nct}: {len(changes)} version{'s' if len(changes) != 1 else ''}"
              f"{span}", file=sys.stderr)
        bar = _progress(len(changes), "version")

    try:
        for record in _ticked(fetch_history(nct, client=client, store=store,
                                            offline=args.offline, on_versions=on_versions),
                              lambda: bar):
            out.write(record)
        return 0
    except HistoryUnavailable as exc:
        _fail(f"{exc}; printing the current record instead")
        out.write(fetch_record(nct, client=client, store=store, offline=args.offline))
        return 1
    finally:
        if bar is not None:
            bar.close()


def _search(args: argparse.Namespace, client: CtgovClient | None,
            store: RecordStore | None, out: _Output) -> int:
    assert client is not None
    from trialnorm.fetch import search_records

    bar = _progress(args.max, "study")
    count = 0
    unreadable: list[FetchError] = []

    def skip(exc: FetchError) -> None:
        _fail(exc)
        unreadable.append(exc)

    try:
        for record in _ticked(search_records(args.query, max=args.max, client=client,
                                             store=store if store is not None else False,
                                             on_error=skip),
                              lambda: bar):
            out.write(record)
            count += 1
    except TrialnormError as exc:
        _fail(exc)
        return EXIT_FAILED
    finally:
        if bar is not None:
            bar.close()
    skipped = f", {len(unreadable)} unreadable" if unreadable else ""
    print(f"trialnorm: {count} record{'s' if count != 1 else ''} for {args.query!r}{skipped}",
          file=sys.stderr)
    return EXIT_FAILED if unreadable else EXIT_OK
