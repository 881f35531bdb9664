"""Loading a large seed quickly changes nothing: the quick path builds the same state
as the strict one, refuses what it refuses, and a reset returns to the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest

from contract_tests.mock.domain.conftest import NOW
from tracksale_mock.config import MockConfig
from tracksale_mock.http.app import MockServer
from tracksale_mock.seed.check import seed_file_problem
from tracksale_mock.seed.generate import REFERENCE_TIME, generate_scaled
from tracksale_mock.seed.load import (
    SEED_PATH,
    document,
    load_seed,
    parse_unshifted,
    quick_parse,
)
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.codec import NOT_FAST, decode, fast_decoder
from tracksale_mock.state.index import contact_of, index_of
from tracksale_mock.state.model import Answer, LotCustomer, State


def _slow(data: bytes) -> tuple[State, int]:
    return parse_unshifted(json.loads(data))


@pytest.mark.parametrize("source", ["committed", "scaled"])
def test_quick_parse_builds_what_the_strict_decoder_builds(source: str) -> None:
    if source == "committed":
        data = SEED_PATH.read_bytes()
    else:
        data = orjson.dumps(document(generate_scaled(1_500), REFERENCE_TIME))
    quick = quick_parse(data)
    assert quick is not None
    assert quick == _slow(data)
    assert quick[0].answers and quick[0].lots


def _seed_with(change: dict[str, Any]) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    answer = doc["answers"][3]
    for key, value in change.items():
        if value is KeyError:
            answer.pop(key, None)
        else:
            answer[key] = value
    return doc


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"score_typo": 3}, "unknown keys"),
        ({"nps_answer": True}, "expected int"),
        ({"nps_answer": "7"}, "expected int"),
        ({"name": KeyError}, "missing key 'name'"),
        ({"tags": [{"name": "a"}]}, "missing key 'value'"),
        ({"tags": {}}, "expected a list"),
        ({"extra_answers": [{"question_id": 1, "type": "Stars"}]}, "is not one of"),
        ({"campaign_code": 999}, "unknown campaign"),
    ],
)
def test_what_the_quick_path_refuses_the_strict_one_names(
    change: dict[str, Any], message: str, tmp_path: Path
) -> None:
    data = json.dumps(_seed_with(change)).encode()
    assert quick_parse(data) is None
    with pytest.raises(ValueError, match=message):
        _slow(data)
    path = tmp_path / "seed.json"
    path.write_bytes(data)
    problem = seed_file_problem(path)
    assert problem is not None and message.split("'")[0] in problem


def test_the_quick_path_leaves_nan_and_huge_numbers_to_the_strict_one() -> None:
    for raw in (b"NaN", b"1" * 30):
        data = SEED_PATH.read_bytes().replace(b'"nps_answer":', b'"nps_answer":' + raw + b",x", 1)
        data = data.replace(b",x", b',"y":', 1)  # an unknown key after the odd value
        assert quick_parse(data) is None
        with pytest.raises(ValueError):
            _slow(data)


def test_fast_decoder_leaves_int_subclasses_to_the_generic_one() -> None:
    class Number(int):
        pass

    row = {"id": Number(5), "campaign_code": 1, "time": 0, "type": "API", "name": "A"}
    with pytest.raises(NOT_FAST):
        fast_decoder(Answer)(row)
    assert decode(Answer, row, "answer").id == 5


def test_the_checked_seed_is_handed_to_the_next_load_once(tmp_path: Path) -> None:
    path = tmp_path / "seed.json"
    path.write_bytes(SEED_PATH.read_bytes())
    clock = MockClock(start=NOW)
    assert seed_file_problem(path, keep=True) is None
    handed = load_seed(clock, path)
    assert handed == load_seed(clock, path)  # the second one is read again
    assert seed_file_problem(path, keep=True) is None
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["answers"] = doc["answers"][:5]
    path.write_text(json.dumps(doc), encoding="utf-8")  # changed since the check
    assert len(load_seed(clock, path).answers) == 5


def test_reset_after_writes_returns_to_the_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    server = MockServer(MockConfig(now=NOW))
    monkeypatch.setattr(server.clock, "now", lambda: float(NOW))  # no second passes
    server.admin.reset_state()
    fresh = server.store.snapshot()
    answers = [{"name": "Nova", "email": "nova@example.com", "score": 9}]
    reply = server.operations.insert_answer(body={"campaign_code": "1201", "answers": answers})
    assert reply["status"]["inserted"] == 1
    customers = [{"name": "Novo", "email": "novo@example.com"}]
    server.operations.dispatch_customers(campaign_code=1201, body={"customers": customers})
    assert server.store.snapshot() != fresh
    server.admin.reset_state()
    assert server.store.snapshot() == fresh
    with server.store.read() as state:
        assert index_of(state).answer(state.answers[-1].id) is state.answers[-1]


def test_answers_of_a_contact_match_a_scan(seed_state: State) -> None:
    index = index_of(seed_state)
    people: list[Answer | LotCustomer] = [*seed_state.answers[:80]]
    people += [c for lot in seed_state.lots for c in lot.customers][:40]
    codes: list[set[int] | None] = [None, *({c.code} for c in seed_state.campaigns), {999}]
    for who in people:
        full = contact_of(who.email, who.phone, who.identification)
        for mask in ((1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0)):
            contact = tuple(part if keep else None for part, keep in zip(full, mask, strict=True))
            for chosen in codes:
                expected = [
                    a
                    for a in seed_state.answers
                    if (chosen is None or a.campaign_code in chosen)
                    and any(contact)
                    and all(
                        mine is None or mine == theirs
                        for mine, theirs in zip(
                            contact, contact_of(a.email, a.phone, a.identification), strict=True
                        )
                    )
                ]
                found = index.answers_of(contact, chosen)  # type: ignore[arg-type]
                assert sorted(a.id for a in found) == sorted(a.id for a in expected)
    assert index.answer(seed_state.answers[7].id) is seed_state.answers[7]
    assert index.answer(-1) is None
