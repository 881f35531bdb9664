"""Every operation of the document, through the generated client, against the mock
served over real HTTP by the pytest plugin.

Each test calls `sync_detailed` of the generated module, checks that the answer was
parsed into the documented model, that the raw JSON validates against the document's
schema for that status, and that the request went to the documented method and URL.
Arguments come from earlier calls and the seed, not from constants.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from contract_tests.over_http._support import (
    DAY,
    Period,
    assert_valid,
    days,
    documented_operations,
    mock_now,
    path_pattern,
    response_schema,
    seed,
    seed_options,
    sent_requests,
)
from tracksale_client import Tracksale
from tracksale_contract import load_spec, operations
from tracksale_generated.api.answers import (
    fill_empty_tags,
    insert_answer,
    insert_answers,
    insert_note,
)
from tracksale_generated.api.campaigns import (
    check_can_impact,
    create_survey_links,
    get_campaign,
    list_campaigns,
)
from tracksale_generated.api.dispatches import (
    discard_draft_lot,
    dispatch_customers,
    list_draft_lots,
    send_dispatch_lot,
)
from tracksale_generated.api.reports import (
    get_answer_report,
    get_category_report,
    get_dispatch_report,
    get_nps_report,
    get_paged_dispatch_lot,
    get_status_report,
    list_paged_dispatches,
)
from tracksale_generated.api.widgets import get_widget
from tracksale_generated.models.answer_insert_response import AnswerInsertResponse
from tracksale_generated.models.answer_report_row import AnswerReportRow
from tracksale_generated.models.answer_request import AnswerRequest
from tracksale_generated.models.answers_request import AnswersRequest
from tracksale_generated.models.api_error import ApiError
from tracksale_generated.models.campaign import Campaign
from tracksale_generated.models.can_impact_request import CanImpactRequest
from tracksale_generated.models.can_impact_response import CanImpactResponse
from tracksale_generated.models.category_count import CategoryCount
from tracksale_generated.models.customer import Customer
from tracksale_generated.models.customer_answers import CustomerAnswers
from tracksale_generated.models.discard_lot_response import DiscardLotResponse
from tracksale_generated.models.dispatch_limit_set import DispatchLimitSet
from tracksale_generated.models.dispatch_report_lot import DispatchReportLot
from tracksale_generated.models.dispatch_request import DispatchRequest
from tracksale_generated.models.dispatch_response import DispatchResponse
from tracksale_generated.models.draft_lot_list import DraftLotList
from tracksale_generated.models.fill_empty_tags_response import FillEmptyTagsResponse
from tracksale_generated.models.fill_tags_by_answer_id import FillTagsByAnswerId
from tracksale_generated.models.note_by_answer_id import NoteByAnswerId
from tracksale_generated.models.note_response import NoteResponse
from tracksale_generated.models.nps_answer import NpsAnswer
from tracksale_generated.models.nps_figures import NpsFigures
from tracksale_generated.models.nps_report import NpsReport
from tracksale_generated.models.paged_dispatch_report import PagedDispatchReport
from tracksale_generated.models.question import Question
from tracksale_generated.models.question_answer import QuestionAnswer
from tracksale_generated.models.question_type import QUESTION_TYPE_VALUES
from tracksale_generated.models.send_lot_request import SendLotRequest
from tracksale_generated.models.send_lot_response import SendLotResponse
from tracksale_generated.models.status_count import StatusCount
from tracksale_generated.models.survey_link_customer import SurveyLinkCustomer
from tracksale_generated.models.survey_links_request import SurveyLinksRequest
from tracksale_generated.models.survey_links_response import SurveyLinksResponse
from tracksale_generated.models.tag import Tag
from tracksale_generated.models.widget import Widget
from tracksale_generated.types import Response, Unset
from tracksale_mock.seed.load import DEFAULT_WIDGET_KEY
from tracksale_mock.serving import RunningMock

T = TypeVar("T")
TestFunction = TypeVar("TestFunction", bound=Callable[..., None])

# operationId -> the test below that calls it; filled by @covers at import.
COVERED: dict[str, Callable[..., None]] = {}


def covers(operation_id: str) -> Callable[[TestFunction], TestFunction]:
    """Register the decorated test as the one exercising `operation_id`."""

    def register(test: TestFunction) -> TestFunction:
        assert operation_id not in COVERED, f"{operation_id} is covered twice"
        COVERED[operation_id] = test
        return test

    return register


def test_every_operation_of_the_document_has_a_test_here() -> None:
    documented = set(operations(load_spec()))
    assert len(documented) == 20, sorted(documented)
    missing = sorted(documented - set(COVERED))
    unknown = sorted(set(COVERED) - documented)
    assert not missing, f"operations without a test over HTTP: {missing}"
    assert not unknown, f"tests registered for operations the document lacks: {unknown}"
    assert all(test.__name__.startswith("test_") for test in COVERED.values())


@pytest.fixture
def sent(tracksale_api: Tracksale) -> Iterator[list[httpx.Request]]:
    """Every request the fixture's client sends during the test."""
    with sent_requests(tracksale_api) as requests:
        yield requests


