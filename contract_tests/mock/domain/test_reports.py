"""Reports computed from the state: answers, NPS, categories, statuses, campaigns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW, day
from tracksale_mock.domain.operations import Operations
from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.state.model import Answer, State
from tracksale_mock.state.store import MemoryStore

EMAIL, WHATSAPP, SMS = 1201, 1202, 1203
FEB_2020 = 1_580_515_200  # 2020-02-01T00:00:00Z
START, END = day(NOW - 20 * DAY), day(NOW - DAY)


def in_window(state: State, codes: set[int] | None = None) -> list[Answer]:
    """The answers of START..END computed independently of the mock's code."""
    low, high = NOW - 20 * DAY - 12 * 3600, NOW - 12 * 3600 - 1  # both days are whole
    return [
        a
        for a in state.answers
        if low <= a.time <= high and (codes is None or a.campaign_code in codes)
    ]


def insert_scores(ops: Operations, campaign: int, when: int, scores: list[int]) -> None:
    answers = [
        {
            "name": f"P{i}",
            "email": f"p{i}.{when}@example.com",
            "phone": f"55119{when % 10**6:06d}{i:02d}",
            "score": s,
            "create_time": when,
        }
        for i, s in enumerate(scores)
    ]
    ops.insert_answer(body={"campaign_code": str(campaign), "answers": answers})


