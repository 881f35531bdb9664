"""The domain rules end to end, through the client, over HTTP: draft lots, sending,
discarding, not-inserted customers, the 500-customer limit, the 90-day rule, notes
and empty tags, the NPS arithmetic with its comparison period, and chunking.

Each scenario starts from the seed (the plugin resets the mock); scenarios that need
time to pass move the mock clock, which the seed follows at the next reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from contract_tests.over_http._support import (
    DAY,
    Period,
    day,
    days,
    midnight,
    mock_now,
    seed_options,
    sent_requests,
)
from tracksale_client import InvalidRequestError, NotFoundError, Tracksale
from tracksale_generated.api.answers import (
    fill_empty_tags,
    insert_answer,
    insert_answers,
    insert_note,
)
from tracksale_generated.api.campaigns import check_can_impact, list_campaigns
from tracksale_generated.api.dispatches import (
    discard_draft_lot,
    dispatch_customers,
    list_draft_lots,
    send_dispatch_lot,
)
from tracksale_generated.api.reports import (
    get_answer_report,
    get_dispatch_report,
    get_nps_report,
    get_paged_dispatch_lot,
)
from tracksale_generated.models.answer_insert_response import AnswerInsertResponse
from tracksale_generated.models.answer_report_row import AnswerReportRow
from tracksale_generated.models.answer_request import AnswerRequest
from tracksale_generated.models.answers_request import AnswersRequest
from tracksale_generated.models.campaign import Campaign
from tracksale_generated.models.can_impact_request import CanImpactRequest
from tracksale_generated.models.can_impact_response import CanImpactResponse
from tracksale_generated.models.customer import Customer
from tracksale_generated.models.customer_answers import CustomerAnswers
from tracksale_generated.models.discard_lot_response import DiscardLotResponse
from tracksale_generated.models.dispatch_report_lot import DispatchReportLot
from tracksale_generated.models.dispatch_request import DispatchRequest
from tracksale_generated.models.dispatch_response import DispatchResponse
from tracksale_generated.models.draft_lot_list import DraftLotList
from tracksale_generated.models.fill_empty_tags_response import FillEmptyTagsResponse
from tracksale_generated.models.fill_tags_by_answer_id import FillTagsByAnswerId
from tracksale_generated.models.flag import Flag
from tracksale_generated.models.note_by_answer_id import NoteByAnswerId
from tracksale_generated.models.note_response import NoteResponse
from tracksale_generated.models.nps_answer import NpsAnswer
from tracksale_generated.models.nps_figures import NpsFigures
from tracksale_generated.models.nps_report import NpsReport
from tracksale_generated.models.question_answer import QuestionAnswer
from tracksale_generated.models.send_lot_request import SendLotRequest
from tracksale_generated.models.send_lot_response import SendLotResponse
from tracksale_generated.models.tag import Tag
from tracksale_generated.types import UNSET, Unset
from tracksale_mock.serving import RunningMock

NPS_FIELDS = (
    "dispatches",
    "promoters",
    "passives",
    "detractors",
    "promoters_percentage",
    "passives_percentage",
    "detractors_percentage",
    "nps",
)


# Small typed wrappers: every call must succeed and give its documented model.


def campaigns(api: Tracksale) -> list[Campaign]:
    found = list_campaigns.sync(client=api.client)
    assert isinstance(found, list)
    return [c for c in found if isinstance(c, Campaign)]


def drafts(api: Tracksale, code: int) -> dict[str, int]:
    """The campaign's draft lots: code -> customers in it."""
    found = list_draft_lots.sync(code, client=api.client)
    assert isinstance(found, DraftLotList)
    return {lot.code: lot.total_dispatches for lot in found.lot}


def quiet_campaign(api: Tracksale, channel: str = "email") -> Campaign:
    """A campaign of that channel without any draft lot."""
    for campaign in campaigns(api):
        if campaign.main_channel == channel and not drafts(api, campaign.code):
            return campaign
    raise AssertionError(f"the seed has no {channel} campaign without a draft lot")


