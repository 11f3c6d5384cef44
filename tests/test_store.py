"""The local record store: one row per distinct version, refs, refusal of bad bodies, CLI."""

from __future__ import annotations

import sqlite3
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from trialnorm.cli import main
from trialnorm.errors import StoreError
from trialnorm.store import (
    RecordStore,
    content_hash,
    default_store_path,
    normalize_nct_id,
    parse_store_ref,
    record_version_of,
)

V2 = CORPUS / "ctgov-v2"
HISTORY = CORPUS / "ctgov-v2-history"
SAME = "NCT05911841"  # two snapshots, only versionHolder differs
CHANGED = "NCT05923112"  # two snapshots, lastUpdatePostDate type ESTIMATED -> ACTUAL


def snapshot(nct: str, day: str) -> bytes:
    return (HISTORY / nct / f"{nct}_versionHolder-{day}.json").read_bytes()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    with RecordStore(tmp_path / "records.sqlite") as kept:
        yield kept


# ------------------------------------------------------------------ refs


@pytest.mark.parametrize(("text", "expected"), [
    ("NCT01234567@3", ("NCT01234567", 3)),
    ("NCT01234567@latest", ("NCT01234567", "latest")),
    ("nct01234567@LATEST", ("NCT01234567", "latest")),
    ("NCT01234567@-1", ("NCT01234567", -1)),
    ("NCT01234567@h3", ("NCT01234567", "h3")),
    ("NCT01234567@H03", ("NCT01234567", "h3")),
    ("NCT01234567@2023-06-28", ("NCT01234567", "2023-06-28")),
    ("NCT01234567@2023-06", ("NCT01234567", "2023-06")),
    (" NCT 0123 4567 @ 2 ", ("NCT01234567", 2)),
])
def test_store_refs(text: str, expected: tuple[str, object]) -> None:
    assert parse_store_ref(text) == expected


@pytest.mark.parametrize("text", [
    "NCT01234567", "NCT01234567.json", "fixtures/ctgov-v2/NCT07409766.json",
    "NCT01234567@", "NCT01234567@0", "NCT01234567@next", "NCT0123456@1", "NCT01234567@2023-6",
    "NCT01234567@h", "NCT01234567@1@2", "@3", "NCT01234567@\u0663",
])
def test_text_that_is_not_a_store_ref(text: str) -> None:
    assert parse_store_ref(text) is None


# ------------------------------------------------------------------ content


def test_content_hash_ignores_the_daily_version_stamp_only() -> None:
    same = [orjson.loads(snapshot(SAME, d)) for d in ("2023-06-28", "2023-06-29")]
    assert same[0] != same[1]
    assert content_hash(same[0]) == content_hash(same[1])
    changed = [orjson.loads(snapshot(CHANGED, d)) for d in ("2023-06-28", "2023-06-29")]
    assert content_hash(changed[0]) != content_hash(changed[1])
    # a history-endpoint wrapper holds the same content as the bare study
    assert content_hash({"study": same[0], "studyVersion": 4}) == content_hash(same[0])
    # key order is not content
    reordered = dict(reversed(list(same[0].items())))
    assert content_hash(reordered) == content_hash(same[0])


@pytest.mark.parametrize(("nct", "version"), [
    ("NCT05911841", "2023-06-12"),
    ("NCT00000410", "2015-08-03"),
    ("NCT04574193", "2023-10-04"),
])
def test_record_version_is_the_last_update_submitted(nct: str, version: str) -> None:
    assert record_version_of(orjson.loads((V2 / f"{nct}.json").read_bytes())) == version


# ------------------------------------------------------------------ put / get


def test_one_row_per_distinct_version(store: RecordStore) -> None:
    assert store.put(SAME, snapshot(SAME, "2023-06-28"), None, "test") is True
    assert store.put(SAME, snapshot(SAME, "2023-06-29"), None, "test") is False
    assert store.put(SAME, snapshot(SAME, "2023-06-28"), None, "test") is False
    assert store.put(CHANGED, snapshot(CHANGED, "2023-06-28"), None, "test") is True
    assert store.put(CHANGED, snapshot(CHANGED, "2023-06-29"), None, "test") is True
    assert store.put(CHANGED, snapshot(CHANGED, "2023-06-28"), None, "test") is False
    assert len(store) == 3
    assert store.nct_ids() == [SAME, CHANGED]
    rows = store.versions(CHANGED)
    assert [(r.ordinal, r.version, r.updated) for r in rows] == [
        (1, "2023-06-20", "2023-06-20"), (2, "2023-06-20", "2023-06-20")]
    # same update date: the one fetched last (the 06-28 content, again) is the newest
    assert rows[0].raw == snapshot(CHANGED, "2023-06-29")
    assert rows[1].raw == snapshot(CHANGED, "2023-06-28")
    assert rows[1].fetched_at.endswith("Z") and len(rows[1].content_hash) == 64
    assert rows[1].ref == f"{CHANGED}@2"