def test_answer_report_is_newest_first_and_limited(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    expected = sorted(in_window(state_of()), key=lambda a: (a.time, a.id), reverse=True)
    assert len(expected) > 10
    assert [r["id"] for r in ops.get_answer_report(start=START, end=END)] == [
        a.id for a in expected[:10]
    ]
    everything = ops.get_answer_report(start=START, end=END, limit=-1)
    assert [r["id"] for r in everything] == [a.id for a in expected]
    assert len(ops.get_answer_report(start=START, end=END, limit=3)) == 3
    assert ops.get_answer_report(start=START, end=END, limit=0) == []


def test_answer_report_rows_mirror_the_state(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    state = state_of()
    rows = {r["id"]: r for r in ops.get_answer_report(start=START, end=END, limit=-1)}
    statuses = {s.id: s.name for s in state.statuses}
    for answer in in_window(state):
        row = rows[answer.id]
        assert row["status"] == statuses[answer.status_id or 0]
        assert row["nps_answer"] == answer.nps_answer and row["lot_code"] == answer.lot_code
        assert [c["id"] for c in row["categories"]] == answer.category_ids
        campaign = state.campaign(answer.campaign_code)
        assert campaign is not None and row["campaign_name"] == campaign.name


def test_optional_fields_only_when_asked(ops: Operations) -> None:
    optional = {"tags", "review", "nps_secondary", "open_question", "csat", "update_time"}
    plain = ops.get_answer_report(start=START, end=END, limit=-1)
    assert all(not optional & row.keys() for row in plain)
    flags = {"tags": "1", "review": "true", "nps_secondary": "1", "open_question": "1"}
    full = ops.get_answer_report(
        start=START, end=END, limit=-1, csat="1", return_update_time="true", **flags
    )
    assert all(optional <= row.keys() for row in full)
    off = ops.get_answer_report(start=START, end=END, tags="0", csat="false")
    assert all(not optional & row.keys() for row in off)


def test_justifications_level_and_array(ops: Operations, state_of: Callable[[], State]) -> None:
    chosen = [a for a in in_window(state_of()) if a.justifications]
    assert chosen
    level = {r["id"]: r for r in ops.get_answer_report(start=START, end=END, limit=-1)}
    flat = {
        r["id"]: r
        for r in ops.get_answer_report(start=START, end=END, limit=-1, justif_return="array")
    }
    for answer in chosen:
        assert level[answer.id]["justifications"] == [
            {"name": j.name, "children": j.children} for j in answer.justifications
        ]
        leaves = [c for j in answer.justifications for c in (j.children or [j.name])]
        assert flat[answer.id]["justifications"] == leaves
    with pytest.raises(InvalidRequest):
        ops.get_answer_report(justif_return="tree")


def test_codes_filter_every_report(ops: Operations, state_of: Callable[[], State]) -> None:
    mine = in_window(state_of(), {EMAIL, SMS})
    rows = ops.get_answer_report(start=START, end=END, limit=-1, codes=f"{EMAIL},{SMS}")
    assert sorted(r["id"] for r in rows) == sorted(a.id for a in mine)
    assert ops.get_answer_report(start=START, end=END, codes="424242") == []
    nothing = ops.get_nps_report(start=START, end=END, codes="424242")
    assert nothing["dispatches"] == 0 and nothing["nps"] == 0
    assert ops.get_category_report(start=START, end=END, codes="424242") == []
    assert ops.get_status_report(start=START, end=END, codes="424242") == []
    assert ops.get_dispatch_report(start=START, end=END, codes="424242") == []
    lots = ops.get_dispatch_report(start=START, end=END, codes=str(SMS))
    assert lots and {lot["campaign"]["code"] for lot in lots} == {SMS}


def test_nps_arithmetic_and_compare(ops: Operations) -> None:
    insert_scores(ops, EMAIL, FEB_2020 + 10 * DAY, [10, 9, 9, 8, 7, 6, 0])
    insert_scores(ops, SMS, FEB_2020 - 20 * DAY, [10, 10, 3])
    customers = [{"name": f"D{i}", "email": f"d{i}@example.com"} for i in range(4)]
    ops.dispatch_customers(
        campaign_code=EMAIL, body={"customers": customers, "schedule_time": FEB_2020 + DAY}
    )
    report = ops.get_nps_report(start="2020-02-01", end="2020-02-29", compare="1")
    assert {k: v for k, v in report.items() if k != "compare"} == {
        "dispatches": 4,
        "promoters": 3,
        "detractors": 2,
        "passives": 2,
        "detractors_percentage": 28.6,
        "passives_percentage": 28.6,
        "promoters_percentage": 42.9,
        "nps": 14.3,
    }
    assert report["compare"] == {
        "dispatches": 0,
        "promoters": 2,
        "detractors": 1,
        "passives": 0,
        "detractors_percentage": 33.3,
        "passives_percentage": 0,
        "promoters_percentage": 66.7,
        "nps": 33.3,
    }
    assert "compare" not in ops.get_nps_report(start="2020-02-01", end="2020-02-29")
    only_sms = ops.get_nps_report(start="2020-01-01", end="2020-01-31", codes=str(SMS))
    assert only_sms["nps"] == 33.3


def test_whole_numbers_and_empty_periods(ops: Operations) -> None:
    insert_scores(ops, EMAIL, FEB_2020, [10, 10, 10, 6])
    report = ops.get_nps_report(start="2020-02-01", end="2020-02-01")
    assert report["nps"] == 50 and isinstance(report["nps"], int)
    assert report["promoters_percentage"] == 75
    empty = ops.get_nps_report(start="2019-01-01", end="2019-01-31", compare="true")
    assert empty["nps"] == empty["compare"]["nps"] == empty["promoters_percentage"] == 0


def test_nps_report_matches_the_seed(ops: Operations, state_of: Callable[[], State]) -> None:
    answers = in_window(state_of())
    promoters = sum(1 for a in answers if (a.nps_answer or 0) >= 9)
    detractors = sum(1 for a in answers if a.nps_answer is not None and a.nps_answer <= 6)
    report = ops.get_nps_report(start=START, end=END)
    assert (report["promoters"], report["detractors"]) == (promoters, detractors)
    total = report["promoters"] + report["passives"] + report["detractors"]
    assert report["nps"] == pytest.approx(100 * (promoters - detractors) / total, abs=0.05)
    low, high = NOW - 20 * DAY - 12 * 3600, NOW - 12 * 3600 - 1
    dispatched = sum(
        1
        for lot in state_of().lots
        for c in lot.customers
        if lot.status != "draft" and c.dispatch_time is not None and low <= c.dispatch_time <= high
    )
    assert report["dispatches"] == dispatched > 0


def test_category_and_status_reports_count_the_state(
    ops: Operations, state_of: Callable[[], State]
) -> None:
    answers = in_window(state_of())
    categories = ops.get_category_report(start=START, end=END)
    assert categories and [c["id"] for c in categories] == sorted(c["id"] for c in categories)
    for row in categories:
        tagged = [a for a in answers if row["id"] in a.category_ids]
        assert row["total"] == len(tagged) > 0
        p = sum(1 for a in tagged if (a.nps_answer or 0) >= 9)
        d = sum(1 for a in tagged if a.nps_answer is not None and a.nps_answer <= 6)
        assert row["nps"] == pytest.approx(100 * (p - d) / len(tagged), abs=0.05)
    statuses = ops.get_status_report(start=START, end=END)
    assert sum(s["total"] for s in statuses) == len(answers)
    names = {s["name"] for s in statuses}
    assert {"Pendente Cliente", "Não precisa contatar"} <= names


def test_new_answers_move_the_reports(ops: Operations, state_of: Callable[[], State]) -> None:
    today = day(NOW)
    before = {s["id"]: s["total"] for s in ops.get_status_report(start=today, end=today)}
    nps_before = ops.get_nps_report(start=today, end=today)
    insert_scores(ops, EMAIL, NOW - 60, [0, 0])
    default = state_of().statuses[0].id
    after = {s["id"]: s["total"] for s in ops.get_status_report(start=today, end=today)}
    assert after[default] == before.get(default, 0) + 2
    assert ops.get_nps_report(start=today, end=today)["detractors"] == (
        nps_before["detractors"] + 2
    )


def test_campaign_counters(ops: Operations, state_of: Callable[[], State]) -> None:
    campaigns = ops.list_campaigns(start=START, end=END)
    assert [c["code"] for c in campaigns] == [1201, 1202, 1203, 1204]
    for row in campaigns:
        answers = in_window(state_of(), {row["code"]})
        assert row["answers"] == len(answers)
        assert row["comments"] == sum(1 for a in answers if a.nps_comment)
        assert row["promoters"] == sum(1 for a in answers if (a.nps_answer or 0) >= 9)
        assert row["passives"] == sum(1 for a in answers if a.nps_answer in (7, 8))
        assert "dispatch_limits" not in row
        assert ops.get_campaign(campaign_code=row["code"], start=START, end=END) == [row]
    assert (
        sum(c["dispatches"] for c in campaigns)
        == ops.get_nps_report(start=START, end=END)["dispatches"]
    )
    with pytest.raises(NotFound):
        ops.get_campaign(campaign_code=9999)


def test_dispatch_limits_count_this_weeks_sendings(ops: Operations) -> None:
    def limits(code: int) -> Any:
        return ops.get_campaign(campaign_code=code, dispatch_limits="1")[0]["dispatch_limits"]

    assert ops.get_campaign(campaign_code=1204, dispatch_limits="1")[0]["dispatch_limits"] is None
    before = limits(WHATSAPP)
    assert before["daily"] == {"limit": None, "remaining": None}
    customers = [{"phone": f"55119000000{i:02d}"} for i in range(3)]
    ops.dispatch_customers(
        campaign_code=WHATSAPP, body={"customers": customers, "schedule_time": 0}
    )
    after = limits(WHATSAPP)
    assert after["weekly"] == {"limit": 500, "remaining": before["weekly"]["remaining"] - 3}
    assert limits(SMS)["daily"]["limit"] == 200


def test_a_reversed_period_reports_nothing(ops: Operations) -> None:
    nps = ops.get_nps_report(start="2026-02-10", end="2026-02-01", compare="1")
    assert nps["promoters"] == nps["detractors"] == nps["passives"] == nps["nps"] == 0
    assert ops.get_answer_report(start="2026-02-10", end="2026-02-01", limit=-1) == []


def test_bad_report_filters(ops: Operations) -> None:
    with pytest.raises(InvalidRequest):
        ops.get_answer_report(limit=-2)
    with pytest.raises(InvalidRequest):
        ops.get_status_report(codes="12,,3")
    with pytest.raises(InvalidRequest):
        ops.list_campaigns(dispatch_limits="yes")


def test_widget_views_are_counted_from_the_state(store: MemoryStore, ops: Operations) -> None:
    widget = ops.get_widget(key="wdg-4f2a9c")
    with store.read() as state:
        views = state.widgets[0].view_times
    today = [t for t in views if NOW - 12 * 3600 <= t <= NOW]
    assert widget["views"]["daily"] == len(today)
    assert widget["views"]["monthly"] == sum(
        1 for t in views if NOW - 10 * DAY - 12 * 3600 <= t <= NOW
    )
    assert widget["limits"] == {
        "daily": 40, "weekly": 0, "monthly": 0, "has_limit": True, "limit_reached": None
    }  # fmt: skip
    with store.write() as state:
        state.widgets[0].view_times.extend([NOW - 60] * 40)
    assert ops.get_widget(key="wdg-4f2a9c")["limits"]["limit_reached"] == "daily"
    with pytest.raises(NotFound):
        ops.get_widget(key="nope")
