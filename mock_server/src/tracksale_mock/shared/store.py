"""`RedisStore`: the `Store` of several workers and replicas, kept in one Redis.

The state is one hash field per entity (`shared/entities.py`: answers, lots, the
customers of each lot, and the small members), under a namespace (default
`tracksale-mock`), plus:

* `{ns}:version` — `epoch:seq:nonce`: a new epoch with every whole save (a reset,
  the first seeding), the sequence number of the write since, and a random part;
* `{ns}:log` — the last `LOG_KEEP` writes' lists of the fields they set or deleted,
  one entry per sequence number;
* `{ns}:write-lock` — the owner's token while a write runs: a lease of `LOCK_TTL`
  (2 s), so a replica that dies holding it stalls other writers 2 s at most and
  readers not at all;
* `{ns}:applied:{version}` — a minute-long record that the save of `version` ran;
* `{ns}:staging:{id}:{key}` — a whole save on its way (a reset, the first seeding):
  written under the write lock in batches of about 2 MB, renewing its lease, then
  renamed into place by one short script, so Redis never runs one long command;
  left behind, they expire after five minutes.

Each process keeps one live copy of the state, with its indexes (`state/index.py`).
`read()` asks Redis for the version only (one round trip; none inside a request
whose throttle check already read it, see `request_view`) and, when other processes
wrote since, fetches in one script the current value of every field their log
entries name and applies them to the copy through the index's own writes
(`entities.apply`): the copy and its indexes follow a write at the cost of what it
changed. A copy too far behind (the log kept no more), or of another epoch, is
loaded whole.

`write()` takes the lock, brings the copy up to the locked version, lets the
operation change it in place while the index notes what its writes touch
(`StateIndex.record()`), and saves those entities' fields with a new version and a
log entry, in one script that first checks that the lock is still its own and the
version the one it loaded: a write whose lock expired saves nothing and answers
503, so no change is ever lost or made twice, whichever replica makes it. A write
that changed nothing saves nothing. A write that changed the state behind the
index (`forget_index`, or answers or lots added or removed by hand) is saved whole,
under a new epoch.

A save that gets no answer (Redis froze or died with the script on its way) is
resolved before the request is answered (`_settle`): a script on a fresh connection
finds the save's record (saved: the request succeeds) or revokes the save's lease, so
the save can never run later (not saved: 503, nothing changed). Redis silent for
`RESOLVE_FOR` seconds more: 500, since the mock cannot promise either.

A block that raises saves nothing. By the `Store` contract an operation raises before
it changes anything (the `MockError`s of bad requests), so the local copy stays; any
other exception drops the local copy, and the next access loads it from Redis.

Costs: a read is at most one round trip, plus applying what other processes changed;
a write is two or three round trips and encoding what it changed. Sizes and times:
`benchmarks/redis_store_size.py`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import redis
from redis.commands.core import Script

from tracksale_mock.errors import MockError
from tracksale_mock.shared.connection import ServiceUnavailable, text, unavailable
from tracksale_mock.shared.entities import (
    ANSWERS,
    LOTS,
    META_KEY,
    Catalog,
    NeedsFullLoad,
    Record,
    all_records,
    apply,
    changed_records,
    load_state,
)
from tracksale_mock.shared.request_view import current_view
from tracksale_mock.state.index import StateIndex, index_of
from tracksale_mock.state.model import State

log = logging.getLogger("tracksale_mock.shared")

LOCK_TTL = 2.0  # the write lock's lease: the longest a dead replica's lock stalls writers
LOCK_WAIT = 10.0  # a writer queues this long behind live writers (a dead one: LOCK_TTL)
LOCAL_WAIT = 1.5  # a thread waits this long for this process's copy, then 503
RESOLVE_FOR = 5.0  # how long a save that got no answer is resolved before a 500
APPLIED_TTL_MS = 60_000  # how long a save's record is kept for `_settle`
LOG_KEEP = 1_000  # writes whose changed fields the log keeps
PAGE = 5_000  # fields per call of a whole load
LOAD_TRIES = 5  # whole loads tried while other processes write, then 503
WHOLE_SAVE_BYTES = 2_000_000  # a save this large gets one more lease per as many bytes
STAGE_BYTES = 2_000_000  # a whole save is staged in batches of about this many bytes
STAGING_TTL_MS = 300_000  # staged keys left by a whole save that never swapped expire

# KEYS: lock, version. ARGV: token, time to live (ms). -> {1, version or ''} | {0}
_ACQUIRE = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, redis.call('GET', KEYS[2]) or ''}
end
return {0}
"""