def test_refs_resolve(store: RecordStore) -> None:
    old, new = snapshot(CHANGED, "2023-06-28"), snapshot(CHANGED, "2023-06-29")
    store.put(CHANGED, old, "h0", "history")
    store.put(CHANGED, new, "h1", "history")
    store.put(CHANGED, new, None, "current")  # same content: a label, not a row
    assert store.get(CHANGED).raw == new
    assert store.get(CHANGED, "latest").raw == new
    assert store.get(CHANGED, 1).raw == old
    assert store.get(CHANGED, "1").raw == old
    assert store.get(CHANGED, -2).raw == old
    assert store.get(CHANGED, "h0").raw == old
    assert store.get(CHANGED, "H1").raw == new
    assert store.get(CHANGED, "2023-06-20").raw == new  # the label; the newest holder
    assert store.get(CHANGED, "2023-06-25").raw == new  # as of: last update on or before
    assert store.get(CHANGED, "2023-07").raw == new
    assert store.get("nct 05923112", "2023").raw == new
    assert store.get(CHANGED, "h1").labels == ("h1", "2023-06-20")
    for missing in (3, -3, "h2", "2023-06-19", "2022"):
        with pytest.raises(StoreError, match=r"no such stored version \(kept: 1=h0, 2=h1\)"):
            store.get(CHANGED, missing)
    with pytest.raises(StoreError, match="not a version ref"):
        store.get(CHANGED, "yesterday")
    with pytest.raises(StoreError, match="not a version ref"):
        store.get(CHANGED, 0)
    with pytest.raises(StoreError, match=f"{SAME}: not in the local store"):
        store.get(SAME)
    assert store.versions(SAME) == []


