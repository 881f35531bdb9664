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
from tracksale_mock.domain.lots import lot_code
from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.state.index import StateIndex, index_of
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


def _new_lot(index: StateIndex, campaign: Campaign, now: int) -> Lot:
    lot = Lot(index.take_lot_code(lot_code), campaign.code, now, "draft", campaign.main_channel)
    index.add_lot(lot)
    return lot


def _execute(index: StateIndex, lot: Lot, when: int, now: int) -> None:
    index.send_lot(lot, "executed" if when <= now else "scheduled", when)


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
    index = index_of(state)
    draft = index.open_draft(campaign.code) if schedule is None else None
    # The draft's contacts are the index's own sets (read here, never copied: a copy
    # would cost the lot's size on every request); this request's own go beside them.
    no_contacts: set[str | None] = set()
    lot_emails, lot_phones = index.contacts(draft) if draft else (no_contacts, no_contacts)
    emails: set[str | None] = set()
    phones: set[str | None] = set()
    accepted: list[LotCustomer] = []
    invalid: list[dict[str, Any]] = []
    duplicated: list[dict[str, Any]] = []
    for customer, echo in parsed:
        email, phone = norm_email(customer.email), norm_phone(customer.phone)
        if not reaches(campaign.main_channel, customer.email, customer.phone):
            invalid.append({**echo, "reason": INVALID_REASON})
        elif (email is not None and (email in lot_emails or email in emails)) or (
            phone is not None and (phone in lot_phones or phone in phones)
        ):
            duplicated.append({**echo, "reason": DUPLICATED_REASON})
        else:
            emails.add(email)
            phones.add(phone)
            accepted.append(customer)
    # A draft dispatch that inserts nobody opens no (empty) draft lot.
    lot = draft if draft or (schedule is None and not accepted) else _new_lot(index, campaign, now)
    for customer in accepted:
        assert lot is not None
        index.add_customer(lot, customer)
    if lot is not None and schedule is not None:
        _execute(index, lot, now if schedule == 0 else schedule, now)
    reply: dict[str, Any] = {
        "msg": ADDED if schedule is None else EXECUTED,
        "dispatch_code": lot.code if lot is not None else None,
        "status": {
            "duplicated": len(duplicated),
            "invalid": len(invalid),
            "inserted": len(accepted),
        },
        "campaign": {"name": campaign.name, "cod": campaign.code},
    }
    if get_not_inserted:
        reply["duplicated_customers"] = duplicated
        reply["invalid_customers"] = invalid
    return reply


def _draft(state: State, campaign: Campaign, code: str) -> Lot:
    lot = index_of(state).lot(code)
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
    _execute(index_of(state), lot, now if when == 0 else when, now)
    return {"msg": EXECUTED, "customers": len(lot.customers)}


def drafts(state: State, campaign_code: int) -> dict[str, Any]:
    """The `DraftLotList` body: the campaign's open lots, oldest first."""
    campaign = require(state, campaign_code)
    lots = sorted(index_of(state).drafts(campaign.code), key=lambda x: x.create_time)
    return {
        "lot": [
            {"code": x.code, "create_time": x.create_time, "total_dispatches": len(x.customers)}
            for x in lots
        ]
    }


def discard(state: State, campaign_code: int, lot_code: str) -> dict[str, Any]:
    """Delete a draft lot and its customers; the `DiscardLotResponse` body."""
    lot = _draft(state, require(state, campaign_code), lot_code)
    index_of(state).remove_draft(lot)
    return {"success": True}