def _check(
    operation_id: str, response: Response[Any], sent: list[httpx.Request]
) -> tuple[Any, Any]:
    """Status, raw JSON against the document, documented URL; (parsed, raw JSON)."""
    assert response.status_code == 200, response.content[:300]
    assert response.parsed is not None
    assert not isinstance(response.parsed, ApiError)
    raw = json.loads(response.content)
    assert_valid(response_schema(operation_id, response.status_code), raw)
    method, template = documented_operations()[operation_id]
    assert sent, "the client sent nothing"
    assert sent[-1].method == method, (operation_id, sent[-1].method)
    assert path_pattern(template).match(sent[-1].url.path), (operation_id, sent[-1].url.path)
    return response.parsed, raw


def check_one(
    operation_id: str, response: Response[Any], kind: type[T], sent: list[httpx.Request]
) -> T:
    """The parsed answer, which must be a `kind`."""
    parsed, _ = _check(operation_id, response, sent)
    assert isinstance(parsed, kind), type(parsed)
    return parsed


def check_many(
    operation_id: str, response: Response[Any], kind: type[T], sent: list[httpx.Request]
) -> list[T]:
    """The parsed list answer, each element a `kind`, as long as the raw JSON list."""
    parsed, raw = _check(operation_id, response, sent)
    assert isinstance(parsed, list) and isinstance(raw, list)
    assert len(parsed) == len(raw)
    assert all(isinstance(item, kind) for item in parsed), {type(i) for i in parsed}
    return parsed


def campaigns_of(api: Tracksale) -> list[Campaign]:
    found = list_campaigns.sync(client=api.client)
    assert isinstance(found, list) and found
    return [c for c in found if isinstance(c, Campaign)]


def email_campaign(api: Tracksale) -> Campaign:
    """The first campaign that surveys by email."""
    return next(c for c in campaigns_of(api) if c.main_channel == "email")


def campaign_with_draft(api: Tracksale) -> tuple[int, DraftLotList]:
    """A campaign that has open draft lots, and its lots."""
    for campaign in campaigns_of(api):
        drafts = list_draft_lots.sync(campaign.code, client=api.client)
        if isinstance(drafts, DraftLotList) and drafts.lot:
            return campaign.code, drafts
    raise AssertionError("the seed has no campaign with a draft lot")


def long_period(running: RunningMock) -> Period:
    """The 89 days up to today, which hold the whole seed."""
    now = mock_now(running)
    return days(now - 89 * DAY, now)


def latest_answer_id(api: Tracksale) -> int:
    rows = get_answer_report.sync(client=api.client, limit=1)
    assert isinstance(rows, list) and rows and isinstance(rows[0], AnswerReportRow)
    return rows[0].id


def customer(tag: str, **extra: Any) -> Customer:
    return Customer(
        name=f"Cliente {tag}",
        email=f"cliente.{tag}@example.com.br",
        identification=f"HTTP-{tag}",
        tags=[Tag(name="Origem", value="contract-tests")],
        **extra,
    )


# campaigns and widgets