# KEYS: version, log. ARGV: key prefix, the caller's epoch, its sequence number.
# -> {''} when Redis holds no state | {version, 'same'} | {version, 'full'} when the
# log cannot bring the caller up to date | {version, 'delta', then key, field, value
# (nil: deleted) of each field the writes since the caller's set or deleted}.
_CATCH_UP = """
local version = redis.call('GET', KEYS[1])
if not version then return {''} end
local epoch, seq = string.match(version, '^([^:]*):(%d+)')
if epoch ~= ARGV[2] then return {version, 'full'} end
local missing = tonumber(seq) - tonumber(ARGV[3])
if missing == 0 then return {version, 'same'} end
if missing < 0 or missing > redis.call('LLEN', KEYS[2]) then return {version, 'full'} end
local out = {version, 'delta'}
local seen = {}
for _, entry in ipairs(redis.call('LRANGE', KEYS[2], -missing, -1)) do
  local names = cjson.decode(entry)
  for j = 1, #names, 2 do
    local key, field = names[j], names[j + 1]
    local id = key .. ' ' .. field
    if not seen[id] then
      seen[id] = true
      out[#out + 1] = key
      out[#out + 1] = field
      out[#out + 1] = redis.call('HGET', ARGV[1] .. key, field)
    end
  end
end
return out
"""

# A whole load is read in pages (a state of 100k answers is about 100 MB: one reply
# would outlast the socket timeout), each page checking the version is the same.
# KEYS: version. ARGV: key prefix. -> {''} | {version, meta, answer count, lots, then
# slot, customer count of each lot}, the hashes as HGETALL gives them.
_LOAD_HEAD = """
local version = redis.call('GET', KEYS[1])
if not version then return {''} end
local p = ARGV[1]
local out = {version, redis.call('HGETALL', p .. 'meta'), redis.call('HLEN', p .. 'answers'),
  redis.call('HGETALL', p .. 'lots')}
for _, slot in ipairs(redis.call('HKEYS', p .. 'lots')) do
  out[#out + 1] = slot
  out[#out + 1] = redis.call('HLEN', p .. 'lot:' .. slot)
end
return out
"""

# KEYS: version. ARGV: key prefix, then key, first position, count of each span.
# -> {version, then the values of the fields first .. first + count - 1 of each span}
_LOAD_PAGE = """
local out = {redis.call('GET', KEYS[1]) or ''}
for i = 2, #ARGV, 3 do
  local key = ARGV[1] .. ARGV[i]
  for position = tonumber(ARGV[i + 1]), tonumber(ARGV[i + 1]) + tonumber(ARGV[i + 2]) - 1 do
    out[#out + 1] = redis.call('HGET', key, tostring(position)) or ''
  end
end
return out
"""

# The lease and version check that opens both save scripts: a save whose lease is
# gone answers 1 if it already ran (its version is the current one), else 0.
_CHECK_LEASE = """
if redis.call('GET', KEYS[2]) ~= ARGV[1] then
  if redis.call('GET', KEYS[1]) == ARGV[3] then return 1 end
  return 0
end
if (redis.call('GET', KEYS[1]) or '') ~= ARGV[2] then return 0 end
local p = ARGV[4]
"""

# What closes both: the new version, the record that the save ran, the lock let go.
_FINISH = """
redis.call('SET', KEYS[1], ARGV[3])
redis.call('SET', ARGV[5], '1', 'PX', ARGV[6])
redis.call('DEL', KEYS[2])
return 1
"""

# KEYS: version, lock, log. ARGV: token, expected version ('' for none), new version,
# key prefix, applied-record key, its time to live (ms), the log entry, entries kept,
# then the records: 'S', key, field, JSON (set) or 'D', key, field (delete). Saves,
# records that it saved, and unlocks only while the lease is the caller's and the
# version the expected one.
_COMMIT = (
    _CHECK_LEASE
    + """
local i = 9
while i <= #ARGV do
  if ARGV[i] == 'S' then
    redis.call('HSET', p .. ARGV[i + 1], ARGV[i + 2], ARGV[i + 3])
    i = i + 4
  else
    redis.call('HDEL', p .. ARGV[i + 1], ARGV[i + 2])
    if ARGV[i + 1] == 'lots' then redis.call('DEL', p .. 'lot:' .. ARGV[i + 2]) end
    i = i + 3
  end
end
redis.call('RPUSH', KEYS[3], ARGV[7])
redis.call('LTRIM', KEYS[3], -tonumber(ARGV[8]), -1)
"""
    + _FINISH
)

