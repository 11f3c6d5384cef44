"""The parsing entry points: detect, parse, parse_file, iter_parse, formats."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from trialnorm.adapters import REGISTRY, Adapter, RawInput
from trialnorm.enrich import enrich
from trialnorm.errors import ParseError, TrialnormError, UnrecognizedFormat
from trialnorm.model import Trial

__all__ = [
    "MAX_INPUT_BYTES",
    "detect",
    "formats",
    "iter_parse",
    "iter_parse_file",
    "parse",
    "parse_file",
]

Data = bytes | str | dict[str, Any] | list[Any]

#: Inputs larger than this are refused rather than read into memory.
MAX_INPUT_BYTES = 512 * 1024 * 1024


def formats() -> list[str]:
    """The names of the input formats trialnorm reads, in detection order."""
    return list(REGISTRY)


def _input(data: Data | RawInput, source: str | None) -> RawInput:
    if isinstance(data, RawInput):
        return data
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str, dict, list)):
        raise TypeError(f"parse() takes bytes, str, dict or list, not {type(data).__name__}")
    return RawInput(data, source=source)


def _detect(inp: RawInput) -> Adapter:
    if not inp.is_loaded:
        data = inp.data
        # "not data.strip()" without copying the whole input when it starts with a non-space
        if isinstance(data, (bytes, str)) and (not data or (data[:1].isspace()
                                                            and not data.strip())):
            raise UnrecognizedFormat("empty input", source=inp.name)
        if inp.is_binary:
            raise UnrecognizedFormat("binary data, not a trial record", source=inp.name,
                                     tried=list(REGISTRY))
    for adapter in REGISTRY.values():
        try:
            if adapter.detect(inp):
                return adapter
        except Exception:  # noqa: BLE001, S112 (a detector that trips over odd input says "not mine")
            continue
    snippet = inp.head[:40] if not inp.is_loaded else None
    raise UnrecognizedFormat("no adapter recognizes this input", source=inp.name,
                             tried=list(REGISTRY), snippet=snippet)


def detect(data: Data, *, source: str | None = None) -> str:
    """The name of the adapter that reads ``data``; raises UnrecognizedFormat."""
    return _detect(_input(data, source)).name


def iter_parse(data: Data | RawInput, *, format: str | None = None,
               source: str | None = None) -> Iterator[Trial]:
    """Every record ``data`` holds (a search page, a list, a multi-study file)."""
    inp = _input(data, source)
    if format is None:
        adapter = _detect(inp)
    else:
        found = REGISTRY.get(format)
        if found is None:
            raise ParseError(f"unknown format {format!r} (known: {', '.join(REGISTRY)})",
                             source=inp.name)
        adapter = found
    try:
        for trial in adapter.parse(inp):
            yield enrich(trial)
    except TrialnormError:
        raise
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()))
        raise ParseError(f"invalid value for {where}: {err.get('msg')}", source=inp.name,
                         format=adapter.name, snippet=str(err.get("input"))[:60]) from exc
    except RecursionError as exc:
        raise ParseError("input nested too deeply", source=inp.name,
                         format=adapter.name) from exc
    except Exception as exc:  # never a traceback for bad input: name it instead
        raise ParseError(f"could not be read ({type(exc).__name__}: {exc})", source=inp.name,
                         format=adapter.name) from exc


def parse(data: Data, *, format: str | None = None, source: str | None = None) -> Trial:
    """The one record ``data`` holds.

    ``data`` is bytes, text, or JSON data already loaded. ``format`` names an
    adapter (see ``formats()``) instead of detecting it; ``source`` names where the
    data came from, for messages and ``Trial.source``.
    """
    records = iter_parse(data, format=format, source=source)
    first = next(records, None)
    if first is None:
        raise ParseError("the input holds no trial record", source=source, format=format)
    second = next(records, None)
    if second is not None:
        raise ParseError("the input holds several records; use iter_parse()", source=source,
                         format=first.source.format)
    return first


def _read(path: str | os.PathLike[str]) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ParseError(f"file is {size:,} bytes, over the {MAX_INPUT_BYTES:,}-byte limit",
                             source=str(p))
        return p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file ({exc.strerror or exc})", source=str(p)) from exc


def parse_file(path: str | os.PathLike[str], *, format: str | None = None) -> Trial:
    """The one record in the file at ``path``."""
    return parse(_read(path), format=format, source=str(path))


def iter_parse_file(path: str | os.PathLike[str], *, format: str | None = None) -> Iterator[Trial]:
    """Every record in the file at ``path``."""
    return iter_parse(_read(path), format=format, source=str(path))
