"""What every adapter is: a name, a detector and a pure parser over one input.

Adapters do no I/O. They get a ``RawInput`` (bytes, text or already-loaded JSON
data plus the name of where it came from) and yield ``Trial`` records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import orjson

from trialnorm.errors import ParseError
from trialnorm.model import Trial

__all__ = ["PARSER_VERSION", "Adapter", "RawInput"]

PARSER_VERSION = "trialnorm 0.1.0"

_HEAD_CHARS = 4096


class RawInput:
    """One input: raw bytes or text, or data that is already loaded (dict/list).

    Decoding and JSON loading happen once, on first use, and are shared by the
    detectors and the parser.
    """

    __slots__ = ("__dict__", "data", "member", "source")

    def __init__(self, data: bytes | str | dict[str, Any] | list[Any], source: str | None = None,
                 member: str | None = None) -> None:
        self.data = data
        self.source = source
        self.member = member

    @property
    def is_loaded(self) -> bool:
        return isinstance(self.data, (dict, list))

    @cached_property
    def text(self) -> str:
        """The input as text (UTF-8, a BOM dropped; undecodable bytes replaced)."""
        data = self.data
        if isinstance(data, str):
            return data
        if isinstance(data, bytes):
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("utf-8", errors="replace")
        return orjson.dumps(data).decode()

    @cached_property
    def head(self) -> str:
        """The first few thousand characters, stripped at the left: what detectors look at."""
        if isinstance(self.data, bytes):
            chunk = self.data[: _HEAD_CHARS * 2].decode("utf-8", errors="replace")
        elif isinstance(self.data, str):
            chunk = self.data[: _HEAD_CHARS * 2]
        else:
            return ""
        return chunk.lstrip("\ufeff \t\r\n")[:_HEAD_CHARS]

    @cached_property
    def is_binary(self) -> bool:
        if isinstance(self.data, bytes):
            return self.data.find(b"\x00", 0, _HEAD_CHARS) != -1  # no copy of the head
        return False

    def error(self, reason: str, *, format: str, snippet: str | None = None) -> ParseError:
        return ParseError(reason, source=self.name, format=format, snippet=snippet)

    @property
    def name(self) -> str | None:
        if self.source and self.member:
            return f"{self.source}!{self.member}"
        return self.source or self.member


@dataclass(frozen=True)
class Adapter:
    """One input format.

    ``detect`` answers cheaply whether the input looks like this format (it may
    look at ``RawInput.head`` or loaded data, never raise); ``parse`` yields every
    record the input holds and raises ``ParseError`` when it cannot.
    """

    name: str
    description: str
    detect: Callable[[RawInput], bool]
    parse: Callable[[RawInput], Iterator[Trial]]
    extensions: tuple[str, ...] = field(default=())
