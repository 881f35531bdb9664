"""`RedisStore`: the `Store` of several workers and replicas, kept in one Redis.

The state is `State.to_json()`'s data cut into chunks, under a namespace (default
`tracksale-mock`):

* `{ns}:chunk:{name}` — one chunk's JSON: `counters`, or 64 items of a list member,
  e.g. `answers.3` for `state.answers[192:256]`;
* `{ns}:chunks` — a hash from chunk name to a random token that changes with the
  chunk; together its names say how the lists are cut;
* `{ns}:version` — a random token that changes with every saved write or reset;
* `{ns}:write-lock` — the owner's token while a write runs: a lease of `LOCK_TTL`
  (2 s), so a replica that dies holding it stalls other writers 2 s at most and
  readers not at all;
* `{ns}:applied:{version}` — a minute-long record that the save of `version` ran.

Each process keeps the decoded state of the last version it saw. `read()` asks Redis
for the version only (one round trip; none inside a request whose throttle check
already read it, see `request_view`) and, when another process changed it, fetches
and decodes the chunks that changed, in one atomic script. `write()` takes the lock,
brings the local copy up to the locked version, lets the operation change it in
place, encodes every chunk (orjson, about a millisecond per 300 answers), and saves
the chunks whose JSON changed with a new version, in one script that first checks
that the lock is still its own and the version the one it loaded: a write whose lock
expired saves nothing and answers 503, so no change is ever lost or made twice,
whichever replica makes it. A write that changed nothing saves nothing.

A save that gets no answer (Redis froze or died with the script on its way) is
resolved before the request is answered (`_settle`): a script on a fresh connection
finds the save's record (saved: the request succeeds) or revokes the save's lease, so
the save can never run later (not saved: 503, nothing changed). Redis silent for
`RESOLVE_FOR` seconds more: 500, since the mock cannot promise either.

A block that raises saves nothing. By the `Store` contract an operation raises before
it changes anything (the `MockError`s of bad requests), so the local copy stays; any
other exception drops the local copy, and the next access reloads it from Redis.

Costs: a read is at most one round trip, plus decoding what other processes changed;
a write is two or three round trips and encoding the whole state. Sizes and times:
`benchmarks/redis_store_size.py`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import json
import logging
import secrets
import threading
import time
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, get_args, get_origin

import orjson
import redis

from tracksale_mock.errors import MockError
from tracksale_mock.shared.connection import ServiceUnavailable, text, unavailable
from tracksale_mock.shared.request_view import current_view
from tracksale_mock.state.codec import decode
from tracksale_mock.state.model import State

T = TypeVar("T")

log = logging.getLogger("tracksale_mock.shared")

LOCK_TTL = 2.0  # the write lock's lease: the longest a dead replica's lock stalls writers
LOCK_WAIT = 10.0  # a writer queues this long behind live writers (a dead one: LOCK_TTL)
LOCAL_WAIT = 1.5  # a thread waits this long for this process's copy, then 503
RESOLVE_FOR = 5.0  # how long a save that got no answer is resolved before a 500
APPLIED_TTL_MS = 60_000  # how long a save's record is kept for `_settle`
CHUNK = 64  # list items per chunk

# KEYS: lock, version. ARGV: token, time to live (ms). -> {1, version or ''} | {0}
_ACQUIRE = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, redis.call('GET', KEYS[2]) or ''}
end
return {0}
"""

# KEYS: version, chunks. ARGV: chunk key prefix, then name, token of each chunk the
# caller holds. -> {version, then name, token, JSON ('' when the caller holds it) of
# every chunk} | {''} when Redis holds no state.
_FETCH = """
local version = redis.call('GET', KEYS[1])
if not version then return {''} end
local held = {}
for i = 2, #ARGV, 2 do held[ARGV[i]] = ARGV[i + 1] end
local out = {version}
local all = redis.call('HGETALL', KEYS[2])
for i = 1, #all, 2 do
  local name, token = all[i], all[i + 1]
  out[#out + 1] = name
  out[#out + 1] = token
  if held[name] == token then
    out[#out + 1] = ''
  else
    out[#out + 1] = redis.call('GET', ARGV[1] .. name) or '[]'
  end
end
return out
"""