@pytest.mark.parametrize(("body", "reason"), [
    (b"", "not JSON"),
    (b"<html>Service Unavailable</html>", "not JSON"),
    (None, "not JSON"),  # the real record cut in half
    (b'{"message": "maintenance"}', "unreadable record"),
    (b"[]", "unreadable record"),
    (b'{"protocolSection": 3}', "unreadable record"),
])
def test_a_bad_body_is_never_stored(body: bytes | None, reason: str,
                                    store: RecordStore) -> None:
    if body is None:
        whole = (V2 / f"{SAME}.json").read_bytes()
        body = whole[: len(whole) // 2]
    with pytest.raises(StoreError, match=f"{SAME}: refusing to store .*{reason}"):
        store.put(SAME, body, None, "test")
    assert len(store) == 0


def test_a_record_under_another_id_is_refused(store: RecordStore) -> None:
    with pytest.raises(StoreError, match=f"the record is {CHANGED}"):
        store.put(SAME, snapshot(CHANGED, "2023-06-28"), None, "test")
    with pytest.raises(StoreError, match="not an NCT ID"):
        store.put("NCT123", snapshot(SAME, "2023-06-28"), None, "test")
    assert len(store) == 0


def test_concurrent_puts_of_one_record_keep_one_row(store: RecordStore) -> None:
    body = snapshot(SAME, "2023-06-28")
    results: list[bool] = []

    def put() -> None:
        results.append(store.put(SAME, body, None, "thread"))

    threads = [threading.Thread(target=put) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 5 + [True]
    assert len(store.versions(SAME)) == 1


def test_the_store_persists_and_compresses(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "kept.sqlite"
    body = (V2 / f"{SAME}.json").read_bytes()
    with RecordStore(path) as kept:
        kept.put(SAME, body, None, "test")
    with RecordStore(str(path)) as kept:
        assert kept.get(SAME).raw == body
    with sqlite3.connect(path) as db:
        (stored_size,) = db.execute("SELECT length(raw_z) FROM records").fetchone()
    assert stored_size < len(body) / 3


def test_a_newer_store_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer than this trialnorm reads"):
        RecordStore(path)


def test_a_file_that_is_not_a_store_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "not.sqlite"
    path.write_bytes(b"this is not an SQLite database, just text. " * 50)
    with pytest.raises(StoreError, match="cannot open the record store"):
        RecordStore(path)


def test_where_the_store_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRIALNORM_STORE", str(tmp_path / "env.sqlite"))
    assert default_store_path() == tmp_path / "env.sqlite"
    with RecordStore() as kept:
        assert kept.path == tmp_path / "env.sqlite"
    monkeypatch.delenv("TRIALNORM_STORE")
    default = default_store_path()
    assert default.name == "records.sqlite" and "trialnorm" in default.parts


@pytest.mark.corpus
def test_every_corpus_record_is_accepted_once(store: RecordStore) -> None:
    """Every real v2 record stores; a second pass adds nothing (and how fast that is)."""
    paths = sorted(V2.glob("NCT*.json"))
    started = time.perf_counter()
    added = [store.put(p.stem, p.read_bytes(), None, str(p)) for p in paths]
    first = time.perf_counter() - started
    again = [store.put(p.stem, p.read_bytes(), None, str(p)) for p in paths]
    assert all(added) and len(added) == 815
    assert not any(again)
    assert len(store) == 815 and len(store.nct_ids()) == 815
    print(f"\nstored 815 records in {first:.2f}s ({815 / first:.0f}/s, validation included)")


# ------------------------------------------------------------------ CLI


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors exit 2 from inside main
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    with RecordStore(path) as kept:
        kept.put(CHANGED, snapshot(CHANGED, "2023-06-28"), "h0", "history/0")
        kept.put(CHANGED, snapshot(CHANGED, "2023-06-29"), "h1", "history/1")
        kept.put(SAME, snapshot(SAME, "2023-06-28"), None, "current")
    return str(path)


def test_cli_store_list(capsys: pytest.CaptureFixture[str], filled: str) -> None:
    code, out, err = cli(capsys, "store", "list", "--store", filled)
    assert (code, err) == (0, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[:3] for r in rows] == [[SAME, "1", "2023-06-12"], [CHANGED, "2", "h1"]]


def test_cli_store_versions(capsys: pytest.CaptureFixture[str], filled: str) -> None:
    code, out, _ = cli(capsys, "store", "versions", "--store", filled, "nct05923112")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        (f"{CHANGED}@1", "h0", "2023-06-20", "history/0"),
        (f"{CHANGED}@2", "h1", "2023-06-20", "history/1")]
    code, out, err = cli(capsys, "store", "versions", "--store", filled, "NCT00000410")
    assert code == 1 and out == "" and "NCT00000410: not in the local store" in err
    code, _, err = cli(capsys, "store", "versions", "--store", filled, "NCT1")
    assert code == 2 and "'NCT1' is not an NCT ID" in err


def test_cli_store_show(capsys: pytest.CaptureFixture[str], filled: str) -> None:
    code, out, _ = cli(capsys, "store", "show", "--store", filled, CHANGED, f"{CHANGED}@1")
    assert code == 0
    latest, first = (orjson.loads(line) for line in out.splitlines())
    assert latest["nct_id"] == first["nct_id"] == CHANGED
    assert latest["source"]["record_version"] == "2023-06-29"  # versionHolder of the row
    assert first["source"]["record_version"] == "2023-06-28"
    assert first["source"]["path"] == f"{CHANGED}@1"
    code, out, _ = cli(capsys, "store", "show", "--store", filled, "--raw", f"{CHANGED}@h0")
    assert code == 0 and orjson.loads(out) == orjson.loads(snapshot(CHANGED, "2023-06-28"))
    code, out, err = cli(capsys, "store", "show", "--store", filled, f"{CHANGED}@5")
    assert code == 1 and out == ""
    assert err == (f"trialnorm: {CHANGED}@5: no such stored version (kept: 1=h0, 2=h1)\n")
    code, out, err = cli(capsys, "store", "show", "--store", filled, "record.json")
    assert code == 2 and "'record.json' is not NCT_ID or NCT_ID@REF" in err


def test_cli_store_needs_an_action(capsys: pytest.CaptureFixture[str], filled: str) -> None:
    code, _, _ = cli(capsys, "store", "--store", filled)
    assert code == 2


def test_summary_and_last_seen(store: RecordStore) -> None:
    store.put(CHANGED, snapshot(CHANGED, "2023-06-28"), "h0", "history")
    store.put(CHANGED, snapshot(CHANGED, "2023-06-29"), "h1", "history")
    first_seen = store.get(CHANGED).seen_at
    store.put(SAME, snapshot(SAME, "2023-06-28"), None, "current")
    time.sleep(1.05)  # seen_at has whole seconds
    assert not store.put(CHANGED, snapshot(CHANGED, "2023-06-29"), None, "current")
    row = store.get(CHANGED)
    assert row.fetched_at == first_seen and row.seen_at is not None
    assert row.seen_at > first_seen
    assert [tuple(s)[:3] for s in store.summary()] == [(SAME, 1, "2023-06-12"),
                                                       (CHANGED, 2, "h1")]
    assert store.summary()[1].last_seen == row.seen_at


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_an_nct_id_or_none(text: str) -> None:
    nct = normalize_nct_id(text)
    assert nct is None or (len(nct) == 11 and nct[:3] == "NCT" and nct[3:].isascii()
                           and nct[3:].isdigit())
    ref = parse_store_ref(text)
    assert ref is None or (normalize_nct_id(ref[0]) == ref[0] and ref[1] != 0)


@given(st.from_regex(r"\A(?:[Nn][Cc][Tt]) ?[0-9]{8} ?@(?:latest|-?[1-9][0-9]{0,2}|h[0-9]{1,3}"
                     r"|[0-9]{4}-[0-9]{2}-[0-9]{2})\Z"))
@settings(max_examples=200, deadline=None)
def test_every_documented_ref_form_is_read(text: str) -> None:
    assert parse_store_ref(text) is not None


def test_latest_is_the_newest_version_not_the_last_fetched(store: RecordStore) -> None:
    """The common flow: fetch the current record, then walk its history oldest first."""
    old, new = snapshot(CHANGED, "2023-06-28"), snapshot(CHANGED, "2023-06-29")
    store.put(CHANGED, new, None, "current")
    store.put(CHANGED, old, "h0", "history")
    assert store.get(CHANGED).raw == old  # until the walk reaches the newest version
    assert not store.put(CHANGED, new, "h1", "history")
    assert [r.raw for r in store.versions(CHANGED)] == [old, new]
    assert store.get(CHANGED).labels == ("2023-06-20", "h1")
    assert store.summary()[0].latest_version == "2023-06-20"
    # a revert (same update date) makes the older content the newest again
    assert not store.put(CHANGED, old, None, "current")
    assert store.get(CHANGED).raw == old and len(store) == 2


def test_an_older_update_date_sorts_first(store: RecordStore) -> None:
    """Versions sort by the record's own last update date, whatever the fetch order."""
    newer = snapshot(SAME, "2023-06-28")
    study = orjson.loads(newer)  # an earlier version of it, made here: only the date differs
    study["protocolSection"]["statusModule"]["lastUpdateSubmitDate"] = "2023-06-01"
    older = orjson.dumps(study)
    store.put(SAME, newer, None, "current")
    store.put(SAME, older, None, "older copy")
    assert [r.updated for r in store.versions(SAME)] == ["2023-06-01", "2023-06-12"]
    assert store.get(SAME).raw == newer
    assert store.get(SAME, 1).raw == older
    assert store.get(SAME, "2023-06-05").raw == older  # as of that date


def test_a_store_from_schema_1_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite"
    with sqlite3.connect(path) as db:  # the first released layout, with one row
        db.executescript("""
            CREATE TABLE records (id INTEGER PRIMARY KEY, nct_id TEXT NOT NULL, version TEXT,
                updated TEXT, fetched_at TEXT NOT NULL, content_hash TEXT NOT NULL,
                source TEXT, raw_z BLOB NOT NULL, UNIQUE (nct_id, content_hash));
            PRAGMA user_version = 1;
        """)
        body = snapshot(SAME, "2023-06-28")
        db.execute("INSERT INTO records (nct_id, version, updated, fetched_at, content_hash, "
                   "source, raw_z) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (SAME, "2023-06-12", "2023-06-12", "2026-01-01T00:00:00Z",
                    content_hash(orjson.loads(body)), "old", zlib.compress(body)))
    with RecordStore(path) as kept:
        row = kept.get(SAME)
        assert row.raw == body and row.seen_at == "2026-01-01T00:00:00Z"
        assert not kept.put(SAME, snapshot(SAME, "2023-06-29"), None, "new")
        assert kept.put(CHANGED, snapshot(CHANGED, "2023-06-28"), None, "new")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (2,)


@pytest.mark.parametrize("data", [
    {}, [], "text", None, {"protocolSection": []}, {"protocolSection": {"statusModule": 3}},
    {"derivedSection": {"miscInfoModule": []}}, {"study": {"derivedSection": "x"}},
])
def test_odd_data_has_no_version_and_still_a_hash(data: object) -> None:
    assert record_version_of(data) is None
    assert len(content_hash(data)) == 64
