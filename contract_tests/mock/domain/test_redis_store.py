"""The Redis store on its own: what it saves, what it never saves, and its lock.

Two `RedisStore`s on the same keys stand for two processes (workers or replicas).
The domain rules themselves run on this store through `mock_domain`'s parametrized
`store` fixture.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import pytest
import redis

from contract_tests.stores import NEEDS_REDIS, fresh_namespace
from tracksale_mock.errors import InvalidRequest
from tracksale_mock.shared.connection import ServiceUnavailable
from tracksale_mock.shared.store import CHUNK, RedisStore, chunks_of, decode_chunks
from tracksale_mock.state.index import index_of
from tracksale_mock.state.model import Answer, State, Tag
from tracksale_mock.state.store import Store

pytestmark = NEEDS_REDIS


@pytest.fixture
def shared(redis_client: redis.Redis, seed_state: State) -> Iterator[RedisStore]:
    """A Redis store holding the seed, in a namespace of its own."""
    store = RedisStore(redis_client, fresh_namespace("store"))
    store.reset(seed_state)
    yield store
    store.drop()


def test_the_saved_chunks_read_back_equal(seed_state: State) -> None:
    chunks = chunks_of(seed_state)
    assert b"".join(chunks.values()).count(b"{") > 1000
    assert decode_chunks(chunks) == seed_state
    assert decode_chunks(chunks_of(State())) == State()
    assert json.loads(chunks["answers.0"]) == seed_state.to_json()["answers"][:CHUNK]


def test_json_of_another_mock_version_is_read_strictly(seed_state: State) -> None:
    # Members left out (as an older mock without them would write) take their
    # defaults; members this mock does not know are refused.
    lean = seed_state.to_json(omit_defaults=True)
    chunks = {"answers.0": json.dumps(lean["answers"][:3]).encode()}
    assert decode_chunks(chunks).answers == seed_state.answers[:3]
    lean["answers"][0]["mood"] = "happy"
    chunks = {"answers.0": json.dumps(lean["answers"][:3]).encode()}
    with pytest.raises(ValueError, match="unknown keys"):
        decode_chunks(chunks)


def test_a_redis_store_is_a_store(shared: RedisStore, seed_state: State) -> None:
    store: Store = shared
    assert store.snapshot() == seed_state.to_json()


def test_a_write_is_seen_by_another_process(shared: RedisStore) -> None:
    other = shared.replica()
    with other.read() as state:
        count = len(state.answers)
    with shared.write() as state:
        state.answers.pop()
    with other.read() as state:
        assert len(state.answers) == count - 1


def test_a_failing_write_saves_nothing(shared: RedisStore, seed_state: State) -> None:
    other = shared.replica()
    with pytest.raises(RuntimeError), shared.write() as state:
        state.answers.clear()
        state.counters.next_answer_id += 10
        raise RuntimeError("a bug half-way through")
    assert other.snapshot() == seed_state.to_json()
    # The writer's own copy was dropped and is read again from Redis.
    assert shared.snapshot() == seed_state.to_json()


def test_a_refused_request_saves_nothing_and_keeps_the_lock_free(shared: RedisStore) -> None:
    before = shared.replica().snapshot()
    with pytest.raises(InvalidRequest), shared.write():
        raise InvalidRequest("checked before any change")
    assert shared.replica().snapshot() == before
    with shared.write() as state:  # not left locked
        state.counters.next_lot_number += 1


def test_concurrent_writes_of_several_processes_are_serialized(
    redis_client: redis.Redis,
) -> None:
    first = RedisStore(redis_client, fresh_namespace("serial"))
    first.reset(State())
    stores = [first, first.replica(), first.replica()]

    def bump(store: RedisStore) -> None:
        for _ in range(20):
            with store.write() as state:
                state.answers.append(Answer(state.counters.next_answer_id, 1, 0, "API", "x"))
                state.counters.next_answer_id += 1

    threads = [threading.Thread(target=bump, args=(stores[i % 3],)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with first.replica().read() as state:
        assert [a.id for a in state.answers] == list(range(1, 121))


def test_a_write_that_outlives_its_lock_is_not_saved(redis_client: redis.Redis) -> None:
    slow = RedisStore(redis_client, fresh_namespace("expiry"), lock_ttl=0.1)
    slow.reset(State())
    fast = slow.replica()
    with pytest.raises(ServiceUnavailable, match="outlasted"), slow.write() as state:
        state.answers.append(Answer(1, 1, 0, "API", "slow"))
        time.sleep(0.3)  # the lock expires; another process writes meanwhile
        with fast.write() as other:
            other.answers.append(Answer(2, 1, 0, "API", "fast"))
    with slow.read() as state:
        assert [a.name for a in state.answers] == ["fast"]


def test_a_lock_held_too_long_answers_unavailable(shared: RedisStore) -> None:
    impatient = RedisStore(shared._client, shared.namespace, lock_wait=0.2)
    shared._client.set(shared.lock_key, "someone else", px=5_000)
    started = time.monotonic()
    with pytest.raises(ServiceUnavailable, match="locked"), impatient.write():
        pass
    assert time.monotonic() - started < 2


def test_an_empty_redis_is_seeded_once(redis_client: redis.Redis, seed_state: State) -> None:
    calls: list[int] = []

    def initial() -> State:
        calls.append(1)
        return seed_state.clone()

    namespace = fresh_namespace("seeding")
    stores = [RedisStore(redis_client, namespace, initial) for _ in range(3)]
    for store in stores:
        assert store.snapshot() == seed_state.to_json()
    assert calls == [1]
    # Redis restarted without persistence: the next access seeds it again.
    redis_client.flushdb()
    with stores[1].write() as state:
        state.answers[0].tags.append(Tag("Nova", "sim"))
    assert calls == [1, 1]
    assert stores[2].snapshot()["answers"][0]["tags"][-1] == {"name": "Nova", "value": "sim"}


def test_indexes_follow_other_processes_writes(shared: RedisStore) -> None:
    other = shared.replica()
    with shared.read() as state:
        before = index_of(state)
        newest = before.newest(0, 2**40, None, 1)[0]
    with other.write() as state:
        state.answers[:] = [a for a in state.answers if a.id != newest.id]
    with shared.read() as state:
        after = index_of(state)
        assert after is not before
        assert after.newest(0, 2**40, None, 1)[0].id != newest.id
    with shared.write() as state:
        assert index_of(state) is after  # kept across this process's own writes


def test_a_write_that_changes_nothing_keeps_the_version(
    shared: RedisStore, redis_client: redis.Redis
) -> None:
    with shared.read():
        pass
    version = redis_client.get(shared.version_key)
    with shared.write() as state:
        state.counters.next_lot_number += 0
    assert redis_client.get(shared.version_key) == version
    assert redis_client.get(shared.lock_key) is None
    with shared.write() as state:
        state.counters.next_lot_number += 1
    assert redis_client.get(shared.version_key) != version


def tokens(client: redis.Redis, store: RedisStore) -> dict[str, str]:
    """Each chunk's token, by chunk name."""
    found = client.hgetall(store.chunks_key)
    assert isinstance(found, dict)
    return {name.decode(): token.decode() for name, token in found.items()}


