"""Sending surveys: draft lots, scheduled lots, sending and discarding.

* Without `schedule_time` customers join the campaign's open draft lot (the newest
  one), which is created when there is none. A request that inserts nobody opens no
  lot: it returns the open draft's code if there is one, else a null
  `dispatch_code`; so every draft lot holds customers and can be sent.
* With `schedule_time` a new lot is sent at that time (0 means now; a past time is
  kept as given, which back-dates the sending). It is `scheduled` until the mock
  clock reaches that time, then `executed`. The lot exists even if nobody was
  inserted.
* A customer is invalid when its main channel (email for email campaigns, phone for
  SMS and WhatsApp) is empty or malformed, and duplicated when its email or phone is
  already in the lot or earlier in the same request. Invalid is checked first.
* Sending a draft lot works once; an empty draft lot cannot be sent (400).
* The mock neither applies the 90-day rule nor the campaign's sending limits here.
"""

from __future__ import annotations

from typing import Any

from tracksale_mock.domain import inputs
from tracksale_mock.domain.campaigns import require
from tracksale_mock.domain.customers import norm_email, norm_phone, reaches
from tracksale_mock.domain.lots import next_lot_code
from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.state.model import Campaign, Lot, LotCustomer, State

ADDED = "Customers have been successfully added!"
EXECUTED = "Dispatch executed!"
DUPLICATED_REASON = "Duplicated customer in this lot"
INVALID_REASON = "Invalid or empty main channel"


def _customer(data: dict[str, Any], where: str) -> tuple[LotCustomer, dict[str, Any]]:
    """The lot customer described by `data`, and its echo for the not-inserted lists."""
    customer = LotCustomer(
        name=inputs.text(data, "name", where, nullable=False),
        email=inputs.text(data, "email", where, nullable=False),
        phone=inputs.text(data, "phone", where, nullable=False),
        identification=inputs.text(data, "identification", where),
        tags=inputs.tags(data, "tags", where),
        finish_time=inputs.unix_time(data, "finish_time", where),
    )
    echo = {k: getattr(customer, k) for k in ("name", "email", "phone", "identification")}
    return customer, {k: v for k, v in echo.items() if k in data}


def _open_draft(state: State, campaign: Campaign, now: int) -> Lot:
    """The campaign's newest draft lot, or a new one (not yet in the state)."""
    drafts = [x for x in state.lots if x.campaign_code == campaign.code and x.status == "draft"]
    if drafts:
        return max(drafts, key=lambda x: (x.create_time, state.lots.index(x)))
    return Lot(next_lot_code(state), campaign.code, now, "draft", campaign.main_channel)


def _execute(lot: Lot, when: int, now: int) -> None:
    lot.status = "executed" if when <= now else "scheduled"
    lot.schedule_time = when
    for customer in lot.customers:
        customer.dispatch_time = when


def dispatch(
    state: State, campaign_code: int, body: object, get_not_inserted: bool, now: int
) -> dict[str, Any]:
    """Add customers to a lot and return the `DispatchResponse` body."""
    data = inputs.obj(body, "body")
    rows = inputs.objects(data.get("customers"), "body.customers", max_items=500)
    schedule = inputs.unix_time(data, "schedule_time", "body")
    parsed = [_customer(row, f"body.customers[{i}]") for i, row in enumerate(rows)]
    campaign = require(state, campaign_code)
    # Everything that can fail is behind: from here on the state changes.
    if schedule is None:
        lot = _open_draft(state, campaign, now)
    else:
        lot = Lot(next_lot_code(state), campaign.code, now, "draft", campaign.main_channel)
    is_new = lot not in state.lots
    emails = {norm_email(c.email) for c in lot.customers} - {None}
    phones = {norm_phone(c.phone) for c in lot.customers} - {None}
    invalid: list[dict[str, Any]] = []
    duplicated: list[dict[str, Any]] = []
    for customer, echo in parsed:
        email, phone = norm_email(customer.email), norm_phone(customer.phone)
        if not reaches(campaign.main_channel, customer.email, customer.phone):
            invalid.append({**echo, "reason": INVALID_REASON})
        elif (email is not None and email in emails) or (phone is not None and phone in phones):
            duplicated.append({**echo, "reason": DUPLICATED_REASON})
        else:
            emails.add(email)
            phones.add(phone)
            lot.customers.append(customer)
    inserted = len(parsed) - len(duplicated) - len(invalid)
    opens_empty_draft = is_new and schedule is None and inserted == 0
    if is_new and not opens_empty_draft:
        state.lots.append(lot)
    if schedule is not None:
        _execute(lot, now if schedule == 0 else schedule, now)
    reply: dict[str, Any] = {
        "msg": ADDED if schedule is None else EXECUTED,
        "dispatch_code": None if opens_empty_draft else lot.code,
        "status": {
            "duplicated": len(duplicated),
            "invalid": len(invalid),
            "inserted": inserted,
        },
        "campaign": {"name": campaign.name, "cod": campaign.code},
    }
    if get_not_inserted:
        reply["duplicated_customers"] = duplicated
        reply["invalid_customers"] = invalid
    return reply


def _draft(state: State, campaign: Campaign, code: str) -> Lot:
    lot = state.lot(code)
    if lot is None or lot.campaign_code != campaign.code or lot.status != "draft":
        raise NotFound(f"Draft lot {code} does not exist in campaign {campaign.code}.")
    return lot


def send(
    state: State, campaign_code: int, dispatch_code: str, body: object, now: int
) -> dict[str, Any]:
    """Send a draft lot now (`time` 0) or at `time`; the `SendLotResponse` body."""
    data = inputs.obj(body, "body")
    when = inputs.unix_time(data, "time", "body")
    if when is None:
        raise InvalidRequest("Give 'time': Unix seconds, or 0 to send now.")
    lot = _draft(state, require(state, campaign_code), dispatch_code)
    if not lot.customers:
        raise InvalidRequest(f"Draft lot {dispatch_code} has no customers to send.")
    _execute(lot, now if when == 0 else when, now)
    return {"msg": EXECUTED, "customers": len(lot.customers)}


def drafts(state: State, campaign_code: int) -> dict[str, Any]:
    """The `DraftLotList` body: the campaign's open lots, oldest first."""
    campaign = require(state, campaign_code)
    lots = [x for x in state.lots if x.campaign_code == campaign.code and x.status == "draft"]
    lots.sort(key=lambda x: x.create_time)
    return {
        "lot": [
            {"code": x.code, "create_time": x.create_time, "total_dispatches": len(x.customers)}
            for x in lots
        ]
    }


def discard(state: State, campaign_code: int, lot_code: str) -> dict[str, Any]:
    """Delete a draft lot and its customers; the `DiscardLotResponse` body."""
    lot = _draft(state, require(state, campaign_code), lot_code)
    state.lots.remove(lot)
    return {"success": True}
