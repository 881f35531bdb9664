"""A mock of the verify tests' own: its clock at real time, so its seeded data lies in
the period `tracksale verify` reads (the last days up to today's date). The session's
`tracksale_mock` keeps the clock earlier tests moved forward."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tracksale_mock.serving import RunningMock


@pytest.fixture
def fresh_mock(tracksale_mock_factory: Callable[..., RunningMock]) -> RunningMock:
    """A strict mock started for this test, on the suite's store."""
    return tracksale_mock_factory()
