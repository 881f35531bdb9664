"""The pacer keeps every window under the quota, across threads and sync + async use."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable

import httpx
import pytest

from contract_tests.client.conftest import FakeServer, error_response, paced
from tracksale_client import Pacer, Quota, Tracksale
from tracksale_client._pacing import shared_pacer
from tracksale_generated.api.campaigns import list_campaigns

LIMIT, PERIOD = 5, 1.0


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_reservations_are_exact_with_an_injected_clock() -> None:
    clock = FakeClock()
    pacer = Pacer(Quota(3, 10.0), margin=0.0, clock=clock)
    assert [pacer.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    # The 4th..6th requests wait for the 1st..3rd to leave the window, in order.
    assert [pacer.reserve() for _ in range(3)] == [10.0, 10.0, 10.0]
    clock.now += 4.0
    assert pacer.reserve() == 16.0  # behind the three reservations at t+10
    clock.now += 100.0
    assert [pacer.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert pacer.reserve() == 10.0


def test_the_margin_stretches_the_window() -> None:
    clock = FakeClock()
    pacer = Pacer(Quota(1, 300.0), clock=clock)
    assert pacer.reserve() == 0.0
    assert pacer.reserve() == pytest.approx(303.0)


def test_acquire_sleeps_the_reserved_time() -> None:
    clock = FakeClock()
    slept: list[float] = []
    pacer = Pacer(Quota(1, 2.0), margin=0.0, clock=clock, sleep=slept.append)
    assert pacer.acquire() == 0.0
    assert pacer.acquire() == 2.0
    assert slept == [2.0]


def test_invalid_quotas_are_refused() -> None:
    with pytest.raises(ValueError):
        Quota(0, 1.0)
    with pytest.raises(ValueError):
        Quota(1, 0.0)


def test_the_default_pacer_is_shared_per_token_and_quota(
    make_api: Callable[..., Tracksale],
) -> None:
    first, second = make_api(pacing=True), make_api(pacing=True)
    assert first.pacer is not None and first.pacer is second.pacer
    assert first.pacer.quota == Quota(1000, 300.0)
    assert shared_pacer("another token", Quota(1000, 300.0)) is not first.pacer
    assert make_api(pacing=True, quota=Quota(10, 1.0)).pacer is not first.pacer


class StrictServer:
    """Refuses, as the real service does, any request over LIMIT in a window of PERIOD."""

    def __init__(self) -> None:
        self.arrivals: deque[float] = deque()
        self.refused = 0
        self.served = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            now = time.monotonic()
            while self.arrivals and self.arrivals[0] <= now - PERIOD:
                self.arrivals.popleft()
            if len(self.arrivals) >= LIMIT:
                self.refused += 1
                return error_response(405, "captcha_required", "Over quota.")
            self.arrivals.append(now)
            self.served += 1
        return httpx.Response(200, json=[])


@pytest.fixture
def strict(server: FakeServer) -> StrictServer:
    strict = StrictServer()
    server.handler = strict
    return strict


def test_a_burst_over_the_quota_waits_instead_of_being_refused(
    strict: StrictServer, make_api: Callable[..., Tracksale]
) -> None:
    api = make_api(pacing=paced(LIMIT, PERIOD))
    started = time.monotonic()
    for _ in range(LIMIT + 1):
        list_campaigns.sync(client=api.client)
    elapsed = time.monotonic() - started
    assert (strict.served, strict.refused) == (LIMIT + 1, 0)
    assert PERIOD <= elapsed < PERIOD + 0.5


def test_threads_share_one_budget(strict: StrictServer, make_api: Callable[..., Tracksale]) -> None:
    api = make_api(pacing=paced(LIMIT, PERIOD))
    errors: list[BaseException] = []

    def call() -> None:
        try:
            list_campaigns.sync(client=api.client)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(2 * LIMIT + 1)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    assert not errors
    assert (strict.served, strict.refused) == (2 * LIMIT + 1, 0)
    assert 2 * PERIOD <= elapsed < 2 * PERIOD + 0.5


def test_sync_and_async_callers_share_one_budget(
    strict: StrictServer, make_api: Callable[..., Tracksale]
) -> None:
    api = make_api(pacing=paced(LIMIT, PERIOD))

    async def main() -> float:
        started = time.monotonic()
        ticks = 0

        async def heartbeat() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.05)
                ticks += 1

        beat = asyncio.create_task(heartbeat())
        await asyncio.gather(
            *(list_campaigns.asyncio(client=api.client) for _ in range(LIMIT)),
            asyncio.to_thread(lambda: [list_campaigns.sync(client=api.client) for _ in range(3)]),
        )
        beat.cancel()
        # The event loop kept running while async callers waited for the pacer.
        assert ticks >= 10
        return time.monotonic() - started

    elapsed = asyncio.run(main())
    assert (strict.served, strict.refused) == (LIMIT + 3, 0)
    assert PERIOD <= elapsed < PERIOD + 0.5


def test_without_pacing_the_server_refuses(
    strict: StrictServer, make_api: Callable[..., Tracksale]
) -> None:
    api = make_api(pacing=False)
    with pytest.raises(Exception, match="captcha_required"):
        for _ in range(LIMIT + 1):
            list_campaigns.sync(client=api.client)
    assert strict.refused == 1


class CountingPacer(Pacer):
    def __init__(self) -> None:
        super().__init__(Quota(100, 60.0))
        self.reservations = 0

    def reserve(self) -> float:
        self.reservations += 1
        return super().reserve()


def test_every_retry_takes_a_new_slot(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    pacer = CountingPacer()
    answers = iter([error_response(503, "unavailable", "Later."), httpx.Response(200, json=[])])
    server.handler = lambda request: next(answers)
    list_campaigns.sync(client=make_api(pacing=pacer).client)
    assert pacer.reservations == len(server.requests) == 2
