"""Inserting NPS answers and complete answers, with per-answer validation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW, day, email_body
from tracksale_mock.domain.operations import Operations
from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.state.model import State

EMAIL, WHATSAPP, SMS, ONBOARDING = 1201, 1202, 1203, 1204
PAST = 1_580_515_200  # 2020-02-01: nothing of the seed is there


def nps_body(campaign: int, *answers: dict[str, Any]) -> dict[str, Any]:
    return {"campaign_code": str(campaign), "answers": list(answers)}


def test_valid_answers_are_inserted_and_invalid_ones_counted(
    ops: Operations, state_of: Callable[[], State], clock_now: int
) -> None:
    next_id = state_of().counters.next_answer_id
    body = nps_body(
        EMAIL,
        {"name": "Ana", "email": "ana@example.com", "score": 10, "justification": "Ótimo"},
        {"name": "No email", "phone": "5511999998888", "score": 5},
        {"name": "", "email": "empty-name@example.com", "score": 5},
        {"name": "No score", "email": "noscore@example.com"},
        {"name": "Too high", "email": "high@example.com", "score": 11},
        {
            "name": "Bia",
            "email": "bia@example.com",
            "score": 0,
            "tags": [{"name": "A", "value": "1"}],
        },
    )
    reply = ops.insert_answer(body=body, return_answer_id="1")
    assert reply["msg"] == (
        "2 Answer inserted"
        "; answers[1]: the customer has no valid email, the campaign's main channel"
        "; answers[2]: the customer has no name"
        "; answers[3]: the answer needs a score from 0 to 10"
        "; answers[4]: the answer needs a score from 0 to 10"
    )
    assert reply["status"] == {"invalid": 4, "inserted": 2}
    assert reply["answers"] == [
        {"answer_id": next_id, "name": "Ana", "email": "ana@example.com", "phone": None,
         "identification": None},
        {"answer_id": next_id + 1, "name": "Bia", "email": "bia@example.com", "phone": None,
         "identification": None},
    ]  # fmt: skip
    stored = state_of().answer(next_id)
    assert stored is not None
    assert (stored.nps_answer, stored.nps_comment, stored.type) == (10, "Ótimo", "API")
    assert abs(stored.time - clock_now) <= 2
    assert stored.status_id == state_of().statuses[0].id and stored.priority == "Nenhuma"


def test_ids_are_only_returned_when_asked(ops: Operations) -> None:
    body = nps_body(EMAIL, {"name": "Caio", "email": "caio@example.com", "score": 7})
    assert "answers" not in ops.insert_answer(body=body)
    assert "answers" not in ops.insert_answer(body=body, return_answer_id="false")
    assert len(ops.insert_answer(body=body, return_answer_id="true")["answers"]) == 1


def test_phone_campaigns_need_a_phone_and_create_time_is_kept(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    body = nps_body(
        SMS,
        {"name": "Dani", "phone": "5531988887777", "score": 9, "create_time": PAST},
        {"name": "Edu", "email": "edu@example.com", "score": 9},
    )
    reply = ops.insert_answer(body=body, return_answer_id="1")
    assert reply["status"] == {"invalid": 1, "inserted": 1}
    stored = state_of().answer(reply["answers"][0]["answer_id"])
    assert stored is not None and stored.time == PAST


def test_unknown_or_malformed_campaigns(ops: Operations) -> None:
    answer = {"name": "F", "email": "f@example.com", "score": 9}
    with pytest.raises(NotFound):
        ops.insert_answer(body=nps_body(9999, answer))
    with pytest.raises(NotFound):
        ops.insert_answers(
            body={"campaign_code": "9999", "data": [{"name": "F", "answers": [{"question_id": 1}]}]}
        )
    for malformed in ("12a", "", "-1", " 1201", -1, 1.5, True, None, 1_000_000_000):
        with pytest.raises(InvalidRequest):
            ops.insert_answer(body={"campaign_code": malformed, "answers": [answer]})


def test_campaign_codes_as_integers_are_accepted(ops: Operations) -> None:
    # listCampaigns returns codes as integers, and integrations pass them on as such.
    answer = {"name": "F", "email": "f@example.com", "score": 9, "create_time": str(PAST)}
    reply = ops.insert_answer(body={"campaign_code": EMAIL, "answers": [answer]})
    assert reply["status"] == {"invalid": 0, "inserted": 1}
    row = {"name": "F", "email": "f2@example.com", "create_time": PAST, "answers": []}
    body = {"campaign_code": ONBOARDING, "data": [row]}
    with pytest.raises(InvalidRequest):  # an empty answer list is still malformed
        ops.insert_answers(body=body)


def test_an_answer_to_a_sent_survey_is_tied_to_its_lot(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    sent = ops.dispatch_customers(
        campaign_code=EMAIL, body={**email_body("gil@example.com"), "schedule_time": NOW - DAY}
    )
    code = sent["dispatch_code"]
    row = ops.get_paged_dispatch_lot(dispatch_code=code)["data"][0]["customer"]
    assert not row["has_answered"] and not row["survey_opened"]
    reply = ops.insert_answer(
        body=nps_body(EMAIL, {"name": "Gil", "email": "GIL@example.com", "score": 6}),
        return_answer_id="1",
    )
    answer = state_of().answer(reply["answers"][0]["answer_id"])
    assert answer is not None
    assert (answer.lot_code, answer.dispatch_time, answer.type) == (code, NOW - DAY, "Email")
    row = ops.get_paged_dispatch_lot(dispatch_code=code)["data"][0]["customer"]
    assert row["has_answered"] and row["survey_opened"]
    report = ops.get_dispatch_report(start=day(NOW - 2 * DAY))
    (lot,) = [x for x in report if x["dispatch_code"] == code]
    assert lot["customers"][0]["has_answered"] is True


def test_last_nps_answer_is_the_previous_score_in_the_campaign(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    first = {"name": "Hugo", "email": "hugo@example.com", "score": 3, "create_time": NOW - DAY}
    second = {**first, "score": 9, "create_time": NOW - 60}
    ops.insert_answer(body=nps_body(EMAIL, first))
    ops.insert_answer(body=nps_body(ONBOARDING, {**first, "score": 5}))
    reply = ops.insert_answer(body=nps_body(EMAIL, second), return_answer_id="1")
    answer = state_of().answer(reply["answers"][0]["answer_id"])
    assert answer is not None and answer.last_nps_answer == 3


def complete(answers: list[dict[str, Any]], **customer: Any) -> dict[str, Any]:
    person = {"name": "Iris", "email": "iris@example.com", "create_time": PAST}
    return {"campaign_code": str(EMAIL), "data": [{**person, **customer, "answers": answers}]}


ALL_SIX: list[dict[str, Any]] = [
    {"question_id": 501, "score": 10, "justification": "Entrega no prazo."},
    {"question_id": 502, "score": 5, "justification": "Produto excelente."},
    {"question_id": 503, "option": "Redes sociais"},
    {"question_id": 504, "comment": "Mais cores."},
    {"question_id": 505, "score": "9"},
    {"question_id": 506, "score": 4},
]


def test_complete_answers_to_all_six_types(ops: Operations) -> None:
    reply = ops.insert_answers(body=complete(ALL_SIX, tags=[{"name": "Loja", "value": "X"}]))
    assert reply["status"] == {"invalid": 0, "inserted": 1}
    assert reply["answers"][0]["name"] == "Iris"
    (row,) = ops.get_answer_report(
        start="2020-02-01",
        end="2020-02-01",
        review="1",
        nps_secondary="1",
        open_question="1",
        csat="1",
        tags="1",
    )
    assert (row["nps_answer"], row["nps_comment"]) == (10, "Entrega no prazo.")
    assert row["review"] == [
        {"question_id": 502, "title": "Produto", "score": 5, "comment": "Produto excelente."}
    ]
    assert row["nps_secondary"] == [
        {"question_id": 505, "title": "Marca", "score": 9, "comment": None}
    ]
    assert row["open_question"] == [
        {"question_id": 504, "title": "Sugestões", "score": None, "comment": "Mais cores."}
    ]
    assert row["csat"] == [{"question_id": 506, "title": "Satisfação", "score": 4, "comment": None}]
    assert row["tags"] == [{"name": "Loja", "value": "X"}]


def without(question_id: int) -> list[dict[str, Any]]:
    return [a for a in ALL_SIX if a["question_id"] != question_id]


def replaced(question_id: int, **values: Any) -> list[dict[str, Any]]:
    return [{"question_id": question_id, **values} if a["question_id"] == question_id else a
            for a in ALL_SIX]  # fmt: skip


@pytest.mark.parametrize(
    ("answers", "valid"),
    [
        (without(504), True),  # the open question is optional
        (replaced(504), True),  # ...and may be answered empty
        (without(503), False),  # single choice is required here
        (replaced(503, option="Televisão"), False),
        (replaced(503), False),
        (list(reversed(ALL_SIX)), False),
        ([*ALL_SIX, {"question_id": 506, "score": 3}], False),
        (replaced(501, score=11), False),
        (replaced(501), False),
        (replaced(502, score=0), False),  # Review goes from 1 to 5
        (replaced(502, score=6), False),
        (replaced(506, score=0), False),  # CSAT too
        (replaced(506, score=1), True),
        (replaced(505, score="10"), True),  # Secondary NPS from 0 to 10
        (replaced(505, score=0), True),
        ([*ALL_SIX[:3], {"question_id": 999, "comment": "?"}, *ALL_SIX[4:]], False),
    ],
)
def test_each_question_is_checked(
    ops: Operations, answers: list[dict[str, Any]], valid: bool
) -> None:
    reply = ops.insert_answers(body=complete(answers))
    assert reply["status"] == {"invalid": int(not valid), "inserted": int(valid)}
    assert len(reply["answers"]) == int(valid)


def test_the_customer_needs_its_main_channel(ops: Operations) -> None:
    reply = ops.insert_answers(body=complete(ALL_SIX, email="broken"))
    assert reply["status"] == {"invalid": 1, "inserted": 0}
    body = {
        "campaign_code": str(SMS),
        "data": [
            {"name": "Juca", "phone": "5511977776666", "answers": [
                {"question_id": 701, "score": 2}, {"question_id": 703, "score": 4}]},
            {"name": "Kim", "phone": "5511977775555", "answers": [
                {"question_id": 701, "score": 2}, {"question_id": 702, "option": "Atrasou"},
                {"question_id": 703, "score": 4}]},
        ],
    }  # fmt: skip
    reply = ops.insert_answers(body=body)
    assert reply["status"] == {"invalid": 0, "inserted": 2}
    assert [a["name"] for a in reply["answers"]] == ["Juca", "Kim"]


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        (
            without(503),
            "question 503 (Single Choice) is not optional and has no answer"
            " before question 504 (the campaign's order)",
        ),
        (replaced(503, option="Televisão"), "option 'Televisão' is not an option of question 503"),
        (replaced(503), "question 503 (Single Choice) needs an option"),
        (
            list(reversed(ALL_SIX)),
            "question 501 (NPS) is not optional and has no answer"
            " before question 506 (the campaign's order)",
        ),
        ([*ALL_SIX, ALL_SIX[0]], "question 501 is answered out of order"),
        (replaced(502, score=6), "score 6 is out of range for question 502 (Review: 1 to 5)"),
        ([*ALL_SIX[:3], {"question_id": 999}], "question 999 is not a question of the campaign"),
    ],
)
def test_a_rejected_answer_says_why(ops: Operations, answers: list[Any], reason: str) -> None:
    reply = ops.insert_answers(body=complete(answers))
    assert reply["msg"] == f"0 Answer inserted; data[0]: {reason}"


def test_the_campaign_listing_shows_the_rules_the_answers_follow(ops: Operations) -> None:
    (campaign,) = ops.get_campaign(campaign_code=EMAIL)
    questions = {q["id"]: q for q in campaign["questions"]}
    choice = questions[503]
    assert choice["type"] == "Single Choice" and choice["optional"] is False
    chosen = choice["options"][-1]
    assert ops.insert_answers(body=complete(replaced(503, option=chosen)))["status"]["inserted"]
    optional = [q["id"] for q in campaign["questions"] if q["optional"]]
    assert optional == [504]
    assert ops.insert_answers(body=complete(without(504)))["status"]["inserted"] == 1
    assert all(q["options"] == [] for q in campaign["questions"] if q["type"] != "Single Choice")
