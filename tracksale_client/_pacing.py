"""Client-side pacing below the token's request quota (1,000 requests per 300 s)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import anyio


@dataclass(frozen=True)
class Quota:
    """At most ``limit`` requests in any window of ``period`` seconds."""

    limit: int
    period: float

    def __post_init__(self) -> None:
        if self.limit < 1 or self.period <= 0:
            raise ValueError("a quota needs limit >= 1 and period > 0")


DEFAULT_QUOTA = Quota(1000, 300.0)


class Pacer:
    """A sliding-window log that delays requests instead of letting the server refuse them.

    Each request reserves the earliest instant at which it keeps every window of
    ``quota.period`` seconds at ``quota.limit`` requests or fewer, then waits until
    that instant. Reservations are taken under a lock in arrival order, so threads,
    async tasks and both together share one exact budget and are served first come,
    first served; only the wait itself happens outside the lock. A reservation counts
    even if its request then fails or is cancelled, which errs on the safe side.

    The server stamps a request when it arrives, not when it leaves this process: an
    old request that travels slowly and a new one that travels fast look closer
    together there than here. So the window is stretched by the slowest transit seen
    among the last ``limit`` requests (from send to answer, an upper bound of the time
    to reach the server; ``answered`` records it) plus ``margin``, a fraction of the
    period (1 % by default) for the jitter of the clocks and of the network. With
    this, the server sees a request at least ``period`` after the one ``limit``
    places before it, whatever the quota and the number of threads and tasks.
    ``transit_floor`` (seconds) is the transit assumed before any was measured.
    """

    def __init__(
        self,
        quota: Quota = DEFAULT_QUOTA,
        *,
        margin: float = 0.01,
        transit_floor: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if margin < 0 or transit_floor < 0:
            raise ValueError("margin and transit_floor must be >= 0")
        self.quota = quota
        self._spacing = quota.period * (1 + margin)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        # Send instants of the last `limit` requests, oldest first (some may lie ahead).
        self._sent: deque[float] = deque(maxlen=quota.limit)
        # Transit times of the last answered requests, and their maximum.
        self._transits: deque[float] = deque(maxlen=min(quota.limit, 256))
        self._transit_floor = transit_floor
        self._transit = transit_floor

    @property
    def transit(self) -> float:
        """The slowest recent transit, in seconds: how much the window is stretched by."""
        return self._transit

    def now(self) -> float:
        """The pacer's clock; pass its value at sending to ``answered``."""
        return self._clock()

    def answered(self, sent_at: float) -> None:
        """Record that the request sent at ``sent_at`` got its answer (or failed) now."""
        transit = max(0.0, self._clock() - sent_at)
        with self._lock:
            if len(self._transits) == self._transits.maxlen:
                dropped = self._transits.popleft()
                self._transits.append(transit)
                if dropped >= self._transit:
                    self._transit = max(self._transit_floor, *self._transits)
                    return
            else:
                self._transits.append(transit)
            self._transit = max(self._transit, transit)

    def reserve(self) -> float:
        """Book the next send slot; return how many seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            slot = now
            if len(self._sent) == self.quota.limit:
                slot = max(now, self._sent[0] + self._spacing + self._transit)
            self._sent.append(slot)
            return slot - now

    def acquire(self) -> float:
        """Block the calling thread until a request may be sent; return the wait."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)
        return delay

    async def aacquire(self) -> float:
        """Like ``acquire`` without blocking the event loop."""
        delay = self.reserve()
        if delay > 0:
            await anyio.sleep(delay)
        return delay

    def __repr__(self) -> str:
        return f"Pacer({self.quota!r})"


_shared: dict[tuple[str, Quota], Pacer] = {}
_shared_lock = threading.Lock()


def shared_pacer(token: str, quota: Quota) -> Pacer:
    """The process-wide pacer of ``token`` (kept under a digest, never the token itself)."""
    key = (hashlib.sha256(token.encode()).hexdigest(), quota)
    with _shared_lock:
        pacer = _shared.get(key)
        if pacer is None:
            pacer = _shared[key] = Pacer(quota)
        return pacer
