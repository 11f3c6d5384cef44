"""Every input of a bulk run: files, folders (recursive) and zip archives (streamed).

``iter_inputs(paths)`` yields one ``InputItem`` for each thing that should end as a
record or an error row. Hostile input is refused item by item, never by stopping
the walk: zip members with absurd sizes or compression ratios, member names that
climb out of the archive, symlink loops, files over the size cap, nested archives.
Members are read one at a time from the archive; nothing is unpacked to disk.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

__all__ = ["InputItem", "Limits", "iter_inputs"]


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 256 * 1024 * 1024
    max_member_bytes: int = 64 * 1024 * 1024
    max_compression_ratio: float = 200.0
    ratio_floor_bytes: int = 1024 * 1024  # small members may compress well; no alarm below this


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class InputItem:
    """One input. ``data`` is None when ``error`` says why it was refused, or, for a zip
    member listed with ``defer=True``, until ``load()`` reads it (in a worker process)."""

    path: str
    member: str | None = None
    data: bytes | None = None
    error: str | None = None
    limit: int = Limits.max_member_bytes

    @property
    def key(self) -> str:
        """A stable name for the input, used by --resume and in error rows."""
        return f"{self.path}!{self.member}" if self.member is not None else self.path

    def load(self) -> InputItem:
        """The item with its bytes: a deferred zip member is read and inflated here."""
        if self.data is not None or self.error is not None or self.member is None:
            return self
        data, error = _read_member(self.path, self.member, self.limit)
        return InputItem(self.path, self.member, data, error, self.limit)


# Each process keeps its archives open: reopening parses the central directory, which
# for the 600,000-member registry dump takes seconds.
_OPEN_ARCHIVES: dict[str, zipfile.ZipFile] = {}


def _read_member(path: str, member: str, limit: int) -> tuple[bytes | None, str | None]:
    try:
        archive = _OPEN_ARCHIVES.get(path)
        if archive is None:
            if len(_OPEN_ARCHIVES) >= 16:
                _OPEN_ARCHIVES.pop(next(iter(_OPEN_ARCHIVES))).close()
            archive = _OPEN_ARCHIVES[path] = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return None, f"cannot read member ({exc})"
    return _read_open_member(archive, member, limit)


def _read_open_member(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo,
                      limit: int) -> tuple[bytes | None, str | None]:
    """A member's bytes, or why not; the size is checked on what inflates, not the header."""
    try:
        with archive.open(member) as f:
            data = f.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError,
            EOFError, KeyError) as exc:
        return None, f"cannot read member ({exc})"
    if len(data) > limit:  # the header lied about the size
        return None, f"member over the size limit (expands past {limit:,} bytes)"
    return data, None


def iter_inputs(paths: Iterable[str | os.PathLike[str]], limits: Limits = Limits(),
                skip: frozenset[str] | set[str] = frozenset(),
                defer: bool = False) -> Iterator[InputItem]:
    """Every input under ``paths`` in a stable order; ``skip`` holds keys already done.

    With ``defer``, zip members are checked from the archive's directory but not read:
    ``InputItem.load()`` inflates them where the work is done (a worker process), so the
    process that walks the inputs does not become the bottleneck.
    """
    for p in paths:
        yield from _walk(Path(p), limits, skip, set(), defer)


def _walk(path: Path, limits: Limits, skip: frozenset[str] | set[str],
          seen_dirs: set[tuple[int, int]], defer: bool = False) -> Iterator[InputItem]:
    name = str(path)
    try:
        st = path.stat()  # follows symlinks: a loop raises ELOOP, a dangling link ENOENT
    except OSError as exc:
        if name not in skip:
            yield InputItem(name, error=f"cannot read ({exc.strerror or exc})")
        return
    if stat.S_ISDIR(st.st_mode):
        ident = (st.st_dev, st.st_ino)
        if ident in seen_dirs:
            if name not in skip:
                yield InputItem(name, error="symbolic link loop (folder already visited)")
            return
        seen_dirs = seen_dirs | {ident}
        try:
            children = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            yield InputItem(name, error=f"cannot list folder ({exc.strerror or exc})")
            return
        for child in children:
            yield from _walk(Path(child.path), limits, skip, seen_dirs, defer)
        return
    if not stat.S_ISREG(st.st_mode):
        if name not in skip:
            yield InputItem(name, error="not a regular file")
        return
    if st.st_size > limits.max_file_bytes:
        if name not in skip:
            yield InputItem(name, error=f"file over the size limit ({st.st_size:,} bytes > "
                                        f"{limits.max_file_bytes:,})")
        return
    if path.suffix.lower() == ".zip" or _is_zip(path):
        yield from _zip_members(path, limits, skip, defer)
        return
    if name in skip:
        return
    try:
        yield InputItem(name, data=path.read_bytes())
    except OSError as exc:
        yield InputItem(name, error=f"cannot read ({exc.strerror or exc})")


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _unsafe_member_name(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return p.is_absolute() or ".." in p.parts or (len(name) > 1 and name[1] == ":")


def _zip_members(path: Path, limits: Limits, skip: frozenset[str] | set[str],
                 defer: bool = False) -> Iterator[InputItem]:
    name = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        if name not in skip:
            yield InputItem(name, error=f"not a readable zip archive ({exc})")
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            item = InputItem(name, member=info.filename)
            if item.key in skip:
                continue
            reason = _refuse_member(info, limits)
            if reason:
                yield InputItem(name, member=info.filename, error=reason)
                continue
            if defer:
                yield InputItem(name, member=info.filename, limit=limits.max_member_bytes)
                continue
            data, error = _read_open_member(archive, info, limits.max_member_bytes)
            yield InputItem(name, member=info.filename, data=data, error=error)


def _refuse_member(info: zipfile.ZipInfo, limits: Limits) -> str | None:
    if _unsafe_member_name(info.filename):
        return "unsafe member name (absolute, or climbs out of the archive)"
    if info.file_size > limits.max_member_bytes:
        return (f"member over the size limit ({info.file_size:,} bytes uncompressed > "
                f"{limits.max_member_bytes:,})")
    if info.file_size > limits.ratio_floor_bytes and info.compress_size > 0:
        ratio = info.file_size / info.compress_size
        if ratio > limits.max_compression_ratio:
            return f"member looks like a zip bomb (compression ratio {ratio:,.0f}:1)"
    if info.filename.lower().endswith(".zip"):
        return "nested archive not read (unpack it and convert it on its own)"
    return None
