"""pytest fixtures for projects that test against the Tracksale mock server.

Installed with this package (entry point `tracksale`), so any project gets:

* `tracksale_mock` — a running strict mock server (one per session) reset to its seed
  before each test; `.url`, `.token`, `.reset()`, `.advance_clock(seconds)`.
* `tracksale_api` — a `tracksale_client.Tracksale` pointed at it.
* `tracksale_mock_factory` — start extra servers with other settings, e.g.
  `tracksale_mock_factory(rate_limit=RateLimit(5, 60))`; stopped after the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mock_server.config import MockConfig
from mock_server.serving import RunningMock, start_mock, with_options
from tracksale_client import Tracksale


@pytest.fixture(scope="session")
def _tracksale_session_mock() -> Iterator[RunningMock]:
    running = start_mock(MockConfig(strict=True))
    yield running
    running.stop()


@pytest.fixture
def tracksale_mock(_tracksale_session_mock: RunningMock) -> RunningMock:
    """The session's mock server, reset to its seed state for this test."""
    _tracksale_session_mock.reset()
    return _tracksale_session_mock


@pytest.fixture
def tracksale_api(tracksale_mock: RunningMock) -> Iterator[Tracksale]:
    """A client of the mock server, every operation sent to its one URL."""
    with Tracksale(token=tracksale_mock.token, base_url=tracksale_mock.url) as api:
        yield api


@pytest.fixture
def tracksale_mock_factory() -> Iterator[Callable[..., RunningMock]]:
    """Start extra strict mock servers with other settings; all stop after the test."""
    started: list[RunningMock] = []

    def start(**options: Any) -> RunningMock:
        running = start_mock(with_options(MockConfig(strict=True), **options))
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()
