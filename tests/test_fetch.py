"""The ClinicalTrials.gov client against a real HTTP server on 127.0.0.1 serving the corpus.

Faults (429, 503, dropped connections, timeouts, truncated and invalid bodies, 404)
are injected by ``tests/ctgov_server.py``; the server counts requests so the tests
can check that retries happened and stopped at the limit. Backoff waits go through
an injected ``sleep`` that records them, so tests are fast and still see that
Retry-After is honoured. No test reaches the internet.
"""

from __future__ import annotations

import math
import socket
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import orjson
import pytest
from conftest import CORPUS
from ctgov_server import CtgovServer

from trialnorm.cli import main
from trialnorm.errors import FetchError, InvalidNctId, StudyNotFound
from trialnorm.fetch import (
    USER_AGENT,
    CtgovClient,
    HistoryUnavailable,
    RateLimiter,
    _retry_after,
    check_nct_id,
    default_client,
    fetch,
    fetch_history,
    fetch_record,
    search_records,
)
from trialnorm.store import RecordStore

V2 = CORPUS / "ctgov-v2"
HISTORY = CORPUS / "ctgov-v2-history"

# NCT05911841: two daily snapshots differing only in versionHolder (one version);
# NCT05923112: two snapshots where lastUpdatePostDate went ESTIMATED -> ACTUAL (two).
SAME = "NCT05911841"
CHANGED = "NCT05923112"
SAME_TITLE = ("A Study of LY3454738 in the Treatment of Adult Participants With "
              "Moderate-to-Severe Atopic Dermatitis")
ABSENT = "NCT99999999"


def study_path(nct: str) -> str:
    return f"/api/v2/studies/{nct}"


def snapshot(nct: str, day: str) -> bytes:
    return (HISTORY / nct / f"{nct}_versionHolder-{day}.json").read_bytes()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the user's cache dir or follows a base URL from the environment."""
    monkeypatch.setenv("TRIALNORM_STORE", str(tmp_path / "default.sqlite"))
    monkeypatch.delenv("TRIALNORM_BASE_URL", raising=False)


@pytest.fixture
def server() -> Iterator[CtgovServer]:
    with CtgovServer(CORPUS) as srv:
        yield srv


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    with RecordStore(tmp_path / "records.sqlite") as kept:
        yield kept


