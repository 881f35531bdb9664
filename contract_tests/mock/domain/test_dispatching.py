"""Draft lots, scheduled lots, duplicates and invalid customers, sending, discarding."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW, email_body, lot_of
from tracksale_mock.domain.operations import Operations
from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.state.model import State
from tracksale_mock.state.store import Store

EMAIL, WHATSAPP, SMS = 1201, 1202, 1203


def draft_codes(ops: Operations, campaign: int) -> list[str]:
    return [lot["code"] for lot in ops.list_draft_lots(campaign_code=campaign)["lot"]]


def test_without_schedule_customers_gather_in_the_open_draft(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    (existing,) = draft_codes(ops, EMAIL)
    size = len(lot_of(state_of(), existing).customers)
    first = ops.dispatch_customers(campaign_code=EMAIL, body=email_body("a1@example.com"))
    second = ops.dispatch_customers(campaign_code=EMAIL, body=email_body("a2@example.com"))
    assert first["msg"] == "Customers have been successfully added!"
    assert first["dispatch_code"] == second["dispatch_code"] == existing
    assert first["campaign"] == {"name": "Pós-venda Loja", "cod": EMAIL}
    (lot,) = ops.list_draft_lots(campaign_code=EMAIL)["lot"]
    assert lot["total_dispatches"] == size + 2
    customer = lot_of(state_of(), existing).customers[-1]
    assert customer.email == "a2@example.com" and customer.dispatch_time is None


def test_a_draft_is_created_when_none_is_open(ops: Operations) -> None:
    assert draft_codes(ops, WHATSAPP) == []
    body = {"customers": [{"name": "Zé", "phone": "+55 (11) 98765-4321"}]}
    reply = ops.dispatch_customers(campaign_code=WHATSAPP, body=body)
    assert draft_codes(ops, WHATSAPP) == [reply["dispatch_code"]]
    again = ops.dispatch_customers(
        campaign_code=WHATSAPP, body={"customers": [{"phone": "5521912345678"}]}
    )
    assert again["dispatch_code"] == reply["dispatch_code"]


def test_sending_a_draft_executes_it_once(
    ops: Operations, state_of: Callable[[], State], clock_now: int
) -> None:
    (code,) = draft_codes(ops, EMAIL)
    ops.dispatch_customers(campaign_code=EMAIL, body=email_body("b1@example.com"))
    count = len(lot_of(state_of(), code).customers)
    reply = ops.send_dispatch_lot(campaign_code=EMAIL, dispatch_code=code, body={"time": 0})
    assert reply == {"msg": "Dispatch executed!", "customers": count}
    lot = state_of().lot(code)
    assert lot is not None and lot.status == "executed"
    assert all(abs((c.dispatch_time or 0) - clock_now) <= 2 for c in lot.customers)
    assert draft_codes(ops, EMAIL) == []
    with pytest.raises(NotFound):
        ops.send_dispatch_lot(campaign_code=EMAIL, dispatch_code=code, body={"time": 0})
    fresh = ops.dispatch_customers(campaign_code=EMAIL, body=email_body("b2@example.com"))
    assert fresh["dispatch_code"] != code


def test_sending_later_schedules_the_lot(ops: Operations, state_of: Callable[[], State]) -> None:
    (code,) = draft_codes(ops, EMAIL)
    later = NOW + 3 * DAY
    ops.send_dispatch_lot(campaign_code=EMAIL, dispatch_code=code, body={"time": later})
    lot = state_of().lot(code)
    assert lot is not None and lot.status == "scheduled" and lot.schedule_time == later
    page = ops.get_paged_dispatch_lot(dispatch_code=code)["data"]
    assert {row["lot"]["status"] for row in page} == {"Scheduled"}
    assert {row["customer"]["status"] for row in page} == {"Scheduled"}


def test_scheduled_lots_become_executed_when_the_clock_passes(ops: Operations) -> None:
    reply = ops.dispatch_customers(
        campaign_code=EMAIL, body={**email_body("c1@example.com"), "schedule_time": NOW + 60}
    )
    assert reply["msg"] == "Dispatch executed!"
    code = reply["dispatch_code"]
    assert code not in draft_codes(ops, EMAIL)
    assert ops.get_paged_dispatch_lot(dispatch_code=code)["data"][0]["lot"]["status"] == (
        "Scheduled"
    )
    ops.clock.advance(120)
    row = ops.get_paged_dispatch_lot(dispatch_code=code)["data"][0]
    assert row["lot"]["status"] == "Executed" and row["customer"]["status"] == "Sent"
    assert row["customer"]["dispatch_time"] == NOW + 60


def test_a_past_schedule_time_back_dates_the_sending(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    past = NOW - 10 * DAY
    reply = ops.dispatch_customers(
        campaign_code=EMAIL, body={**email_body("d1@example.com"), "schedule_time": past}
    )
    lot = state_of().lot(reply["dispatch_code"])
    assert lot is not None and lot.status == "executed" and lot.schedule_time == past


def test_duplicates_and_invalid_customers_are_counted_and_listed(ops: Operations) -> None:
    body = {
        "customers": [
            {"name": "Ana", "email": "ana@example.com", "phone": "5511900000001"},
            {"name": "Ana again", "email": "ANA@example.com "},
            {"name": "Same phone", "email": "other@example.com", "phone": "+55 11 900000001"},
            {"name": "No email", "phone": "5511900000002"},
            {"name": "Bad email", "email": "not-an-email"},
            {"name": "Empty email", "email": ""},
            {"name": "Bruno", "email": "bruno@example.com"},
        ],
        "schedule_time": 0,
    }
    reply = ops.dispatch_customers(campaign_code=EMAIL, body=body, get_not_inserted="1")
    assert reply["status"] == {"duplicated": 2, "invalid": 3, "inserted": 2}
    assert [c["name"] for c in reply["duplicated_customers"]] == ["Ana again", "Same phone"]
    assert {c["reason"] for c in reply["duplicated_customers"]} == {
        "Duplicated customer in this lot"
    }
    assert [c["name"] for c in reply["invalid_customers"]] == [
        "No email",
        "Bad email",
        "Empty email",
    ]
    assert {c["reason"] for c in reply["invalid_customers"]} == {"Invalid or empty main channel"}
    assert reply["invalid_customers"][0] == {
        "name": "No email",
        "phone": "5511900000002",
        "reason": "Invalid or empty main channel",
    }


def test_duplicates_are_checked_against_the_draft_lot(ops: Operations) -> None:
    ops.dispatch_customers(campaign_code=EMAIL, body=email_body("e1@example.com"))
    reply = ops.dispatch_customers(
        campaign_code=EMAIL, body=email_body("E1@example.com"), get_not_inserted="true"
    )
    assert reply["status"] == {"duplicated": 1, "invalid": 0, "inserted": 0}
    assert reply["duplicated_customers"][0]["email"] == "E1@example.com"


def test_phone_campaigns_need_a_phone(ops: Operations) -> None:
    body = {
        "customers": [
            {"name": "Email only", "email": "f1@example.com"},
            {"name": "Short", "phone": "12345"},
            {"name": "Letters", "phone": "55119abc45678"},
            {"name": "Good", "phone": "5531987654321"},
        ]
    }
    for campaign in (SMS, WHATSAPP):
        reply = ops.dispatch_customers(campaign_code=campaign, body=body, get_not_inserted="0")
        assert reply["status"] == {"duplicated": 0, "invalid": 3, "inserted": 1}
        assert "invalid_customers" not in reply and "duplicated_customers" not in reply


def test_a_request_inserting_nobody_opens_no_draft_lot(ops: Operations, store: Store) -> None:
    lots_before = store.snapshot()["lots"]
    reply = ops.dispatch_customers(campaign_code=SMS, body=email_body("g1@example.com"))
    assert reply["status"] == {"duplicated": 0, "invalid": 1, "inserted": 0}
    assert reply["dispatch_code"] is None
    assert draft_codes(ops, SMS) == [] and store.snapshot()["lots"] == lots_before


def test_a_request_inserting_nobody_names_the_open_draft(ops: Operations) -> None:
    (existing,) = draft_codes(ops, EMAIL)
    reply = ops.dispatch_customers(campaign_code=EMAIL, body={"customers": [{"name": "No"}]})
    assert reply["status"]["inserted"] == 0 and reply["dispatch_code"] == existing


def test_a_scheduled_request_inserting_nobody_still_makes_its_lot(ops: Operations) -> None:
    body = {**email_body("g2@example.com"), "schedule_time": 0}
    reply = ops.dispatch_customers(campaign_code=SMS, body=body)
    assert reply["status"]["inserted"] == 0 and reply["dispatch_code"] is not None
    assert ops.get_paged_dispatch_lot(dispatch_code=reply["dispatch_code"])["data"] == []


def test_an_empty_draft_cannot_be_sent(ops: Operations, store: Store) -> None:
    # Dispatches open no empty draft, but a replaced seed file may hold one.
    (code,) = draft_codes(ops, EMAIL)
    with store.write() as state:
        lot_of(state, code).customers.clear()
    before = store.snapshot()
    with pytest.raises(InvalidRequest, match="no customers"):
        ops.send_dispatch_lot(campaign_code=EMAIL, dispatch_code=code, body={"time": 0})
    assert store.snapshot() == before
    assert ops.discard_draft_lot(campaign_code=EMAIL, lot_code=code) == {"success": True}


def test_digit_string_times_are_accepted(ops: Operations, state_of: Callable[[], State]) -> None:
    # A PHP integration sends schedule_time as date("U"), a string of digits.
    body = {**email_body("g3@example.com"), "schedule_time": str(NOW + DAY)}
    code = ops.dispatch_customers(campaign_code=EMAIL, body=body)["dispatch_code"]
    assert lot_of(state_of(), code).schedule_time == NOW + DAY
    (draft,) = draft_codes(ops, EMAIL)
    ops.send_dispatch_lot(campaign_code=EMAIL, dispatch_code=draft, body={"time": str(NOW)})
    assert lot_of(state_of(), draft).schedule_time == NOW


@pytest.mark.parametrize(
    "when", ["-1", "1.5", " 1", "+1", "01", "4102444801", "", "now", 1.5, -1, 4102444801, True]
)
def test_malformed_times_stay_invalid(ops: Operations, store: Store, when: object) -> None:
    before = store.snapshot()
    body = {**email_body("g4@example.com"), "schedule_time": when}
    with pytest.raises(InvalidRequest):
        ops.dispatch_customers(campaign_code=EMAIL, body=body)
    (draft,) = draft_codes(ops, EMAIL)
    with pytest.raises(InvalidRequest):
        ops.send_dispatch_lot(campaign_code=EMAIL, dispatch_code=draft, body={"time": when})
    assert store.snapshot() == before


def test_discarding_removes_the_draft_and_its_customers(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    (code,) = draft_codes(ops, EMAIL)
    assert ops.discard_draft_lot(campaign_code=EMAIL, lot_code=code) == {"success": True}
    assert state_of().lot(code) is None and draft_codes(ops, EMAIL) == []
    with pytest.raises(NotFound):
        ops.discard_draft_lot(campaign_code=EMAIL, lot_code=code)
    with pytest.raises(NotFound):
        ops.get_paged_dispatch_lot(dispatch_code=code)


def test_lots_of_other_campaigns_or_already_sent_are_not_drafts(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    (code,) = draft_codes(ops, EMAIL)
    executed = next(lot.code for lot in state_of().lots if lot.status == "executed")
    for campaign, lot_code in ((SMS, code), (EMAIL, executed), (EMAIL, "LT0000000")):
        with pytest.raises(NotFound):
            ops.discard_draft_lot(campaign_code=campaign, lot_code=lot_code)
        with pytest.raises(NotFound):
            ops.send_dispatch_lot(campaign_code=campaign, dispatch_code=lot_code, body={"time": 0})


def test_unknown_campaigns_are_not_found(ops: Operations, store: Store) -> None:
    before = store.snapshot()
    with pytest.raises(NotFound):
        ops.dispatch_customers(campaign_code=9999, body=email_body("i1@example.com"))
    with pytest.raises(NotFound):
        ops.list_draft_lots(campaign_code=9999)
    assert store.snapshot() == before
