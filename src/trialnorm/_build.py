"""Which build is installed: pure Python, or the hot path compiled by mypyc (setup.py)."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from trialnorm.extract import text as _compiled_with_the_rest  # one of setup.py's COMPILED


def compiled() -> bool:
    """True when the per-record modules are mypyc-compiled extensions."""
    return (_compiled_with_the_rest.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def build() -> str:
    return "mypyc-compiled" if compiled() else "pure Python"
