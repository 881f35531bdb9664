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
from typing import Any

import pytest
import redis

from contract_tests.mock.domain.index_view import index_view
from contract_tests.stores import NEEDS_REDIS, fresh_namespace
from tracksale_mock.errors import InvalidRequest
from tracksale_mock.shared.connection import ServiceUnavailable
from tracksale_mock.shared.entities import all_records, load_state
from tracksale_mock.shared.store import RedisStore
from tracksale_mock.state.index import StateIndex, forget_index, index_of
from tracksale_mock.state.model import Answer, Lot, LotCustomer, State, Tag
from tracksale_mock.state.store import Store

pytestmark = NEEDS_REDIS


@pytest.fixture
def shared(redis_client: redis.Redis, seed_state: State) -> Iterator[RedisStore]:
    """A Redis store holding the seed, in a namespace of its own."""
    store = RedisStore(redis_client, fresh_namespace("store"))
    store.reset(seed_state.clone())
    yield store
    store.drop()


def _hashes(state: State) -> tuple[dict[str, dict[str, bytes]], dict[str, dict[str, bytes]]]:
    """`state`'s records as Redis holds them: (meta, answers and lots) and each lot's
    customers, by hash and field."""
    hashes: dict[str, dict[str, bytes]] = {"meta": {}, "answers": {}, "lots": {}}
    customers: dict[str, dict[str, bytes]] = {}
    for key, field, payload in all_records(state)[0]:
        assert payload is not None
        if key.startswith("lot:"):
            customers.setdefault(key[4:], {})[field] = payload
        else:
            hashes[key][field] = payload
    return hashes, customers


def test_the_saved_records_read_back_equal(seed_state: State) -> None:
    hashes, customers = _hashes(seed_state)
    assert len(hashes["answers"]) == len(seed_state.answers) > 100
    state, catalog = load_state(hashes["meta"], hashes["answers"], hashes["lots"], customers)
    assert state == seed_state
    assert [catalog.lots[slot].code for slot in sorted(catalog.lots)] == [
        lot.code for lot in seed_state.lots
    ]
    assert json.loads(hashes["answers"]["0"]) == seed_state.to_json()["answers"][0]
    empty, _ = _hashes(State())
    assert load_state(empty["meta"], {}, {}, {})[0] == State()


def test_json_of_another_mock_version_is_read_strictly(seed_state: State) -> None:
    # Members left out (as an older mock without them would write) take their
    # defaults; members this mock does not know are refused.
    lean = seed_state.to_json(omit_defaults=True)["answers"][:3]
    answers = {str(i): json.dumps(a).encode() for i, a in enumerate(lean)}
    assert load_state({}, answers, {}, {})[0].answers == seed_state.answers[:3]
    lean[0]["mood"] = "happy"
    answers = {str(i): json.dumps(a).encode() for i, a in enumerate(lean)}
    with pytest.raises(ValueError, match="unknown keys"):
        load_state({}, answers, {}, {})


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
                index = index_of(state)
                index.add_answer(Answer(index.take_answer_id(), 1, 0, "API", "x"))

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
        index_of(state).add_answer(Answer(1, 1, 0, "API", "slow"))
        time.sleep(0.3)  # the lock expires; another process writes meanwhile
        with fast.write() as other:
            index_of(other).add_answer(Answer(2, 1, 0, "API", "fast"))
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
        index_of(state).changed_answer(state.answers[0])
    assert calls == [1, 1]
    assert stores[2].snapshot()["answers"][0]["tags"][-1] == {"name": "Nova", "value": "sim"}


