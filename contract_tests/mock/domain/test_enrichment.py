"""Internal notes and filling empty tags, by answer id or by customer search."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW, day
from tracksale_mock.domain.operations import Operations
from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.state.model import Answer, State, Tag

EMAIL, ONBOARDING = 1201, 1204


def insert(ops: Operations, campaign: int, when: int, **fields: Any) -> int:
    answer = {"name": "Lia", "email": "lia@example.com", "score": 8, "create_time": when, **fields}
    body = {"campaign_code": str(campaign), "answers": [answer]}
    answer_id: int = ops.insert_answer(body=body, return_answer_id="1")["answers"][0]["answer_id"]
    return answer_id


def stored(state_of: Callable[[], State], answer_id: int) -> Answer:
    answer = state_of().answer(answer_id)
    assert answer is not None
    return answer


def test_a_note_by_answer_id(ops: Operations, state_of: Callable[[], State]) -> None:
    target = state_of().answers[0]
    count = len(target.notes)
    reply = ops.insert_note(body={"comment": "Ligamos.", "answer_id": target.id})
    assert reply == {"msg": "Success", "answer_id": target.id}
    notes = stored(state_of, target.id).notes
    assert notes[-1].comment == "Ligamos." and abs(notes[-1].time - NOW) <= 2
    assert len(notes) == count + 1


def test_a_note_by_filter_goes_to_the_most_recent_match(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    older = insert(ops, EMAIL, NOW - 5 * DAY)
    newer = insert(ops, ONBOARDING, NOW - 2 * DAY, phone="5511900001111")
    base = {"email": "LIA@example.com", "start_date": day(NOW - 10 * DAY), "end_date": day(NOW)}
    assert ops.insert_note(body={"comment": "n1", "filter": base})["answer_id"] == newer
    narrowed = {**base, "campaign_code": str(EMAIL)}
    assert ops.insert_note(body={"comment": "n2", "filter": narrowed})["answer_id"] == older
    early = {**base, "end_date": day(NOW - 4 * DAY)}
    assert ops.insert_note(body={"comment": "n3", "filter": early})["answer_id"] == older
    both = {**base, "phone": "5511900001111"}
    assert ops.insert_note(body={"comment": "n4", "filter": both})["answer_id"] == newer
    assert [n.comment for n in stored(state_of, older).notes] == ["n2", "n3"]


@pytest.mark.parametrize(
    "body",
    [
        {"comment": "x"},
        {"comment": "x", "filter": {"email": "a@example.com", "start_date": "2026-01-01"}},
        {"comment": "x", "filter": {"email": "a@b.co", "start_date": "01/01/2026",
                                    "end_date": "x"}},
        {"comment": "", "answer_id": 1},
    ],
)  # fmt: skip
def test_bad_note_requests(ops: Operations, body: dict[str, Any]) -> None:
    with pytest.raises(InvalidRequest):
        ops.insert_note(body=body)


def test_notes_for_nobody_are_not_found(ops: Operations) -> None:
    with pytest.raises(NotFound):
        ops.insert_note(body={"comment": "x", "answer_id": 1})
    period = {"start_date": day(NOW - 10 * DAY), "end_date": day(NOW)}
    with pytest.raises(NotFound):
        ops.insert_note(body={"comment": "x", "filter": {"email": "ghost@example.com", **period}})
    with pytest.raises(NotFound):  # schema-valid, but it names nobody
        ops.insert_note(body={"comment": "x", "filter": period})
    reversed_period = {"start_date": day(NOW), "end_date": day(NOW - 10 * DAY)}
    with pytest.raises(NotFound):
        ops.insert_note(
            body={"comment": "x", "filter": {"email": "lia@example.com", **reversed_period}}
        )


def test_fill_empty_tags_never_overwrites(ops: Operations, state_of: Callable[[], State]) -> None:
    tags = [{"name": "Loja", "value": "Centro"}, {"name": "Região", "value": ""}]
    answer_id = insert(ops, EMAIL, NOW - DAY, tags=tags)
    body = {
        "answer_id": answer_id,
        "tags": [
            {"name": "Loja", "value": "Paulista"},
            {"name": "Região", "value": "Sul"},
            {"name": "Segmento", "value": "Varejo"},
            {"name": "Vazio", "value": ""},
        ],
    }
    assert ops.fill_empty_tags(body=body) == {
        "answer_id": answer_id,
        "msg": "Request received successfully!",
    }
    assert stored(state_of, answer_id).tags == [
        Tag("Loja", "Centro"),
        Tag("Região", "Sul"),
        Tag("Segmento", "Varejo"),
    ]


def test_fill_empty_tags_by_customer(ops: Operations, state_of: Callable[[], State]) -> None:
    older = insert(ops, EMAIL, NOW - 3 * DAY, identification="LIA-7")
    newer = insert(ops, ONBOARDING, NOW - DAY, identification="LIA-7")
    tags = [{"name": "Origem", "value": "API"}]
    reply = ops.fill_empty_tags(body={"customer": {"identification": "LIA-7"}, "tags": tags})
    assert reply["answer_id"] == newer
    by_top_code = {"campaign_code": str(EMAIL), "customer": {"email": "lia@example.com"}}
    assert ops.fill_empty_tags(body={**by_top_code, "tags": tags})["answer_id"] == older
    nested = {"customer": {"email": "lia@example.com", "campaign_code": str(EMAIL)}}
    assert ops.fill_empty_tags(body={**nested, "tags": tags})["answer_id"] == older
    assert stored(state_of, older).tags == [Tag("Origem", "API")]


def test_fill_empty_tags_refusals(ops: Operations) -> None:
    tags = [{"name": "A", "value": "1"}]
    with pytest.raises(InvalidRequest):
        ops.fill_empty_tags(body={"tags": tags})
    with pytest.raises(NotFound):  # schema-valid, but it names nobody
        ops.fill_empty_tags(body={"customer": {"campaign_code": "1201"}, "tags": tags})
    with pytest.raises(InvalidRequest):
        ops.fill_empty_tags(body={"answer_id": 1, "tags": tags * 51})
    with pytest.raises(NotFound):
        ops.fill_empty_tags(body={"answer_id": 1, "tags": tags})
    with pytest.raises(NotFound):
        ops.fill_empty_tags(body={"customer": {"phone": "000"}, "tags": tags})
