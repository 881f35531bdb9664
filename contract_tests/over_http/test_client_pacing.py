"""The pacer with its default margin, against a real mock with a small quota: threads and
async tasks together, a cold server (first connections, first use of each operation),
and not one 405."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

from tracksale_client import AsyncTracksale, Pacer, Quota, ThrottledError, Tracksale
from tracksale_mock.config import RateLimit
from tracksale_mock.serving import RunningMock

Factory = Callable[..., RunningMock]
THREADS, TASKS, EACH = 4, 4, 6


def test_threads_and_tasks_never_trip_a_small_quota(tracksale_mock_factory: Factory) -> None:
    quota = Quota(10, 1.0)
    running = tracksale_mock_factory(rate_limit=RateLimit(quota.limit, quota.period))
    pacer = Pacer(quota)  # the default margin: 1 % plus the slowest transit seen
    throttled: list[ThrottledError] = []
    done: list[int] = []
    lock = threading.Lock()

    def worker(api: Tracksale) -> None:
        for number in range(EACH):
            try:
                if number % 2:
                    api.campaigns.list()
                else:
                    api.reports.nps(compare=True)
            except ThrottledError as error:
                with lock:
                    throttled.append(error)
            with lock:
                done.append(1)

    async def tasks() -> None:
        async with AsyncTracksale(running.token, base_url=running.url, pacing=pacer) as api:

            async def one() -> None:
                for _ in range(EACH):
                    try:
                        await api.campaigns.list()
                    except ThrottledError as error:
                        throttled.append(error)
                    done.append(1)

            await asyncio.gather(*(one() for _ in range(TASKS)))

    started = time.monotonic()
    with Tracksale(running.token, base_url=running.url, pacing=pacer) as api:
        threads = [threading.Thread(target=worker, args=(api,)) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        asyncio.run(tasks())
        for thread in threads:
            thread.join()
    elapsed = time.monotonic() - started

    total = (THREADS + TASKS) * EACH
    assert len(done) == total
    assert throttled == [], f"{len(throttled)} of {total} requests got 405"
    # 48 requests at 10 per second: four full windows of waiting at least.
    assert elapsed >= (total // quota.limit - 1) * quota.period, elapsed
