"""Inserting answers gathered outside Tracksale.

A request is read in two passes. First its structure: what the schema would refuse
(wrong JSON types, missing lists) fails the whole request with 400. Then each answer
against the campaign: a breach of a rule makes that one answer invalid (counted, not
inserted) and the others go in.

Rules: a non-empty name; a valid main channel (email for email campaigns, phone for
SMS and WhatsApp); for `insertAnswer` a score from 0 to 10; for `insertAnswers` the
question rules of `answer_rules`.

A new answer takes `create_time` (default now), the first status of the account,
priority "Nenhuma", and the customer's previous score in the campaign as
`last_nps_answer`. When the customer was sent this campaign at or before that time
and has not answered that sending yet, the answer is tied to the latest such lot:
it takes the lot's code, dispatch time and channel as its `type`, and the lot marks
the customer as having opened and answered the survey. Otherwise its `type` is "API".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tracksale_mock.domain import answer_rules as rules
from tracksale_mock.domain import inputs
from tracksale_mock.domain.campaigns import require
from tracksale_mock.domain.customers import reaches
from tracksale_mock.domain.lots import CHANNEL_LABELS
from tracksale_mock.state.index import StateIndex, contact_of, index_of
from tracksale_mock.state.model import Answer, Campaign, ExtraAnswer, State, Tag


@dataclass
class _Incoming:
    """One customer's answer as sent, structure checked, rules not yet."""

    name: str | None
    email: str | None
    phone: str | None
    identification: str | None
    time: int
    tags: list[Tag]
    score: int | None = None
    justification: str | None = None
    replies: list[rules.Reply] = field(default_factory=list)


def _customer(data: dict[str, Any], where: str, now: int) -> _Incoming:
    create_time = inputs.unix_time(data, "create_time", where)
    return _Incoming(
        name=inputs.text(data, "name", where, nullable=False),
        email=inputs.text(data, "email", where, nullable=False),
        phone=inputs.text(data, "phone", where, nullable=False),
        identification=inputs.text(data, "identification", where, nullable=False),
        time=now if create_time is None else create_time,
        tags=inputs.tags(data, "tags", where),
    )


def _check_customer(campaign: Campaign, incoming: _Incoming) -> None:
    """`Breach` when the answer lacks a name or the campaign's main channel."""
    if incoming.name is None or incoming.name.strip() == "":
        raise rules.Breach("the customer has no name")
    if not reaches(campaign.main_channel, incoming.email, incoming.phone):
        channel = "email" if campaign.main_channel == "email" else "phone"
        raise rules.Breach(f"the customer has no valid {channel}, the campaign's main channel")


def _store(
    index: StateIndex,
    campaign: Campaign,
    incoming: _Incoming,
    score: int | None,
    comment: str | None,
    extras: list[ExtraAnswer],
    status_id: int | None,
) -> Answer:
    contact = contact_of(incoming.email, incoming.phone, incoming.identification)
    previous = index.previous_answer(campaign.code, contact, incoming.time)
    answer = Answer(
        id=index.take_answer_id(),
        campaign_code=campaign.code,
        time=incoming.time,
        type="API",
        name=incoming.name or "",
        email=incoming.email,
        phone=incoming.phone,
        identification=incoming.identification,
        nps_answer=score,
        last_nps_answer=previous.nps_answer if previous else None,
        nps_comment=comment,
        status_id=status_id,
        tags=incoming.tags,
        extra_answers=extras,
    )
    sending = index.open_sending(campaign.code, contact, answer.time)
    if sending is not None:
        lot, customer = sending
        index.answered(lot, customer)
        answer.lot_code, answer.dispatch_time = lot.code, customer.dispatch_time
        answer.type = CHANNEL_LABELS[lot.channel]
    index.add_answer(answer)
    return answer


def _first_status(state: State) -> int | None:
    return state.statuses[0].id if state.statuses else None


def _result(inserted: list[Answer], reasons: list[str], with_ids: bool) -> dict[str, Any]:
    msg = "; ".join([f"{len(inserted)} Answer inserted", *reasons])
    body: dict[str, Any] = {
        "msg": msg,
        "status": {"invalid": len(reasons), "inserted": len(inserted)},
    }
    if with_ids:
        body["answers"] = [
            {
                "answer_id": a.id,
                "name": a.name,
                "email": a.email,
                "phone": a.phone,
                "identification": a.identification,
            }
            for a in inserted
        ]
    return body


def insert_answer(state: State, body: object, return_ids: bool, now: int) -> dict[str, Any]:
    """Insert answers to the main NPS question; the `AnswerInsertResponse` body."""
    data = inputs.obj(body, "body")
    code = inputs.campaign_code(data.get("campaign_code"), "body.campaign_code")
    incoming = []
    for i, row in enumerate(inputs.objects(data.get("answers"), "body.answers")):
        where = f"body.answers[{i}]"
        item = _customer(row, where, now)
        item.score = rules.score(row, where)
        item.justification = inputs.text(row, "justification", where, nullable=False)
        incoming.append(item)
    campaign = require(state, code)
    accepted = []
    reasons = []
    for i, item in enumerate(incoming):
        try:
            _check_customer(campaign, item)
            if item.score is None or not 0 <= item.score <= 10:
                raise rules.Breach("the answer needs a score from 0 to 10")
        except rules.Breach as breach:
            reasons.append(f"answers[{i}]: {breach}")
            continue
        accepted.append(item)
    # Everything that can fail is behind: from here on the state changes.
    index, status = index_of(state), _first_status(state)
    inserted = [
        _store(index, campaign, item, item.score, rules.filled(item.justification), [], status)
        for item in accepted
    ]
    return _result(inserted, reasons, return_ids)


def insert_answers(state: State, body: object, now: int) -> dict[str, Any]:
    """Insert answers to every question; the `AnswerInsertResponse` body with ids."""
    data = inputs.obj(body, "body")
    code = inputs.campaign_code(data.get("campaign_code"), "body.campaign_code")
    incoming = []
    for i, row in enumerate(inputs.objects(data.get("data"), "body.data")):
        where = f"body.data[{i}]"
        item = _customer(row, where, now)
        replies = inputs.objects(row.get("answers"), f"{where}.answers")
        item.replies = [rules.reply(r, f"{where}.answers[{j}]") for j, r in enumerate(replies)]
        incoming.append(item)
    campaign = require(state, code)
    main_question = campaign.questions[0].id
    accepted = []
    reasons = []
    for i, item in enumerate(incoming):
        try:
            _check_customer(campaign, item)
            extras = [rules.checked(q, r) for q, r in rules.pair(campaign.questions, item.replies)]
        except rules.Breach as breach:
            reasons.append(f"data[{i}]: {breach}")
            continue
        main = next((e for e in extras if e.question_id == main_question), None)
        others = [e for e in extras if e is not main]
        score, comment = (main.score, main.comment) if main else (None, None)
        accepted.append((item, score, comment, others))
    # Everything that can fail is behind: from here on the state changes.
    index, status = index_of(state), _first_status(state)
    inserted = [_store(index, campaign, *answer, status) for answer in accepted]
    return _result(inserted, reasons, True)