# A whole save (a reset, the first seeding) is written first to staging keys, in
# batches that each take Redis a moment, then swapped in at once by this script.
# KEYS: version, lock, log. ARGV: token, expected version ('' for none), new version,
# key prefix, applied-record key, its time to live (ms), staging prefix, then the
# names of the staged keys (relative to both prefixes). -> 1 saved, 0 lease lost or
# version changed, -1 a staged key is gone (it expired: nothing changed).
_SWAP = (
    _CHECK_LEASE
    + """
for i = 8, #ARGV do
  if redis.call('EXISTS', ARGV[7] .. ARGV[i]) == 0 then return -1 end
end
for _, slot in ipairs(redis.call('HKEYS', p .. 'lots')) do
  redis.call('UNLINK', p .. 'lot:' .. slot)
end
redis.call('UNLINK', p .. 'meta', p .. 'answers', p .. 'lots', KEYS[3])
for i = 8, #ARGV do
  redis.call('RENAME', ARGV[7] .. ARGV[i], p .. ARGV[i])
  redis.call('PERSIST', p .. ARGV[i])
end
"""
    + _FINISH
)

# KEYS: lock. ARGV: token, time to live (ms). -> 1 while the lease is the caller's.
_EXTEND = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
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


_OUTLASTED = (
    "A write outlasted the shared state's lock and was not saved; nothing was changed, retry."
)


def _parts(version: str) -> tuple[str, int]:
    """A version's epoch and sequence number."""
    epoch, seq, _ = version.split(":")
    return epoch, int(seq)


def _pairs(flat: list[Any]) -> dict[str, bytes]:
    return {str(text(flat[i])): flat[i + 1] for i in range(0, len(flat), 2)}


@dataclasses.dataclass
class _Local:
    """This process's copy: the state of `version` and where its entities live."""

    state: State
    version: str
    catalog: Catalog


