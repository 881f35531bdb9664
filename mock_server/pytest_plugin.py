"""pytest fixtures for projects that test against the Tracksale mock server.

Installed with this package (entry point `tracksale`), so any project gets:

* `tracksale_mock` — a running strict mock server (one per session) reset to its seed
  before each test; `.url`, `.token`, `.reset()`, `.advance_clock(seconds)`.
* `tracksale_api` — a `tracksale_client.Tracksale` pointed at it.
* `tracksale_mock_factory` — start extra servers with other settings, e.g.
  `tracksale_mock_factory(rate_limit=RateLimit(5, 60))`; stopped after the test.
* `tracksale_mock_store` — where those mocks keep their state: None (memory, the
  default). Override it in a conftest (session scope) to return a Redis URL, or
  parametrize it, to run the same tests on a Redis-backed mock; each mock then gets
  a namespace of its own unless `store_namespace` is given (replicas of one mock).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from uuid import uuid4

import pytest

from mock_server.config import MockConfig
from mock_server.serving import RunningMock, start_mock, with_options
from tracksale_client import Pacer, Quota, Tracksale


@pytest.fixture(scope="session")
def tracksale_mock_store() -> str | None:
    """The store of the mocks the fixtures start: None for memory, or a Redis URL."""
    return None


def _mock_config(store: str | None, **options: Any) -> MockConfig:
    """A strict mock's settings on `store`; a Redis one in a fresh namespace."""
    base = MockConfig(strict=True)
    if store is not None:
        base = with_options(base, store=store, store_namespace=f"pytest-{uuid4().hex[:16]}")
    return with_options(base, **options)


@pytest.fixture(scope="session")
def _tracksale_session_mock(tracksale_mock_store: str | None) -> Iterator[RunningMock]:
    running = start_mock(_mock_config(tracksale_mock_store))
    yield running
    running.stop()


@pytest.fixture
def tracksale_mock(_tracksale_session_mock: RunningMock) -> RunningMock:
    """The session's mock server, reset to its seed state for this test."""
    _tracksale_session_mock.reset()
    return _tracksale_session_mock


@pytest.fixture
def tracksale_api(tracksale_mock: RunningMock) -> Iterator[Tracksale]:
    """A client of the mock server, every operation sent to its one URL.

    Its pacer follows the mock's quota and starts empty, as the mock's counts do: the
    process-wide pacer would keep the reservations of earlier tests and make a long
    session wait minutes for a quota the reset mock no longer counts.
    """
    rate = tracksale_mock.mock.config.rate_limit
    pacer = Pacer(Quota(rate.requests, rate.seconds))
    with Tracksale(token=tracksale_mock.token, base_url=tracksale_mock.url, pacing=pacer) as api:
        yield api


@pytest.fixture
def tracksale_mock_factory(
    tracksale_mock_store: str | None,
) -> Iterator[Callable[..., RunningMock]]:
    """Start extra strict mock servers with other settings; all stop after the test."""
    started: list[RunningMock] = []

    def start(**options: Any) -> RunningMock:
        running = start_mock(_mock_config(tracksale_mock_store, **options))
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()
