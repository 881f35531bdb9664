"""The 90-day rule and survey links."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW, email_body
from tracksale_mock.domain.operations import Operations
from tracksale_mock.errors import NotFound
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.model import State
from tracksale_mock.state.store import MemoryStore

EMAIL, WHATSAPP = 1201, 1202


def test_a_new_customer_can_be_impacted(ops: Operations) -> None:
    assert ops.check_can_impact(campaign_code=EMAIL, body={"email": "new@example.com"}) == {
        "can_impact": True
    }


def test_a_customer_sent_the_campaign_recently_cannot(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    lot = next(x for x in state_of().lots if x.campaign_code == EMAIL and x.status == "executed")
    person = lot.customers[0]
    assert person.email and person.phone
    for body in ({"email": person.email.upper()}, {"phone": f"+{person.phone}"}):
        assert ops.check_can_impact(campaign_code=EMAIL, body=body) == {"can_impact": False}


def test_the_rule_is_per_campaign_and_by_any_key(ops: Operations) -> None:
    sent = {"name": "Rita", "phone": "5511911112222", "identification": "RITA-1"}
    ops.dispatch_customers(campaign_code=WHATSAPP, body={"customers": [sent], "schedule_time": 0})
    assert not ops.check_can_impact(campaign_code=WHATSAPP, body={"identification": "RITA-1"})[
        "can_impact"
    ]
    assert not ops.check_can_impact(
        campaign_code=WHATSAPP, body={"identification": "other", "phone": "5511911112222"}
    )["can_impact"]
    assert ops.check_can_impact(campaign_code=EMAIL, body={"identification": "RITA-1"})[
        "can_impact"
    ]


def test_drafts_and_future_sendings_count_once_sent(ops: Operations) -> None:
    reply = ops.dispatch_customers(campaign_code=EMAIL, body=email_body("draft@example.com"))
    assert ops.check_can_impact(campaign_code=EMAIL, body={"email": "draft@example.com"})[
        "can_impact"
    ]
    ops.send_dispatch_lot(
        campaign_code=EMAIL, dispatch_code=reply["dispatch_code"], body={"time": NOW + DAY}
    )
    key = {"email": "draft@example.com"}
    assert ops.check_can_impact(campaign_code=EMAIL, body=key)["can_impact"]  # not yet sent
    ops.clock.advance(DAY + 1)
    assert not ops.check_can_impact(campaign_code=EMAIL, body=key)["can_impact"]


def test_an_answer_blocks_for_90_days(ops: Operations) -> None:
    body = {
        "campaign_code": str(EMAIL),
        "answers": [{"name": "Leo", "email": "leo@example.com", "score": 8}],
    }
    ops.insert_answer(body=body)
    key = {"email": "leo@example.com"}
    assert not ops.check_can_impact(campaign_code=EMAIL, body=key)["can_impact"]
    ops.clock.advance(89 * DAY)
    assert not ops.check_can_impact(campaign_code=EMAIL, body=key)["can_impact"]
    ops.clock.advance(2 * DAY)
    assert ops.check_can_impact(campaign_code=EMAIL, body=key)["can_impact"]


def test_everyone_is_free_again_after_90_days(seed_state: State) -> None:
    ops = Operations(MemoryStore(seed_state.clone()), MockClock(start=NOW + 92 * DAY))
    people = {c.email for lot in seed_state.lots if lot.status == "executed" for c in lot.customers}
    for email in sorted(p for p in people if p)[:5]:
        assert ops.check_can_impact(campaign_code=EMAIL, body={"email": email})["can_impact"]


def test_can_impact_refusals(ops: Operations) -> None:
    # A key that normalizes to nothing names no customer, so nobody blocks it.
    assert ops.check_can_impact(campaign_code=EMAIL, body={"phone": "abc"}) == {"can_impact": True}
    with pytest.raises(NotFound):
        ops.check_can_impact(campaign_code=9999, body={"email": "a@example.com"})


def test_survey_links_are_stable_per_customer(seed_state: State) -> None:
    customers: list[dict[str, Any]] = [
        {
            "name": "Mariana",
            "email": "mariana@example.com",
            "tags": [{"name": "Loja", "value": "X"}],
        },
        {"name": "João", "phone": "5521912345678"},
        {"identification": "CLI-9", "email": "z@example.com"},
    ]
    first = Operations(MemoryStore(seed_state.clone()), MockClock(start=NOW))
    reply = first.create_survey_links(campaign_code=EMAIL, body={"customers": customers})
    links = [c["survey_link"] for c in reply["customers"]]
    assert all(link.startswith("https://tracksale.co/s/") for link in links)
    assert len(set(links)) == 3
    assert reply["customers"][0] == {**customers[0], "survey_link": links[0]}
    restarted = Operations(MemoryStore(seed_state.clone()), MockClock(start=NOW + DAY))
    again = restarted.create_survey_links(
        campaign_code=EMAIL,
        body={"customers": [{"email": "MARIANA@example.com"}, customers[1], customers[2]]},
    )
    assert [c["survey_link"] for c in again["customers"]] == links
    other = restarted.create_survey_links(campaign_code=WHATSAPP, body={"customers": customers})
    assert not set(links) & {c["survey_link"] for c in other["customers"]}


def test_anonymous_customers_get_links_by_name(ops: Operations) -> None:
    body = {"customers": [{"name": "Nobody"}, {"name": "Somebody"}, {"name": "nobody "}]}
    links = [
        c["survey_link"]
        for c in ops.create_survey_links(campaign_code=EMAIL, body=body)["customers"]
    ]
    assert links[0] == links[2] != links[1]


def test_survey_links_need_a_campaign(ops: Operations) -> None:
    with pytest.raises(NotFound):
        ops.create_survey_links(campaign_code=9999, body={"customers": [{"email": "a@b.co"}]})
