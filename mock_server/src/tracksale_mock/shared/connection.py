"""The Redis connection the shared backends use, their key names, and the 503 they
answer with while Redis is away.

Every backend talks to Redis through one client made by `connect`: socket timeouts
of half a second (a frozen Redis is a 503 within about a second, never a hang), and
one quick retry on a broken connection only (a pooled connection that died with a
Redis restart), never on a timeout, where the command may have run. The blocking
client is only ever called from worker threads (`app.MethodResolver`,
`middleware.ThrottleMiddleware`), never on the event loop, so a stalled Redis stalls
only the requests that need it.

A Redis error becomes `ServiceUnavailable`, which the mock answers as a 503 with the
document's error body: the body names the condition (no answer in time, no
connection), the connection details go to the log. A 503 promises that nothing
changed; a write whose save got no answer is resolved before it is answered
(`redis_store`). The client reconnects by itself once Redis is back.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from tracksale_mock.errors import MockError

DEFAULT_NAMESPACE = "tracksale-mock"
SOCKET_TIMEOUT = 0.5
CONNECT_TIMEOUT = 0.5
SCHEMES = ("redis://", "rediss://", "unix://")

_NAMESPACE = re.compile(r"^[A-Za-z0-9_.:-]{1,100}$")

log = logging.getLogger("tracksale_mock.shared")

P = ParamSpec("P")
R = TypeVar("R")


class ServiceUnavailable(MockError):
    """The shared state cannot be reached (503): the request did nothing."""

    status = 503
    kind = "service_unavailable"


def is_redis_url(text: str) -> bool:
    """Whether `text` names a Redis store rather than the memory store."""
    return text.startswith(SCHEMES)


def check_namespace(namespace: str) -> str:
    """`namespace` if it can prefix keys safely (no glob characters), else ValueError."""
    if not _NAMESPACE.match(namespace):
        raise ValueError(
            f"store namespace {namespace!r}: use 1-100 letters, digits, '_', '.', ':' or '-'"
        )
    return namespace


def connect(url: str) -> redis.Redis:
    """A client of the Redis at `url` (`redis://HOST:PORT/DB`, `rediss://`, `unix://`).

    Nothing is sent until the first command, so a mock starts while Redis is away.
    """
    retry = Retry(
        ExponentialBackoff(cap=0.02, base=0.005), 1, supported_errors=(redis.ConnectionError,)
    )
    client: redis.Redis = redis.Redis.from_url(
        url,
        socket_timeout=SOCKET_TIMEOUT,
        socket_connect_timeout=CONNECT_TIMEOUT,
        retry=retry,
        health_check_interval=0,
        # No `CLIENT SETINFO` round trips on each new connection: against a frozen
        # Redis each would wait a socket timeout of its own.
        driver_info=None,
    )
    return client


def condition(error: redis.RedisError) -> str:
    """What went wrong, for the 503's body: the condition, never the address."""
    if isinstance(error, redis.TimeoutError):
        return "Redis did not answer in time"
    if isinstance(error, redis.ConnectionError):
        return "Redis cannot be reached"
    return "Redis refused the command"


def unavailable_error(what: str, error: redis.RedisError) -> ServiceUnavailable:
    """The 503 for a Redis error while doing `what` (logged with its details)."""
    log.warning("shared state unavailable (%s): %s: %s", what, type(error).__name__, error)
    return ServiceUnavailable(
        f"The mock's shared state is unavailable ({what}): {condition(error)}. "
        "Nothing was changed; retry shortly."
    )


@contextmanager
def unavailable(what: str) -> Iterator[None]:
    """Turn a Redis error inside the block into `ServiceUnavailable`."""
    try:
        yield
    except redis.RedisError as error:
        raise unavailable_error(what, error) from error


def guarded(what: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a method so that a Redis error raises `ServiceUnavailable`."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            with unavailable(what):
                return method(*args, **kwargs)

        return wrapper

    return decorate


def text(value: object) -> str | None:
    """A Redis reply as text (replies are bytes; None stays None)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode()
    return str(value)
