"""Settings of one mock server instance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TOKEN = "tracksale-mock-token"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
ADMIN_PREFIX = "/_mock"
DEFAULT_MAX_BODY_BYTES = 1024 * 1024

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(s|sec|seconds?|m|min|minutes?)?\s*$")


@dataclass(frozen=True)
class RateLimit:
    """A quota: `requests` per `seconds`, per token."""

    requests: int
    seconds: float

    FORMAT = "REQUESTS/PERIOD, PERIOD in seconds (s) or minutes (m), e.g. 1000/300s or 5/1m"

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """Read `1000/300s`, `1000/300`, `5/1s` or `10/5m`.

        A bare number (`5`) is refused rather than guessed: it could mean a count or a
        period, and the real API's quota needs both.
        """
        match = _RATE.match(text)
        if not match:
            hint = (
                f"; for {text.strip()} per 300 s write {text.strip()}/300s"
                if text.strip().isdigit()
                else ""
            )
            raise ValueError(f"rate limit {text!r} is not {cls.FORMAT}{hint}")
        requests, amount, unit = int(match[1]), float(match[2]), match[3] or "s"
        seconds = amount * 60 if unit.startswith("m") else amount
        if requests < 1 or seconds <= 0:
            raise ValueError(f"rate limit {text!r} must allow at least 1 request per period")
        return cls(requests, seconds)

    def __str__(self) -> str:
        return f"{self.requests}/{self.seconds:g}s"


@dataclass(frozen=True)
class MockConfig:
    """Everything `create_app` needs; the CLI builds one from flags and variables."""

    tokens: tuple[str, ...] = (DEFAULT_TOKEN,)
    rate_limit: RateLimit = field(default_factory=lambda: RateLimit(1000, 300.0))
    captcha_until_solved: bool = False
    now: float | None = None
    seed_file: Path | None = None
    strict: bool = False
    admin: bool = True
    # None keeps the state in this process; `redis://HOST:PORT/DB` shares it (state,
    # clock, quota, CAPTCHAs) between every worker and replica naming the same Redis
    # and namespace.
    store: str | None = None
    store_namespace: str = "tracksale-mock"
    # The base URL the mock puts in the URLs it returns (CAPTCHA pages, redirects,
    # the docs page's server). None: the address the request came in on (the
    # server's socket, never the `Host` header); the CLI sets the one it listens on.
    public_url: str | None = None
    # Larger request bodies get 413 (a dispatch of 500 customers is about 100 KB).
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