# KEYS: version, chunks, lock. ARGV: token, expected version ('' for none), new
# version, chunk key prefix, applied-record key, its time to live (ms), count of
# changed chunks, then name, token, JSON of each changed chunk, then the names of the
# chunks to drop. Saves, records that it saved, and unlocks only while the lease is
# the caller's and the version the expected one.
_COMMIT = """
if redis.call('GET', KEYS[3]) ~= ARGV[1] then
  if redis.call('GET', KEYS[1]) == ARGV[3] then return 1 end
  return 0
end
if (redis.call('GET', KEYS[1]) or '') ~= ARGV[2] then return 0 end
if ARGV[2] == '' then
  local stale = redis.call('HKEYS', KEYS[2])
  for _, name in ipairs(stale) do redis.call('DEL', ARGV[4] .. name) end
  redis.call('DEL', KEYS[2])
end
local changed = tonumber(ARGV[7])
local i = 8
for _ = 1, changed do
  redis.call('SET', ARGV[4] .. ARGV[i], ARGV[i + 2])
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  i = i + 3
end
while i <= #ARGV do
  redis.call('DEL', ARGV[4] .. ARGV[i])
  redis.call('HDEL', KEYS[2], ARGV[i])
  i = i + 1
end
redis.call('SET', KEYS[1], ARGV[3])
redis.call('SET', ARGV[5], '1', 'PX', ARGV[6])
redis.call('DEL', KEYS[3])
return 1
"""

# KEYS: lock. ARGV: token.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# KEYS: lock, applied record of a save. ARGV: the save's lease token. -> 1 if the save
# ran; else 0, and the save can no longer run (its lease is revoked).
_RESOLVE = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
"""


# The state's JSON, read back without the seed file's checks: the store wrote it.


@functools.cache
def _plan(cls: type) -> tuple[frozenset[str], tuple[tuple[str, int, Any], ...]]:
    """The member names of a dataclass, and how to rebuild each member that needs it:
    1 a dataclass, 2 a list of dataclasses, 3 a list of plain values."""
    names = frozenset(f.name for f in dataclasses.fields(cls))
    steps = []
    for name, hint in typing.get_type_hints(cls).items():
        inner = hint
        if get_origin(hint) in (typing.Union, types.UnionType):
            (inner,) = [a for a in get_args(hint) if a is not type(None)]
        if get_origin(inner) is list:
            (item,) = get_args(inner)
            steps.append((name, 2 if dataclasses.is_dataclass(item) else 3, item))
        elif dataclasses.is_dataclass(inner):
            steps.append((name, 1, inner))
    return names, tuple(steps)


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    names, steps = _plan(cls)
    if data.keys() != names:
        # Written by another version of the mock: the strict reader fills defaults in
        # or says what is wrong.
        return decode(cls, data, where)
    for name, kind, inner in steps:
        value = data[name]
        if value is None:
            continue
        if kind == 1:
            data[name] = _build(inner, value, f"{where}.{name}")
        elif kind == 2:
            data[name] = [_build(inner, item, f"{where}.{name}") for item in value]
    built: Any = object.__new__(cls)
    built.__dict__.update(data)
    return built


@functools.cache
def _members() -> tuple[tuple[str, bool, Any], ...]:
    """State's members: (name, whether it is a list cut into chunks, item or member type)."""
    _, steps = _plan(State)
    return tuple((name, kind == 2, inner) for name, kind, inner in steps)


