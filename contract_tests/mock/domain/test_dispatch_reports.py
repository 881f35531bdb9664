"""The dispatch report and the paged one: lots of the period, stable pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW, day
from tracksale_mock.domain.operations import Operations
from tracksale_mock.errors import NotFound
from tracksale_mock.state.model import Lot, State

LONG: dict[str, Any] = {"start": day(NOW - 89 * DAY), "end": day(NOW)}


def sent_lots(state: State, low: int, high: int) -> list[Lot]:
    """Sent lots whose sending time is in [low, high], oldest first (independent)."""
    found = [
        lot
        for lot in state.lots
        if lot.status != "draft"
        and lot.schedule_time is not None
        and low <= lot.schedule_time <= high
    ]
    return sorted(found, key=lambda lot: (lot.schedule_time or 0, lot.code))


def test_dispatch_report_lists_the_periods_lots(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    low, high = NOW - 89 * DAY - 12 * 3600, NOW + 12 * 3600 - 1
    expected = sent_lots(state_of(), low, high)
    report = ops.get_dispatch_report(**LONG)
    assert [r["dispatch_code"] for r in report] == [lot.code for lot in expected]
    for row, lot in zip(report, expected, strict=True):
        assert row["campaign"]["code"] == lot.campaign_code
        assert row["create_time"] == lot.create_time and "channel" not in row
        assert [c["email"] for c in row["customers"]] == [c.email for c in lot.customers]
        assert [c["has_answered"] for c in row["customers"]] == [
            c.has_answered for c in lot.customers
        ]
        assert "survey_opened" not in row["customers"][0]
    assert {r["status"] for r in report} == {"Executed"}


def test_the_channel_flag(ops: Operations) -> None:
    report = ops.get_dispatch_report(channel="true", **LONG)
    labels = {r["campaign"]["code"]: r["channel"] for r in report}
    assert labels == {1201: "Email", 1202: "WhatsApp", 1203: "SMS", 1204: "Email"}


def test_future_lots_show_as_scheduled_when_the_period_reaches_them(ops: Operations) -> None:
    later = ops.get_dispatch_report(start=day(NOW), end=day(NOW + 2 * DAY))
    assert [r["status"] for r in later] == ["Scheduled"]
    assert {c["status"] for c in later[0]["customers"]} == {"Scheduled"}
    assert ops.get_dispatch_report(start=day(NOW), end=day(NOW)) == []


def test_pages_cover_every_row_once_in_a_stable_order(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    low, high = NOW - 89 * DAY - 12 * 3600, NOW + 12 * 3600 - 1
    expected = [
        (lot.code, c.email) for lot in sent_lots(state_of(), low, high) for c in lot.customers
    ]
    assert len(expected) > 200
    rows = []
    page = 1
    while True:
        data = ops.list_paged_dispatches(page=page, **LONG)["data"]
        rows += [(r["lot"]["dispatch_code"], r["customer"]["email"]) for r in data]
        if len(data) < 100:
            break
        page += 1
    assert rows == expected
    big = ops.list_paged_dispatches(limit=10_000, **LONG)
    assert big["code"] == 200 and big["status"] == "success"
    assert [(r["lot"]["dispatch_code"], r["customer"]["email"]) for r in big["data"]] == expected
    assert ops.list_paged_dispatches(page=page + 5, **LONG)["data"] == []


def test_paged_rows_carry_tags_and_channel_only_when_asked(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    plain = ops.list_paged_dispatches(**LONG)["data"]
    assert all("tags" not in r["customer"] and "channel" not in r["lot"] for r in plain)
    assert all("survey_opened" in r["customer"] for r in plain)
    rich = ops.list_paged_dispatches(tags="1", channel="1", codes="1201", **LONG)["data"]
    assert {r["lot"]["channel"] for r in rich} == {"Email"}
    first = rich[0]
    lot = state_of().lot(first["lot"]["dispatch_code"])
    assert lot is not None
    expected = [{"name": t.name, "value": t.value} for t in lot.customers[0].tags]
    assert first["customer"]["tags"] == expected


def test_one_lot_ignores_the_period(ops: Operations, state_of: Callable[[], State]) -> None:
    oldest = sent_lots(state_of(), 0, NOW)[0]
    assert oldest.schedule_time is not None and oldest.schedule_time < NOW - 60 * DAY
    assert not any(
        r["lot"]["dispatch_code"] == oldest.code for r in ops.list_paged_dispatches()["data"]
    )
    data = ops.get_paged_dispatch_lot(dispatch_code=oldest.code)["data"]
    assert [r["customer"]["email"] for r in data] == [c.email for c in oldest.customers]
    assert {r["campaign"]["code"] for r in data} == {oldest.campaign_code}
    with pytest.raises(NotFound):
        ops.get_paged_dispatch_lot(dispatch_code="LTNOPE")


def test_draft_lots_appear_only_by_code(ops: Operations, state_of: Callable[[], State]) -> None:
    draft = next(lot for lot in state_of().lots if lot.status == "draft")
    assert not any(r["dispatch_code"] == draft.code for r in ops.get_dispatch_report(**LONG))
    data = ops.get_paged_dispatch_lot(dispatch_code=draft.code)["data"]
    assert len(data) == len(draft.customers)
    assert {r["lot"]["status"] for r in data} == {"Draft"}
    assert {r["customer"]["dispatch_time"] for r in data} == {None}


def test_the_default_period_is_the_last_30_days(ops: Operations) -> None:
    default = ops.get_answer_report(limit=-1)
    explicit = ops.get_answer_report(limit=-1, start=day(NOW - 30 * DAY))
    assert default and {r["id"] for r in default} <= {r["id"] for r in explicit}
    assert min(r["time"] for r in default) > NOW - 30 * DAY
