"""Fixtures: the committed seed, loaded once, in a fresh store per test."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from mock_server.clock import MockClock
from mock_server.operations import Operations
from mock_server.seed import SEED_PATH, parse_seed
from mock_server.state import Lot, State
from mock_server.store import MemoryStore

# Wednesday 2026-03-11, 12:00 UTC: far from day and week boundaries.
NOW = 1_773_230_400
DAY = 86_400


def day(timestamp: int) -> str:
    """The UTC date of a Unix time, as a report filter."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def _parse_seed() -> State:
    return parse_seed(json.loads(SEED_PATH.read_text(encoding="utf-8")), NOW)


@pytest.fixture(scope="session")
def seed_state() -> Iterator[State]:
    """The committed seed, its times relative to NOW (parsed once: it is slow).

    Every store of the session shares it; at the end it must be unchanged, which
    proves that no write ever changed a published state.
    """
    state = _parse_seed()
    yield state
    assert state == _parse_seed(), "a write changed a published state"


@pytest.fixture
def clock() -> MockClock:
    return MockClock(start=NOW)


@pytest.fixture
def clock_now(clock: MockClock) -> int:
    """The mock time at the start of the test."""
    return int(clock.now())


@pytest.fixture
def store(seed_state: State) -> MemoryStore:
    """A store starting from the seed; sharing it is safe, as writes never change a
    published state (they publish a changed copy)."""
    return MemoryStore(seed_state)


@pytest.fixture
def ops(store: MemoryStore, clock: MockClock) -> Operations:
    return Operations(store, clock)


@pytest.fixture
def state_of(store: MemoryStore) -> Callable[[], State]:
    """Read the store's current state (for assertions only)."""

    def read() -> State:
        with store.read() as state:
            return state

    return read


def email_body(email: str, **extra: Any) -> dict[str, Any]:
    """A one-customer dispatch body."""
    return {"customers": [{"name": "Teste", "email": email, **extra}]}


def lot_of(state: State, code: str) -> Lot:
    """The lot with this code, which must exist."""
    lot = state.lot(code)
    assert lot is not None, code
    return lot
