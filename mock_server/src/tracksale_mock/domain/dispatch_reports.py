"""Reports over the lots: the dispatch report and the paged one (second host).

A sent lot belongs to a period when its sending time (`schedule_time`) falls in it;
draft lots are never listed there. Lots come oldest sending first (then by code),
customers in the order they joined the lot, so pages are stable. The paged report of
a single lot ignores the period and shows draft lots too (status "Draft", customers
without dispatch time); an unknown lot is 404.
"""

from __future__ import annotations

from typing import Any

from tracksale_mock.domain.dates import Period
from tracksale_mock.domain.lots import CHANNEL_LABELS, customer_status, lot_status
from tracksale_mock.errors import NotFound
from tracksale_mock.state.index import index_of
from tracksale_mock.state.model import Lot, LotCustomer, State


def _lots(state: State, period: Period, codes: set[int] | None) -> list[Lot]:
    return index_of(state).sent_lots(period.start, period.end, codes)


def _campaign(state: State, lot: Lot) -> dict[str, Any]:
    campaign = state.campaign(lot.campaign_code)
    return {"name": campaign.name if campaign else "", "code": lot.campaign_code}


def _customer(lot: Lot, customer: LotCustomer, now: int, paged: bool, tags: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "name": customer.name,
        "identification": customer.identification,
        "email": customer.email,
        "phone": customer.phone,
        "dispatch_time": customer.dispatch_time,
        "status": customer_status(lot, customer, now),
        "has_answered": customer.has_answered,
    }
    if paged:
        row["survey_opened"] = customer.survey_opened
    if tags:
        row["tags"] = [{"name": t.name, "value": t.value} for t in customer.tags]
    return row


def dispatch_report(
    state: State, period: Period, codes: set[int] | None, channel: bool, now: int
) -> list[dict[str, Any]]:
    """The `DispatchReport` body."""
    rows = []
    for lot in _lots(state, period, codes):
        row: dict[str, Any] = {
            "campaign": _campaign(state, lot),
            "dispatch_code": lot.code,
            "status": lot_status(lot, now),
            "create_time": lot.create_time,
            "customers": [_customer(lot, c, now, False, False) for c in lot.customers],
        }
        if channel:
            row["channel"] = CHANNEL_LABELS[lot.channel]
        rows.append(row)
    return rows


def _slice(lots: list[Lot], skip: int, limit: int) -> list[tuple[Lot, LotCustomer]]:
    """`limit` of the lots' customers after the first `skip`, in order (lots skipped
    whole cost nothing per customer)."""
    chosen: list[tuple[Lot, LotCustomer]] = []
    for lot in lots:
        if len(chosen) >= limit:
            break
        if skip >= len(lot.customers):
            skip -= len(lot.customers)
            continue
        taken = lot.customers[skip : skip + limit - len(chosen)]
        chosen += [(lot, customer) for customer in taken]
        skip = 0
    return chosen


def _page(
    state: State, lots: list[Lot], flags: tuple[bool, bool], page: int, limit: int, now: int
) -> dict[str, Any]:
    channel, tags = flags
    chosen = _slice(lots, (page - 1) * limit, limit)
    data = []
    for lot, customer in chosen:
        lot_row: dict[str, Any] = {
            "create_time": lot.create_time,
            "dispatch_code": lot.code,
            "status": lot_status(lot, now),
        }
        if channel:
            lot_row["channel"] = CHANNEL_LABELS[lot.channel]
        data.append(
            {
                "campaign": _campaign(state, lot),
                "lot": lot_row,
                "customer": _customer(lot, customer, now, True, tags),
            }
        )
    return {"code": 200, "status": "success", "data": data}


def paged_report(
    state: State,
    period: Period,
    codes: set[int] | None,
    flags: tuple[bool, bool],
    page: int,
    limit: int,
    now: int,
) -> dict[str, Any]:
    """The `PagedDispatchReport` body; `flags` is (channel, tags)."""
    return _page(state, _lots(state, period, codes), flags, page, limit, now)


def paged_lot(
    state: State, code: str, flags: tuple[bool, bool], page: int, limit: int, now: int
) -> dict[str, Any]:
    """The `PagedDispatchReport` body of one lot, whatever its time."""
    lot = index_of(state).lot(code)
    if lot is None:
        raise NotFound(f"Lot {code} does not exist.")
    return _page(state, [lot], flags, page, limit, now)