def person(tag: str, **fields: Any) -> Customer:
    values: dict[str, Any] = {
        "name": f"Pessoa {tag}",
        "email": f"pessoa.{tag}@example.com.br",
        "identification": f"ID-{tag}",
    }
    values.update(fields)
    return Customer(**values)


def dispatch(
    api: Tracksale,
    code: int,
    customers: Sequence[Customer],
    *,
    not_inserted: bool = False,
) -> DispatchResponse:
    """Customers into the campaign's open draft lot (`getNotInserted` 1 or 0)."""
    body = DispatchRequest(customers=list(customers))
    reply = dispatch_customers.sync(
        code, client=api.client, body=body, get_not_inserted="1" if not_inserted else "0"
    )
    assert isinstance(reply, DispatchResponse)
    return reply


def send_now(api: Tracksale, code: int, lot: str | None) -> SendLotResponse:
    assert lot is not None, "the dispatch inserted nobody, so it opened no lot"
    reply = send_dispatch_lot.sync(code, lot, client=api.client, body=SendLotRequest(time=0))
    assert isinstance(reply, SendLotResponse)
    return reply


def can_impact(api: Tracksale, code: int, **key: str) -> bool:
    reply = check_can_impact.sync(code, client=api.client, body=CanImpactRequest(**key))
    assert isinstance(reply, CanImpactResponse)
    return reply.can_impact


def dispatch_report(
    api: Tracksale, period: Period, codes: str | Unset = UNSET
) -> list[DispatchReportLot]:
    lots = get_dispatch_report.sync(client=api.client, codes=codes, **period)
    assert isinstance(lots, list)
    assert all(isinstance(lot, DispatchReportLot) for lot in lots)
    return [lot for lot in lots if isinstance(lot, DispatchReportLot)]


def answer_rows(api: Tracksale, **filters: Any) -> list[AnswerReportRow]:
    rows = get_answer_report.sync(client=api.client, limit=-1, **filters)
    assert isinstance(rows, list)
    return [row for row in rows if isinstance(row, AnswerReportRow)]


def nps(
    api: Tracksale, period: Period, *, compare: bool = False, codes: str | Unset = UNSET
) -> NpsReport:
    flag: Flag | Unset = "1" if compare else UNSET
    report = get_nps_report.sync(client=api.client, compare=flag, codes=codes, **period)
    assert isinstance(report, NpsReport)
    return report


def figures(report: NpsReport | NpsFigures) -> dict[str, float]:
    return {name: getattr(report, name) for name in NPS_FIELDS}


def expected_figures(scores: Sequence[int], dispatches: int) -> dict[str, float]:
    """The document's arithmetic: 9-10 promoters, 7-8 passives, 0-6 detractors, shares
    of the answers, NPS = promoters % - detractors %. (The scores used give shares
    with at most one decimal, so no rounding rule is involved.)"""
    promoters = sum(1 for s in scores if s >= 9)
    passives = sum(1 for s in scores if 7 <= s <= 8)
    detractors = sum(1 for s in scores if s <= 6)

    def share(count: int) -> float:
        return 100 * count / len(scores) if scores else 0

    return {
        "dispatches": dispatches,
        "promoters": promoters,
        "passives": passives,
        "detractors": detractors,
        "promoters_percentage": share(promoters),
        "passives_percentage": share(passives),
        "detractors_percentage": share(detractors),
        "nps": share(promoters) - share(detractors),
    }


def insert_scores(api: Tracksale, code: int, scores: Sequence[int], when: int, tag: str) -> None:
    answers = [
        NpsAnswer(name=f"Nota {tag} {i}", email=f"nota.{tag}.{i}@example.com.br", score=score)
        for i, score in enumerate(scores)
    ]
    for answer in answers:
        answer.create_time = when
    reply = insert_answer.sync(
        client=api.client, body=AnswerRequest(campaign_code=str(code), answers=answers)
    )
    assert isinstance(reply, AnswerInsertResponse)
    assert (reply.status.inserted, reply.status.invalid) == (len(scores), 0)


# draft lots, sending and the reports