def test_a_reader_seeding_does_not_block_a_writer_of_its_own_process(
    redis_client: redis.Redis, seed_state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redis is empty (it restarted): a writer holds Redis's write lock when a reader
    of the same process finds nothing and seeds. The reader waits for the lock; the
    writer must not wait for the reader (which would hold it up a whole
    `LOCAL_WAIT`, then 503 it)."""
    store = RedisStore(redis_client, fresh_namespace("seedrace"), seed_state.clone)
    real_lock = store._lock
    writer_locked, go = threading.Event(), threading.Event()

    def lock_then_pause() -> tuple[str, str]:
        taken = real_lock()
        if threading.current_thread().name == "writer":
            writer_locked.set()
            go.wait(5)
        return taken

    monkeypatch.setattr(store, "_lock", lock_then_pause)
    outcome: dict[str, object] = {}

    def write() -> None:
        try:
            with store.write() as state:
                state.counters.next_answer_id += 1000
            outcome["writer"] = "saved"
        except ServiceUnavailable as error:
            outcome["writer"] = str(error)

    def read() -> None:
        with store.read() as state:
            outcome["reader"] = state.counters.next_answer_id

    writer = threading.Thread(target=write, name="writer")
    writer.start()
    assert writer_locked.wait(5)
    reader = threading.Thread(target=read, name="reader")
    started = time.monotonic()
    reader.start()
    time.sleep(0.2)  # the reader found nothing and waits for Redis's lock
    go.set()
    writer.join(5)
    reader.join(5)
    assert outcome["writer"] == "saved"
    assert time.monotonic() - started < 1.0
    # The writer wrote on the initial state; the reader, once it had the lock, read that.
    assert outcome["reader"] == seed_state.counters.next_answer_id + 1000
    store.drop()


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


def test_a_write_behind_the_index_is_saved_whole(shared: RedisStore) -> None:
    other = shared.replica()
    with other.read():
        pass
    with shared.write() as state:
        state.answers[0].tags.append(Tag("Nova", "sim"))
        forget_index(state)
    assert other.snapshot() == shared.snapshot()
    assert other.full_loads == 2  # a new epoch: loaded whole


def _spread(state: State, copies: int) -> State:
    """`state` with its answers `copies` times (fresh ids)."""
    grown = state.clone()
    for _ in range(copies - 1):
        for answer in state.answers:
            twin = Answer(**{**answer.__dict__, "id": grown.counters.next_answer_id})
            grown.counters.next_answer_id += 1
            grown.answers.append(twin)
    return grown


def _write_every_way(store: RedisStore, step: int) -> None:
    """One write through each of the index's write methods."""
    with store.write() as state:
        index = index_of(state)
        index.add_answer(Answer(index.take_answer_id(), 1201, 1_700_000_000 + step, "API", "n"))
        index.changed_answer(state.answers[step])
        state.answers[step].tags.append(Tag("Passo", str(step)))
    with store.write() as state:
        index = index_of(state)
        lot = Lot(index.take_lot_code(lambda n: f"LOTE{n}"), 1201, 1_700_000_000, "draft", "email")
        index.add_lot(lot)
        for i in range(3):
            index.add_customer(lot, LotCustomer(name="c", email=f"c{step}.{i}@example.com"))
    with store.write() as state:
        index = index_of(state)
        index.send_lot(lot, "executed", 1_700_000_100 + step)
    with store.write() as state:
        index = index_of(state)
        sent = index.lot(lot.code)
        assert sent is not None
        index.answered(sent, sent.customers[1])
    with store.write() as state:
        index = index_of(state)
        draft = Lot(index.take_lot_code(lambda n: f"LOTE{n}"), 1201, 1, "draft", "email")
        index.add_lot(draft)
        index.add_customer(draft, LotCustomer(name="d", email=f"d{step}@example.com"))
    with store.write() as state:
        index = index_of(state)
        gone = index.lot(draft.code)
        assert gone is not None
        index.remove_draft(gone)


def test_another_process_follows_writes_without_reloading(shared: RedisStore) -> None:
    other = shared.replica()
    with other.read() as state:
        index = index_of(state)
    for step in range(3):
        _write_every_way(shared, step)
        with other.read() as state:
            assert index_of(state) is index  # kept, brought up to date by the records
            followed = state.to_json(), index_view(index, state)
    assert other.full_loads == 1
    with shared.replica().read() as fresh:
        assert followed == (fresh.to_json(), index_view(StateIndex(fresh), fresh))


def test_a_process_too_far_behind_loads_the_state_whole(
    shared: RedisStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tracksale_mock.shared.store.LOG_KEEP", 2)
    other = shared.replica()
    with other.read():
        pass
    _write_every_way(shared, 0)  # six writes: the log keeps two
    assert other.snapshot() == shared.snapshot()
    assert other.full_loads == 2


def _traffic(client: redis.Redis) -> int:
    stats = client.info("stats")
    assert isinstance(stats, dict)
    return int(stats["total_net_input_bytes"]) + int(stats["total_net_output_bytes"])


def test_a_writes_redis_traffic_does_not_grow_with_the_state(
    redis_client: redis.Redis, seed_state: State
) -> None:
    """One write and another process following it, on a state and on one ten times
    larger: the bytes Redis receives and sends are the same."""
    measured = []
    for copies in (1, 10):
        store = RedisStore(redis_client, fresh_namespace("traffic"))
        store.reset(_spread(seed_state, copies))
        other = store.replica()
        other.snapshot()
        before = _traffic(redis_client)
        _write_every_way(store, 5)
        other.snapshot()
        measured.append(_traffic(redis_client) - before)
        assert other.full_loads == 1
        store.drop()
    small, large = measured
    assert len(seed_state.answers) > 200
    assert large < small * 1.2, measured


def test_a_write_whose_save_fails_is_not_seen_afterwards(
    shared: RedisStore, seed_state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: object) -> None:
        raise redis.ConnectionError("Redis went away while saving")

    with shared.read():
        pass
    # Both save scripts: the one for what a write changed and the whole-state swap
    # (clearing the answers by hand is a change behind the index: saved whole).
    monkeypatch.setattr(shared, "_commit_script", broken)
    monkeypatch.setattr(shared, "_swap_script", broken)
    with pytest.raises(ServiceUnavailable, match="saving"), shared.write() as state:
        state.answers.clear()
    monkeypatch.undo()
    assert shared.snapshot() == seed_state.to_json()


def _staging_keys(store: RedisStore) -> list[bytes]:
    return list(store._client.scan_iter(match=f"{store.prefix}staging:*", count=1_000))


def test_a_whole_save_is_staged_in_batches_and_swapped_in(
    redis_client: redis.Redis, seed_state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reset writes its records in batches (here of about 10 kB, so the seed takes
    dozens), touching nothing live; the swap replaces the state at once and leaves
    no staging key behind."""
    monkeypatch.setattr("tracksale_mock.shared.store.STAGE_BYTES", 10_000)
    store = RedisStore(redis_client, fresh_namespace("staged"))
    other = store.replica()
    batches: list[int] = []
    real_batch = store._stage_batch

    def counted(staged: Any, batch: dict[str, dict[str, bytes]], token: str) -> None:
        batches.append(sum(len(fields) for fields in batch.values()))
        real_batch(staged, batch, token)
        if len(batches) == 10:  # halfway: what other processes read is still the old state
            assert other.snapshot() == State().to_json()

    monkeypatch.setattr(store, "_stage_batch", counted)
    store.reset(State())
    assert other.snapshot() == State().to_json()
    batches.clear()
    store.reset(seed_state.clone())
    assert len(batches) > 20
    assert sum(batches) == len(all_records(seed_state)[0])
    assert other.snapshot() == seed_state.to_json()
    assert _staging_keys(store) == []
    store.drop()


def test_a_whole_save_whose_staging_expired_changes_nothing(
    shared: RedisStore, seed_state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staged keys that expired before the swap (a very long wait for the lock): 503,
    the state stays as it was, and the lock is free for the next write."""
    real_stage = shared._stage

    def staged_then_expired(state: State, encoded: Any, token: str) -> object:
        staged = real_stage(state, encoded, token)
        shared._client.delete(staged.prefix + list(staged.names)[-1])
        return staged

    monkeypatch.setattr(shared, "_stage", staged_then_expired)
    with pytest.raises(ServiceUnavailable, match="expired"):
        shared.reset(State())
    monkeypatch.undo()
    assert shared.replica().snapshot() == seed_state.to_json()
    assert _staging_keys(shared) == []
    with shared.write() as state:
        index_of(state).add_answer(Answer(index_of(state).take_answer_id(), 1201, 0, "API", "x"))


def test_a_whole_save_that_cannot_lock_leaves_nothing_staged(shared: RedisStore) -> None:
    impatient = RedisStore(shared._client, shared.namespace, lock_wait=0.2)
    shared._client.set(shared.lock_key, "someone else", px=5_000)
    with pytest.raises(ServiceUnavailable, match="locked"):
        impatient.reset(State())
    assert _staging_keys(shared) == []
    shared._client.delete(shared.lock_key)


def test_a_large_seed_is_encoded_before_the_lock_is_taken(
    redis_client: redis.Redis, seed_state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Encoding a large state takes longer than the write lock's lease (seconds at
    100k answers): a seeding or reset encodes before it locks, so it still saves."""
    real_all_records = all_records

    def slow_all_records(state: State) -> Any:
        time.sleep(0.6)  # three leases of the store below
        return real_all_records(state)

    monkeypatch.setattr("tracksale_mock.shared.store.all_records", slow_all_records)
    store = RedisStore(redis_client, fresh_namespace("slowseed"), seed_state.clone, lock_ttl=0.2)
    assert store.snapshot() == seed_state.to_json()
    store.reset(State())
    assert store.replica().snapshot() == State().to_json()
    store.drop()


def test_a_staging_that_loses_its_lease_is_deleted(
    shared: RedisStore, seed_state: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lease is lost halfway through staging (another process broke it): 503,
    nothing changed, and the keys staged so far are deleted at once."""
    monkeypatch.setattr("tracksale_mock.shared.store.STAGE_BYTES", 10_000)
    real_batch = shared._stage_batch
    batches: list[int] = []

    def then_lost(staged: Any, batch: dict[str, dict[str, bytes]], token: str) -> None:
        batches.append(1)
        if len(batches) == 5:
            shared._client.delete(shared.lock_key)
        real_batch(staged, batch, token)

    monkeypatch.setattr(shared, "_stage_batch", then_lost)
    with pytest.raises(ServiceUnavailable, match="outlasted"):
        shared.reset(_spread(seed_state, 2))
    assert len(batches) == 5
    assert _staging_keys(shared) == []
    assert shared.replica().snapshot() == seed_state.to_json()
