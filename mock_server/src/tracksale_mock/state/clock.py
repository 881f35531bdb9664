"""The mock's clock: real time shifted by an offset that tests and users can move."""

from __future__ import annotations

import threading
import time


class MockClock:
    """Wall-clock time plus a movable offset, so day-long windows pass in a call.

    Time only moves forward: 90-day, 30-day and throttle windows stay consistent.
    """

    def __init__(self, start: float | None = None) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0 if start is None else start - time.time()

    def now(self) -> float:
        """Current mock time, Unix seconds."""
        return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward and return the new time."""
        if seconds < 0:
            raise ValueError("the mock clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    def set(self, when: float) -> float:
        """Jump to a later instant and return it."""
        return self.advance(max(0.0, when - self.now()))
