"""A stand-in for ClinicalTrials.gov on 127.0.0.1, serving the real corpus, with faults on demand.

    with CtgovServer(CORPUS) as server:
        server.fail("/api/v2/studies/NCT05911841", "429:1", "503")
        client = CtgovClient(server.base_url, ...)

Paths served (as the registry does):

- ``/api/v2/studies/{id}``: ``corpus/ctgov-v2/{id}.json`` byte for byte (or a body
  set with ``serve``; a history-only study serves its newest snapshot);
- ``/api/v2/studies?query.term=...&pageSize=N&pageToken=T``: the corpus records whose
  text holds every word of the query, ``page_cap`` per page at most (so tests can
  page without 1,000 records), with ``nextPageToken``; ``pageSize`` over 1000 is
  HTTP 400, as on the real API; ``search_junk`` bodies come first in every search;
- ``/api/int/studies/{id}?history=true`` and ``/api/int/studies/{id}/history/{n}``:
  built from ``corpus/ctgov-v2-history/{id}/``, one version per snapshot file, in
  date order, ``date`` the snapshot's versionHolder. ``history_mode`` "changed"
  answers in an unknown shape, "gone" answers 404 to both.

Faults, queued per path with ``fail(path, *faults)`` and used one per request in
order (``fail_always`` repeats one): ``"429"`` or ``"429:SECONDS"`` (with
Retry-After), ``"503"``, ``"404"``, ``"drop"`` (close without answering),
``"slow:SECONDS"`` (answer late), ``"truncate"`` (announce the full length, send
half, close), ``"badjson"`` (a 200 whose body is cut JSON), ``"notstudy"`` (a 200
with JSON that is no study). ``requests`` records every request seen.
"""

from __future__ import annotations

import base64
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

import orjson

__all__ = ["CtgovServer", "SeenRequest"]

