"""The small app of issue 10, written against the generated functions (before)."""

from __future__ import annotations

from tracksale_client import (
    AnswerRequest,
    ApiError,
    Customer,
    DispatchRequest,
    NotFoundError,
    NpsAnswer,
    SendLotRequest,
    ThrottledError,
    Tracksale,
)
from tracksale_generated.api.answers import insert_answer
from tracksale_generated.api.campaigns import get_campaign, list_campaigns
from tracksale_generated.api.dispatches import dispatch_customers, send_dispatch_lot
from tracksale_generated.api.reports import get_nps_report, list_paged_dispatches


def run(api: Tracksale, campaign: int) -> dict[str, object]:
    campaigns = list_campaigns.sync(client=api.client, start="2026-11-01")
    if campaigns is None or isinstance(campaigns, ApiError):
        raise RuntimeError("no campaigns")
    names = [c.name for c in campaigns]
    people = [Customer(name=f"Cliente {i}", email=f"c{i}@example.com.br") for i in range(1200)]
    codes = []
    for start in range(0, len(people), 500):
        body = DispatchRequest(customers=people[start : start + 500])
        reply = dispatch_customers.sync(campaign, client=api.client, body=body)
        if reply is None or isinstance(reply, ApiError) or reply.dispatch_code is None:
            raise RuntimeError("dispatch failed")
        codes.append(reply.dispatch_code)
    lot = send_dispatch_lot.sync(campaign, codes[0], client=api.client, body=SendLotRequest(time=0))
    if lot is None or isinstance(lot, ApiError):
        raise RuntimeError("send failed")
    answers = [NpsAnswer(name="Ana", email="ana@example.com.br", score=10)]
    body_a = AnswerRequest(campaign_code=str(campaign), answers=answers)
    inserted = insert_answer.sync(client=api.client, body=body_a)
    if inserted is None or isinstance(inserted, ApiError):
        raise RuntimeError("insert failed")
    nps = get_nps_report.sync(client=api.client, compare="1", codes=str(campaign))
    if nps is None or isinstance(nps, ApiError):
        raise RuntimeError("no nps")
    rows, page = 0, 1
    while True:
        report = list_paged_dispatches.sync(
            client=api.client, start="2026-01-01", page=page, limit=100
        )
        if report is None or isinstance(report, ApiError):
            raise RuntimeError("no page")
        rows += len(report.data)
        if len(report.data) < 100:
            break
        page += 1
    try:
        found = get_campaign.sync(999_999, client=api.client)
        missing = found is None or isinstance(found, ApiError)
    except NotFoundError:
        missing = True
    try:
        forced = api.client.with_headers({"Prefer": "code=405"})
        result = list_campaigns.sync(client=forced)
        locked = isinstance(result, ApiError)
    except ThrottledError:
        locked = True
    return {
        "campaigns": names,
        "sent": lot,
        "inserted": inserted.status.inserted,
        "nps": nps.nps,
        "rows": rows,
        "missing": missing,
        "locked": locked,
    }
