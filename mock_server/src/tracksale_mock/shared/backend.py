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

from tracksale_mock.config import MockConfig
from tracksale_mock.shared.clock import SharedClock
from tracksale_mock.shared.connection import check_namespace, connect
from tracksale_mock.shared.store import RedisStore
from tracksale_mock.shared.throttle import RedisThrottle
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.model import State


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