def test_a_draft_lot_gathers_customers_until_it_is_sent(
    tracksale_api: Tracksale, tracksale_mock: RunningMock
) -> None:
    api = tracksale_api
    campaign = quiet_campaign(api)
    first = dispatch(api, campaign.code, [person("ana"), person("bruno")])
    second = dispatch(api, campaign.code, [person("carla")])
    assert first.dispatch_code == second.dispatch_code
    assert first.msg == second.msg == "Customers have been successfully added!"
    assert drafts(api, campaign.code) == {first.dispatch_code: 3}

    sent = send_now(api, campaign.code, first.dispatch_code)
    assert sent.customers == 3
    assert drafts(api, campaign.code) == {}
    with pytest.raises(NotFoundError):
        send_now(api, campaign.code, first.dispatch_code)  # a lot is sent once

    now = mock_now(tracksale_mock)
    today = days(now, now)
    emails = [person(t).email for t in ("ana", "bruno", "carla")]
    (lot,) = dispatch_report(api, today, codes=str(campaign.code))
    assert (lot.dispatch_code, lot.status, lot.campaign.code) == (
        first.dispatch_code,
        "Executed",
        campaign.code,
    )
    assert [c.email for c in lot.customers] == emails
    assert all(c.dispatch_time is not None and not c.has_answered for c in lot.customers)

    rows = list(api.iter_paged_dispatches(codes=[campaign.code], limit=100, **today))
    assert [(r.lot.dispatch_code, r.customer.email) for r in rows] == [
        (first.dispatch_code, e) for e in emails
    ]

    # Over the whole seed (several pages), the paged report holds exactly the
    # customers of the dispatch report, one request per page.
    period = days(now - 89 * DAY, now)
    with sent_requests(api) as requests:
        every_row = list(api.iter_paged_dispatches(limit=100, **period))
    pages = [r for r in requests if r.url.path == "/dispatch"]
    assert len(every_row) > 200
    assert len(pages) == len(every_row) // 100 + 1
    assert {r.url.params["page"] for r in pages} == {str(n) for n in range(1, len(pages) + 1)}
    paged = sorted((r.lot.dispatch_code, str(r.customer.email)) for r in every_row)
    reported = sorted(
        (lot.dispatch_code, str(c.email))
        for lot in dispatch_report(api, period)
        for c in lot.customers
    )
    assert paged == reported
    assert (first.dispatch_code, emails[0]) in paged


def test_a_discarded_lot_is_gone(tracksale_api: Tracksale) -> None:
    api = tracksale_api
    campaign = quiet_campaign(api)
    lot = dispatch(api, campaign.code, [person("davi"), person("eva")]).dispatch_code
    assert lot is not None and drafts(api, campaign.code) == {lot: 2}

    reply = discard_draft_lot.sync(campaign.code, lot, client=api.client)
    assert isinstance(reply, DiscardLotResponse) and reply.success is True
    assert drafts(api, campaign.code) == {}
    with pytest.raises(NotFoundError):
        send_now(api, campaign.code, lot)
    with pytest.raises(NotFoundError):
        discard_draft_lot.sync(campaign.code, lot, client=api.client)
    with pytest.raises(NotFoundError):
        get_paged_dispatch_lot.sync(lot, client=api.client)

    # The next dispatch opens a new lot: the discarded customers are not in it.
    fresh = dispatch(api, campaign.code, [person("davi")])
    assert fresh.dispatch_code != lot and fresh.status.inserted == 1
    assert drafts(api, campaign.code) == {fresh.dispatch_code: 1}