@covers("listCampaigns")
def test_list_campaigns(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    response = list_campaigns.sync_detailed(client=tracksale_api.client, dispatch_limits="1")
    campaigns = check_many("listCampaigns", response, Campaign, sent)
    seeded = seed()["campaigns"]
    assert [c.code for c in campaigns] == [c["code"] for c in seeded]
    with_limits = {c["code"] for c in seeded if c.get("dispatch_limits")}
    assert {c.code for c in campaigns if isinstance(c.dispatch_limits, DispatchLimitSet)} == (
        with_limits
    )
    assert all(c.questions and all(isinstance(q, Question) for q in c.questions) for c in campaigns)


@covers("getCampaign")
def test_get_campaign(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    listed = campaigns_of(tracksale_api)[-1]
    response = get_campaign.sync_detailed(
        listed.code, client=tracksale_api.client, **long_period(tracksale_mock)
    )
    (campaign,) = check_many("getCampaign", response, Campaign, sent)
    assert campaign.code == listed.code and campaign.name == listed.name
    assert [q.id for q in campaign.questions] == [q.id for q in listed.questions]
    assert campaign.answers == campaign.promoters + campaign.passives + campaign.detractors > 0


@covers("getWidget")
def test_get_widget(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    response = get_widget.sync_detailed(DEFAULT_WIDGET_KEY, client=tracksale_api.client)
    widget = check_one("getWidget", response, Widget, sent)
    (seeded,) = (w for w in seed()["widgets"] if w["key"] == DEFAULT_WIDGET_KEY)
    assert (widget.id, widget.name) == (seeded["id"], seeded["name"])
    assert widget.limits.daily == seeded["limits"]["daily"] and widget.limits.has_limit
    assert widget.views.daily <= min(widget.views.weekly, widget.views.monthly)


@covers("checkCanImpact")
def test_check_can_impact(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    campaign = email_campaign(tracksale_api)
    lots = get_dispatch_report.sync(
        client=tracksale_api.client, codes=str(campaign.code), **long_period(tracksale_mock)
    )
    assert isinstance(lots, list) and lots and isinstance(lots[-1], DispatchReportLot)
    recent_email = lots[-1].customers[0].email  # the campaign's latest sending
    assert isinstance(recent_email, str)

    response = check_can_impact.sync_detailed(
        campaign.code, client=tracksale_api.client, body=CanImpactRequest(email=recent_email)
    )
    assert check_one("checkCanImpact", response, CanImpactResponse, sent).can_impact is False
    stranger = CanImpactRequest(email="nunca.pesquisado@example.com.br")
    response = check_can_impact.sync_detailed(
        campaign.code, client=tracksale_api.client, body=stranger
    )
    assert check_one("checkCanImpact", response, CanImpactResponse, sent).can_impact is True


@covers("createSurveyLinks")
def test_create_survey_links(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    campaign = email_campaign(tracksale_api)
    body = SurveyLinksRequest(customers=[customer("links-1"), customer("links-2")])
    response = create_survey_links.sync_detailed(
        campaign.code, client=tracksale_api.client, body=body
    )
    links = check_one("createSurveyLinks", response, SurveyLinksResponse, sent)
    assert all(isinstance(c, SurveyLinkCustomer) for c in links.customers)
    assert [c.name for c in links.customers] == ["Cliente links-1", "Cliente links-2"]
    urls = [c.survey_link for c in links.customers]
    assert len(set(urls)) == 2 and all(u.startswith("https://tracksale.co/s/") for u in urls)


# dispatches


@covers("dispatchCustomers")
def test_dispatch_customers(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    campaign = email_campaign(tracksale_api)
    body = DispatchRequest(customers=[customer("dispatch-1"), customer("dispatch-2")])
    response = dispatch_customers.sync_detailed(
        campaign.code, client=tracksale_api.client, body=body, get_not_inserted="1"
    )
    reply = check_one("dispatchCustomers", response, DispatchResponse, sent)
    assert (reply.campaign.cod, reply.campaign.name) == (campaign.code, campaign.name)
    assert (reply.status.inserted, reply.status.duplicated, reply.status.invalid) == (2, 0, 0)
    assert reply.duplicated_customers == [] and reply.invalid_customers == []
    drafts = list_draft_lots.sync(campaign.code, client=tracksale_api.client)
    assert isinstance(drafts, DraftLotList)
    assert reply.dispatch_code in {lot.code for lot in drafts.lot}


@covers("sendDispatchLot")
def test_send_dispatch_lot(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    code, drafts = campaign_with_draft(tracksale_api)
    lot = drafts.lot[0]
    response = send_dispatch_lot.sync_detailed(
        code, lot.code, client=tracksale_api.client, body=SendLotRequest(time=0)
    )
    reply = check_one("sendDispatchLot", response, SendLotResponse, sent)
    assert reply.customers == lot.total_dispatches > 0


@covers("listDraftLots")
def test_list_draft_lots(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    listed: set[str] = set()
    for campaign in campaigns_of(tracksale_api):
        response = list_draft_lots.sync_detailed(campaign.code, client=tracksale_api.client)
        drafts = check_one("listDraftLots", response, DraftLotList, sent)
        listed |= {lot.code for lot in drafts.lot}
    seeded = {lot["code"]: lot for lot in seed()["lots"] if lot["status"] == "draft"}
    assert listed == set(seeded) and listed


@covers("discardDraftLot")
def test_discard_draft_lot(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    code, drafts = campaign_with_draft(tracksale_api)
    response = discard_draft_lot.sync_detailed(
        code, drafts.lot[0].code, client=tracksale_api.client
    )
    assert check_one("discardDraftLot", response, DiscardLotResponse, sent).success is True


# answers


@covers("insertAnswer")
def test_insert_answer(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    campaign = email_campaign(tracksale_api)
    body = AnswerRequest(
        campaign_code=str(campaign.code),
        answers=[
            NpsAnswer(
                name="Cliente nota",
                email="cliente.nota@example.com.br",
                score=9,
                justification="Atendimento rápido.",
                tags=[Tag(name="Loja", value="Paulista")],
            )
        ],
    )
    response = insert_answer.sync_detailed(
        client=tracksale_api.client, body=body, return_answer_id="1"
    )
    reply = check_one("insertAnswer", response, AnswerInsertResponse, sent)
    assert (reply.status.inserted, reply.status.invalid) == (1, 0)
    assert not isinstance(reply.answers, Unset) and len(reply.answers) == 1
    assert reply.answers[0].name == "Cliente nota"
    assert reply.answers[0].answer_id > max(a["id"] for a in seed()["answers"])


def _reply_for(question: Question) -> QuestionAnswer:
    """A valid answer to one question, by its type (Single Choice options: seed)."""
    if question.type_ in ("NPS", "Secondary NPS"):
        return QuestionAnswer(question_id=question.id, score=9, justification="Muito bom.")
    if question.type_ in ("CSAT", "Review"):
        return QuestionAnswer(question_id=question.id, score="4")
    if question.type_ == "Single Choice":
        return QuestionAnswer(question_id=question.id, option=seed_options(question.id)[0])
    return QuestionAnswer(question_id=question.id, comment="Mais opções de pagamento.")


@covers("insertAnswers")
def test_insert_answers(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    email_campaigns = [c for c in campaigns_of(tracksale_api) if c.main_channel == "email"]
    campaign = max(email_campaigns, key=lambda c: len({q.type_ for q in c.questions}))
    assert {q.type_ for q in campaign.questions} == QUESTION_TYPE_VALUES
    body = AnswersRequest(
        campaign_code=str(campaign.code),
        data=[
            CustomerAnswers(
                name="Cliente completo",
                email="cliente.completo@example.com.br",
                answers=[_reply_for(q) for q in campaign.questions],
            )
        ],
    )
    response = insert_answers.sync_detailed(client=tracksale_api.client, body=body)
    reply = check_one("insertAnswers", response, AnswerInsertResponse, sent)
    assert (reply.status.inserted, reply.status.invalid) == (1, 0)
    assert not isinstance(reply.answers, Unset)
    assert [a.email for a in reply.answers] == ["cliente.completo@example.com.br"]


@covers("insertNote")
def test_insert_note(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    answer_id = latest_answer_id(tracksale_api)
    body = NoteByAnswerId(comment="Cliente contatado por telefone.", answer_id=answer_id)
    response = insert_note.sync_detailed(client=tracksale_api.client, body=body)
    assert check_one("insertNote", response, NoteResponse, sent).answer_id == answer_id


@covers("fillEmptyTags")
def test_fill_empty_tags(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    answer_id = latest_answer_id(tracksale_api)
    body = FillTagsByAnswerId(answer_id=answer_id, tags=[Tag(name="Região", value="Sudeste")])
    response = fill_empty_tags.sync_detailed(client=tracksale_api.client, body=body)
    assert check_one("fillEmptyTags", response, FillEmptyTagsResponse, sent).answer_id == answer_id


# reports


@covers("getAnswerReport")
def test_get_answer_report(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    response = get_answer_report.sync_detailed(
        client=tracksale_api.client,
        limit=-1,
        tags="1",
        justif_return="array",
        review="1",
        nps_secondary="1",
        open_question="1",
        csat="1",
        return_update_time="1",
        **long_period(tracksale_mock),
    )
    rows = check_many("getAnswerReport", response, AnswerReportRow, sent)
    assert len(rows) == len(seed()["answers"])
    assert [r.time for r in rows] == sorted((r.time for r in rows), reverse=True)
    assert all(not isinstance(r.tags, Unset) and not isinstance(r.csat, Unset) for r in rows)
    assert all(isinstance(j, str) for r in rows for j in r.justifications)  # array shape


@covers("getDispatchReport")
def test_get_dispatch_report(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    response = get_dispatch_report.sync_detailed(
        client=tracksale_api.client, channel="1", **long_period(tracksale_mock)
    )
    lots = check_many("getDispatchReport", response, DispatchReportLot, sent)
    executed = {lot["code"] for lot in seed()["lots"] if lot["status"] == "executed"}
    assert {lot.dispatch_code for lot in lots} == executed
    assert {lot.channel for lot in lots} == {"Email", "SMS", "WhatsApp"}


@covers("getNpsReport")
def test_get_nps_report(tracksale_api: Tracksale, sent: list[httpx.Request]) -> None:
    response = get_nps_report.sync_detailed(client=tracksale_api.client, compare="1")
    report = check_one("getNpsReport", response, NpsReport, sent)
    assert isinstance(report.compare, NpsFigures)
    assert report.promoters + report.passives + report.detractors > 0
    assert -100 <= report.nps <= 100


@covers("getCategoryReport")
def test_get_category_report(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    response = get_category_report.sync_detailed(
        client=tracksale_api.client, **long_period(tracksale_mock)
    )
    categories = check_many("getCategoryReport", response, CategoryCount, sent)
    seeded = {c["id"]: c["name"] for c in seed()["categories"]}
    assert categories and {(c.id, c.name) for c in categories} <= set(seeded.items())


@covers("getStatusReport")
def test_get_status_report(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    response = get_status_report.sync_detailed(
        client=tracksale_api.client, **long_period(tracksale_mock)
    )
    statuses = check_many("getStatusReport", response, StatusCount, sent)
    assert sum(s.total for s in statuses) == len(seed()["answers"])


@covers("listPagedDispatches")
def test_list_paged_dispatches(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    response = list_paged_dispatches.sync_detailed(
        client=tracksale_api.client,
        channel="1",
        tags="1",
        page=2,
        limit=100,
        **long_period(tracksale_mock),
    )
    page = check_one("listPagedDispatches", response, PagedDispatchReport, sent)
    assert (page.code, page.status, len(page.data)) == (200, "success", 100)
    assert all(isinstance(row.lot.channel, str) for row in page.data)
    assert all(not isinstance(row.customer.tags, Unset) for row in page.data)


@covers("getPagedDispatchLot")
def test_get_paged_dispatch_lot(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, sent: list[httpx.Request]
) -> None:
    lots = get_dispatch_report.sync(client=tracksale_api.client, **long_period(tracksale_mock))
    assert isinstance(lots, list) and lots and isinstance(lots[0], DispatchReportLot)
    lot = lots[0]
    response = get_paged_dispatch_lot.sync_detailed(
        lot.dispatch_code, client=tracksale_api.client, channel="1", limit=100
    )
    page = check_one("getPagedDispatchLot", response, PagedDispatchReport, sent)
    assert {row.lot.dispatch_code for row in page.data} == {lot.dispatch_code}
    assert [row.customer.email for row in page.data] == [c.email for c in lot.customers]
