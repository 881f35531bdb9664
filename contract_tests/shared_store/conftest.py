"""Fixtures of the Redis-only tests: replicas of one mock on this session's Redis."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contract_tests.stores import fresh_namespace
from tracksale_mock.config import MockConfig
from tracksale_mock.serving import RunningMock, start_mock
from tracksale_mock.shared.redis_server import RedisServer


@pytest.fixture
def replicas(redis_server: RedisServer) -> Iterator[Callable[..., list[RunningMock]]]:
    """`replicas(n, **options)`: n strict mocks on this session's Redis, in one fresh
    namespace: one API served from n places. All stop after the test."""
    started: list[RunningMock] = []

    def start(count: int = 2, **options: Any) -> list[RunningMock]:
        config = MockConfig(
            strict=True, store=redis_server.url, store_namespace=fresh_namespace("replicas")
        )
        config = MockConfig(**{**config.__dict__, **options})
        group = [start_mock(config) for _ in range(count)]
        started.extend(group)
        return group

    yield start
    for running in started:
        running.stop()
