"""Who may be surveyed: the 90-day rule and survey links.

90-day rule: a customer cannot be impacted by a campaign when, in that campaign, it
was sent the survey (a lot executed with it, dispatch time from 90 days ago up to
now) or it answered, in the same window. Draft lots and sendings scheduled for later
do not count until the clock reaches them. The customer matches when any key given
(email, phone, identification) equals the same key of the lot customer or answer.

Survey links need at least one of email, phone and identification per customer;
otherwise the request is refused, as a link must point at somebody.
"""

from __future__ import annotations

from typing import Any

from tracksale_mock.domain import inputs
from tracksale_mock.domain.campaigns import require
from tracksale_mock.domain.customers import CustomerKey, survey_link
from tracksale_mock.domain.dates import DAY
from tracksale_mock.domain.lots import is_sent
from tracksale_mock.state.model import State

RULE_DAYS = 90


def can_impact(state: State, campaign_code: int, body: object, now: int) -> dict[str, Any]:
    """The `CanImpactResponse` body for the customer in `body`."""
    data = inputs.obj(body, "body")
    key = CustomerKey.of(
        inputs.text(data, "email", "body", nullable=False),
        inputs.text(data, "phone", "body", nullable=False),
        inputs.text(data, "identification", "body", nullable=False),
    )
    require(state, campaign_code)
    if key.is_empty():
        # Keys that normalize to nothing (a phone without digits) match no customer.
        return {"can_impact": True}
    since = now - RULE_DAYS * DAY
    for lot in state.lots:
        if lot.campaign_code != campaign_code or not is_sent(lot):
            continue
        for customer in lot.customers:
            when = customer.dispatch_time
            recent = when is not None and since <= when <= now
            other = CustomerKey.of(customer.email, customer.phone, customer.identification)
            if recent and key.shares_any(other):
                return {"can_impact": False}
    for answer in state.answers:
        if answer.campaign_code == campaign_code and since <= answer.time <= now:
            other = CustomerKey.of(answer.email, answer.phone, answer.identification)
            if key.shares_any(other):
                return {"can_impact": False}
    return {"can_impact": True}


def survey_links(campaign_code: int, body: object) -> dict[str, Any]:
    """The `SurveyLinksResponse` body: each customer echoed with its link."""
    data = inputs.obj(body, "body")
    customers = inputs.objects(data.get("customers"), "body.customers", max_items=500)
    result = []
    for i, customer in enumerate(customers):
        where = f"body.customers[{i}]"
        echo: dict[str, Any] = {}
        for field in ("name", "email", "phone"):
            value = inputs.text(customer, field, where, nullable=False)
            if value is not None:
                echo[field] = value
        if "identification" in customer:
            echo["identification"] = inputs.text(customer, "identification", where)
        if "tags" in customer:
            echo["tags"] = [
                {"name": t.name, "value": t.value} for t in inputs.tags(customer, "tags", where)
            ]
        inputs.unix_time(customer, "finish_time", where)
        key = CustomerKey.of(echo.get("email"), echo.get("phone"), echo.get("identification"))
        echo["survey_link"] = survey_link(campaign_code, key, echo.get("name"))
        result.append(echo)
    return {"customers": result}