class Sleeps(list[float]):
    """An injected sleep: records each wait instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


ATTEMPTS = 4


@pytest.fixture
def client(server: CtgovServer, sleeps: Sleeps) -> Iterator[CtgovClient]:
    with CtgovClient(server.base_url, rate=None, attempts=ATTEMPTS, backoff=0.001,
                     max_backoff=0.004, jitter=0.001, read_timeout=10, connect_timeout=10,
                     sleep=sleeps) as c:
        yield c


# ------------------------------------------------------------------ NCT IDs


@pytest.mark.parametrize(("text", "nct"), [
    ("NCT05911841", "NCT05911841"),
    ("nct05911841", "NCT05911841"),
    ("  NCT05911841\n", "NCT05911841"),
    ("NCT 0591 1841", "NCT05911841"),
    ("Nct05911841", "NCT05911841"),
])
def test_nct_ids_forgive_case_and_spaces(text: str, nct: str) -> None:
    assert check_nct_id(text) == nct


@pytest.mark.parametrize("text", [
    "NCT0591184", "NCT059118411", "05911841", "NCT0591184a", "", "NCT",
    "NCT05911841/../../v1", "../etc/passwd", "NCT05911841?format=csv", "NCT05911841#x",
    "NCT-05911841", "ISRCTN12345678", "NCT05911841,NCT05913115", "NCT\u0660\u0661234567",
])
def test_anything_else_is_refused_before_a_request(text: str, server: CtgovServer,
                                                   client: CtgovClient) -> None:
    with pytest.raises(InvalidNctId, match="not an NCT ID"):
        client.get_study(text)
    with pytest.raises(InvalidNctId):
        fetch(text, client=client, store=False)
    assert server.requests == []


# ------------------------------------------------------------------ records


def test_get_study_is_the_registry_body_byte_for_byte(server: CtgovServer,
                                                      client: CtgovClient) -> None:
    assert client.get_study_raw("nct05911841") == (V2 / f"{SAME}.json").read_bytes()
    study = client.get_study(SAME)
    assert study["protocolSection"]["identificationModule"]["briefTitle"] == SAME_TITLE
    (seen,) = [r for r in server.requests if r.path == study_path(SAME)][:1]
    assert seen.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("trialnorm/0.1.0 ")
    assert seen.headers["Accept"] == "application/json"


def test_fetch_gives_the_trial_and_keeps_the_raw_record(server: CtgovServer,
                                                        client: CtgovClient,
                                                        store: RecordStore) -> None:
    trial = fetch(SAME, client=client, store=store)
    assert trial.nct_id == SAME
    assert trial.brief_title == SAME_TITLE
    assert trial.source.format == "ctgov-v2"
    assert trial.source.url == f"{server.base_url}/api/v2/studies/{SAME}"
    assert trial.source.path is None
    (row,) = store.versions(SAME)
    assert row.raw == (V2 / f"{SAME}.json").read_bytes()
    assert row.version == row.updated == "2023-06-12"  # lastUpdateSubmitDate
    assert row.source == trial.source.url


def test_fetch_uses_the_default_store_from_the_environment(server: CtgovServer,
                                                           client: CtgovClient,
                                                           tmp_path: Path) -> None:
    fetch(SAME, client=client)
    with RecordStore(tmp_path / "default.sqlite") as kept:
        assert kept.nct_ids() == [SAME]


def test_404_is_no_such_study_and_not_retried(server: CtgovServer, client: CtgovClient,
                                              store: RecordStore) -> None:
    with pytest.raises(StudyNotFound, match=f"{ABSENT}: no such study"):
        fetch(ABSENT, client=client, store=store)
    assert server.count(study_path(ABSENT)) == 1
    assert len(store) == 0


def test_other_client_errors_are_not_retried(server: CtgovServer, client: CtgovClient) -> None:
    with pytest.raises(FetchError, match="HTTP 400 .*pageSize"):
        list(client._get_json(f"{server.base_url}/api/v2/studies",
                              params={"pageSize": 5000}, what="search"))
    assert server.count("/api/v2/studies") == 1


# ------------------------------------------------------------------ retries


@pytest.mark.parametrize("fault", ["503", "500", "429", "drop", "truncate", "badjson"])
def test_a_transient_failure_is_retried(fault: str, server: CtgovServer, client: CtgovClient,
                                        store: RecordStore, sleeps: Sleeps) -> None:
    server.fail(study_path(SAME), fault, fault)
    trial = fetch(SAME, client=client, store=store)
    assert trial.brief_title == SAME_TITLE
    assert server.count(study_path(SAME)) == 3
    assert len(sleeps) == 2 and all(0 < s <= 0.01 for s in sleeps)
    assert len(store) == 1 and store.get(SAME).raw == (V2 / f"{SAME}.json").read_bytes()


@pytest.mark.parametrize(("fault", "message"), [
    ("503", r"the registry answered HTTP 503 \(gave up after 4 attempts\)"),
    ("429", r"the registry answered HTTP 429 \(gave up after 4 attempts\)"),
    ("drop", r"cannot reach http://127\.0\.0\.1:\d+ \(Server disconnected"),
    ("truncate", r"cannot reach .*gave up after 4 attempts"),
    ("badjson", "a body that is not JSON"),
])
def test_retries_stop_at_the_limit_and_nothing_is_stored(
        fault: str, message: str, server: CtgovServer, client: CtgovClient,
        store: RecordStore, sleeps: Sleeps) -> None:
    server.fail_always(study_path(SAME), fault)
    with pytest.raises(FetchError, match=message) as info:
        fetch(SAME, client=client, store=store)
    assert str(info.value).startswith(f"{SAME}: ")
    assert server.count(study_path(SAME)) == ATTEMPTS
    assert len(sleeps) == ATTEMPTS - 1
    # exponential: each wait at least the one before it (jitter is at most 1 ms)
    assert sleeps[-1] >= 0.004 - 1e-9
    assert len(store) == 0


def test_a_body_that_is_no_study_is_refused_not_retried(server: CtgovServer,
                                                        client: CtgovClient,
                                                        store: RecordStore) -> None:
    server.fail(study_path(SAME), "notstudy")
    with pytest.raises(FetchError, match="cannot read"):
        fetch(SAME, client=client, store=store)
    assert server.count(study_path(SAME)) == 1
    assert len(store) == 0


def test_a_record_of_another_study_is_refused(server: CtgovServer, client: CtgovClient,
                                              store: RecordStore) -> None:
    server.serve(SAME, (V2 / f"{CHANGED}.json").read_bytes())
    with pytest.raises(FetchError, match=f"answered with {CHANGED} instead"):
        fetch(SAME, client=client, store=store)
    assert len(store) == 0


def test_retry_after_is_honoured(server: CtgovServer, client: CtgovClient,
                                 sleeps: Sleeps) -> None:
    server.fail(study_path(SAME), "429:1", "503:0")
    assert fetch(SAME, client=client, store=False).nct_id == SAME
    assert server.count(study_path(SAME)) == 3
    assert sleeps[0] == 1.0  # the server's 1 s, not the 1 ms backoff
    assert sleeps[1] < 0.01


def test_retry_after_is_honoured_in_real_time(server: CtgovServer) -> None:
    server.fail(study_path(SAME), "429:1")
    with CtgovClient(server.base_url, rate=None, backoff=0.001, jitter=0) as c:
        started = time.monotonic()
        c.get_study(SAME)
        elapsed = time.monotonic() - started
    first, second = [r.at for r in server.requests]
    assert elapsed >= 1.0
    assert second - first >= 0.9  # as the server saw it (arrival times jitter under load)


def test_a_retry_after_too_long_gives_up_at_once(server: CtgovServer, sleeps: Sleeps) -> None:
    server.fail(study_path(SAME), "429:3600")
    with CtgovClient(server.base_url, rate=None, max_retry_after=60, sleep=sleeps) as c, \
            pytest.raises(FetchError, match="HTTP 429 with Retry-After 3600s"):
        c.get_study(SAME)
    assert server.count(study_path(SAME)) == 1 and sleeps == []


def test_retry_after_as_an_http_date() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert _retry_after(later, now=now.timestamp()) == pytest.approx(30)
    assert _retry_after("7") == 7.0
    assert _retry_after("soon") is None
    assert _retry_after(None) is None


def test_a_slow_answer_times_out_and_is_retried(server: CtgovServer, sleeps: Sleeps) -> None:
    server.fail(study_path(SAME), "slow:4")
    with CtgovClient(server.base_url, rate=None, backoff=0.001, jitter=0, read_timeout=1,
                     sleep=sleeps) as c:
        started = time.monotonic()
        assert c.get_study(SAME)["protocolSection"]["identificationModule"]["nctId"] == SAME
        assert time.monotonic() - started < 3.9  # did not wait for the slow answer
    assert server.count(study_path(SAME)) == 2


def test_a_server_that_stays_slow_is_a_timeout_error(server: CtgovServer,
                                                     sleeps: Sleeps) -> None:
    server.fail_always(study_path(SAME), "slow:1")
    with CtgovClient(server.base_url, rate=None, attempts=2, backoff=0.001, read_timeout=0.2,
                     sleep=sleeps) as c, pytest.raises(FetchError, match="timed out"):
        c.get_study(SAME)
    assert server.count(study_path(SAME)) == 2


def test_a_closed_port_is_a_connection_error(sleeps: Sleeps) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with CtgovClient(f"http://127.0.0.1:{port}", rate=None, attempts=3, backoff=0.001,
                     sleep=sleeps) as c, pytest.raises(FetchError, match="cannot reach"):
        c.get_study(SAME)
    assert len(sleeps) == 2


# ------------------------------------------------------------------ rate limit


def test_the_rate_limit_spaces_requests(server: CtgovServer) -> None:
    with CtgovClient(server.base_url, rate=5) as c:
        started = time.monotonic()
        for _ in range(5):
            c.get_study_raw(SAME)
        elapsed = time.monotonic() - started
    assert elapsed >= 4 / 5  # unthrottled, five local requests take a few ms
    stamps = [r.at for r in server.requests]
    assert stamps[-1] - stamps[0] >= 0.6  # arrival times jitter under load


def test_token_bucket_waits_one_interval_per_request() -> None:
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    bucket = RateLimiter(3, clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        bucket.acquire()
    assert waits == pytest.approx([1 / 3] * 3)
    now[0] += 10  # idle time refills at most `burst` tokens
    bucket.acquire()
    bucket.acquire()
    assert waits[-1] == pytest.approx(1 / 3) and len(waits) == 4
    assert RateLimiter(None).acquire() == 0.0


def test_default_client_is_polite() -> None:
    c = CtgovClient("http://127.0.0.1:9")
    assert c.limiter.rate == 3.0
    assert c.http.timeout.connect == 10.0 and c.http.timeout.read == 30.0
    c.close()


# ------------------------------------------------------------------ configuration


def test_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                       server: CtgovServer) -> None:
    monkeypatch.setenv("TRIALNORM_BASE_URL", server.base_url + "/")
    with CtgovClient(rate=None) as c:
        assert c.base_url == server.base_url
        assert c.get_study(SAME)["protocolSection"]["identificationModule"]["nctId"] == SAME
    monkeypatch.delenv("TRIALNORM_BASE_URL")
    assert CtgovClient().base_url == "https://clinicaltrials.gov"


@pytest.mark.parametrize("url", ["ftp://example.org", "clinicaltrials.gov", "http://"])
def test_a_bad_base_url_is_refused(url: str) -> None:
    with pytest.raises(FetchError, match="not a usable base URL"):
        CtgovClient(url)


def test_an_injected_httpx_client_with_a_mock_transport() -> None:
    body = (V2 / f"{SAME}.json").read_bytes()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == f"/api/v2/studies/{SAME}":
            return httpx.Response(200, content=body)
        return httpx.Response(404)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    c = CtgovClient("https://mirror.example", http=http, rate=None)
    assert fetch(SAME, client=c, store=False).brief_title == SAME_TITLE
    with pytest.raises(StudyNotFound):
        c.get_study(ABSENT)
    assert [str(r.url) for r in seen] == [f"https://mirror.example/api/v2/studies/{SAME}",
                                          f"https://mirror.example/api/v2/studies/{ABSENT}"]
    assert seen[0].headers["User-Agent"] == USER_AGENT
    c.close()
    assert not http.is_closed  # the caller's client is the caller's to close


# ------------------------------------------------------------------ versions in the store


def test_an_unchanged_refetch_adds_nothing(server: CtgovServer, client: CtgovClient,
                                           store: RecordStore) -> None:
    server.serve(SAME, snapshot(SAME, "2023-06-28"))
    assert fetch_record(SAME, client=client, store=store).stored
    server.serve(SAME, snapshot(SAME, "2023-06-29"))  # only versionHolder differs
    again = fetch_record(SAME, client=client, store=store)
    assert not again.stored
    assert again.raw == snapshot(SAME, "2023-06-29")
    (row,) = store.versions(SAME)
    assert row.raw == snapshot(SAME, "2023-06-28")


def test_a_changed_record_adds_a_version(server: CtgovServer, client: CtgovClient,
                                         store: RecordStore) -> None:
    for day in ("2023-06-28", "2023-06-29", "2023-06-28", "2023-06-29"):
        server.serve(CHANGED, snapshot(CHANGED, day))
        fetch(CHANGED, client=client, store=store)
    rows = store.versions(CHANGED)
    assert [r.raw for r in rows] == [snapshot(CHANGED, "2023-06-28"),
                                     snapshot(CHANGED, "2023-06-29")]
    assert [r.ordinal for r in rows] == [1, 2]
    assert rows[0].content_hash != rows[1].content_hash


# ------------------------------------------------------------------ search


def test_search_pages_with_next_page_token(tmp_path: Path, sleeps: Sleeps) -> None:
    with CtgovServer(CORPUS, page_cap=7) as srv, \
            CtgovClient(srv.base_url, rate=None, sleep=sleeps) as c, \
            RecordStore(tmp_path / "s.sqlite") as kept:
        expected = srv.search_hits("lupus")
        assert len(expected) == 20
        found = [r.trial.nct_id for r in search_records("lupus", client=c, store=kept)]
        assert found == expected
        pages = [r for r in srv.requests if r.path == "/api/v2/studies"]
        assert len(pages) == math.ceil(20 / 7)
        assert [r.query["pageSize"] for r in pages] == [["1000"]] * 3
        assert "pageToken" not in pages[0].query and "pageToken" in pages[1].query
        assert kept.nct_ids() == sorted(expected)


def test_search_stops_at_max(sleeps: Sleeps) -> None:
    with CtgovServer(CORPUS, page_cap=7) as srv, \
            CtgovClient(srv.base_url, rate=None, sleep=sleeps) as c:
        found = [s["protocolSection"]["identificationModule"]["nctId"]
                 for s in c.search("lupus", max=10)]
        assert found == srv.search_hits("lupus")[:10]
        assert [r.query["pageSize"] for r in srv.requests] == [["10"], ["3"]]


def test_search_with_no_hits(server: CtgovServer, client: CtgovClient) -> None:
    assert list(client.search("zzzqqqxxx")) == []
    assert server.count("/api/v2/studies") == 1


# ------------------------------------------------------------------ history


def test_history_lists_versions_from_zero(server: CtgovServer, client: CtgovClient) -> None:
    changes = client.history(CHANGED)
    assert [(c["version"], c["date"]) for c in changes] == [(0, "2023-06-28"),
                                                            (1, "2023-06-29")]
    version = client.get_version(CHANGED, 1)
    assert version["studyVersion"] == 1
    assert version["study"]["derivedSection"]["miscInfoModule"]["versionHolder"] == "2023-06-29"


def test_fetch_history_keeps_each_distinct_version_once(server: CtgovServer,
                                                        client: CtgovClient,
                                                        store: RecordStore) -> None:
    records = list(fetch_history(CHANGED, client=client, store=store))
    assert [r.version for r in records] == ["h0", "h1"]
    assert [r.trial.source.record_version for r in records] == ["0", "1"]
    assert [r.stored for r in records] == [True, True]
    assert [r.labels for r in store.versions(CHANGED)] == [("h0",), ("h1",)]
    # the current record is history version 1: no new row, one more label
    assert not fetch_record(CHANGED, client=client, store=store).stored
    assert store.get(CHANGED, "h1").labels == ("h1", "2023-06-20")
    # NCT05911841's two snapshots are one version: one row, two labels
    same = list(fetch_history(SAME, client=client, store=store))
    assert [r.stored for r in same] == [True, False]
    (row,) = store.versions(SAME)
    assert row.labels == ("h0", "h1")
    assert store.get(SAME, "h1").raw == store.get(SAME, "h0").raw
    assert list(fetch_history(SAME, client=client, store=store))[1].stored is False


@pytest.mark.parametrize(("mode", "message"), [
    ("changed", "unknown shape"),
    ("gone", "answered 404"),
])
def test_history_that_changed_shape_or_vanished_is_reported(
        mode: str, message: str, server: CtgovServer, client: CtgovClient,
        store: RecordStore) -> None:
    server.history_mode = mode
    with pytest.raises(HistoryUnavailable, match=f"{CHANGED}: record history unavailable: "
                                                 f".*{message}"):
        list(fetch_history(CHANGED, client=client, store=store))
    assert len(store) == 0
    assert fetch(CHANGED, client=client, store=store).nct_id == CHANGED  # still works


def test_a_version_in_an_unknown_shape_is_reported(server: CtgovServer,
                                                   client: CtgovClient) -> None:
    client.history(CHANGED)
    server.history_mode = "changed"
    with pytest.raises(HistoryUnavailable, match="version 0 came in an unknown shape"):
        client.get_version(CHANGED, 0)


def test_history_failures_are_retried_then_reported(server: CtgovServer,
                                                    client: CtgovClient) -> None:
    path = f"/api/int/studies/{CHANGED}"
    server.fail(path, "503")
    assert len(client.history(CHANGED)) == 2
    server.fail_always(path, "badjson")
    with pytest.raises(HistoryUnavailable, match="record history unavailable: the registry "
                                                 "sent a body that is not JSON"):
        client.history(CHANGED)
    assert server.count(path) == 2 + ATTEMPTS


# ------------------------------------------------------------------ CLI


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors exit 2 from inside main
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def args(server: CtgovServer, tmp_path: Path) -> list[str]:
    return ["--base-url", server.base_url, "--store", str(tmp_path / "cli.sqlite"),
            "--rate", "0", "--attempts", "1"]


def test_cli_fetch_prints_one_json_line_per_record(capsys: pytest.CaptureFixture[str],
                                                   args: list[str]) -> None:
    code, out, err = cli(capsys, "fetch", *args, SAME, "nct05923112")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [orjson.loads(line)["nct_id"] for line in lines] == [SAME, CHANGED]
    assert orjson.loads(lines[0])["brief_title"] == SAME_TITLE


def test_cli_fetch_raw_and_pretty(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, _ = cli(capsys, "fetch", *args, "--raw", SAME)
    assert code == 0 and len(out.splitlines()) == 1
    assert orjson.loads(out) == orjson.loads((V2 / f"{SAME}.json").read_bytes())
    code, out, _ = cli(capsys, "fetch", *args, "--pretty", SAME)
    assert code == 0 and out.startswith("{\n  ") and orjson.loads(out)["nct_id"] == SAME


@pytest.mark.parametrize("bad", ["NCT123", "../NCT05911841", "NCT05911841/history/0"])
def test_cli_refuses_a_bad_id_before_any_request(bad: str, capsys: pytest.CaptureFixture[str],
                                                 args: list[str],
                                                 server: CtgovServer) -> None:
    code, out, err = cli(capsys, "fetch", *args, SAME, bad)
    assert code == 2 and out == ""
    assert err == f"trialnorm fetch: error: {bad!r} is not an NCT ID (NCT followed by 8 digits)\n"
    assert server.requests == []


@pytest.mark.parametrize("argv", [
    [], ["--query", "lupus", SAME], ["--max", "3", SAME], ["--query", "  "],
    ["--offline", "--query", "lupus"], ["--query", "lupus", "--max", "0"],
    ["--rate", "-1", SAME], ["--rate", "nan", SAME], ["--timeout", "0", SAME],
    ["--attempts", "0", SAME], ["--base-url", "ftp://mirror.example", SAME],
    ["--history", "--query", "lupus"],
])
def test_cli_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str],
                          args: list[str], server: CtgovServer) -> None:
    code, out, err = cli(capsys, "fetch", *args, *argv)
    assert code == 2 and out == "" and "error" in err
    assert server.requests == []


def test_cli_no_such_study(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = cli(capsys, "fetch", *args, ABSENT, SAME)
    assert code == 1
    assert err == (f"trialnorm: {ABSENT}: no such study (the registry answered 404)\n")
    assert orjson.loads(out)["nct_id"] == SAME  # the others still come


def test_cli_network_failure_is_one_line(capsys: pytest.CaptureFixture[str], args: list[str],
                                         server: CtgovServer) -> None:
    server.fail_always(study_path(SAME), "503")
    code, out, err = cli(capsys, "fetch", *args, SAME)
    assert code == 1 and out == ""
    assert err == (f"trialnorm: {SAME}: the registry answered HTTP 503 "
                   "(gave up after 1 attempt)\n")


def test_cli_offline_serves_from_the_store(capsys: pytest.CaptureFixture[str],
                                           args: list[str], server: CtgovServer,
                                           tmp_path: Path) -> None:
    _, online, _ = cli(capsys, "fetch", *args, SAME)
    before = len(server.requests)
    store_arg = ["--store", str(tmp_path / "cli.sqlite")]
    code, offline, err = cli(capsys, "fetch", "--offline", *store_arg, SAME)
    assert (code, err) == (0, "") and len(server.requests) == before
    online_trial, offline_trial = orjson.loads(online), orjson.loads(offline)
    assert offline_trial["source"]["path"] == f"{SAME}@1"
    online_trial["source"] = offline_trial["source"] = None
    assert online_trial == offline_trial
    code, out, err = cli(capsys, "fetch", "--offline", *store_arg, CHANGED)
    assert code == 1 and out == ""
    assert err.startswith(f"trialnorm: {CHANGED}: not in the local store (")


def test_cli_search_streams_jsonl(capsys: pytest.CaptureFixture[str], args: list[str],
                                  server: CtgovServer) -> None:
    code, out, err = cli(capsys, "fetch", *args, "--query", "lupus", "--max", "5")
    assert code == 0
    assert [orjson.loads(line)["nct_id"] for line in out.splitlines()] == \
        server.search_hits("lupus")[:5]
    assert err == "trialnorm: 5 records for 'lupus'\n"


def test_cli_history(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = cli(capsys, "fetch", *args, "--history", CHANGED)
    assert code == 0
    assert err == f"trialnorm: {CHANGED}: 2 versions (2023-06-28 to 2023-06-29)\n"
    assert [orjson.loads(line)["source"]["record_version"] for line in out.splitlines()] == \
        ["0", "1"]


def test_cli_history_unavailable_falls_back_to_the_current_record(
        capsys: pytest.CaptureFixture[str], args: list[str], server: CtgovServer) -> None:
    server.history_mode = "changed"
    code, out, err = cli(capsys, "fetch", *args, "--history", CHANGED)
    assert code == 1
    assert err == (f"trialnorm: {CHANGED}: record history unavailable: the history endpoint "
                   "answered in an unknown shape (no history.changes); printing the current "
                   "record instead\n")
    trial = orjson.loads(out)
    assert trial["nct_id"] == CHANGED and trial["source"]["url"].endswith(f"/studies/{CHANGED}")


def test_cli_offline_history_lists_stored_versions(capsys: pytest.CaptureFixture[str],
                                                   args: list[str], tmp_path: Path) -> None:
    cli(capsys, "fetch", *args, "--history", CHANGED)
    code, out, err = cli(capsys, "fetch", "--offline", "--history", "--store",
                         str(tmp_path / "cli.sqlite"), CHANGED)
    assert code == 0 and len(out.splitlines()) == 2
    assert err == f"trialnorm: {CHANGED}: 2 versions (2023-06-20 to 2023-06-20)\n"


def test_cli_no_store_keeps_nothing(capsys: pytest.CaptureFixture[str], server: CtgovServer,
                                    tmp_path: Path) -> None:
    code, _, _ = cli(capsys, "fetch", "--base-url", server.base_url, "--no-store", SAME)
    assert code == 0
    assert not (tmp_path / "default.sqlite").exists()


def test_fetch_without_a_client_shares_one_polite_client(monkeypatch: pytest.MonkeyPatch,
                                                         server: CtgovServer) -> None:
    monkeypatch.setenv("TRIALNORM_BASE_URL", server.base_url)
    assert default_client() is default_client()
    assert default_client().limiter.rate == 3.0
    started = time.monotonic()
    for _ in range(3):  # one bucket across calls: 3 requests take at least 2/3 s
        assert fetch(SAME, store=False).nct_id == SAME
    assert time.monotonic() - started >= 2 / 3
    stamps = [r.at for r in server.requests]
    assert stamps[-1] - stamps[0] >= 0.5  # arrival times jitter under load


def test_cli_progress_bar_on_a_terminal_only(capsys: pytest.CaptureFixture[str],
                                             args: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = cli(capsys, "fetch", *args, SAME, CHANGED)
    assert code == 0 and len(out.splitlines()) == 2
    assert "0/2" in err and "study/s" in err  # tqdm on stderr, cleared when done
    code, out, err = cli(capsys, "fetch", *args, SAME)  # a single record: no bar
    assert code == 0 and err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    code, out, err = cli(capsys, "fetch", *args, SAME, CHANGED)
    assert code == 0 and err == ""


def test_cli_fetch_goes_on_when_the_default_store_cannot_open(
        capsys: pytest.CaptureFixture[str], server: CtgovServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("TRIALNORM_STORE", str(blocker / "records.sqlite"))
    code, out, err = cli(capsys, "fetch", "--base-url", server.base_url, SAME)
    assert code == 0 and orjson.loads(out)["nct_id"] == SAME
    assert err.startswith("trialnorm: not keeping records: ") and err.count("\n") == 1
    code, out, err = cli(capsys, "fetch", "--offline", SAME)  # nothing to serve from
    assert code == 1 and out == "" and "cannot create the record store" in err


def test_cli_search_skips_an_unreadable_result(capsys: pytest.CaptureFixture[str],
                                               args: list[str], server: CtgovServer) -> None:
    server.search_junk.append(b'{"protocolSection": {"identificationModule": {}}}')
    code, out, err = cli(capsys, "fetch", *args, "--query", "lupus", "--max", "5")
    assert code == 1
    assert [orjson.loads(line)["nct_id"] for line in out.splitlines()] == \
        server.search_hits("lupus")[:4]
    assert err == ("trialnorm: search 'lupus': result 1 has no NCT ID\n"
                   "trialnorm: 4 records for 'lupus', 1 unreadable\n")
    with pytest.raises(FetchError, match="result 1 has no NCT ID"):
        list(search_records("lupus", max=2, client=CtgovClient(server.base_url, rate=None),
                            store=False))


def test_a_missing_search_endpoint(server: CtgovServer, client: CtgovClient) -> None:
    server.fail("/api/v2/studies", "404")
    with pytest.raises(FetchError, match=r"search 'lupus': .*/api/v2/studies answered 404"):
        list(client.search("lupus"))