@dataclasses.dataclass
class _Staged:
    """A whole state written to staging keys, waiting to be swapped in."""

    prefix: str  # `{ns}:staging:{id}:`
    names: dict[str, None]  # the staged keys (in order), relative to both prefixes
    state: State
    catalog: Catalog


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
        self.prefix = f"{namespace}:"
        self.version_key = f"{namespace}:version"
        self.log_key = f"{namespace}:log"
        self.lock_key = f"{namespace}:write-lock"
        self.applied_prefix = f"{namespace}:applied:"
        self._acquire_script = client.register_script(_ACQUIRE)
        self._catch_up_script = client.register_script(_CATCH_UP)
        self._load_head_script = client.register_script(_LOAD_HEAD)
        self._load_page_script = client.register_script(_LOAD_PAGE)
        self._commit_script = client.register_script(_COMMIT)
        self._swap_script = client.register_script(_SWAP)
        self._release_script = client.register_script(_RELEASE)
        self._extend_script = client.register_script(_EXTEND)
        self._resolve_script = client.register_script(_RESOLVE)
        self._writing = threading.Lock()
        self._sync = threading.Lock()
        self._copy = threading.Lock()
        self._local: _Local | None = None
        self.full_loads = 0  # how often the whole state was read (for tests)

    def replica(self) -> RedisStore:
        """Another store on the same keys, with a local copy of its own: what another
        process sees."""
        return RedisStore(self._client, self.namespace, self._initial)

    def drop(self) -> None:
        """Delete every key of the state from Redis (the throttle's and clock's stay)."""
        with _held(self._sync), _held(self._copy), unavailable("dropping the state"):
            slots = self._client.hkeys(self.prefix + LOTS)
            assert isinstance(slots, list)
            keys = [f"{self.prefix}lot:{text(slot)}" for slot in slots]
            keys += [self.prefix + name for name in (META_KEY, ANSWERS, LOTS)]
            self._client.delete(self.version_key, self.log_key, self.lock_key, *keys)
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
            if fetched:
                with _held(self._copy):
                    yield self._present().state
                    return
        # Seeding takes Redis's write lock, so it runs after `_sync` is let go: a
        # writer of this process that holds that lock may be waiting for `_sync`.
        with unavailable("seeding the state"):
            self._seed()
        with _held(self._copy):
            yield self._present().state

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
                    local = self._local
                    assert local is not None or not version
                    state = self._initial() if local is None else local.state
                    index = index_of(state)
                    index.record()
                    answers = len(state.answers)
                    try:
                        yield state
                    except MockError:
                        raise  # raised before any change (the Store contract): the copy is intact
                    except BaseException:
                        self._forget()
                        raise
                    finally:
                        index.stop_recording()
                    try:
                        outcome, saved_as = self._save_write(token, version, state, index, answers)
                    except BaseException:
                        self._forget()  # changed here, not in Redis: read it again
                        raise
                    if outcome is _Outcome.UNKNOWN:
                        self._forget()  # changed here, maybe not in Redis: read it again
        finally:
            if outcome is _Outcome.NOT_SAVED:
                self._unlock(token)
        if outcome is _Outcome.UNKNOWN:
            self._settle(token, saved_as)

    def reset(self, state: State) -> None:
        # Kept, not copied (the `Store` contract): copying 100k answers takes seconds.
        self._replace(state, only_if_empty=False)

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
            with _held(self._copy):
                self._forget()
            return
        stale = self._local is None or self._local.version != version
        if stale and not self._fetch():
            raise ServiceUnavailable("The mock's shared state lost its data; retry.")

    def _fetch(self) -> bool:
        """Bring the local copy to Redis's version: apply what other processes
        changed, or load it whole; False when Redis holds no state. Called holding
        `_sync`."""
        local = self._local
        if local is not None:
            epoch, seq = _parts(local.version)
            reply = self._catch_up_script(
                keys=[self.version_key, self.log_key], args=[self.prefix, epoch, seq]
            )
            version, kind = text(reply[0]) or "", text(reply[1]) if len(reply) > 1 else ""
            if not version:
                with _held(self._copy):
                    self._forget()
                return False
            if kind == "same":
                return True
            if kind == "delta" and self._apply(local, version, reply[2:]):
                return True
        for _ in range(LOAD_TRIES):
            loaded = self._load_whole()
            if loaded is None:
                continue  # written meanwhile: again
            if not loaded:
                with _held(self._copy):
                    self._forget()
                return False
            return True
        raise ServiceUnavailable("The mock's shared state kept changing while it was read; retry.")

    def _load_whole(self) -> bool | None:
        """Load the whole state, page by page: True, False when Redis holds none,
        None when it was written meanwhile."""
        head = self._load_head_script(keys=[self.version_key], args=[self.prefix])
        version = text(head[0]) or ""
        if not version:
            return False
        sizes = {ANSWERS: int(head[2])}
        sizes.update({f"lot:{text(head[i])}": int(head[i + 1]) for i in range(4, len(head), 2)})
        spans: list[tuple[str, int, int]] = []
        for key, size in sizes.items():
            spans += [(key, first, min(PAGE, size - first)) for first in range(0, size, PAGE)]
        values: dict[str, list[bytes]] = {key: [] for key in sizes}
        page: list[tuple[str, int, int]] = []
        for i, span in enumerate(spans):
            page.append(span)
            if sum(count for _, _, count in page) < PAGE and i < len(spans) - 1:
                continue
            args = [self.prefix, *(x for span in page for x in span)]
            reply = self._load_page_script(keys=[self.version_key], args=args)
            if text(reply[0]) != version:
                return None
            at = 1
            for key, _, count in page:
                values[key] += reply[at : at + count]
                at += count
            page = []
        answers = {str(i): value for i, value in enumerate(values.pop(ANSWERS))}
        customers = {
            key[4:]: {str(i): value for i, value in enumerate(found)}
            for key, found in values.items()
        }
        state, catalog = load_state(_pairs(head[1]), answers, _pairs(head[3]), customers)
        self.full_loads += 1
        with _held(self._copy):
            self._keep(_Local(state, version, catalog))
        return True

    def _apply(self, local: _Local, version: str, flat: list[Any]) -> bool:
        """Apply other processes' records to the copy; False when it must be loaded
        whole instead."""
        records: list[Record] = [
            (str(text(flat[i])), str(text(flat[i + 1])), flat[i + 2])
            for i in range(0, len(flat), 3)
        ]
        with _held(self._copy):
            try:
                apply(local.state, local.catalog, records)
            except NeedsFullLoad as reason:
                log.warning("loading the shared state whole: %s", reason)
                self._forget()
                return False
            except BaseException:
                self._forget()
                raise
            local.version = version
            self._keep(local)
        return True

    def _present(self) -> _Local:
        """The local copy, which a block is about to read (called holding `_copy`)."""
        if self._local is None:
            raise ServiceUnavailable("The mock's shared state changed while it was read; retry.")
        return self._local

    def _seed(self) -> None:
        """Redis holds no state: save the initial one (unless another process or
        thread just did). Never called holding a local lock."""
        self._replace(self._initial(), only_if_empty=True)

    def _replace(self, state: State, *, only_if_empty: bool) -> None:
        """Save `state` whole under a new epoch (`only_if_empty`: unless Redis holds a
        state by the time the lock is taken; that one is loaded instead).

        Locks in the order writes do: Redis's write lock, then `_sync` (while the
        state is staged: readers of the current version never wait for it), then
        `_copy` for the swap. The records are encoded before the lock: that takes
        seconds on a large state, longer than the lease.
        """
        encoded = all_records(state)
        with unavailable("locking the state"):
            token, version = self._lock()
        outcome, saved_as = _Outcome.NOT_SAVED, ""
        try:
            with _held(self._sync):
                if only_if_empty:
                    with unavailable("loading the state"):
                        self._at(version)
                    if version:
                        return  # another process or thread seeded it meanwhile
                with unavailable("saving the state"):
                    staged = self._stage(state, encoded, token)
                with _held(self._copy):
                    outcome, saved_as = self._save_whole(token, version, staged)
                    if outcome is _Outcome.UNKNOWN:
                        self._forget()
        finally:
            if outcome is _Outcome.NOT_SAVED:
                self._unlock(token)
        if outcome is _Outcome.UNKNOWN:
            self._settle(token, saved_as)

    def _keep(self, local: _Local) -> None:
        self._local = local
        view = current_view()
        if view is not None:
            view.versions[self.version_key] = local.version  # this request's own view

    def _forget(self) -> None:
        self._local = None

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

    def _save_write(
        self, token: str, expected: str, state: State, index: StateIndex, answers: int
    ) -> tuple[_Outcome, str]:
        """Save what a write changed: the fields `index` noted (the state had
        `answers` answers before), or, when the write changed the state behind the
        index (or Redis held no state), the whole state."""
        local, changes = self._local, index.last_changes
        noted = (
            local is not None
            and changes is not None
            and changes.complete
            and index.answer_count == len(state.answers)
            and index.lot_count == len(state.lots)
            and index_of(state) is index  # not dropped, nor rebuilt
        )
        if local is None or changes is None or not noted:
            if local is not None:
                log.info("a write changed the shared state behind its index: saving it whole")
            with unavailable("saving the state"):
                staged = self._stage(state, all_records(state), token)
            return self._save_whole(token, expected, staged)
        records = changed_records(state, local.catalog, changes, answers)
        return self._save(token, expected, state, records)

    def _save(
        self, token: str, expected: str, state: State, records: list[Record]
    ) -> tuple[_Outcome, str]:
        """Save a write's records as the next version (one log entry) and unlock.

        Under the lock the local copy is the state of `expected` (`_at`): a write
        that changed nothing only unlocks, keeping the version (no process has to
        read anything again).
        """
        assert self._local is not None
        if not records:
            return _Outcome.NOT_SAVED, ""
        epoch, seq = _parts(expected)
        version = f"{epoch}:{seq + 1}:{secrets.token_hex(4)}"
        entry = orjson.dumps([x for key, field, _ in records for x in (key, field)])
        outcome = self._commit(token, expected, version, records, entry)
        if outcome is _Outcome.SAVED:
            self._keep(_Local(state, version, self._local.catalog))
        return outcome, version

    def _stage(self, state: State, encoded: tuple[list[Record], Catalog], token: str) -> _Staged:
        """Write `state`'s records (`encoded`) to new staging keys, in batches of
        about `STAGE_BYTES` (each a moment's work for Redis, well within the socket
        timeout), renewing the write lock's lease (`token`) after each batch. A
        staging that fails is deleted; one never swapped in (`_save_whole`) expires."""
        records, catalog = encoded
        staged = _Staged(f"{self.prefix}staging:{secrets.token_hex(6)}:", {}, state, catalog)
        batch: dict[str, dict[str, bytes]] = {}
        size = 0
        try:
            for key, field, payload in records:
                assert payload is not None  # a whole state sets fields, never deletes them
                batch.setdefault(key, {})[field] = payload
                size += len(payload) + len(field)
                if size >= STAGE_BYTES:
                    self._stage_batch(staged, batch, token)
                    batch, size = {}, 0
            if batch:
                self._stage_batch(staged, batch, token)
        except BaseException:
            self._discard(staged)
            raise
        return staged

    def _stage_batch(self, staged: _Staged, batch: dict[str, dict[str, bytes]], token: str) -> None:
        staged.names.update(dict.fromkeys(batch))
        pipe = self._client.pipeline(transaction=False)
        for key, fields in batch.items():
            pipe.hset(staged.prefix + key, mapping=fields)
            pipe.pexpire(staged.prefix + key, STAGING_TTL_MS)
        pipe.execute()
        if not self._extend_script(keys=[self.lock_key], args=[token, int(self._lock_ttl * 1000)]):
            raise ServiceUnavailable(_OUTLASTED)

    def _discard(self, staged: _Staged) -> None:
        """Delete staged keys that were not swapped in (else they expire by themselves)."""
        if staged.names:
            with contextlib.suppress(redis.RedisError):
                self._client.unlink(*(staged.prefix + name for name in staged.names))

    def _save_whole(self, token: str, expected: str, staged: _Staged) -> tuple[_Outcome, str]:
        """Swap the staged state in, replacing the whole state under a new epoch, and
        unlock: SAVED, or UNKNOWN when Redis did not answer (`_settle`); 503 when the
        lease was lost or the staged keys expired."""
        version = f"{secrets.token_hex(6)}:0:{secrets.token_hex(4)}"
        done = self._run_save(
            self._swap_script, token, expected, version, [staged.prefix, *staged.names]
        )
        if done is None:
            return _Outcome.UNKNOWN, version
        if done != 1:
            self._discard(staged)
            self._forget()
            raise ServiceUnavailable(
                _OUTLASTED
                if done == 0
                else "The state to save expired before it was saved; nothing was changed, retry."
            )
        self._keep(_Local(staged.state, version, staged.catalog))
        return _Outcome.SAVED, version

    def _commit(
        self, token: str, expected: str, version: str, records: list[Record], entry: bytes
    ) -> _Outcome:
        """Run the save script: SAVED, or UNKNOWN when Redis did not answer (the save
        may still run: `_settle`); 503 when the lease was lost."""
        tail: list[str | bytes | int] = [entry, LOG_KEEP]
        size = 0
        for key, field, payload in records:
            tail += ["D", key, field] if payload is None else ["S", key, field, payload]
            size += len(payload or b"")
        lease = None
        if size > WHOLE_SAVE_BYTES:  # it outlasts the usual lease: lengthen it in proportion
            lease = int(self._lock_ttl * 1000 * (1 + size / WHOLE_SAVE_BYTES))
        saved = self._run_save(self._commit_script, token, expected, version, tail, lease=lease)
        if saved is None:
            return _Outcome.UNKNOWN
        if not saved:
            self._forget()
            raise ServiceUnavailable(_OUTLASTED)
        return _Outcome.SAVED

    def _run_save(
        self,
        script: Script,
        token: str,
        expected: str,
        version: str,
        tail: list[str | bytes | int],
        *,
        lease: int | None = None,
    ) -> Any:
        """Run a save script (`_COMMIT` or `_SWAP`: the same keys and first six
        arguments, those `_CHECK_LEASE` and `_FINISH` read, then `tail`), first
        lengthening the lease to `lease` ms while it is still this writer's. Its
        reply, or None when Redis did not answer (the save may still run)."""
        keys = [self.version_key, self.lock_key, self.log_key]
        head = [token, expected, version, self.prefix, self.applied_prefix + version]
        try:
            if lease is not None:
                self._extend_script(keys=[self.lock_key], args=[token, lease])
            return script(keys=keys, args=[*head, APPLIED_TTL_MS, *tail])
        except redis.RedisError as error:
            log.warning("a save got no answer (%s: %s); resolving it", type(error).__name__, error)
            return None

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