def test_only_the_chunks_that_change_are_saved(
    redis_client: redis.Redis, seed_state: State
) -> None:
    store = RedisStore(redis_client, fresh_namespace("chunks"))
    store.reset(seed_state)
    other = store.replica()
    assert other.snapshot() == seed_state.to_json()
    last = f"answers.{(len(seed_state.answers) - 1) // CHUNK}"
    before = tokens(redis_client, store)
    with store.write() as state:
        state.answers[-1].tags.append(Tag("Nova", "sim"))
    after = tokens(redis_client, store)
    assert {name for name in after if before.get(name) != after[name]} == {last}
    assert other.snapshot() == store.snapshot()
    # Fewer items, fewer chunks: the ones past the end are dropped.
    with store.write() as state:
        del state.answers[CHUNK + 1 :]
        state.lots.clear()
    names = set(tokens(redis_client, store))
    assert {n for n in names if n.startswith(("answers", "lots"))} == {"answers.0", "answers.1"}
    assert other.snapshot() == store.snapshot()
    with other.read() as state:
        assert len(state.answers) == CHUNK + 1 and not state.lots
    store.drop()
    assert not redis_client.keys(f"{store.namespace}:chunk*")


def test_a_write_whose_save_fails_is_not_seen_afterwards(
    shared: RedisStore, seed_state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: object) -> None:
        raise redis.ConnectionError("Redis went away while saving")

    with shared.read():
        pass
    monkeypatch.setattr(shared, "_commit_script", broken)
    with pytest.raises(ServiceUnavailable, match="saving"), shared.write() as state:
        state.answers.clear()
    monkeypatch.undo()
    assert shared.snapshot() == seed_state.to_json()
