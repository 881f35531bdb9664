"""``reports.iter_answers`` walks the answer report's period window by window, sync and async.

The scripted server below reads ``start``/``end`` as the documentation and the mock do
(``start`` is the first instant included; a bare ``end`` date includes that day, an
``end`` with a time includes that second) and answers newest first, ``limit`` rows.
"""

from __future__ import annotations

import asyncio
import calendar
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.client.conftest import TOKEN, FakeServer, error_response
from tracksale_client import AsyncTracksale, ServerError, Tracksale
from tracksale_generated.models.answer_report_row import AnswerReportRow

DAY = timedelta(days=1)
ORIGIN = datetime(2026, 11, 1)


def bound(text: str, *, is_end: bool) -> datetime:
    """The server's reading of a filter, as an exclusive stop for ``end``."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?", text)
    assert match is not None, text
    year, month, day, hour, minute, second = (int(part) for part in match.groups("0"))
    moment = datetime(year, month, day, hour, minute, second)
    if not is_end:
        return moment
    return moment + (timedelta(seconds=1) if match[4] else DAY)


def row(number: int, moment: datetime) -> dict[str, Any]:
    return {
        "time": calendar.timegm(moment.replace(tzinfo=UTC).timetuple()),
        "type": "Email",
        "name": f"Cliente {number}",
        "email": f"c{number}@example.com.br",
        "identification": None,
        "phone": None,
        "alternative_email": None,
        "alternative_phone": None,
        "nps_answer": number % 11,
        "last_nps_answer": None,
        "nps_comment": None,
        "campaign_name": "Pós-venda Loja",
        "campaign_code": 1201,
        "lot_code": "LT3PZ8W1A",
        "id": number,
        "deadline": None,
        "elapsed_time": 17,
        "dispatch_time": 1764150000,
        "reminder_time": None,
        "status": "Não precisa contatar",
        "priority": "Nenhuma",
        "assignee": None,
        "picture": None,
        "categories": [],
        "justifications": [],
    }


def serve_answers(server: FakeServer, moments: list[datetime]) -> None:
    """Answer ``GET /v2/report/answer`` over answers 1..n given at ``moments``."""

    def handle(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        first = bound(params["start"], is_end=False)
        stop = bound(params["end"], is_end=True)
        chosen = [(m, n) for n, m in enumerate(moments, 1) if first <= m < stop]
        chosen.sort(reverse=True)  # newest first, by time then id
        limit = int(params.get("limit", "10"))
        if limit != -1:
            chosen = chosen[:limit]
        return httpx.Response(200, json=[row(n, m) for m, n in chosen])

    server.handler = handle


def ids(rows: list[AnswerReportRow]) -> list[int]:
    return [int(r.id) for r in rows]


def whole_period(server: FakeServer, api: Tracksale, start: Any, end: Any) -> list[int]:
    """What one ``limit=-1`` request over the whole period answers (not counted)."""
    rows = ids(api.reports.answers(start=start, end=end, limit=-1))
    server.requests.pop()
    return rows


def windows_asked(server: FakeServer) -> list[tuple[str, str, str]]:
    return [
        (r.url.params["start"], r.url.params["end"], r.url.params["limit"]) for r in server.requests
    ]


# Answers on both sides of every midnight and at the period's first and last seconds.
EDGES = [
    ORIGIN,
    ORIGIN + DAY - timedelta(seconds=1),
    ORIGIN + DAY,
    ORIGIN + DAY + timedelta(hours=12),
    ORIGIN + 2 * DAY - timedelta(seconds=1),
    ORIGIN + 2 * DAY,
    ORIGIN + 3 * DAY - timedelta(seconds=1),
    ORIGIN + 3 * DAY,  # the day after the period
    ORIGIN - timedelta(seconds=1),  # the second before it
    ORIGIN + DAY,  # a second answer at the same instant as answer 3
]


def test_day_windows_cover_the_period_without_overlap(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_answers(server, EDGES)
    api = make_api()
    rows = list(api.reports.iter_answers(date(2026, 11, 1), date(2026, 11, 3)))
    assert ids(rows) == [7, 6, 5, 4, 10, 3, 2, 1]
    assert all(isinstance(r, AnswerReportRow) for r in rows)
    assert windows_asked(server) == [
        ("2026-11-03T00:00:00", "2026-11-03T23:59:59", "-1"),
        ("2026-11-02T00:00:00", "2026-11-02T23:59:59", "-1"),
        ("2026-11-01T00:00:00", "2026-11-01T23:59:59", "-1"),
    ]
    assert ids(rows) == whole_period(server, api, "2026-11-01", "2026-11-03")


def test_oldest_first_is_the_reverse_order(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_answers(server, EDGES)
    rows = make_api().reports.iter_answers("2026-11-01", "2026-11-03", oldest_first=True)
    assert ids(list(rows)) == [1, 2, 3, 10, 4, 5, 6, 7]
    assert [start for start, _, _ in windows_asked(server)] == [
        "2026-11-01T00:00:00",
        "2026-11-02T00:00:00",
        "2026-11-03T00:00:00",
    ]


@pytest.mark.parametrize(
    ("end", "last_window_end", "newest"),
    [
        (datetime(2026, 11, 2, 0, 0, 0), "2026-11-02T00:00:00", 10),
        ("2026-11-02T00:00:00", "2026-11-02T00:00:00", 10),
        (datetime(2026, 11, 1, 23, 59, 59, 999_000), "2026-11-01T23:59:59", 2),
        (date(2026, 11, 2), "2026-11-02T23:59:59", 5),
    ],
    ids=["datetime end", "text end with time", "microseconds dropped", "date end"],
)
def test_the_end_includes_its_second_or_its_day(
    server: FakeServer,
    make_api: Callable[..., Tracksale],
    end: Any,
    last_window_end: str,
    newest: int,
) -> None:
    serve_answers(server, EDGES)
    api = make_api()
    rows = ids(list(api.reports.iter_answers(ORIGIN, end, window=timedelta(hours=10))))
    assert rows[0] == newest
    assert windows_asked(server)[0][1] == last_window_end
    assert rows == whole_period(server, api, "2026-11-01", windows_asked(server)[0][1])


def test_a_window_that_does_not_divide_the_period_ends_short(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_answers(server, EDGES)
    rows = make_api().reports.iter_answers(
        datetime(2026, 11, 1, 6, 0, 0), "2026-11-02", window=timedelta(hours=15)
    )
    assert ids(list(rows)) == [5, 4, 10, 3, 2]
    assert windows_asked(server) == [
        ("2026-11-02T12:00:00", "2026-11-02T23:59:59", "-1"),
        ("2026-11-01T21:00:00", "2026-11-02T11:59:59", "-1"),
        ("2026-11-01T06:00:00", "2026-11-01T20:59:59", "-1"),
    ]


@st.composite
def length_and_window(draw: st.DrawFn) -> tuple[int, int]:
    """A period's length and a window size cutting it into at most 30 windows (seconds)."""
    length = draw(st.integers(1, 2 * 86_400))
    return length, draw(st.integers(-(-length // 30), length + 3_600))


@settings(max_examples=60, derandomize=True, deadline=None)
@given(
    offsets=st.lists(st.integers(0, 4 * 86_400), max_size=40),
    first=st.integers(0, 2 * 86_400),
    sizes=length_and_window(),
    oldest_first=st.booleans(),
)
def test_any_windows_give_what_one_request_gives(
    offsets: list[int], first: int, sizes: tuple[int, int], oldest_first: bool
) -> None:
    length, window = sizes
    server = FakeServer()
    serve_answers(server, [ORIGIN + timedelta(seconds=s) for s in offsets])
    start = ORIGIN + timedelta(seconds=first)
    end = start + timedelta(seconds=length - 1)  # the last second included
    with Tracksale(TOKEN, transport=server.transport, pacing=False) as api:
        rows = api.reports.iter_answers(
            start, end, window=timedelta(seconds=window), oldest_first=oldest_first
        )
        walked = ids(list(rows))
        assert len(server.requests) == -(-length // window)
        expected = whole_period(server, api, start, end)
    assert walked == (expected[::-1] if oldest_first else expected)


def test_windows_are_fetched_only_when_rows_are_needed(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_answers(server, EDGES)
    rows = make_api().reports.iter_answers("2026-11-01", "2026-11-05")
    assert server.requests == []
    assert ids(list(islice(rows, 1))) == [8]  # 11-05 is empty, 11-04 holds one answer
    assert len(server.requests) == 2
    assert ids(list(islice(rows, 3))) == [7, 6, 5]  # all of 11-03, the first of 11-02
    assert len(server.requests) == 4


def test_filters_go_with_every_window(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_answers(server, EDGES)
    rows = make_api().reports.iter_answers(
        "2026-11-01", "2026-11-02", codes=[1201, 1202], tags=True, return_update_time=True
    )
    list(rows)
    assert len(server.requests) == 2
    for request in server.requests:
        params = request.url.params
        assert (params["codes"], params["tags"], params["return_update_time"]) == (
            "1201,1202",
            "1",
            "1",
        )
        assert params["limit"] == "-1" and "review" not in params


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        (("2026-11-03", "2026-11-02"), ValueError, "after end"),
        (("2026-11-02T10:00:00", "2026-11-02T09:59:59"), ValueError, "after end"),
        (("2026-11-01", "2026-11-02", {"window": timedelta(0)}), ValueError, "window"),
        (("2026-11-01", "2026-11-02", {"window": -DAY}), ValueError, "window"),
        (("2026-11-01", "2026-11-02", {"window": timedelta(seconds=1.5)}), ValueError, "window"),
        (("2026-11-01", "2026-11-02", {"window": 3600}), TypeError, "timedelta"),
        (("01/11/2026", "2026-11-02"), ValueError, "start must be"),
        (("2026-11-01", "2026-02-30"), ValueError, "end is not a valid date"),
        ((datetime(2026, 11, 1, tzinfo=UTC), "2026-11-02"), ValueError, "naive"),
        ((None, "2026-11-02"), TypeError, "start must be"),
        (("2026-11-01", "2026-11-02", {"codes": ["1201"]}), TypeError, "campaign codes"),
    ],
)
def test_bad_arguments_fail_at_the_call_without_a_request(
    server: FakeServer,
    make_api: Callable[..., Tracksale],
    arguments: tuple[Any, ...],
    error: type[Exception],
    message: str,
) -> None:
    options: dict[str, Any] = arguments[2] if len(arguments) == 3 else {}
    with pytest.raises(error, match=message):
        make_api().reports.iter_answers(arguments[0], arguments[1], **options)
    assert server.requests == []


def test_a_failing_window_raises_the_typed_error(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_answers(server, EDGES)
    good = server.handler

    def fail_on_the_first_day(request: httpx.Request) -> httpx.Response:
        if request.url.params["start"].startswith("2026-11-01"):
            return error_response(500, "server_error", "Boom.")
        return good(request)

    server.handler = fail_on_the_first_day
    rows = make_api().reports.iter_answers("2026-11-01", "2026-11-02")
    assert ids([next(rows), next(rows)]) == [5, 4]
    next(rows), next(rows)
    with pytest.raises(ServerError):
        next(rows)


def test_the_async_twin_walks_the_same_windows(server: FakeServer) -> None:
    serve_answers(server, EDGES)

    async def walk() -> tuple[list[int], int, list[int]]:
        async with AsyncTracksale(TOKEN, transport=server.transport, pacing=False) as api:
            rows = api.reports.iter_answers(date(2026, 11, 1), date(2026, 11, 3))
            assert server.requests == []
            first = await anext(rows)
            asked = len(server.requests)
            rest = [r async for r in rows]
            with pytest.raises(ValueError, match="after end"):
                api.reports.iter_answers("2026-11-02", "2026-11-01")
            return ids([first]), asked, ids(rest)

    first, asked_for_first, rest = asyncio.run(walk())
    assert (first, asked_for_first) == ([7], 1)
    assert first + rest == [7, 6, 5, 4, 10, 3, 2, 1]
    assert len(server.requests) == 3