def test_not_inserted_customers_are_listed_with_their_reason(tracksale_api: Tracksale) -> None:
    api = tracksale_api
    campaign = quiet_campaign(api)
    dispatch(api, campaign.code, [person("ana")])
    reply = dispatch(
        api,
        campaign.code,
        [
            person("ana", email="PESSOA.ANA@example.com.br"),  # already in the lot
            person("bruno"),
            person("bruno", name="Bruno de novo"),  # earlier in this request
            person("carla", email="carla-sem-arroba"),  # malformed main channel
            Customer(name="Davi", phone="5511987654321"),  # no email: the main channel
        ],
        not_inserted=True,
    )
    counts = reply.status
    assert (counts.inserted, counts.duplicated, counts.invalid) == (1, 2, 2)
    assert not isinstance(reply.duplicated_customers, Unset)
    assert not isinstance(reply.invalid_customers, Unset)
    assert [c.name for c in reply.duplicated_customers] == ["Pessoa ana", "Bruno de novo"]
    assert [c.name for c in reply.invalid_customers] == ["Pessoa carla", "Davi"]
    reasons = {c.reason for c in (*reply.duplicated_customers, *reply.invalid_customers)}
    assert all(reason.strip() for reason in reasons)
    assert {c.reason for c in reply.duplicated_customers}.isdisjoint(
        {c.reason for c in reply.invalid_customers}
    )
    assert drafts(api, campaign.code) == {reply.dispatch_code: 2}

    # Without getNotInserted only the counters come back.
    quiet = dispatch(api, campaign.code, [person("bruno")])
    assert quiet.status.duplicated == 1
    assert isinstance(quiet.duplicated_customers, Unset)
    assert isinstance(quiet.invalid_customers, Unset)


def test_the_main_channel_of_a_phone_campaign_is_the_phone(tracksale_api: Tracksale) -> None:
    api = tracksale_api
    campaign = quiet_campaign(api, channel="whatsapp")
    reply = dispatch(
        api,
        campaign.code,
        [person("fabio", phone="+55 (21) 98765-4321"), Customer(name="Gil", email="gil@x.com")],
        not_inserted=True,
    )
    assert (reply.status.inserted, reply.status.invalid) == (1, 1)
    assert not isinstance(reply.invalid_customers, Unset)
    assert [c.name for c in reply.invalid_customers] == ["Gil"]


def test_more_than_500_customers_are_refused_whole(tracksale_api: Tracksale) -> None:
    api = tracksale_api
    everywhere = {c.code: drafts(api, c.code) for c in campaigns(api)}
    campaign = quiet_campaign(api)
    crowd = [person(f"multidao{i}") for i in range(501)]
    with pytest.raises(InvalidRequestError) as caught:
        dispatch(api, campaign.code, crowd)
    assert caught.value.status_code == 400 and caught.value.body is not None
    details = caught.value.body.get("details")
    assert isinstance(details, list) and any("customers" in d for d in details)
    assert {c.code: drafts(api, c.code) for c in campaigns(api)} == everywhere

    accepted = dispatch(api, campaign.code, crowd[:500])  # the limit itself is fine
    assert accepted.status.inserted == 500
    assert drafts(api, campaign.code) == {accepted.dispatch_code: 500}


# the 90-day rule


def test_the_90_day_rule_follows_sendings_and_the_clock(
    tracksale_api: Tracksale, tracksale_mock: RunningMock
) -> None:
    api = tracksale_api
    campaign = quiet_campaign(api)
    other = next(c for c in campaigns(api) if c.code != campaign.code)
    helena = person("helena")
    assert isinstance(helena.email, str) and isinstance(helena.identification, str)
    assert can_impact(api, campaign.code, email=helena.email)

    lot = dispatch(api, campaign.code, [helena]).dispatch_code
    assert can_impact(api, campaign.code, email=helena.email), "a draft sends nothing"

    send_now(api, campaign.code, lot)
    assert not can_impact(api, campaign.code, email=helena.email)
    assert not can_impact(api, campaign.code, identification=helena.identification)
    assert can_impact(api, other.code, email=helena.email), "the rule is per campaign"

    tracksale_mock.advance_clock(89 * DAY)
    assert not can_impact(api, campaign.code, email=helena.email)
    tracksale_mock.advance_clock(2 * DAY)
    assert can_impact(api, campaign.code, email=helena.email)
    assert can_impact(api, campaign.code, identification=helena.identification)


# answers, notes and tags


