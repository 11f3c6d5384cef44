"""The build: pure Python, or, with ``TRIALNORM_MYPYC=1``, the hot path compiled by mypyc.

    pip install .                          # pure Python (the default)
    TRIALNORM_MYPYC=1 pip install .        # compiled: needs a C compiler; ~2 min to build

Compiled, the same modules are C extensions built from the unchanged sources (as black,
mypy and charset-normalizer ship theirs); the output is identical (scripts/check_identity.py)
and ``trialnorm --version`` says which build is installed. Everything else (metadata,
dependencies, entry points) is in pyproject.toml.

Compiled modules call each other directly, so monkeypatching a function of one (as a test
or benchmark may) does not reach the calls the others make. With an editable install
(``pip install -e .``) the extensions are written into src/ beside their sources and are
imported instead of them: after editing one of COMPILED, build again, or build pure, which
removes them (see _remove_stale_extensions).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent

# The per-record path of parse and convert. Kept out: model.py (pydantic models, built by
# pydantic's metaclass), the other adapters (not on the registry dump's path), the CLI,
# and archive/inputs/fetch/store (I/O, not CPU).
COMPILED = [
    "src/trialnorm/_api.py",
    "src/trialnorm/adapters/_base.py",
    "src/trialnorm/adapters/ctgov_v2.py",
    "src/trialnorm/convert.py",
    "src/trialnorm/enrich.py",
    "src/trialnorm/extract/ages.py",
    "src/trialnorm/extract/dates.py",
    "src/trialnorm/extract/doses.py",
    "src/trialnorm/extract/eligibility.py",
    "src/trialnorm/extract/text.py",
    "src/trialnorm/extract/thresholds.py",
    "src/trialnorm/extract/timeframes.py",
    "src/trialnorm/tables.py",
]


def _remove_stale_extensions() -> None:
    """A pure build removes extensions an earlier compiled editable build left in src/:
    they would be imported instead of the sources being installed."""
    src = ROOT / "src"
    for pattern in ("*.so", "*.pyd"):
        for path in [*(src / "trialnorm").rglob(pattern), *src.glob("trialnorm__mypyc" + pattern)]:
            path.unlink()


def ext_modules() -> list:
    if os.environ.get("TRIALNORM_MYPYC", "0") != "1":
        _remove_stale_extensions()
        return []
    from mypyc.build import mypycify  # build-system requires lists mypy

    print(f"trialnorm: compiling {len(COMPILED)} modules with mypyc", file=sys.stderr)
    return mypycify(COMPILED, opt_level="3", group_name="trialnorm")


setup(ext_modules=ext_modules())
