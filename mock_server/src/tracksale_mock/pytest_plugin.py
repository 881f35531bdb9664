"""pytest fixtures for projects that test against the Tracksale mock server.

Installed with `tracksale-mock` (entry point `tracksale`), so any project gets:

* `tracksale_mock` — a running strict mock server (one per session) reset to its seed
  before each test; `.url`, `.token`, `.reset()`, `.advance_clock(seconds)`.
* `tracksale_api` — a `tracksale_client.Tracksale` pointed at it.
* `tracksale_mock_factory` — start extra servers with other settings, e.g.
  `tracksale_mock_factory(rate_limit=RateLimit(5, 60))`; stopped after the test.
* `tracksale_mock_store` — where those mocks keep their state: None (memory, the
  default). Override it in a conftest (session scope) to return a Redis URL, or
  parametrize it, to run the same tests on a Redis-backed mock; each mock then gets
  a namespace of its own unless `store_namespace` is given (replicas of one mock).

Loading the plugin imports only pytest and the standard library: the server stack
(connexion, uvicorn, the client) is imported when a fixture is first used, so a
project that never uses them pays nothing, and `pytest -W error` starts. Turn the
plugin off with `-p no:tracksale`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any
from uuid import uuid4

import pytest

if TYPE_CHECKING:
    from tracksale_client import Tracksale
    from tracksale_mock.config import MockConfig
    from tracksale_mock.serving import RunningMock

MockFactory = Callable[..., "RunningMock"]


def _start(store: str | None, **options: Any) -> RunningMock:
    """Start a strict mock on `store` (a Redis one in a fresh namespace)."""
    # Imported here, not at load: connexion and the server (tracksale_mock.http keeps
    # connexion's own deprecation warnings from a project's `-W error`).
    from tracksale_mock.config import MockConfig
    from tracksale_mock.serving import start_mock

    base: MockConfig = MockConfig(strict=True)
    if store is not None:
        namespace = f"pytest-{uuid4().hex[:16]}"
        base = dataclasses.replace(base, store=store, store_namespace=namespace)
    return start_mock(dataclasses.replace(base, **options))


@pytest.fixture(scope="session")
def tracksale_mock_store() -> str | None:
    """The store of the mocks the fixtures start: None for memory, or a Redis URL."""
    return None


@pytest.fixture(scope="session")
def _tracksale_session_mock(tracksale_mock_store: str | None) -> Iterator[RunningMock]:
    running = _start(tracksale_mock_store)
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
    from tracksale_client import Pacer, Quota, Tracksale

    rate = tracksale_mock.mock.config.rate_limit
    pacer = Pacer(Quota(rate.requests, rate.seconds))
    with Tracksale(token=tracksale_mock.token, base_url=tracksale_mock.url, pacing=pacer) as api:
        yield api


@pytest.fixture
def tracksale_mock_factory(tracksale_mock_store: str | None) -> Iterator[MockFactory]:
    """Start extra strict mock servers with other settings; all stop after the test."""
    started: list[RunningMock] = []

    def start(**options: Any) -> RunningMock:
        running = _start(tracksale_mock_store, **options)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()
