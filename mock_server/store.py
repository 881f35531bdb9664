"""Where the state lives: a small interface, so a shared backend (Redis) can follow."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

from mock_server.state import State


class Store(Protocol):
    """Holds one `State` and hands it out for reading or for an atomic change."""

    def read(self) -> AbstractContextManager[State]:
        """Yield a consistent state to read; the block must not change it."""
        ...

    def write(self) -> AbstractContextManager[State]:
        """Yield the state to change, exclusively; keep the change only if the block ends
        without an exception (all or nothing)."""
        ...

    def reset(self, state: State) -> None:
        """Replace the whole state."""
        ...

    def snapshot(self) -> dict[str, Any]:
        """The current state as JSON-able data (`State.to_json()`)."""
        ...


class MemoryStore:
    """A `Store` in this process's memory, safe across threads.

    Atomicity by copy and swap: `write()` yields a deep copy of the state and publishes
    it only when the block succeeds, so a failing operation leaves no trace. A
    published state is never changed again, which lets `read()` hand it out without
    holding the lock for the whole block.
    """

    def __init__(self, state: State | None = None) -> None:
        self._lock = threading.Lock()
        self._state = state if state is not None else State()

    @contextmanager
    def read(self) -> Iterator[State]:
        with self._lock:
            state = self._state
        yield state

    @contextmanager
    def write(self) -> Iterator[State]:
        with self._lock:
            draft = self._state.clone()
            yield draft
            self._state = draft

    def reset(self, state: State) -> None:
        fresh = state.clone()
        with self._lock:
            self._state = fresh

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            state = self._state
        return state.to_json()
