"""Where the state lives: a small interface, so a shared backend (Redis) can follow.

Indexes over the state are not the store's business: `tracksale_mock.state.index.index_of(state)`
keeps them with the `State` object, and the domain's writes update them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

from tracksale_mock.state.codec import bulk_allocation
from tracksale_mock.state.index import index_of
from tracksale_mock.state.model import State


class Store(Protocol):
    """Holds one `State` and hands it out for reading or for an atomic change.

    All or nothing is shared between the store and its callers: a block given by
    `write()` checks everything that can fail (the request, what it refers to) before
    it changes anything, so a block that raises has changed nothing and there is
    nothing to roll back. Every operation is written that way (validate, then apply).
    A store may still roll back on its own (one that loads and saves the whole state,
    as a Redis one would, simply does not save); the memory store does not.
    """

    def read(self) -> AbstractContextManager[State]:
        """Yield a consistent state to read; the block must not change it, nor keep
        references into it past its end."""
        ...

    def write(self) -> AbstractContextManager[State]:
        """Yield the state to change, exclusively; the change is kept when the block
        ends. A block raises, if at all, before it changes anything."""
        ...

    def reset(self, state: State) -> None:
        """Replace the whole state with `state` (a new one: the store may keep it, so
        the caller must not use it afterwards)."""
        ...

    def snapshot(self) -> dict[str, Any]:
        """The current state as JSON-able data (`State.to_json()`)."""
        ...


class _Reading:
    """`MemoryStore.read()`: the lock held for the block."""

    __slots__ = ("_store",)

    def __init__(self, store: MemoryStore) -> None:
        self._store = store

    def __enter__(self) -> State:
        self._store._lock.acquire()
        return self._store._state

    def __exit__(self, *exc: object) -> None:
        self._store._lock.release()


class FailedWriteChangedState(AssertionError):
    """A write block raised after changing the state (a bug in that block)."""


class MemoryStore:
    """A `Store` in this process's memory, safe across threads.

    One lock guards the live state: `read()` and `write()` hold it for their whole
    block, so a reader never sees half a change, and `write()` changes the live state
    in place. A write costs what its operation does, however large the state (a copy
    of the whole state per write cost milliseconds and grew with the state).

    The store owns its state: it starts from, and resets to, the one given (not a
    copy: a seed of a million answers is copied in seconds; pass `state.clone()` to
    keep yours), and builds its indexes at once (so the first request does not wait).
    With `long_lived`, the state and its index, once built, are moved out of the
    cyclic garbage collector's reach (`gc.freeze()`): they hold no cycles, and a full
    collection would otherwise walk them all (for a server; not for tests, where a
    freeze would keep every earlier test's garbage).
    With `check_failed_writes` every write first takes a snapshot, and a block that
    raises after changing the state raises `FailedWriteChangedState` instead (for
    tests: it makes each write as slow as a copy).
    """

    def __init__(
        self,
        state: State | None = None,
        *,
        check_failed_writes: bool = False,
        long_lived: bool = False,
    ) -> None:
        self._lock = threading.RLock()
        self._check_failed_writes = check_failed_writes
        self._long_lived = long_lived
        self._state = self._settled(state if state is not None else State())

    def read(self) -> AbstractContextManager[State]:
        # A plain context manager: this runs on every request.
        return _Reading(self)

    @contextmanager
    def write(self) -> Iterator[State]:
        with self._lock:
            if not self._check_failed_writes:
                yield self._state
                return
            before = self._state.to_json()
            try:
                yield self._state
            except BaseException as error:
                if self._state.to_json() != before:
                    raise FailedWriteChangedState(
                        f"a write raised {type(error).__name__} after changing the state"
                    ) from error
                raise

    def reset(self, state: State) -> None:
        fresh = self._settled(state)
        with self._lock:
            self._state = fresh  # the old one is freed at once: it holds no cycles

    def _settled(self, state: State) -> State:
        """`state` with its index built."""
        with bulk_allocation(long_lived=self._long_lived):
            index_of(state)
        return state

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return self._state.to_json()
