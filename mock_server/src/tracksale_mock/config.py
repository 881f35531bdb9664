"""Settings of one mock server instance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TOKEN = "tracksale-mock-token"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
ADMIN_PREFIX = "/_mock"

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(s|sec|seconds?|m|min|minutes?)?\s*$")


@dataclass(frozen=True)
class RateLimit:
    """A quota: `requests` per `seconds`, per token."""

    requests: int
    seconds: float

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """Read `1000/300s`, `1000/300`, `5/1s` or `10/5m`."""
        match = _RATE.match(text)
        if not match:
            raise ValueError(f"rate limit {text!r} is not like '1000/300s'")
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