def test_notes_and_tags_go_to_the_answer_named_by_id(
    tracksale_api: Tracksale, tracksale_mock: RunningMock
) -> None:
    api = tracksale_api
    campaign = quiet_campaign(api)
    tags = [Tag(name="Loja", value="Paulista"), Tag(name="Produto", value="")]
    body = AnswerRequest(
        campaign_code=str(campaign.code),
        answers=[
            NpsAnswer(name="Irene", email="irene@example.com.br", score=10, tags=list(tags)),
            NpsAnswer(name="Joel", email="joel@example.com.br", score=4, tags=list(tags)),
        ],
    )
    reply = insert_answer.sync(client=api.client, body=body, return_answer_id="1")
    assert isinstance(reply, AnswerInsertResponse) and not isinstance(reply.answers, Unset)
    ids = {a.name: a.answer_id for a in reply.answers}
    assert set(ids) == {"Irene", "Joel"} and len(set(ids.values())) == 2

    note = insert_note.sync(
        client=api.client,
        body=NoteByAnswerId(comment="Cliente contatado.", answer_id=ids["Irene"]),
    )
    assert isinstance(note, NoteResponse) and note.answer_id == ids["Irene"]

    filled = fill_empty_tags.sync(
        client=api.client,
        body=FillTagsByAnswerId(
            answer_id=ids["Irene"],
            tags=[
                Tag(name="Loja", value="Centro"),  # has a value: kept
                Tag(name="Produto", value="Plano Anual"),  # empty: filled
                Tag(name="Região", value="Sudeste"),  # missing: added
            ],
        ),
    )
    assert isinstance(filled, FillEmptyTagsResponse) and filled.answer_id == ids["Irene"]

    now = mock_now(tracksale_mock)
    rows = {
        r.id: r
        for r in answer_rows(api, tags="1", codes=str(campaign.code), start=day(now), end=day(now))
    }

    def tags_of(answer_id: int) -> dict[str, str]:
        found = rows[answer_id].tags
        assert not isinstance(found, Unset)
        return {t.name: t.value for t in found}

    assert tags_of(ids["Irene"]) == {
        "Loja": "Paulista",
        "Produto": "Plano Anual",
        "Região": "Sudeste",
    }
    assert tags_of(ids["Joel"]) == {"Loja": "Paulista", "Produto": ""}
    assert (rows[ids["Irene"]].nps_answer, rows[ids["Joel"]].nps_answer) == (10, 4)


def test_complete_answers_show_in_the_answer_report(
    tracksale_api: Tracksale, tracksale_mock: RunningMock
) -> None:
    api = tracksale_api
    campaign = max(campaigns(api), key=lambda c: len(c.questions))
    questions = campaign.questions
    by_type = {q.type_: q for q in questions}

    def answer(question_id: int) -> QuestionAnswer:
        kind = next(q.type_ for q in questions if q.id == question_id)
        if kind in ("NPS", "Secondary NPS"):
            return QuestionAnswer(question_id=question_id, score=8 if kind == "NPS" else 6)
        if kind in ("CSAT", "Review"):
            return QuestionAnswer(question_id=question_id, score=2 if kind == "CSAT" else "5")
        if kind == "Single Choice":
            return QuestionAnswer(question_id=question_id, option=seed_options(question_id)[-1])
        return QuestionAnswer(question_id=question_id, comment="Entrega mais rápida.")

    in_order = [answer(q.id) for q in questions]
    without_review = [a for a in in_order if a.question_id != by_type["Review"].id]
    body = AnswersRequest(
        campaign_code=str(campaign.code),
        data=[
            CustomerAnswers(name="Lia", email="lia@example.com.br", answers=in_order),
            CustomerAnswers(name="Max", email="max@example.com.br", answers=in_order[::-1]),
            CustomerAnswers(name="Noé", email="noe@example.com.br", answers=without_review),
        ],
    )
    reply = insert_answers.sync(client=api.client, body=body)
    assert isinstance(reply, AnswerInsertResponse)
    # Max answered out of order, Noé skipped a required question: both invalid.
    assert (reply.status.inserted, reply.status.invalid) == (1, 2)
    assert not isinstance(reply.answers, Unset) and [a.name for a in reply.answers] == ["Lia"]

    now = mock_now(tracksale_mock)
    (row,) = (
        r
        for r in answer_rows(
            api, review="1", csat="1", open_question="1", nps_secondary="1", start=day(now)
        )
        if r.id == reply.answers[0].answer_id
    )
    assert row.nps_answer == 8
    assert not isinstance(row.review, Unset) and not isinstance(row.csat, Unset)
    assert not isinstance(row.nps_secondary, Unset) and not isinstance(row.open_question, Unset)
    assert [(e.question_id, e.score) for e in row.review] == [(by_type["Review"].id, 5)]
    assert [(e.question_id, e.score) for e in row.csat] == [(by_type["CSAT"].id, 2)]
    assert [(e.question_id, e.score) for e in row.nps_secondary] == [
        (by_type["Secondary NPS"].id, 6)
    ]
    assert [e.comment for e in row.open_question] == ["Entrega mais rápida."]