def _dumps(value: Any) -> bytes:
    """JSON of a chunk: orjson, or, for what orjson refuses (lone surrogates, integers
    beyond 64 bits, which the memory store keeps too), `json` with `\\u` escapes."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, default=vars).encode()  # dataclasses as their members


def _loads(payload: bytes) -> Any:
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        return json.loads(payload)  # what `_dumps` wrote with `json`


def chunks_of(state: State) -> dict[str, bytes]:
    """The state's chunks, by name, as JSON: `State.to_json()`'s data, written by
    orjson straight from the dataclasses (twenty times faster than `json.dumps`)."""
    chunks: dict[str, bytes] = {}
    for name, is_list, _ in _members():
        value = getattr(state, name)
        if not is_list:
            chunks[name] = _dumps(value)
            continue
        for index, first in enumerate(range(0, len(value), CHUNK)):
            chunks[f"{name}.{index}"] = _dumps(value[first : first + CHUNK])
    return chunks


def _chunk_items(state: State, chunk: str) -> Any:
    """What a chunk of `state` holds: its member, or its slice of a list member."""
    name, _, index = chunk.partition(".")
    value = getattr(state, name)
    if not index:
        return value
    first = int(index) * CHUNK
    return value[first : first + CHUNK]


@functools.cache
def _kinds() -> dict[str, tuple[bool, Any]]:
    return {member: (is_list, inner) for member, is_list, inner in _members()}


def _decode_chunk(chunk: str, payload: bytes) -> Any:
    name, _, _ = chunk.partition(".")
    kinds = _kinds()
    if name not in kinds:
        raise ValueError(f"unknown state chunk {chunk!r}")
    is_list, inner = kinds[name]
    data = _loads(payload)
    if is_list:
        return [_build(inner, item, f"state.{name}") for item in data]
    return _build(inner, data, f"state.{name}")


def decode_chunks(chunks: dict[str, bytes]) -> State:
    """The state of `chunks_of`'s chunks (several times faster than `State.from_json`:
    the store wrote them, so only their shape is checked)."""
    return _assemble({name: _decode_chunk(name, payload) for name, payload in chunks.items()})


def _assemble(chunks: dict[str, Any]) -> State:
    """A state from its decoded chunks (list members in chunk order)."""
    parts: dict[str, list[tuple[int, Any]]] = {}
    members: dict[str, Any] = {}
    for chunk, value in chunks.items():
        name, _, index = chunk.partition(".")
        if index:
            parts.setdefault(name, []).append((int(index), value))
        else:
            members[name] = value
    state = State()
    for name, is_list, _ in _members():
        if is_list:
            setattr(state, name, [item for _, part in sorted(parts.get(name, [])) for item in part])
        elif name in members:
            setattr(state, name, members[name])
    return state


@dataclasses.dataclass
class _Local:
    """This process's copy: the state of `version` and each chunk's token and JSON."""

    state: State
    version: str
    chunks: dict[str, tuple[str, bytes]]


class _Outcome(enum.Enum):
    SAVED = 1
    NOT_SAVED = 2
    UNKNOWN = 3


class WriteOutcomeUnknown(MockError):
    """A save got no answer and Redis stayed silent until the answer was due (500):
    the write may or may not be in Redis, so the mock cannot promise a 503."""

    status = 500
    kind = "server_error"


class RedisStore:
    """A `Store` in Redis, shared by every process that names the same namespace.

    `initial` gives the state to start from when Redis holds none (a fresh Redis, or
    one that restarted without persistence); an empty state without it.

    Threads of one process (the mock runs Redis work in worker threads) share one
    local copy. Two local locks, always taken in this order and never while waiting
    for Redis's write lock: `_sync` while the copy is brought to another version or
    changed by a write (fetch, change, save: a few round trips at most), `_copy`
    while a block reads or changes the copy's state. Both are waited for at most
    `LOCAL_WAIT`, then 503: a stalled Redis can hold a request up for about one
    socket timeout per lock it waits behind, never longer.
    """

    def __init__(
        self,
        client: redis.Redis,
        namespace: str,
        initial: Callable[[], State] | None = None,
        *,
        lock_ttl: float = LOCK_TTL,
        lock_wait: float = LOCK_WAIT,
        resolve_for: float = RESOLVE_FOR,
    ) -> None:
        self._client = client
        self.namespace = namespace
        self._initial = initial or State
        self._lock_ttl = lock_ttl
        self._lock_wait = lock_wait
        self._resolve_for = resolve_for
        self.version_key = f"{namespace}:version"
        self.chunks_key = f"{namespace}:chunks"
        self.chunk_prefix = f"{namespace}:chunk:"
        self.lock_key = f"{namespace}:write-lock"
        self.applied_prefix = f"{namespace}:applied:"
        self._acquire_script = client.register_script(_ACQUIRE)
        self._fetch_script = client.register_script(_FETCH)
        self._commit_script = client.register_script(_COMMIT)
        self._release_script = client.register_script(_RELEASE)
        self._resolve_script = client.register_script(_RESOLVE)
        self._writing = threading.Lock()
        self._sync = threading.Lock()
        self._copy = threading.Lock()
        self._local: _Local | None = None
        self._derived: dict[Callable[[State], Any], Any] = {}

    def replica(self) -> RedisStore:
        """Another store on the same keys, with a local copy of its own: what another
        process sees."""
        return RedisStore(self._client, self.namespace, self._initial)

    def drop(self) -> None:
        """Delete every key of the state from Redis (the throttle's and clock's stay)."""
        with _held(self._sync), _held(self._copy), unavailable("dropping the state"):
            names = self._client.hkeys(self.chunks_key)
            assert isinstance(names, list)
            keys = [self.chunk_prefix + str(text(n)) for n in names]
            self._client.delete(self.version_key, self.chunks_key, self.lock_key, *keys)
            self._forget()

    # Store

    @contextmanager
    def read(self) -> Iterator[State]:
        with unavailable("reading the state"):
            version = self._latest()
        if version:
            with _held(self._copy):
                local = self._local
                if local is not None and local.version == version:
                    yield local.state
                    return
        with _held(self._sync):
            with unavailable("reading the state"):
                fetched = self._fetch()
            if not fetched:
                with unavailable("seeding the state"):
                    self._seed()
            with _held(self._copy):
                if self._local is None:
                    raise ServiceUnavailable(
                        "The mock's shared state changed while it was read; retry."
                    )
                yield self._local.state

    @contextmanager
    def write(self) -> Iterator[State]:
        with unavailable("locking the state"):
            token, version = self._lock()
        outcome, saved_as = _Outcome.NOT_SAVED, ""
        try:
            with _held(self._sync):
                with unavailable("loading the state"):
                    self._at(version)
                with _held(self._copy):
                    assert self._local is not None or not version
                    state = self._initial() if self._local is None else self._local.state
                    self._derived.clear()
                    try:
                        yield state
                    except MockError:
                        raise  # raised before any change (the Store contract): the copy is intact
                    except BaseException:
                        self._forget()
                        raise
                    outcome, saved_as = self._save(token, version, state)
                    if outcome is _Outcome.UNKNOWN:
                        self._forget()  # changed here, maybe not in Redis: read it again
        finally:
            if outcome is _Outcome.NOT_SAVED:
                self._unlock(token)
        if outcome is _Outcome.UNKNOWN:
            self._settle(token, saved_as)

    def reset(self, state: State) -> None:
        fresh = state.clone()
        with unavailable("locking the state"):
            token, version = self._lock()
        outcome, saved_as = _Outcome.NOT_SAVED, ""
        try:
            with _held(self._sync):
                with unavailable("loading the state"):
                    if version and (self._local is None or self._local.version != version):
                        self._fetch()  # the chunks Redis holds, to drop those not needed
                with _held(self._copy):
                    outcome, saved_as = self._save(token, version, fresh)
                    if outcome is _Outcome.UNKNOWN:
                        self._forget()
        finally:
            if outcome is _Outcome.NOT_SAVED:
                self._unlock(token)
        if outcome is _Outcome.UNKNOWN:
            self._settle(token, saved_as)

    def derived(self, build: Callable[[State], T]) -> T:
        # Inside a read() block, which holds the copy's lock.
        if self._local is None:
            raise RuntimeError("call derived() inside a read() block")
        if build not in self._derived:
            self._derived[build] = build(self._local.state)
        value: T = self._derived[build]
        return value

    def snapshot(self) -> dict[str, Any]:
        with self.read() as state:
            return state.to_json()

    # Inside

    def _latest(self) -> str:
        """The version the request saw (its throttle check read it), else Redis's."""
        view = current_view()
        if view is not None and self.version_key in view.versions:
            return view.versions[self.version_key]
        return text(self._client.get(self.version_key)) or ""

    def _at(self, version: str) -> None:
        """Under the lock: bring the local copy to `version` (none when '')."""
        if not version:
            self._forget()
            return
        stale = self._local is None or self._local.version != version
        if stale and not self._fetch():
            raise ServiceUnavailable("The mock's shared state lost its data; retry.")

    def _fetch(self) -> bool:
        """Bring the local copy to Redis's version, decoding the chunks that changed;
        False when Redis holds no state. Called holding `_sync`."""
        local = self._local
        held = [] if local is None else [x for n, (t, _) in local.chunks.items() for x in (n, t)]
        reply = self._fetch_script(
            keys=[self.version_key, self.chunks_key], args=[self.chunk_prefix, *held]
        )
        version = text(reply[0])
        if not version:
            with _held(self._copy):
                self._forget()
            return False
        if local is not None and version == local.version:
            return True
        decoded: dict[str, Any] = {}
        chunks: dict[str, tuple[str, bytes]] = {}
        for i in range(1, len(reply), 3):
            name, token, payload = text(reply[i]) or "", text(reply[i + 1]) or "", reply[i + 2]
            if payload == b"" and local is not None:
                decoded[name] = _chunk_items(local.state, name)
                chunks[name] = (token, local.chunks[name][1])
            else:
                assert isinstance(payload, bytes)
                decoded[name] = _decode_chunk(name, payload)
                chunks[name] = (token, payload)
        fresh = _Local(_assemble(decoded), version, chunks)
        with _held(self._copy):
            self._keep(fresh)
        return True

    def _seed(self) -> None:
        """Redis holds no state: save the initial one (unless another process just
        did). Called holding `_sync`; takes Redis's write lock without waiting long."""
        token, version = self._lock()
        outcome, saved_as = _Outcome.NOT_SAVED, ""
        try:
            self._at(version)
            if not version:
                with _held(self._copy):
                    outcome, saved_as = self._save(token, version, self._initial())
        finally:
            if outcome is _Outcome.NOT_SAVED:
                self._unlock(token)
        if outcome is _Outcome.UNKNOWN:
            self._settle(token, saved_as)

    def _keep(self, local: _Local) -> None:
        self._local = local
        self._derived.clear()
        view = current_view()
        if view is not None:
            view.versions[self.version_key] = local.version  # this request's own view

    def _forget(self) -> None:
        self._local = None
        self._derived.clear()

    def _lock(self) -> tuple[str, str]:
        """Take the write lock: (its token, the version it locked; '' for none).

        The lock is a lease of `lock_ttl` seconds: a replica that dies holding it
        stalls other writers for that long at most (readers never wait for it), and
        a save checks the lease is still its own. Waiting happens in a worker thread.
        """
        token = secrets.token_hex(12)
        deadline = time.monotonic() + self._lock_wait
        busy = ServiceUnavailable(
            f"The mock's shared state stayed locked for {self._lock_wait:g} s; "
            "nothing was changed, retry."
        )
        # One thread of this process asks Redis at a time; the others queue here.
        if not self._writing.acquire(timeout=self._lock_wait):
            raise busy
        try:
            pause = 0.0005
            while True:
                reply = self._acquire_script(
                    keys=[self.lock_key, self.version_key],
                    args=[token, int(self._lock_ttl * 1000)],
                )
                if reply[0]:
                    return token, text(reply[1]) or ""
                if time.monotonic() > deadline:
                    raise busy
                time.sleep(pause)
                pause = min(pause * 2, 0.005)
        finally:
            self._writing.release()

    def _save(self, token: str, expected: str, state: State) -> tuple[_Outcome, str]:
        """Save `state` as a new version and unlock; raise 503 if the lease was lost,
        UNKNOWN when Redis did not answer (the save may still run: `_settle`).

        Under the lock the local copy is the state of `expected` (`_at`), so its
        chunks are those in Redis: only the chunks whose JSON changed are sent, and a
        write that changed nothing only unlocks, keeping the version (no process has
        to read anything again).
        """
        held = {} if self._local is None or not expected else self._local.chunks
        new = chunks_of(state)
        changed: list[bytes | str] = []
        chunks: dict[str, tuple[str, bytes]] = {}
        count = 0
        for name, payload in new.items():
            before = held.get(name)
            if before is not None and before[1] == payload:
                chunks[name] = before
                continue
            chunk_token = secrets.token_hex(8)
            changed += [name, chunk_token, payload]
            chunks[name] = (chunk_token, payload)
            count += 1
        dropped = [name for name in held if name not in new]
        if expected and not count and not dropped:
            self._keep(_Local(state, expected, chunks))
            return _Outcome.NOT_SAVED, ""  # nothing to save: unlock
        version = secrets.token_hex(12)
        try:
            saved = self._commit_script(
                keys=[self.version_key, self.chunks_key, self.lock_key],
                args=[
                    token,
                    expected,
                    version,
                    self.chunk_prefix,
                    self.applied_prefix + version,
                    APPLIED_TTL_MS,
                    count,
                    *changed,
                    *dropped,
                ],
            )
        except redis.RedisError as error:
            log.warning("a save got no answer (%s: %s); resolving it", type(error).__name__, error)
            return _Outcome.UNKNOWN, version
        if not saved:
            self._forget()
            raise ServiceUnavailable(
                "A write outlasted the shared state's lock and was not saved; nothing "
                "was changed, retry."
            )
        self._keep(_Local(state, version, chunks))
        return _Outcome.SAVED, version

    def _settle(self, token: str, version: str) -> None:
        """A save got no answer: learn whether it was saved before answering.

        Each try runs `_RESOLVE` on a fresh connection: the save's record says it
        was saved; otherwise the script revokes the save's lease, so the save, if it
        is still on its way, can never run. Saved: return (the request succeeds);
        not saved: 503 (nothing changed, as a 503 promises); Redis silent until
        `resolve_for` has passed: 500 `WriteOutcomeUnknown`.
        """
        deadline = time.monotonic() + self._resolve_for
        last: redis.RedisError | None = None
        while time.monotonic() < deadline:
            try:
                saved = self._resolve_script(
                    keys=[self.lock_key, self.applied_prefix + version], args=[token]
                )
            except redis.RedisError as error:
                last = error
                time.sleep(0.05)
                continue
            if saved:
                return
            raise ServiceUnavailable(
                "The mock's shared state did not answer while saving; the write was "
                "not saved and nothing was changed, retry."
            )
        log.error("a save's outcome stayed unknown for %g s: %s", self._resolve_for, last)
        raise WriteOutcomeUnknown(
            "The mock's shared state did not answer while saving this write, nor "
            "afterwards: it may or may not have been saved. Read before retrying."
        )

    def _unlock(self, token: str) -> None:
        with contextlib.suppress(redis.RedisError):  # else the lease ends by itself
            self._release_script(keys=[self.lock_key], args=[token])


@contextmanager
def _held(lock: threading.Lock) -> Iterator[None]:
    """Hold a local lock, waiting `LOCAL_WAIT` at most (then 503)."""
    if not lock.acquire(timeout=LOCAL_WAIT):
        raise ServiceUnavailable(
            "The mock's shared state is busy (a stalled Redis call holds it); "
            "nothing was changed, retry."
        )
    try:
        yield
    finally:
        lock.release()
