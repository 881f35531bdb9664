"""When and how long to wait before sending a failed request again."""

from __future__ import annotations

import random
from dataclasses import dataclass

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter for connection errors, timeouts and 5xx.

    ``attempts`` counts every try, the first included (1 disables retries). Before try
    ``n + 1`` the client sleeps a random time in ``[0, min(max_backoff, backoff * 2**(n-1))]``,
    or the 5xx answer's ``Retry-After`` when that is longer; a ``Retry-After`` above
    ``max_retry_after`` ends the retries. Only GET, HEAD and OPTIONS are retried
    unless POSTs are explicitly allowed (``Tracksale.retrying_posts``). A 405 throttle
    and any other 4xx are never retried.
    """

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be >= 1")
        if self.backoff < 0 or self.max_backoff < 0 or self.max_retry_after < 0:
            raise ValueError("delays must be >= 0")

    def delay(self, attempt: int, retry_after: float | None = None) -> float | None:
        """Seconds to sleep after failed try number ``attempt``, or None to give up."""
        if attempt >= self.attempts:
            return None
        if retry_after is not None and retry_after > self.max_retry_after:
            return None
        jittered = random.uniform(0.0, min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))
        return max(jittered, retry_after or 0.0)


NO_RETRIES = RetryPolicy(attempts=1)
