"""Fault injection against real `redis-server` processes: a frozen Redis (SIGSTOP), a
killed one, a lock left by a dead replica, a replica killed mid-write, and a save
that gets no answer. For each: how long requests wait, what they answer, and that no
acknowledged write is lost or doubled.

Writes are answer inserts with a unique email each (a retry of an insert that was
saved would insert it twice), and the final state is counted by email.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import redis

from contract_tests.stores import NEEDS_REDIS, fresh_namespace
from tracksale_mock.config import MockConfig, RateLimit
from tracksale_mock.seed.load import load_seed
from tracksale_mock.serving import RunningMock, free_port, start_mock
from tracksale_mock.shared.clock import SharedClock
from tracksale_mock.shared.connection import SOCKET_TIMEOUT, ServiceUnavailable, connect
from tracksale_mock.shared.redis_server import RedisServer
from tracksale_mock.shared.store import LOCK_TTL, RESOLVE_FOR, RedisStore

pytestmark = NEEDS_REDIS

CAMPAIGN = 1201  # an email campaign of the seed
# A frozen Redis is a 503 after one socket timeout; the margin covers a loaded
# two-core machine.
FROZEN_BOUND = SOCKET_TIMEOUT + 0.5
QUICK = 0.5  # a request that needs no Redis, or only what a dead lock does not block
FREE = 0.1  # a request that needs no Redis, while Redis is frozen
FAULT_QUOTA = RateLimit(1_000_000, 300.0)


@pytest.fixture
def own_redis(redis_server: RedisServer) -> Iterator[RedisServer]:
    """A Redis of this test alone (the session's one stands for the skip), persisting
    every write, so that a killed one keeps what it acknowledged."""
    server = RedisServer(persist=True)
    with server:
        try:
            yield server
        finally:
            if server._process is not None:
                server.thaw()


@pytest.fixture
def config(own_redis: RedisServer) -> MockConfig:
    # A quota no writer here can reach: these tests count writes, not the request lock
    # (on a quiet machine the writers send well over the default 1,000 in 300 s).
    return MockConfig(
        strict=True,
        store=own_redis.url,
        store_namespace=fresh_namespace("fault"),
        rate_limit=FAULT_QUOTA,
    )


@pytest.fixture
def mock(config: MockConfig) -> Iterator[RunningMock]:
    running = start_mock(config)
    yield running
    running.stop()


def auth(running: RunningMock) -> dict[str, str]:
    return {"Authorization": f"bearer {running.token}"}


def insert(client: httpx.Client, url: str, email: str) -> tuple[int, float]:
    """Insert one answer; (status, seconds taken), 0 when no answer came at all."""
    body = {
        "campaign_code": str(CAMPAIGN),
        "answers": [{"name": "Falha", "email": email, "score": 9}],
    }
    started = time.monotonic()
    try:
        reply = client.post(f"{url}/v2/answer", json=body)
    except httpx.TransportError:
        return 0, time.monotonic() - started
    return reply.status_code, time.monotonic() - started


def answers_by_email(running: RunningMock) -> Counter[str]:
    state = httpx.get(f"{running.url}/_mock/state", timeout=30).raise_for_status().json()
    return Counter(a.get("email") for a in state["answers"])


def check_writes(outcomes: dict[str, list[int]], stored: Counter[str]) -> None:
    """Each email's attempts against what the state holds: an acknowledged insert is
    there exactly once, one only ever refused (503, 4xx) is not there at all."""
    for email, statuses in outcomes.items():
        if 200 in statuses:
            assert stored[email] == 1, (email, statuses, stored[email])
            assert statuses[-1] == 200 and statuses.count(200) == 1, (email, statuses)
        elif all(s == 503 for s in statuses):
            assert stored[email] == 0, (email, statuses, stored[email])
        else:  # no answer (a killed replica) or 500 (outcome unknown): at most once
            assert stored[email] <= 1, (email, statuses, stored[email])


def test_a_frozen_redis_is_a_503_within_a_second_and_the_rest_is_served(
    mock: RunningMock, own_redis: RedisServer
) -> None:
    with httpx.Client(timeout=30, headers=auth(mock)) as client:
        assert client.get(f"{mock.url}/v2/campaign").status_code == 200
        timings: list[tuple[str, int, float]] = []

        def timed(method: str, path: str, body: Any = None, **options: Any) -> None:
            started = time.monotonic()
            reply = client.request(method, mock.url + path, json=body, **options)
            timings.append((path, reply.status_code, time.monotonic() - started))

        own_redis.freeze()
        try:
            with ThreadPoolExecutor(8) as pool:
                needing = [
                    pool.submit(timed, "GET", "/v2/campaign"),
                    pool.submit(timed, "GET", "/v2/report/answer"),
                    pool.submit(timed, "GET", "/_mock/clock"),
                    pool.submit(timed, "GET", "/_mock/state"),
                    pool.submit(timed, "POST", f"/v2/campaign/{CAMPAIGN}/dispatch",
                                {"customers": [{"email": "frio@example.com"}]}),
                    pool.submit(timed, "POST", "/v2/answer",
                                {"campaign_code": str(CAMPAIGN),
                                 "answers": [{"name": "F", "email": "f@x.com", "score": 3}]}),
                ]  # fmt: skip
                # Meanwhile, requests that need no Redis are answered at once.
                served: list[float] = []
                with httpx.Client(base_url=mock.url, timeout=30) as anonymous:
                    for _ in range(5):
                        started = time.monotonic()
                        assert anonymous.get("/v2/campaign").status_code == 401
                        assert anonymous.get("/v2/nowhere").status_code == 404
                        served.append(time.monotonic() - started)
                        time.sleep(0.05)
                for future in needing:
                    future.result()
        finally:
            own_redis.thaw()
        assert max(served) < FREE, served
        for path, status, took in timings:
            assert status == 503, (path, status)
            assert took < FROZEN_BOUND, (path, took)
        assert client.get(f"{mock.url}/v2/campaign").status_code == 200


def test_writes_across_freezes_are_never_lost_nor_doubled(
    mock: RunningMock, own_redis: RedisServer
) -> None:
    """Writers retry every 503 (the contract says it is safe) while Redis freezes
    again and again, for shorter and longer than a save's lease."""
    outcomes: dict[str, list[int]] = {}
    slowest = 0.0
    stop = threading.Event()

    def writer(worker: int) -> None:
        nonlocal slowest
        with httpx.Client(timeout=30, headers=auth(mock)) as client:
            n = 0
            while not stop.is_set():
                email = f"w{worker}.{n}@example.com"
                statuses = outcomes.setdefault(email, [])
                for _ in range(20):
                    status, took = insert(client, mock.url, email)
                    slowest = max(slowest, took)
                    statuses.append(status)
                    if status != 503:
                        break
                n += 1

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    try:
        for pause in (0.3, 0.1, 0.7, 0.2, LOCK_TTL + 0.5, 0.4):
            time.sleep(0.3)
            own_redis.freeze()
            time.sleep(pause)
            own_redis.thaw()
        time.sleep(0.5)
    finally:
        own_redis.thaw()
        stop.set()
        for thread in threads:
            thread.join()
    seen = Counter(s for statuses in outcomes.values() for s in statuses)
    assert set(seen) <= {200, 503, 500}, seen
    assert seen[200] > 20 and seen[503] > 0, seen
    check_writes(outcomes, answers_by_email(mock))
    # A write whose save was caught by a freeze waits for its outcome, no longer.
    assert slowest < LOCK_TTL + RESOLVE_FOR, slowest


def test_a_save_without_answer_is_resolved_before_the_answer(
    own_redis: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redis freezes just as a save is sent: thawed within the save's lease, the save
    runs and the write succeeds (once); thawed after it, the save can no longer run
    and the write is a 503 (nothing changed)."""
    client = connect(own_redis.url)
    namespace = fresh_namespace("save")
    clock = SharedClock(client, namespace)
    store = RedisStore(client, namespace, lambda: load_seed(clock))
    other = store.replica()
    with store.read() as state:
        answers = len(state.answers)
    # A first write loads the save script into Redis: a script sent by its digest to a
    # Redis that lacks it is refused (NOSCRIPT), and then sent whole.
    with store.write() as state:
        state.counters.next_answer_id += 1
    first = load_seed(clock).counters.next_answer_id + 1

    for thaw_after, saved in ((0.8, True), (LOCK_TTL + 1.0, False)):
        real = store._commit_script

        def frozen_commit(
            *args: Any, real: Any = real, thaw_after: float = thaw_after, **kwargs: Any
        ) -> Any:
            own_redis.freeze()
            threading.Timer(thaw_after, own_redis.thaw).start()
            return real(*args, **kwargs)

        monkeypatch.setattr(store, "_commit_script", frozen_commit)
        started = time.monotonic()
        try:
            with store.write() as state:
                state.counters.next_answer_id += 1000
        except ServiceUnavailable:
            assert not saved
        else:
            assert saved
        took = time.monotonic() - started
        monkeypatch.setattr(store, "_commit_script", real)
        assert took < thaw_after + 1.0, took
        time.sleep(max(0.0, thaw_after - took) + 0.1)
        with other.read() as state:
            assert len(state.answers) == answers
            expected = 1000 if saved else 0
            assert state.counters.next_answer_id >= expected
        # Nothing runs late: the state stays as answered.
        time.sleep(0.3)
        with other.read() as later:
            assert later.counters.next_answer_id == state.counters.next_answer_id
    with other.read() as state:
        assert state.counters.next_answer_id == first + 1000  # once, not twice
    client.close()


def test_a_dead_replicas_lock_stalls_writes_for_its_lease_at_most(
    mock: RunningMock, own_redis: RedisServer, config: MockConfig
) -> None:
    with httpx.Client(timeout=30, headers=auth(mock)) as client:
        assert insert(client, mock.url, "antes@example.com")[0] == 200
        leftover = redis.Redis(port=own_redis.port)
        # What a replica that died holding the lock leaves behind (or a lock request
        # that timed out and ran later).
        leftover.set(
            f"{config.store_namespace}:write-lock", "dead-replica", px=int(LOCK_TTL * 1000)
        )
        for path in ("/v2/campaign", "/v2/report/answer", "/_mock/clock", "/_mock/state"):
            started = time.monotonic()
            assert client.get(mock.url + path).status_code == 200
            assert time.monotonic() - started < QUICK, path
        status, took = insert(client, mock.url, "depois@example.com")
        assert status == 200
        assert took < LOCK_TTL + QUICK, took
        leftover.close()
    stored = answers_by_email(mock)
    assert stored["antes@example.com"] == 1 and stored["depois@example.com"] == 1


def test_a_killed_redis_keeps_every_acknowledged_write(
    mock: RunningMock, own_redis: RedisServer
) -> None:
    outcomes: dict[str, list[int]] = {}
    stop = threading.Event()

    def writer(worker: int) -> None:
        with httpx.Client(timeout=30, headers=auth(mock)) as client:
            n = 0
            while not stop.is_set():
                email = f"k{worker}.{n}@example.com"
                outcomes[email] = [insert(client, mock.url, email)[0]]
                n += 1

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(0.8)
        own_redis.kill()
        time.sleep(0.5)
        own_redis.start()  # the same port and directory: the append-only file is read
        time.sleep(0.8)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    seen = Counter(s[0] for s in outcomes.values())
    assert set(seen) <= {200, 503, 500}, seen
    assert seen[503] > 0 and seen[200] > 0, seen
    check_writes(outcomes, answers_by_email(mock))


def _replica_process(config: MockConfig, port: int) -> subprocess.Popen[bytes]:
    """Another replica of the mock, in a process of its own (to kill)."""
    assert config.store is not None
    command = [
        sys.executable, "-m", "tracksale_mock.cli",
        "--host", "127.0.0.1", "--port", str(port),
        "--store", config.store, "--store-namespace", config.store_namespace,
        "--rate-limit", str(config.rate_limit), "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/v2/campaign", timeout=1)
            return process
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the replica did not start") from None
            time.sleep(0.1)


def test_a_replica_killed_mid_write_loses_and_doubles_nothing(
    mock: RunningMock, config: MockConfig
) -> None:
    port = free_port()
    doomed = _replica_process(config, port)
    urls = [mock.url, f"http://127.0.0.1:{port}"]
    outcomes: dict[str, list[int]] = {}
    survivor_slowest = 0.0
    stop = threading.Event()

    def writer(worker: int, url: str) -> Callable[[], None]:
        def run() -> None:
            nonlocal survivor_slowest
            with httpx.Client(timeout=30, headers=auth(mock)) as client:
                n = 0
                while not stop.is_set():
                    email = f"r{worker}.{n}@example.com"
                    status, took = insert(client, url, email)
                    outcomes[email] = [status]
                    if url == mock.url:
                        survivor_slowest = max(survivor_slowest, took)
                    n += 1
                    if status == 0:
                        return  # that replica is gone

        return run

    threads = [threading.Thread(target=writer(w, urls[w % 2])) for w in range(6)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.0)
        os.kill(doomed.pid, signal.SIGKILL)  # mid-write: its writers are in full flow
        doomed.wait()
        time.sleep(LOCK_TTL + 0.5)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        if doomed.poll() is None:
            doomed.kill()
    seen = Counter(s[0] for s in outcomes.values())
    assert seen[200] > 10, seen
    assert set(seen) <= {200, 0}, seen  # the survivor never failed a write
    check_writes(outcomes, answers_by_email(mock))
    # The survivor's writes waited at most for the dead replica's lease.
    assert survivor_slowest < LOCK_TTL + QUICK, survivor_slowest
