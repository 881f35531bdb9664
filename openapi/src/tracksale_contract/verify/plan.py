"""Which read-only requests a run sends, in order, and why.

Each GET operation is called with the documented parameters that change the shape
of its answer (flags that add members, `justifReturn`, paging); identifiers the
later calls need (campaign codes, lot codes) come from the earlier answers. The
plan is a generator: the runner stores each answer in `Seen` before asking for the
next call.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

ANSWER_FLAGS = {
    "tags": "1",
    "review": "1",
    "nps_secondary": "1",
    "open_question": "1",
    "csat": "1",
    "return_update_time": "1",
}
PAGE_LIMIT = 10_000
SMALL_PAGE = 100


@dataclass(frozen=True)
class Call:
    """One GET request: an operation, its filled-in path and its query."""

    operation: str
    path: str
    params: dict[str, str] = field(default_factory=dict)

    def label(self) -> str:
        """`operationId?a=1&b=2`, for messages."""
        query = "&".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.operation}?{query}" if query else self.operation


@dataclass(frozen=True)
class PlanOptions:
    """What a run covers."""

    start: str
    end: str
    widget_keys: tuple[str, ...] = ()
    campaigns: int = 3
    max_pages: int = 20
    record: bool = False

    @classmethod
    def last_days(cls, days: int, **options: Any) -> PlanOptions:
        """The period of the last `days` days up to today (UTC dates)."""
        today = datetime.now(UTC).date()
        return cls(
            start=(today - timedelta(days=days)).isoformat(), end=today.isoformat(), **options
        )


@dataclass
class Seen:
    """The answers so far, as (call, HTTP status, decoded body)."""

    answers: list[tuple[Call, int, Any]] = field(default_factory=list)

    def last(self, operation: str) -> Any:
        """The body of the latest call of `operation` if it succeeded, else None."""
        for call, status, body in reversed(self.answers):
            if call.operation == operation:
                return body if 200 <= status < 300 else None
        return None

    def bodies(self, operation: str) -> list[tuple[Call, Any]]:
        """Every successful call of `operation` with its body."""
        return [(c, b) for c, s, b in self.answers if c.operation == operation and 200 <= s < 300]


def _campaigns(body: Any) -> list[dict[str, Any]]:
    if not isinstance(body, list):
        return []
    return [c for c in body if isinstance(c, dict) and isinstance(c.get("code"), int)]


def sample_campaigns(body: Any, count: int) -> list[int]:
    """Up to `count` campaign codes, one per main channel first."""
    campaigns = _campaigns(body)
    chosen: list[int] = []
    channels: set[object] = set()
    for campaign in campaigns:
        if campaign.get("main_channel") not in channels:
            channels.add(campaign.get("main_channel"))
            chosen.append(campaign["code"])
    chosen += [c["code"] for c in campaigns if c["code"] not in chosen]
    return chosen[:count]


def _lot_codes(body: Any) -> list[str]:
    if not isinstance(body, list):
        return []
    return [
        lot["dispatch_code"]
        for lot in body
        if isinstance(lot, dict) and isinstance(lot.get("dispatch_code"), str)
    ]


def _first_lot(seen: Seen) -> list[str]:
    """One sent lot's code: from the dispatch report, else from any answer (the
    answer report without dates covers the API's own last 30 days)."""
    for _, body in seen.bodies("getDispatchReport"):
        codes = _lot_codes(body)
        if codes:
            return codes[:1]
    for _, body in seen.bodies("getAnswerReport"):
        for row in body if isinstance(body, list) else []:
            if isinstance(row, dict) and isinstance(row.get("lot_code"), str):
                return [row["lot_code"]]
    return []


def _draft_codes(seen: Seen) -> list[str]:
    codes = []
    for _, body in seen.bodies("listDraftLots"):
        lots = body.get("lot") if isinstance(body, dict) else None
        for lot in lots if isinstance(lots, list) else []:
            if isinstance(lot, dict) and isinstance(lot.get("code"), str):
                codes.append(lot["code"])
    return codes


def _page_rows(body: Any) -> int:
    data = body.get("data") if isinstance(body, dict) else None
    return len(data) if isinstance(data, list) else 0


def plan(options: PlanOptions, seen: Seen) -> Iterator[Call]:
    """The calls of a run, each chosen after the answers before it arrived."""
    period = {"start": options.start, "end": options.end}
    yield Call("listCampaigns", "/v2/campaign", dict(period))
    yield Call("listCampaigns", "/v2/campaign", {**period, "dispatch_limits": "1"})
    every = [c["code"] for c in _campaigns(seen.last("listCampaigns"))]
    sample = sample_campaigns(seen.last("listCampaigns"), options.campaigns)
    for index, code in enumerate(sample):
        if index == 0:
            yield Call("getCampaign", f"/v2/campaign/{code}", dict(period))
        yield Call("getCampaign", f"/v2/campaign/{code}", {**period, "dispatch_limits": "1"})
    for code in every if options.record else sample:
        yield Call("listDraftLots", f"/v2/campaign/{code}/draft-lot")
    for key in options.widget_keys:
        yield Call("getWidget", f"/v2/widget/{quote(key, safe='')}")
    yield from _reports(options, period, seen)


def _reports(options: PlanOptions, period: dict[str, str], seen: Seen) -> Iterator[Call]:
    answers = "/v2/report/answer"
    yield Call("getAnswerReport", answers)
    everything = {**period, "limit": "-1", **ANSWER_FLAGS}
    yield Call("getAnswerReport", answers, {**everything, "justifReturn": "level"})
    array = {**everything, "limit": str(SMALL_PAGE), "justifReturn": "array"}
    yield Call("getAnswerReport", answers, array)
    yield Call("getDispatchReport", "/v2/report/dispatch", dict(period))
    yield Call("getDispatchReport", "/v2/report/dispatch", {**period, "channel": "1"})
    yield Call("getNpsReport", "/v2/report/nps", dict(period))
    yield Call("getNpsReport", "/v2/report/nps", {**period, "compare": "1"})
    yield Call("getCategoryReport", "/v2/report/category", dict(period))
    yield Call("getStatusReport", "/v2/report/status", dict(period))
    yield from _paged(options, period, seen)


def _paged(options: PlanOptions, period: dict[str, str], seen: Seen) -> Iterator[Call]:
    plain = {**period, "page": "1", "limit": str(SMALL_PAGE)}
    yield Call("listPagedDispatches", "/dispatch", plain)
    full = {**period, "channel": "1", "tags": "1", "limit": str(PAGE_LIMIT)}
    for page in range(1, options.max_pages + 1):
        yield Call("listPagedDispatches", "/dispatch", {**full, "page": str(page)})
        if _page_rows(seen.last("listPagedDispatches")) < PAGE_LIMIT:
            break
    lots = _first_lot(seen)
    if options.record:
        lots += _draft_codes(seen)
    for index, code in enumerate(lots):
        if index == 0:
            small = {"limit": str(SMALL_PAGE)}
            yield Call("getPagedDispatchLot", f"/dispatch/{quote(code, safe='')}", small)
        flags = {"channel": "1", "tags": "1", "limit": str(PAGE_LIMIT)}
        yield Call("getPagedDispatchLot", f"/dispatch/{quote(code, safe='')}", flags)
