"""Bulk conversion on a folder that mixes good, bad, unrecognized and hostile inputs."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import zipfile
from pathlib import Path

import orjson
import pytest
from conftest import CORPUS, ROOT, seed

from trialnorm.cli import main
from trialnorm.convert import convert
from trialnorm.inputs import Limits

V2 = sorted((CORPUS / "ctgov-v2").glob("*.json"))


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """A folder of 12 files (one a zip of 7 members) that ends as 11 records and 8 error rows."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for p in V2[:4]:
        shutil.copy(p, root / p.name)                                   # 4 records
    page = {"studies": [orjson.loads(p.read_bytes()) for p in V2[4:7]], "nextPageToken": None}
    (root / "sub" / "page.json").write_bytes(orjson.dumps(page))         # 3 records
    shutil.copy(seed("002"), root / "sub" / "seed002.txt")              # 1 record
    (root / "truncated.json").write_bytes(V2[8].read_bytes()[:300])      # error: invalid JSON
    (root / "notes.txt").write_text("shopping list: eggs, milk\n")       # error: unrecognized
    (root / "empty.json").write_bytes(b"")                               # error: empty
    with zipfile.ZipFile(root / "dump.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for p in V2[9:12]:
            z.write(p, f"ctg-studies/{p.name}")                          # 3 records
        z.writestr("../../escape.json", V2[12].read_bytes())            # error: traversal
        z.writestr("bomb.json", b"0" * (8 * 1024 * 1024))                # error: ratio
        z.writestr("inner.zip", b"PK\x03\x04 not really")                # error: nested
        z.writestr("bad.json", b'{"protocolSection": ')                  # error: invalid JSON
    os.symlink(root / "sub", root / "sub" / "loop")                     # error: symlink loop
    return root


def _lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_every_input_ends_as_records_or_one_error_row(mixed: Path, tmp_path: Path):
    out = tmp_path / "out.jsonl"
    summary = convert([mixed], out, jobs=1)
    records, errors = _lines(out), _lines(tmp_path / "out.errors.jsonl")
    assert (summary.records, summary.error_rows) == (len(records), len(errors)) == (11, 8)
    assert summary.inputs == 4 + 1 + 1 + 3 + 3 + 4 + 1  # files + members + the loop
    assert sorted(summary.errors.elements()) == sorted(
        ["invalid JSON", "no adapter recognizes this input", "empty input",
         "unsafe member name", "member looks like a zip bomb", "nested archive not read",
         "invalid JSON", "symbolic link loop"])
    by_member = {e["member"]: e for e in errors if e["member"]}
    assert by_member["../../escape.json"]["message"].startswith("unsafe member name")
    assert by_member["bad.json"]["adapter"] == "ctgov-v2"
    unrecognized = next(e for e in errors if e["path"].endswith("notes.txt"))
    assert unrecognized["adapter"].startswith("none (tried ctgov-v2")
    members = {r["source"]["member"] for r in records if r["source"]["path"].endswith("dump.zip")}
    assert members == {f"ctg-studies/{p.name}" for p in V2[9:12]}
    assert {r["nct_id"] for r in records} >= {p.stem for p in V2[:12]} - {V2[7].stem, V2[8].stem}
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob("*.journal"))


def test_oversized_file_is_refused_and_the_run_goes_on(mixed: Path, tmp_path: Path):
    limits = Limits(max_file_bytes=20_000)
    summary = convert([mixed], tmp_path / "o.jsonl", jobs=1, limits=limits)
    too_big = summary.errors["file over the size limit"]
    assert too_big and summary.records > 0


def test_parallel_output_equals_serial_output(mixed: Path, tmp_path: Path):
    convert([mixed], tmp_path / "a.jsonl", jobs=1)
    convert([mixed], tmp_path / "b.jsonl", jobs=2)
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert (tmp_path / "a.errors.jsonl").read_bytes() == (tmp_path / "b.errors.jsonl").read_bytes()


