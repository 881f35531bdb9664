"""The Redis connection the shared backends use, their key names, and the 503 they
answer with while Redis is away.

Every backend talks to Redis through one client made by `connect`: short socket
timeouts, and one quick retry on a broken connection only (a pooled connection that
died with a Redis restart), never on a timeout, where the command may have run. A
Redis error becomes `ServiceUnavailable`, which the mock answers as a 503 with the
document's error body; the client reconnects by itself once Redis is back.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from tracksale_mock.errors import MockError

DEFAULT_NAMESPACE = "tracksale-mock"
SOCKET_TIMEOUT = 2.0
CONNECT_TIMEOUT = 1.0
SCHEMES = ("redis://", "rediss://", "unix://")

_NAMESPACE = re.compile(r"^[A-Za-z0-9_.:-]{1,100}$")

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
    )
    return client


@contextmanager
def unavailable(what: str) -> Iterator[None]:
    """Turn a Redis error inside the block into `ServiceUnavailable`."""
    try:
        yield
    except redis.RedisError as error:
        raise ServiceUnavailable(
            f"The mock's shared state is unavailable ({what}): {type(error).__name__}: "
            f"{error}. Retry when Redis is back."
        ) from error


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