# the NPS report


def test_the_nps_report_follows_the_scores_of_a_quiet_period(
    tracksale_api: Tracksale, tracksale_mock: RunningMock
) -> None:
    api = tracksale_api
    # Four months on, the seeded answers and sendings are all older than both periods.
    tracksale_mock.advance_clock(120 * DAY)
    now = mock_now(tracksale_mock)
    week = days(now - 6 * DAY, now)  # 7 days, today included
    campaign = quiet_campaign(api)
    other = next(c for c in campaigns(api) if c.code != campaign.code)

    silent = nps(api, week, compare=True)
    assert figures(silent) == expected_figures([], 0)
    assert isinstance(silent.compare, NpsFigures)
    assert figures(silent.compare) == expected_figures([], 0)

    this_week = midnight(now) - 3 * DAY + 12 * 3600
    week_before = midnight(now) - 10 * DAY + 12 * 3600
    first, more, before = [10, 9, 8, 3], [9, 10, 10, 7, 2, 0], [9, 9, 9, 2, 7]

    insert_scores(api, campaign.code, first, this_week, "a")
    assert figures(nps(api, week)) == expected_figures(first, 0) | {"nps": 25}

    insert_scores(api, campaign.code, more, this_week, "b")
    lot = dispatch(api, campaign.code, [person("kim"), person("leo")]).dispatch_code
    send_now(api, campaign.code, lot)
    insert_scores(api, campaign.code, before, week_before, "c")
    # Just before the previous period, and in the future: neither period holds these.
    insert_scores(api, campaign.code, [0], midnight(now) - 13 * DAY - 1, "d")
    insert_scores(api, campaign.code, [0], midnight(now) + DAY, "e")

    report = nps(api, week, compare=True)
    assert figures(report) == expected_figures(first + more, 2) | {"nps": 20}
    assert report.nps == report.promoters_percentage - report.detractors_percentage
    assert isinstance(report.compare, NpsFigures)
    assert figures(report.compare) == expected_figures(before, 0) | {"nps": 40}

    # Without compare there is no previous period; another campaign's filter sees nothing.
    assert isinstance(nps(api, week).compare, Unset)
    assert figures(nps(api, week, codes=str(other.code))) == expected_figures([], 0)
    assert figures(nps(api, week, codes=str(campaign.code))) == figures(report)


# chunking


def test_dispatch_in_chunks_sends_1201_customers_in_three_requests(
    tracksale_api: Tracksale,
) -> None:
    api = tracksale_api
    campaign = quiet_campaign(api)
    crowd = [person(f"lote{i:04d}") for i in range(1_201)]
    with sent_requests(api) as requests:
        replies = api.dispatch_in_chunks(campaign.code, crowd)
    dispatches = [r for r in requests if r.url.path.endswith("/dispatch")]
    assert len(requests) == len(dispatches) == 3
    assert all(r.method == "POST" for r in dispatches)
    assert [r.status.inserted for r in replies] == [500, 500, 201]
    assert len({r.dispatch_code for r in replies}) == 1
    assert drafts(api, campaign.code) == {replies[0].dispatch_code: 1_201}
