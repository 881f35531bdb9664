"""The clock, store and throttle of a mock whose state lives in Redis (`--store redis://`).

Workers and replicas that name the same Redis URL and namespace are one API: one
state, one clock, one quota per token, one set of CAPTCHAs. Nothing is sent to Redis
before the first request; while Redis is away every request that needs it answers
503 (`ServiceUnavailable`), and the mock recovers by itself when it is back. A Redis
that restarted empty is seeded again from the seed file on the next request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mock_server.clock import MockClock
from mock_server.config import MockConfig
from mock_server.redis_connection import check_namespace, connect
from mock_server.redis_store import RedisStore
from mock_server.redis_throttle import RedisThrottle
from mock_server.shared_clock import SharedClock
from mock_server.state import State


@dataclass(frozen=True)
class SharedBackends:
    """What `MockServer` needs from Redis."""

    clock: SharedClock
    store: RedisStore
    throttle: RedisThrottle


def shared_backends(config: MockConfig, load_seed: Callable[[MockClock], State]) -> SharedBackends:
    """The Redis-backed clock, store and throttle of `config.store`."""
    assert config.store is not None
    namespace = check_namespace(config.store_namespace)
    client = connect(config.store)
    clock = SharedClock(client, namespace, config.now)
    store = RedisStore(client, namespace, lambda: load_seed(clock))
    throttle = RedisThrottle(
        client,
        namespace,
        clock,
        config.rate_limit,
        version_key=store.version_key,
        until_solved=config.captcha_until_solved,
    )
    return SharedBackends(clock, store, throttle)
