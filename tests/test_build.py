"""The build: pure Python or mypyc-compiled (setup.py), and a user can tell which."""

from __future__ import annotations

import ast
import importlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest
from conftest import ROOT

from trialnorm import __version__
from trialnorm._build import build, compiled
from trialnorm.cli import main


def _compiled_modules() -> list[str]:
    """setup.py's COMPILED list as module names, read without running setup()."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "COMPILED":
            paths = ast.literal_eval(node.value)
            return [p.removeprefix("src/").removesuffix(".py").replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no COMPILED list")


def test_version_says_which_build(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"trialnorm {__version__} ({build()})"
    assert build() in ("pure Python", "mypyc-compiled")


def test_the_whole_hot_path_or_none_of_it_is_compiled() -> None:
    """A half-compiled install is a stale or broken build; and a compiled module older than
    its source (an editable build, then an edit) runs code the source no longer says."""
    modules = _compiled_modules()
    assert "trialnorm.extract.text" in modules  # the module _build looks at
    files = [Path(importlib.import_module(name).__file__ or "") for name in modules]
    extension = [str(f).endswith(tuple(EXTENSION_SUFFIXES)) for f in files]
    assert extension == [compiled()] * len(modules), dict(zip(modules, extension))
    for f in files:
        source = f.with_name(f.name.split(".")[0] + ".py")
        if compiled() and source.exists():
            assert f.stat().st_mtime >= source.stat().st_mtime, (
                f"{f.name} is older than {source.name}: build again (setup.py)")
