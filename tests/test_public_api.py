"""The public surface: __all__, the README's formats table, the CLI basics."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

import trialnorm
from trialnorm.adapters import REGISTRY
from trialnorm.cli import main

sys.path.insert(0, str(ROOT / "scripts"))
from readme_formats import README, updated


def test_all_names_exist_and_nothing_private_leaks():
    for name in trialnorm.__all__:
        assert hasattr(trialnorm, name), name
    public = {n for n in dir(trialnorm) if not n.startswith("_")}
    modules = {"adapters", "extract", "model", "errors", "enrich", "cli", "golden", "convert",
               "inputs", "tables", "fetch", "store", "diff", "diff_report", "archive"}
    assert public - set(trialnorm.__all__) - modules == set()


def test_readme_formats_table_matches_the_registry():
    text = README.read_text()
    assert updated(text) == text, "run: python scripts/readme_formats.py --write"


def test_formats_command_lists_every_adapter(capsys):
    assert main(["formats"]) == 0
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()] == list(REGISTRY)


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    try:
        main(["parse"])
    except SystemExit as exc:
        assert exc.code == 2
    try:
        main(["parse", "x", "--from", "nope"])
    except SystemExit as exc:
        assert exc.code == 2


def test_parse_cli_exit_codes(tmp_path, capsys):
    good = ROOT / "fixtures" / "ctgov-v2" / "seed-002_NCT07409766.txt"
    bad = tmp_path / "bad.json"
    bad.write_text('{"protocolSection": ')
    assert main(["parse", str(good)]) == 0
    assert capsys.readouterr().out.count("\n") == 1
    assert main(["parse", str(good), str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 1  # the good one is still printed
    (line,) = captured.err.strip().splitlines()
    assert str(bad) in line and "ctgov-v2" in line and "Traceback" not in line
    assert main(["parse", str(tmp_path / "missing.json")]) == 1
    assert "cannot read file" in capsys.readouterr().err


def test_python_dash_m_runs():
    out = subprocess.run([sys.executable, "-m", "trialnorm", "formats"], capture_output=True,
                         text=True, check=True).stdout
    assert "ctgov-v2" in out
