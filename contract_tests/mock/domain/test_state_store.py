"""State's JSON form and the memory store: ownership, exclusive writes, checked failures."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tracksale_mock.state.model import Answer, State, Tag
from tracksale_mock.state.store import FailedWriteChangedState, MemoryStore, Store


def test_json_round_trip_is_lossless(seed_state: State) -> None:
    assert State.from_json(seed_state.to_json()) == seed_state
    assert State.from_json(seed_state.to_json(omit_defaults=True)) == seed_state


def test_clone_is_deep_and_equal(seed_state: State) -> None:
    copy = seed_state.clone()
    assert copy == seed_state
    copy.answers[0].tags.append(Tag("Extra", "x"))
    copy.lots[0].customers[0].has_answered = not copy.lots[0].customers[0].has_answered
    assert copy != seed_state
    assert not any(t.name == "Extra" for t in seed_state.answers[0].tags)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(surprise=1), "unknown keys"),
        (lambda d: d["answers"][0].update(time="yesterday"), "expected int"),
        (lambda d: d["answers"][0].update(campaign_code=999_999), "unknown campaign"),
        (lambda d: d["answers"][0].update(status_id=4242), "unknown status"),
        (lambda d: d["answers"][0].update(category_ids=[4242]), "unknown categories"),
        (lambda d: d["lots"][0].update(status="lost"), "is not one of"),
        (lambda d: d["lots"].append(dict(d["lots"][0])), "duplicate lot code"),
        (lambda d: d["campaigns"][0]["questions"].reverse(), "must start with its NPS"),
        (lambda d: d["counters"].update(next_answer_id=1), "next_answer_id"),
        (lambda d: d["campaigns"][0].pop("name"), "missing key 'name'"),
    ],
)
def test_from_json_refuses_malformed_states(seed_state: State, mutate: Any, message: str) -> None:
    data = seed_state.to_json()
    mutate(data)
    with pytest.raises(ValueError, match=message):
        State.from_json(data)


def test_memory_store_is_a_store() -> None:
    store: Store = MemoryStore()
    assert store.snapshot() == State().to_json()


def test_a_write_that_raises_before_changing_leaves_nothing(seed_state: State) -> None:
    store = MemoryStore(seed_state.clone())
    before = store.snapshot()
    with pytest.raises(RuntimeError), store.write() as state:
        if state.answers:
            raise RuntimeError("refused")
        state.answers.clear()
    assert store.snapshot() == before


def test_a_checked_store_reports_a_write_that_raises_after_a_change(seed_state: State) -> None:
    store = MemoryStore(seed_state.clone(), check_failed_writes=True)
    with pytest.raises(FailedWriteChangedState) as caught, store.write() as state:
        state.counters.next_answer_id += 10
        raise RuntimeError("boom")
    assert isinstance(caught.value.__cause__, RuntimeError)
    with pytest.raises(RuntimeError), store.write():
        raise RuntimeError("refused before any change")


def test_a_successful_write_is_kept_and_the_given_state_is_not_changed(
    seed_state: State,
) -> None:
    store = MemoryStore(seed_state.clone())
    with store.write() as state:
        state.answers.pop()
    with store.read() as new:
        assert len(new.answers) == len(seed_state.answers) - 1
    assert store.snapshot() != seed_state.to_json()


def test_reset_keeps_the_state_given_and_snapshot_is_a_copy(seed_state: State) -> None:
    store = MemoryStore()
    given = seed_state.clone()
    store.reset(given)
    with store.read() as state:
        assert state is given  # not copied: a million-answer seed copies in seconds
    snapshot = store.snapshot()
    snapshot["answers"].clear()
    assert store.snapshot()["answers"]
    with store.write() as state:
        state.answers.clear()
    assert seed_state.answers


def test_concurrent_writes_are_serialized() -> None:
    store = MemoryStore(State())

    def bump() -> None:
        for _ in range(25):
            with store.write() as state:
                state.answers.append(Answer(state.counters.next_answer_id, 1, 0, "API", "x"))
                state.counters.next_answer_id += 1

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with store.read() as state:
        assert [a.id for a in state.answers] == list(range(1, 101))
