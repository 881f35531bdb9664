"""Fixtures: the committed seed, loaded once, in a fresh store per test."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import redis

from contract_tests.mock.domain.index_view import index_view
from contract_tests.stores import STORES, fresh_namespace
from tracksale_mock.domain.operations import Operations
from tracksale_mock.seed.load import SEED_PATH, parse_seed
from tracksale_mock.shared.store import RedisStore
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.index import StateIndex, index_of
from tracksale_mock.state.model import Lot, State
from tracksale_mock.state.store import MemoryStore, Store

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

    Every store of the session starts from it; at the end it must be unchanged, which
    proves that stores work on their own copies.
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


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, seed_state: State) -> Iterator[Store]:
    """A store starting from a copy of the seed: in memory, failing any write that
    raises after changing the state; or in this session's Redis, in a namespace of its
    own (every domain test runs on both)."""
    if request.param == "memory":
        yield MemoryStore(seed_state.clone(), check_failed_writes=True)
        return
    client: redis.Redis = request.getfixturevalue("redis_client")
    shared = RedisStore(client, fresh_namespace("domain"))
    shared.reset(seed_state.clone())
    yield shared
    # What the writes saved, field by field, is the whole of what they changed.
    assert shared.snapshot() == shared.replica().snapshot()
    shared.drop()


@pytest.fixture
def ops(store: Store, clock: MockClock) -> Operations:
    return Operations(store, clock)


@pytest.fixture
def state_of(store: Store) -> Iterator[Callable[[], State]]:
    """Read the store's current state (for assertions only). On Redis it is read by a
    second store on the same keys, as another process would, so every assertion also
    checks what the write saved."""
    reader = store.replica() if isinstance(store, RedisStore) else store

    def read() -> State:
        with reader.read() as state:
            return state

    yield read
    if isinstance(reader, RedisStore):
        # The reader followed the writes record by record: its state and indexes are
        # those of the state loaded whole.
        with reader.read() as state:
            followed = state.to_json(), index_view(index_of(state), state)
        with reader.replica().read() as state:
            assert followed == (state.to_json(), index_view(StateIndex(state), state))


def email_body(email: str, **extra: Any) -> dict[str, Any]:
    """A one-customer dispatch body."""
    return {"customers": [{"name": "Teste", "email": email, **extra}]}


def lot_of(state: State, code: str) -> Lot:
    """The lot with this code, which must exist."""
    lot = state.lot(code)
    assert lot is not None, code
    return lot
