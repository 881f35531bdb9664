"""Fixtures of the whole suite: a Redis of its own, and the store the mocks run on.

`tracksale_mock_store` (the plugin's fixture) is parametrized here, so every test
that uses `tracksale_mock`, `tracksale_api` or `tracksale_mock_factory` runs once on
the memory store and once on a Redis-backed one (ids `[memory]` and `[redis]`).
The Redis is a `redis-server` this session starts on a free port and stops at the
end; without the program the Redis runs are skipped (and fail under CI).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import redis

from contract_tests.stores import STORES
from tracksale_mock.shared.connection import connect
from tracksale_mock.shared.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """This session's redis-server (nothing persisted)."""
    if not RedisServer.available():
        message = "redis-server is not installed (Debian package redis-server)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with RedisServer() as server:
        yield server


@pytest.fixture(scope="session")
def redis_client(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """A client of this session's Redis, set up as the mock's own."""
    client = connect(redis_server.url)
    yield client
    client.close()


@pytest.fixture(scope="session", params=STORES)
def tracksale_mock_store(request: pytest.FixtureRequest) -> str | None:
    """Each mock test runs on the memory store and on this session's Redis."""
    if request.param == "memory":
        return None
    server: RedisServer = request.getfixturevalue("redis_server")
    return server.url