def test_interrupted_run_leaves_no_output_and_resume_completes_it(tmp_path: Path):
    folder = CORPUS / "ctgov-v2"
    full = tmp_path / "full.jsonl"
    convert([folder], full, jobs=1)
    out = tmp_path / "out.jsonl"
    calls = []

    def interrupt(records: int, errors: int) -> None:
        calls.append(records)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        convert([folder], out, jobs=1, progress=interrupt)
    assert not out.exists()  # nothing half-written under the real name
    # A crash mid-write leaves a torn line after the last committed batch.
    with open(out.with_name("out.jsonl.partial"), "ab") as f:
        f.write(b'{"schema_version": "1", "nct_id": "NCT0')
    summary = convert([folder], out, jobs=1, resume=True)
    assert summary.skipped == 3 * 64
    assert summary.records == len(V2) - 3 * 64
    assert out.read_bytes() == full.read_bytes()


def test_sqlite_output_is_queryable(mixed: Path, tmp_path: Path):
    out = tmp_path / "trials.sqlite"
    summary = convert([mixed], out, jobs=2, errors=tmp_path / "errors.jsonl")
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM trials").fetchone()[0] == summary.records == 11
    assert db.execute("SELECT count(*) FROM errors").fetchone()[0] == summary.error_rows == 8
    assert len(_lines(tmp_path / "errors.jsonl")) == 8
    nct, arms_json = db.execute(
        "SELECT nct_id, json_extract(record_json, '$.arms') FROM trials "
        "WHERE source_path LIKE '%seed002.txt'").fetchone()
    assert nct == "NCT07409766"
    arms = db.execute("SELECT a.label, i.name FROM arms a JOIN arm_interventions ai USING "
                      "(trial_id, arm_idx) JOIN interventions i USING (trial_id, intervention_idx)"
                      " JOIN trials t USING (trial_id) WHERE t.nct_id = 'NCT07409766' "
                      "ORDER BY a.arm_idx").fetchall()
    assert arms == [(a["label"], "CAR-M") for a in orjson.loads(arms_json)]
    n_outcomes = sum(len(orjson.loads(r)["outcomes"][k]) for (r,) in
                     db.execute("SELECT record_json FROM trials") for k in ("primary", "secondary",
                                                                             "other"))
    assert db.execute("SELECT count(*) FROM outcomes").fetchone()[0] == n_outcomes
    # The README's example queries run.
    assert len(README_QUERIES) == 3
    for sql in README_QUERIES:
        db.execute(sql).fetchall()


README_QUERIES = [block.split("```")[0].strip()
                  for block in (ROOT / "README.md").read_text().split("```sql")[1:]]


def test_cli_convert_exit_codes_and_summary(mixed: Path, tmp_path: Path, capsys):
    assert main(["convert", str(mixed), "-o", str(tmp_path / "x.jsonl"), "-j", "1",
                 "--summary-json"]) == 1  # some inputs failed
    captured = capsys.readouterr()
    summary = orjson.loads(captured.out)
    assert summary["records"] == 11 and summary["error_rows"] == 8
    assert "errors by reason:" in captured.err
    ok = tmp_path / "ok"
    ok.mkdir()
    shutil.copy(V2[0], ok)
    assert main(["convert", str(ok), "-o", str(tmp_path / "y.jsonl")]) == 0
    assert main(["convert", str(ok), "-o", str(tmp_path / "y.csv")]) == 2


def test_dask_recipe_gives_the_same_output(mixed: Path, tmp_path: Path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from dask_convert import dask_convert

    convert([mixed], tmp_path / "local.jsonl", jobs=1)
    records, errors = dask_convert([str(mixed)], str(tmp_path / "dask.jsonl"),
                                   scheduler="processes", partitions=3)
    assert (records, errors) == (11, 8)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert (tmp_path / "dask.errors.jsonl").read_bytes() == \
        (tmp_path / "local.errors.jsonl").read_bytes()


def test_sqlite_resume_after_a_torn_partial_file_starts_that_file_again(mixed: Path, tmp_path: Path):
    out = tmp_path / "t.sqlite"
    (tmp_path / "t.sqlite.partial").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    summary = convert([mixed], out, jobs=1, resume=True)
    assert (summary.records, summary.error_rows, summary.skipped) == (11, 8, 0)
    assert sqlite3.connect(out).execute("SELECT count(*) FROM trials").fetchone()[0] == 11


def test_sqlite_resume_skips_what_was_committed(tmp_path: Path):
    folder = CORPUS / "ctgov-v2"
    out = tmp_path / "r.sqlite"
    calls = []

    def interrupt(records: int, errors: int) -> None:
        calls.append(records)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        convert([folder], out, jobs=1, progress=interrupt)
    assert not out.exists()
    summary = convert([folder], out, jobs=1, resume=True)
    assert summary.skipped == 2 * 64
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*), count(DISTINCT nct_id) FROM trials").fetchone() == \
        (len(V2), len(V2))