_STUDY_PATH = re.compile(r"\A/api/v2/studies/(?P<nct>[^/]+)\Z")
_HISTORY_PATH = re.compile(r"\A/api/int/studies/(?P<nct>[^/]+)\Z")
_VERSION_PATH = re.compile(r"\A/api/int/studies/(?P<nct>[^/]+)/history/(?P<v>[^/]+)\Z")
_SNAPSHOT_DATE = re.compile(r"versionHolder-(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class SeenRequest:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    at: float


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: CtgovServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out and hang up are part of the tests


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes; without this, delayed ACKs add 40 ms
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        owner = self.server.owner
        split = urlsplit(self.path)
        seen = SeenRequest(split.path, parse_qs(split.query), dict(self.headers.items()),
                           time.monotonic())
        fault = owner._take(seen)
        try:
            self._answer(owner, seen, fault)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _answer(self, owner: CtgovServer, seen: SeenRequest, fault: str | None) -> None:
        kind, _, arg = (fault or "").partition(":")
        if kind == "drop":
            self.close_connection = True
            return
        if kind == "slow":
            time.sleep(float(arg or 1))
        if kind == "429":
            extra = {"Retry-After": arg} if arg else {}
            return self._send(429, b'{"message":"Too Many Requests"}', extra)
        if kind in ("503", "500", "502"):
            return self._send(int(kind), b"Service Unavailable", {}, "text/plain")
        if kind == "404":
            return self._send(404, b'{"message":"not found"}')
        if kind == "notstudy":
            return self._send(200, b'{"message":"maintenance"}')
        status, body = owner._route(seen)
        if kind == "badjson" and status == 200:
            return self._send(200, body[: len(body) // 2])
        if kind == "truncate" and status == 200:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        content_type = "application/json" if status != 404 else "text/html"
        return self._send(status, body, {}, content_type)

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
              content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class CtgovServer:
    """The fake registry (see the module docstring). Start it with ``with``."""

    def __init__(self, corpus: Path, *, page_cap: int = 1000) -> None:
        self.v2_dir = corpus / "ctgov-v2"
        self.history_dir = corpus / "ctgov-v2-history"
        self.page_cap = page_cap
        self.history_mode = "ok"
        self.requests: list[SeenRequest] = []
        self._bodies: dict[str, bytes] = {}
        self._faults: dict[str, deque[str]] = {}
        self._always: dict[str, str] = {}
        self._lock = threading.Lock()
        self._search_index: list[tuple[str, bytes, str]] | None = None
        #: bodies served before the real hits of every search (results no one can read)
        self.search_junk: list[bytes] = []
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,),
                                        daemon=True)

    # -------------------------------------------------------------- control

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def fail(self, path: str, *faults: str) -> None:
        """Answer the next requests to ``path`` with these faults, one each, in order."""
        with self._lock:
            self._faults.setdefault(path, deque()).extend(faults)

    def fail_always(self, path: str, fault: str) -> None:
        with self._lock:
            self._always[path] = fault

    def serve(self, nct_id: str, body: bytes) -> None:
        """Serve ``body`` as the current record of ``nct_id`` from now on."""
        self._bodies[nct_id] = body

    def count(self, path: str) -> int:
        """How many requests ``path`` got."""
        return sum(1 for r in self.requests if r.path == path)

    def snapshots(self, nct_id: str) -> list[Path]:
        """The history corpus files of ``nct_id``, oldest first."""
        return sorted((self.history_dir / nct_id).glob("*.json"),
                      key=lambda p: _SNAPSHOT_DATE.search(p.name).group(1))  # type: ignore[union-attr]

    def _take(self, seen: SeenRequest) -> str | None:
        with self._lock:
            self.requests.append(seen)
            queue = self._faults.get(seen.path)
            if queue:
                return queue.popleft()
            return self._always.get(seen.path)

    # -------------------------------------------------------------- routes

    def _route(self, seen: SeenRequest) -> tuple[int, bytes]:
        if seen.path == "/api/v2/studies":
            return self._search(seen.query)
        match = _STUDY_PATH.match(seen.path)
        if match:
            body = self._study(match.group("nct"))
            return (200, body) if body is not None else (404, b"<html>Not Found</html>")
        match = _VERSION_PATH.match(seen.path)
        if match:
            return self._version(match.group("nct"), match.group("v"))
        match = _HISTORY_PATH.match(seen.path)
        if match and seen.query.get("history") == ["true"]:
            return self._history(match.group("nct"))
        return 404, b"<html>Not Found</html>"

    def _study(self, nct: str) -> bytes | None:
        if nct in self._bodies:
            return self._bodies[nct]
        path = self.v2_dir / f"{nct}.json"
        if re.fullmatch(r"NCT\d{8}", nct) and path.is_file():
            return path.read_bytes()
        snaps = self.snapshots(nct) if re.fullmatch(r"NCT\d{8}", nct) else []
        return snaps[-1].read_bytes() if snaps else None

    def _history(self, nct: str) -> tuple[int, bytes]:
        snaps = self.snapshots(nct) if re.fullmatch(r"NCT\d{8}", nct) else []
        if not snaps or self.history_mode == "gone":
            return 404, b"<html>Not Found</html>"
        changes = []
        for number, snap in enumerate(snaps):
            study = orjson.loads(snap.read_bytes())
            changes.append({"version": number,
                            "date": _SNAPSHOT_DATE.search(snap.name).group(1),  # type: ignore[union-attr]
                            "status": study["protocolSection"]["statusModule"]["overallStatus"],
                            "moduleLabels": ["Study Status"]})
        latest = orjson.loads(snaps[-1].read_bytes())
        if self.history_mode == "changed":
            return 200, orjson.dumps({"study": latest, "revisions": {"items": changes}})
        return 200, orjson.dumps({"study": latest, "history": {"changes": changes}})

    def _version(self, nct: str, version: str) -> tuple[int, bytes]:
        snaps = self.snapshots(nct) if re.fullmatch(r"NCT\d{8}", nct) else []
        if self.history_mode == "gone" or not version.isdigit() or int(version) >= len(snaps):
            return 404, b"<html>Not Found</html>"
        study = orjson.loads(snaps[int(version)].read_bytes())
        if self.history_mode == "changed":
            return 200, orjson.dumps({"record": study, "versionNumber": int(version)})
        return 200, orjson.dumps({"studyVersion": int(version), "study": study})

    def _search(self, query: dict[str, list[str]]) -> tuple[int, bytes]:
        terms = (query.get("query.term") or [""])[0].lower().split()
        try:
            size = int((query.get("pageSize") or ["10"])[0])
        except ValueError:
            return 400, b'{"message":"pageSize must be a number"}'
        if not 0 < size <= 1000:
            return 400, b'{"message":"pageSize must be between 0 and 1000"}'
        token = (query.get("pageToken") or [""])[0]
        start = int(base64.urlsafe_b64decode(token).decode()) if token else 0
        hits = self.search_junk + [body for _, body, text in self._index()
                                   if all(t in text for t in terms)]
        end = start + min(size, self.page_cap)
        page: dict[str, Any] = {"studies": [orjson.loads(b) for b in hits[start:end]]}
        if end < len(hits):
            page["nextPageToken"] = base64.urlsafe_b64encode(str(end).encode()).decode()
        return 200, orjson.dumps(page)

    def _index(self) -> list[tuple[str, bytes, str]]:
        if self._search_index is None:
            index = []
            for path in sorted(self.v2_dir.glob("NCT*.json")):
                body = path.read_bytes()
                index.append((path.stem, body, body.decode("utf-8", "replace").lower()))
            self._search_index = index
        return self._search_index

    def search_hits(self, query: str) -> list[str]:
        """The NCT IDs a search for ``query`` finds, in page order (for assertions)."""
        terms = query.lower().split()
        return [nct for nct, _, text in self._index() if all(t in text for t in terms)]
