"""The throttle's storage: limits' moving window, expiry done inline, no timer threads."""

from __future__ import annotations

import threading
import time

import pytest
from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from tracksale_mock.state.throttle import InlineExpiryStorage


def test_the_private_hook_still_exists() -> None:
    # Should limits rename it, the storage silently falls back to its timer: this test
    # is the reminder to look again.
    assert hasattr(MemoryStorage, "_MemoryStorage__schedule_expiry")
    assert hasattr(MemoryStorage, "_MemoryStorage__expire_events")


def test_counting_is_limits_moving_window() -> None:
    ours = MovingWindowRateLimiter(InlineExpiryStorage())
    theirs = MovingWindowRateLimiter(MemoryStorage())
    item = RateLimitItemPerSecond(5, 60)
    for key in ("a", "b"):
        assert [ours.hit(item, key) for _ in range(8)] == [theirs.hit(item, key) for _ in range(8)]
        assert ours.get_window_stats(item, key).remaining == 0


@pytest.mark.parametrize(
    ("storage", "timers"), [(MemoryStorage, True), (InlineExpiryStorage, False)]
)
def test_hits_start_no_timer_threads(
    monkeypatch: pytest.MonkeyPatch, storage: type[MemoryStorage], timers: bool
) -> None:
    limiter = MovingWindowRateLimiter(storage())
    item = RateLimitItemPerSecond(10**6, 300)
    started: list[threading.Timer] = []
    start = threading.Timer.start

    def counted(timer: threading.Timer) -> None:
        started.append(timer)
        start(timer)

    monkeypatch.setattr(threading.Timer, "start", counted)
    for _ in range(4):  # limits' timer runs 10 ms after it starts
        for _ in range(200):
            assert limiter.hit(item, "tok")
        time.sleep(0.03)
    assert bool(started) is timers


def test_expired_entries_are_dropped_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    storage = InlineExpiryStorage()
    limiter = MovingWindowRateLimiter(storage)
    item = RateLimitItemPerSecond(100, 1)
    for _ in range(10):
        limiter.hit(item, "k")
    (events,) = storage.events.values()
    assert len(events) == 10
    for event in events:  # all of them a second old
        event.atime -= 2
        event.expiry -= 2
    monkeypatch.setattr(storage, "_next_expiry", 0.0)
    limiter.hit(item, "k")
    (events,) = storage.events.values()
    assert len(events) == 1
