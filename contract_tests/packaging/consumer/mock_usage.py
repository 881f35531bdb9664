"""Tests of another team's project that use the mock's pytest fixtures.

The packaging tests copy this file into a project outside the checkout, as
`test_mock_usage.py`, whose pytest configuration turns every warning into an error,
and run it in a fresh environment holding the three wheels.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from tracksale_client import NotFoundError, Tracksale
from tracksale_mock import RateLimit

if TYPE_CHECKING:
    from tracksale_mock import RunningMock


def test_loading_the_plugin_imported_no_server_stack() -> None:
    # The first test of the run: no fixture has started a mock yet.
    assert "connexion" not in sys.modules
    assert "uvicorn" not in sys.modules


def test_a_test_without_the_mock() -> None:
    assert sum(range(4)) == 6


def test_the_client_against_the_mock(tracksale_api: Tracksale, tracksale_mock: RunningMock) -> None:
    assert tracksale_api.campaigns.list()
    assert tracksale_mock.url.startswith("http://127.0.0.1:")
    with pytest.raises(NotFoundError):
        tracksale_api.campaigns.get(987654)


def test_a_mock_of_ones_own(tracksale_mock_factory: Callable[..., RunningMock]) -> None:
    strict = tracksale_mock_factory(rate_limit=RateLimit(2, 60))
    with Tracksale(token=strict.token, base_url=strict.url, pacing=False) as api:
        assert api.campaigns.list()