def _sqlite_rows(path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(path)
    names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: db.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}


def test_parallel_sqlite_equals_serial_sqlite_row_for_row(mixed: Path, tmp_path: Path):
    # Workers send their batch's rows marshalled, numbered within the batch; the serial
    # path hands them over as they are. Both must give the same rows and trial_ids.
    convert([mixed, CORPUS / "ctgov-v2"], tmp_path / "a.sqlite", jobs=1)
    convert([mixed, CORPUS / "ctgov-v2"], tmp_path / "b.sqlite", jobs=2)
    serial, parallel = _sqlite_rows(tmp_path / "a.sqlite"), _sqlite_rows(tmp_path / "b.sqlite")
    assert serial == parallel
    assert [r[0] for r in serial["trials"]] == list(range(1, len(V2) + 12))
    assert len(serial["criteria"]) > 10_000 and len(serial["locations"]) > 1_000


def test_sqlite_indexes_are_built_when_the_run_ends(mixed: Path, tmp_path: Path):
    from trialnorm.tables import SCHEMA_SQL

    documented = {line.split()[5] for line in SCHEMA_SQL.splitlines()
                  if line.startswith("CREATE INDEX")}
    assert len(documented) == 9
    calls = []

    def look(records: int, errors: int) -> None:  # while the run goes on: tables only
        db = sqlite3.connect(tmp_path / "t.sqlite.partial")
        calls.append({n for (n,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")})
        db.close()

    convert([CORPUS / "ctgov-v2"], tmp_path / "t.sqlite", jobs=1, progress=look)
    assert calls and calls[0] == set()
    db = sqlite3.connect(tmp_path / "t.sqlite")
    built = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                      "AND sql IS NOT NULL")}
    assert built == documented
    plan = db.execute("EXPLAIN QUERY PLAN SELECT * FROM trials WHERE nct_id = 'NCT00000000'")
    assert "trials_nct" in " ".join(str(r) for r in plan.fetchall())


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    """Every API v2 record of the corpus converted to SQLite, as a user would."""
    out = tmp_path_factory.mktemp("corpus") / "trials.sqlite"
    summary = convert([CORPUS / "ctgov-v2"], out, jobs=2)
    assert (summary.records, summary.error_rows) == (len(V2), 0)
    return sqlite3.connect(out)


def test_readme_queries_answer_from_the_corpus(corpus_db: sqlite3.Connection):
    """Each README query gives rows, and the rows agree with the records' own JSON."""
    cells, platelets, countries = (corpus_db.execute(sql).fetchall() for sql in README_QUERIES)
    assert cells and all(unit == "cells/kg" for *_, unit in cells)
    for nct, agent, value, low, high, _unit in cells:
        record = orjson.loads(corpus_db.execute(
            "SELECT record_json FROM trials WHERE nct_id = ?", (nct,)).fetchone()[0])
        assert record["overall_status"] == "RECRUITING"
        doses = [d for a in record["arms"] + record["interventions"] for d in a["doses"]]
        assert any((d["agent"], d["value"], d["low"], d["high"]) == (agent, value, low, high)
                   for d in doses)
    assert platelets and all(c in (">=", ">") and v >= 100 and u == "10^9/L"
                             for _, c, v, u, _ in platelets)
    assert all("platelet" in text.lower() or "plt" in text.lower() for *_, text in platelets)
    # Countries: the top country's trial count is the number of records listing a site there.
    top, trials, sites = countries[0]
    records = [orjson.loads(r) for (r,) in corpus_db.execute("SELECT record_json FROM trials")]
    assert trials == sum(any(loc["country"] == top for loc in r["locations"]) for r in records)
    assert sites == sum(loc["country"] == top for r in records for loc in r["locations"])
