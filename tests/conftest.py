"""Shared test paths. The real corpus sits beside the checkout (../shared), as in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from trialnorm._build import compiled

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"
FIXTURES = ROOT / "fixtures"

# A test that monkeypatches a module function to watch or change the calls other modules
# make: in a mypyc-compiled build those calls go to the function directly, unpatched.
patches_module_calls = pytest.mark.skipif(
    compiled(), reason="compiled modules call each other directly; a monkeypatch cannot reach "
                       "those calls (run it on the pure-Python build)")

if not CORPUS.is_dir():  # fail loudly: a skipped corpus test would pass as done
    raise RuntimeError(f"the test corpus is missing: expected it at {CORPUS}")


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` ("000", "002", ...)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS
