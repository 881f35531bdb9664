"""Bad input: only MockError comes out, and a refused request changes nothing.

Every member of valid request bodies (and the bodies themselves) is replaced in turn
by values of the wrong type or shape. The sweep runs on the seed trimmed to a few
lots and answers, so that its many writes stay fast.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contract_tests.mock.domain.conftest import NOW
from tracksale_mock.domain.operations import Operations
from tracksale_mock.errors import MockError
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.model import State
from tracksale_mock.state.store import MemoryStore

GARBAGE: list[Any] = [None, "x", -1, 2.5, True, [], {}, [{}]]
CUSTOMER = {
    "name": "Ana",
    "email": "ana@example.com",
    "phone": "5511988887777",
    "identification": "ANA-1",
    "tags": [{"name": "Loja", "value": "Centro"}],
    "finish_time": NOW,
}
TAGS = [{"name": "Origem", "value": "API"}]


@pytest.fixture
def small_store(seed_state: State) -> MemoryStore:
    state = seed_state.clone()
    kept = [lot for lot in state.lots if lot.status == "draft"]
    kept += [next(lot for lot in state.lots if lot.status == "executed")]
    for lot in kept:
        del lot.customers[3:]
    state.lots = kept
    state.answers = [a for a in state.answers if a.lot_code is None][:6]
    return MemoryStore(state, check_failed_writes=True)


def calls(state: State) -> list[tuple[str, dict[str, Any], Callable[..., Any]]]:
    draft = next(lot.code for lot in state.lots if lot.status == "draft")
    answer = state.answers[0]
    who = {"email": answer.email or "", "campaign_code": str(answer.campaign_code)}
    days = {"start_date": "2020-01-01", "end_date": "2030-01-01"}

    def op(name: str, **fixed: Any) -> Callable[..., Any]:
        return lambda ops, body: getattr(ops, name)(body=body, **fixed)

    return [
        ("can", {"email": "a@example.com", "identification": "X"},
         op("check_can_impact", campaign_code=1201)),
        ("links", {"customers": [CUSTOMER]}, op("create_survey_links", campaign_code=1201)),
        ("dispatch", {"customers": [CUSTOMER], "schedule_time": NOW},
         op("dispatch_customers", campaign_code=1201, get_not_inserted="1")),
        ("send", {"time": 0}, op("send_dispatch_lot", campaign_code=1201, dispatch_code=draft)),
        ("answer", {"campaign_code": "1201", "answers": [{**CUSTOMER, "score": 9,
                    "justification": "j", "create_time": NOW}]},
         op("insert_answer", return_answer_id="1")),
        ("answers", {"campaign_code": "1204", "data": [{**CUSTOMER, "create_time": NOW,
                     "answers": [{"question_id": 801, "score": "9", "justification": "j"}]}]},
         op("insert_answers")),
        ("note-id", {"comment": "c", "answer_id": answer.id}, op("insert_note")),
        ("note-filter", {"comment": "c", "filter": {**who, **days}}, op("insert_note")),
        ("tags-id", {"answer_id": answer.id, "tags": TAGS}, op("fill_empty_tags")),
        ("tags-customer", {"campaign_code": who["campaign_code"], "customer": who, "tags": TAGS},
         op("fill_empty_tags")),
    ]  # fmt: skip


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, member in value.items():
            yield from paths(member, (*prefix, key))
    elif isinstance(value, list):
        for index, member in enumerate(value):
            yield from paths(member, (*prefix, index))


def replaced(body: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copied = copy.deepcopy(body)
    target = copied
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copied


def test_valid_bodies_work(small_store: MemoryStore) -> None:
    ops = Operations(small_store, MockClock(start=NOW))
    with small_store.read() as state:
        cases = calls(state)
    for name, body, call in cases:
        assert call(ops, copy.deepcopy(body)), name


def test_wrong_values_only_raise_mock_errors_and_change_nothing(small_store: MemoryStore) -> None:
    ops = Operations(small_store, MockClock(start=NOW))
    with small_store.read() as state:
        cases = calls(state)
    refused = 0
    for name, body, call in cases:
        for path in paths(body):
            for garbage in GARBAGE:
                before = small_store.snapshot()
                try:
                    call(ops, replaced(body, path, garbage))
                except MockError:
                    refused += 1
                    assert small_store.snapshot() == before, (name, path, garbage)
                except Exception as error:  # pragma: no cover - the failure report
                    pytest.fail(f"{name} {path} = {garbage!r}: {type(error).__name__} {error}")
    assert refused > 300


@pytest.mark.parametrize(
    "params",
    [
        {"start": "2026-02-30x"},
        {"end": 20260101},
        {"codes": "1,a"},
        {"codes": 12},
        {"tags": "yes"},
        {"limit": "10"},
        {"limit": True},
        {"justif_return": None},
        {"csat": 1.5},
    ],
)
def test_bad_query_values_are_invalid_requests(ops: Operations, params: dict[str, Any]) -> None:
    with pytest.raises(MockError):
        ops.get_answer_report(**params)


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("list_paged_dispatches", {"page": 0}),
        ("list_paged_dispatches", {"limit": 99}),
        ("list_paged_dispatches", {"limit": 10_001}),
        ("get_paged_dispatch_lot", {"dispatch_code": "LTX", "page": "1"}),
        ("get_dispatch_report", {"channel": "2"}),
        ("get_nps_report", {"compare": "on"}),
        ("get_widget", {"key": 5}),
        ("get_campaign", {"campaign_code": "1201"}),
    ],
)
def test_other_bad_parameters(ops: Operations, name: str, params: dict[str, Any]) -> None:
    with pytest.raises(MockError):
        getattr(ops, name)(**params)
