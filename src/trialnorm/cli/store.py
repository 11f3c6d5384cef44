"""`trialnorm store list|show|versions`: what the local record store keeps.

- ``list``: one line per study: NCT ID, versions kept, latest version label, when it
  was last fetched.
- ``versions NCT...``: one line per stored version: ref (``NCT@N``), version label(s),
  last update date, first fetched, content hash (short), where it came from.
- ``show NCT[@REF]...``: the stored record as JSON (normalized, or ``--raw``); REF
  is ``latest`` (default), ``N``, ``-N``, ``hN`` or a date (see ``trialnorm.store``).

Tab-separated lines on stdout; exit 1 when an NCT ID is not in the store.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from trialnorm._api import parse
from trialnorm.errors import TrialnormError
from trialnorm.store import RecordStore, Ref, normalize_nct_id, parse_store_ref

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("store", help="list and show the records kept by `trialnorm fetch`",
                       description="What the local record store keeps (every record "
                                   "`trialnorm fetch` got, one row per distinct version).")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    actions.required = True

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--store", metavar="PATH",
                       help="record store file (default $TRIALNORM_STORE or the user "
                            "cache dir)")

    common(actions.add_parser("list", help="the studies kept, with their version counts"))
    versions = actions.add_parser("versions", help="the stored versions of each study")
    versions.add_argument("nct_ids", nargs="+", metavar="NCT_ID")
    common(versions)
    show = actions.add_parser(
        "show", help="a stored record as JSON",
        description="Print stored records as JSON. NCT_ID@REF picks a version: latest "
                    "(default), N (the N-th stored, from 1), -N (from the end), hN "
                    "(history version N) or a date (the record as of that date).")
    show.add_argument("refs", nargs="+", metavar="NCT_ID[@REF]")
    show.add_argument("--raw", action="store_true",
                      help="the registry's JSON instead of the normalized record")
    show.add_argument("--pretty", action="store_true", help="indent the JSON")
    common(show)
    return p


def _usage(message: str) -> int:
    print(f"trialnorm store: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    if args.action == "versions":
        for text in args.nct_ids:
            if normalize_nct_id(text) is None:
                return _usage(f"{text!r} is not an NCT ID (NCT followed by 8 digits)")
    refs: list[tuple[str, Ref]] = []
    if args.action == "show":
        for text in args.refs:
            nct = normalize_nct_id(text)
            ref = (nct, "latest") if nct else parse_store_ref(text)
            if ref is None:
                return _usage(f"{text!r} is not NCT_ID or NCT_ID@REF (REF: latest, N, -N, "
                              "hN or a date)")
            refs.append(ref)
    with RecordStore(args.store) as store:
        if args.action == "list":
            return _list(store)
        if args.action == "versions":
            return _versions(store, args.nct_ids)
        return _show(store, refs, args.raw, args.pretty)


def _list(store: RecordStore) -> int:
    out = sys.stdout
    for study in store.summary():
        out.write(f"{study.nct_id}\t{study.versions}\t{study.latest_version or '-'}\t"
                  f"{study.last_seen}\n")
    return EXIT_OK


def _versions(store: RecordStore, nct_ids: list[str]) -> int:
    out = sys.stdout
    failed = 0
    for text in nct_ids:
        rows = store.versions(text)
        if not rows:
            print(f"trialnorm: {normalize_nct_id(text)}: not in the local store ({store.path})",
                  file=sys.stderr)
            failed += 1
            continue
        for row in rows:
            labels = ",".join(row.labels) or row.version or "-"
            out.write(f"{row.ref}\t{labels}\t{row.updated or '-'}\t{row.fetched_at}\t"
                      f"{row.content_hash[:12]}\t{row.source or '-'}\n")
    return EXIT_FAILED if failed else EXIT_OK


def _show(store: RecordStore, refs: list[tuple[str, Ref]], raw: bool, pretty: bool) -> int:
    out = sys.stdout
    failed = 0
    for nct, ref in refs:
        try:
            row = store.get(nct, ref)
            if raw:
                option = orjson.OPT_INDENT_2 if pretty else 0
                out.write(orjson.dumps(orjson.loads(row.raw), option=option).decode())
            else:
                out.write(parse(row.raw, source=f"{nct}@{row.ordinal}").to_json(pretty=pretty))
            out.write("\n")
        except TrialnormError as exc:
            print(f"trialnorm: {exc}", file=sys.stderr)
            failed += 1
    return EXIT_FAILED if failed else EXIT_OK
