"""The request lock: per token, a moving-window quota; over it, a CAPTCHA."""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import threading
import time
from dataclasses import dataclass

from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from tracksale_mock.config import RateLimit


@dataclass(frozen=True)
class Lock:
    """A token's lock: the CAPTCHA that unlocks it and when the window frees capacity."""

    captcha_id: str
    retry_after: int


@functools.lru_cache(maxsize=128)
def token_key(token: str) -> str:
    """The key a token is counted under: a digest, so the counts never hold the token
    (the few digests in use are remembered rather than computed per request)."""
    return hashlib.sha256(token.encode()).hexdigest()[:24]


class InlineExpiryStorage(MemoryStorage):
    """`limits`' memory storage, dropping expired entries inline instead of by timer.

    `MemoryStorage` drops expired entries from a `threading.Timer` that it starts,
    10 ms ahead, on every hit that finds the previous one finished: under steady
    load that is a new thread every 10 ms, and the switches to it cost more CPU than
    the counting itself (about 25 us per request at 2000 requests/s, measured). Here
    the hits themselves drop the expired entries, at most once a second. Expiry only
    frees memory: the moving window reads entry times, never whether they were
    dropped, so counting is unchanged. The hook is `MemoryStorage`'s private
    scheduling method; should a `limits` release rename it, the storage falls back to
    the timer, as before.
    """

    EXPIRY_INTERVAL = 1.0

    def __init__(self) -> None:
        super().__init__()
        self._next_expiry = 0.0
        if hasattr(MemoryStorage, "_MemoryStorage__schedule_expiry"):
            self.timer.cancel()

    def _MemoryStorage__schedule_expiry(self) -> None:
        now = time.monotonic()
        if now >= self._next_expiry:
            self._next_expiry = now + self.EXPIRY_INTERVAL
            self._MemoryStorage__expire_events()  # type: ignore[attr-defined]


class Throttle:
    """Counts each token's requests with `limits`' moving window.

    The request over the quota locks the token behind a CAPTCHA. By default the lock
    lifts as soon as the window frees capacity; with `until_solved` only solving the
    CAPTCHA lifts it. The window follows the mock clock: `age()` makes recorded
    requests older when the clock moves forward.
    """

    def __init__(self, rate: RateLimit, *, until_solved: bool = False) -> None:
        self._item = RateLimitItemPerSecond(rate.requests, max(1, math.ceil(rate.seconds)))
        self._seconds = rate.seconds
        self._storage = InlineExpiryStorage()
        self._limiter = MovingWindowRateLimiter(self._storage)
        self._until_solved = until_solved
        self._locks: dict[str, str] = {}
        self._captchas: dict[str, str] = {}
        self._ids = itertools.count(1)
        self._guard = threading.Lock()
        self.rate = rate

    def check(self, token: str) -> Lock | None:
        """Count one request of `token`; None if it may go on, else the lock it hit."""
        key = token_key(token)
        with self._guard:
            captcha = self._locks.get(key)
            if captcha is not None and self._until_solved:
                return Lock(captcha, self._retry_after(key))
            if self._limiter.hit(self._item, key):
                self._release(key)
                return None
            if captcha is None:
                captcha = f"cap_{next(self._ids):06d}{key[:8]}"
                self._locks[key] = captcha
                self._captchas[captcha] = key
            return Lock(captcha, self._retry_after(key))

    def solve(self, captcha_id: str) -> bool:
        """Unlock the token behind this CAPTCHA and start its quota afresh."""
        with self._guard:
            key = self._captchas.get(captcha_id)
            if key is None:
                return False
            self._release(key)
            self._limiter.clear(self._item, key)
            return True

    def age(self, seconds: float) -> None:
        """Make every recorded request `seconds` older (the mock clock moved on)."""
        with self._guard:
            for events in self._storage.events.values():
                for entry in {id(e): e for e in events}.values():
                    entry.atime -= seconds
                    entry.expiry -= seconds

    def reset(self) -> None:
        """Forget every count and lock."""
        with self._guard:
            self._storage.reset()
            self._locks.clear()
            self._captchas.clear()

    def _release(self, key: str) -> None:
        captcha = self._locks.pop(key, None)
        if captcha is not None:
            self._captchas.pop(captcha, None)

    def _retry_after(self, key: str) -> int:
        stats = self._limiter.get_window_stats(self._item, key)
        return max(1, math.ceil(stats.reset_time - time.time()))
