"""The mock clock of several workers and replicas: Redis's time plus an offset in Redis.

Every replica reads the same two things: Redis's own `TIME` and the offset under
`{namespace}:clock-offset`, in one round trip. So the mock time is the same
everywhere, even between machines whose clocks disagree, and a move made through one
replica is seen by every other at once.

Inside a request the time is read once (by the throttle's script, or by the first
`now()`) and kept in the request's `RequestView`: one request, one instant.

The first replica to read an empty Redis sets the offset from its `--now` (0 without
one); later replicas join that clock, whatever their own `--now`. The offset only
grows (`INCRBYFLOAT`), so time only moves forward, as with `MockClock`.

The clock never moves back, also when Redis restarts without persistence and forgets
the offset: each process keeps the latest mock time it has seen (`floor`), sets a
missing offset so that the clock goes on from there, and never answers a time before
it (should Redis's own clock step back).
"""

from __future__ import annotations

import threading

import redis

from tracksale_mock.shared.connection import guarded, text
from tracksale_mock.shared.request_view import current_view
from tracksale_mock.state.clock import MockClock


class SharedClock(MockClock):
    """A `MockClock` whose offset lives in Redis and whose base is Redis's `TIME`."""

    def __init__(self, client: redis.Redis, namespace: str, start: float | None = None) -> None:
        super().__init__(start)
        self._client = client
        self.start = start
        self.key = f"{namespace}:clock-offset"
        self.floor = 0.0
        self._floor_lock = threading.Lock()

    def target(self) -> float | None:
        """The time a missing offset starts the clock at: `--now`, or later if this
        process has seen a later time (None: Redis's own time)."""
        if self.start is None and not self.floor:
            return None
        return max(self.floor, self.start if self.start is not None else 0.0)

    def observe(self, now: float) -> float:
        """Record a mock time read from Redis; the time to use (never before the last)."""
        with self._floor_lock:
            if now > self.floor:
                self.floor = now
                return now
            return self.floor

    def _initial_offset(self, base: float) -> str:
        """Set the offset when Redis has none (`target`, else 0); the one in force."""
        target = self.target()
        initial = 0.0 if target is None else target - base
        self._client.set(self.key, repr(initial), nx=True)
        return text(self._client.get(self.key)) or "0"

    @guarded("reading the mock clock")
    def now(self) -> float:
        """The mock time; inside a request, the instant the request was counted at."""
        view = current_view()
        if view is not None and self.key in view.now:
            return view.now[self.key]
        pipe = self._client.pipeline(transaction=False)
        pipe.time()
        pipe.get(self.key)
        (seconds, micros), offset = pipe.execute()
        base = int(seconds) + int(micros) / 1_000_000
        now = self.observe(base + float(text(offset) or self._initial_offset(base)))
        if view is not None:
            view.now[self.key] = now
        return now

    @guarded("moving the mock clock")
    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the mock clock only moves forward")
        self.now()  # sets the offset if Redis has none yet
        self._client.incrbyfloat(self.key, seconds)
        view = current_view()
        if view is not None:
            view.now.pop(self.key, None)
        return self.now()
