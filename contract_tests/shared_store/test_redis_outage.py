"""Redis away: every request that needs it answers a quick, clear 503, never a hang and
never a wrong 2xx; Redis back: the mock answers again by itself."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from contract_tests.stores import NEEDS_REDIS, fresh_namespace
from tracksale_mock.config import MockConfig, RateLimit
from tracksale_mock.serving import RunningMock, start_mock
from tracksale_mock.shared.connection import SOCKET_TIMEOUT
from tracksale_mock.shared.redis_server import RedisServer

pytestmark = NEEDS_REDIS

CAMPAIGN = 1201
QUICK = 1.5  # seconds: a 503 comes at once, well before any client timeout


@pytest.fixture
def own_redis(redis_server: RedisServer) -> Iterator[RedisServer]:
    """A Redis of this test alone, to stop and start (the session's one needs the
    program, so it stands for the skip)."""
    with RedisServer() as server:
        yield server


@pytest.fixture
def mock(own_redis: RedisServer) -> Iterator[RunningMock]:
    # A quota the load below cannot reach: these tests are about Redis, not the lock.
    config = MockConfig(
        strict=True,
        store=own_redis.url,
        store_namespace=fresh_namespace("out"),
        rate_limit=RateLimit(1_000_000, 300.0),
    )
    running = start_mock(config)
    yield running
    running.stop()


def requests(running: RunningMock) -> list[tuple[str, str, dict[str, object] | None]]:
    """One request of each kind of access to the shared state (method, path, body)."""
    return [
        ("GET", "/v2/campaign", None),
        ("GET", "/v2/report/answer", None),
        ("GET", "/dispatch", None),
        ("POST", f"/v2/campaign/{CAMPAIGN}/dispatch", {"customers": [{"email": "a@b.com"}]}),
        ("GET", "/_mock/clock", None),
        ("POST", "/_mock/reset", None),
        ("GET", "/_mock/state", None),
        ("POST", "/_mock/captcha/cap_000001abcdef01/solve", None),
    ]


def call(
    client: httpx.Client, running: RunningMock, method: str, path: str, body: object
) -> httpx.Response:
    headers = {"Authorization": f"bearer {running.token}"}
    return client.request(method, running.url + path, json=body, headers=headers)


def test_redis_away_is_a_quick_503_and_back_is_recovered(
    mock: RunningMock, own_redis: RedisServer
) -> None:
    with httpx.Client(timeout=10) as client:
        for method, path, body in requests(mock):
            assert call(client, mock, method, path, body).status_code < 500, path
        own_redis.stop()
        for method, path, body in requests(mock):
            started = time.monotonic()
            reply = call(client, mock, method, path, body)
            assert time.monotonic() - started < QUICK, path
            assert reply.status_code == 503, (path, reply.text)
            assert reply.headers["content-type"] == "application/json"
            error = reply.json()
            assert error["error"] == "service_unavailable"
            assert "Redis" in error["message"]
            # The condition, not the connection details (those go to the log).
            assert str(own_redis.port) not in error["message"]
        # A request that needs no state is still answered.
        assert client.get(f"{mock.url}/v2/campaign").status_code == 401
        own_redis.start()
        for method, path, body in requests(mock):
            reply = call(client, mock, method, path, body)
            assert reply.status_code < 500, (path, reply.text)
        # The restarted Redis was empty: the mock seeded it again.
        state = client.get(f"{mock.url}/_mock/state").json()
        assert len(state["campaigns"]) == 4


def test_a_frozen_redis_is_a_503_after_the_socket_timeout(
    mock: RunningMock, own_redis: RedisServer
) -> None:
    with httpx.Client(timeout=30) as client:
        assert call(client, mock, "GET", "/v2/campaign", None).status_code == 200
        own_redis.freeze()
        try:
            started = time.monotonic()
            reply = call(client, mock, "GET", "/v2/campaign", None)
            waited = time.monotonic() - started
        finally:
            own_redis.thaw()
        assert reply.status_code == 503, reply.text
        assert "did not answer in time" in reply.json()["message"]
        assert SOCKET_TIMEOUT <= waited < SOCKET_TIMEOUT + QUICK
        assert call(client, mock, "GET", "/v2/campaign", None).status_code == 200


def test_a_restart_under_load_gives_only_answers_or_503s(
    mock: RunningMock, own_redis: RedisServer
) -> None:
    seen: Counter[int] = Counter()
    slowest = 0.0
    stop = threading.Event()

    def load(worker: int) -> None:
        nonlocal slowest
        with httpx.Client(timeout=10) as client:
            i = 0
            while not stop.is_set():
                method, path, body = requests(mock)[(worker + i) % 4]
                started = time.monotonic()
                status = call(client, mock, method, path, body).status_code
                slowest = max(slowest, time.monotonic() - started)
                seen[status] += 1
                i += 1

    threads = [threading.Thread(target=load, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    own_redis.stop()
    time.sleep(0.7)
    own_redis.start()
    time.sleep(0.7)
    stop.set()
    for thread in threads:
        thread.join()
    assert set(seen) <= {200, 503}, seen
    assert seen[503] > 0 and seen[200] > 0, seen
    assert slowest < QUICK + 1, slowest
    with httpx.Client(timeout=10) as client:
        for method, path, body in requests(mock):
            assert call(client, mock, method, path, body).status_code < 500
