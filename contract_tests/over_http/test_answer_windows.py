"""``reports.iter_answers`` against the mock: the windows give what one ``limit=-1`` call gives.

The mock reads naive times as UTC, so the naive datetimes below are UTC wall-clock
times. Answers are inserted on both sides of every midnight of the period and at its
first and last seconds, where overlapping or gapped windows would show.
"""

from __future__ import annotations

import asyncio
import calendar
from datetime import UTC, datetime, timedelta

import pytest

from contract_tests.over_http._support import mock_now
from tracksale_client import AsyncTracksale, Tracksale
from tracksale_generated.models.nps_answer import NpsAnswer
from tracksale_mock.serving import RunningMock

DAYS = 6


def unix(moment: datetime) -> int:
    return calendar.timegm(moment.replace(tzinfo=UTC).timetuple())


def period_of(running: RunningMock) -> tuple[datetime, datetime]:
    """Six whole days ending two days before the mock's now: (first instant, last day)."""
    today = datetime.fromtimestamp(mock_now(running), UTC).replace(tzinfo=None)
    first = today.replace(hour=0, minute=0, second=0) - timedelta(days=DAYS + 2)
    return first, first + timedelta(days=DAYS - 1)


def insert_edge_answers(api: Tracksale, first: datetime) -> None:
    """Answers at every midnight from ``first`` to the day after the period, and the
    second before each."""
    moments = [first + timedelta(days=d, seconds=s) for d in range(DAYS + 1) for s in (-1, 0)]
    answers = [
        NpsAnswer(
            name=f"Borda {i}",
            email=f"borda.{i}@example.com.br",
            phone=f"55119{i:08d}",
            score=i % 11,
            create_time=unix(moment),
        )
        for i, moment in enumerate(moments)
    ]
    reply = api.answers.create(api.campaigns.list()[0].code, answers)
    assert reply.status.inserted == len(answers)


@pytest.mark.parametrize(
    ("window", "oldest_first"),
    [(timedelta(days=1), False), (timedelta(hours=7, seconds=13), True)],
    ids=["one day, newest first", "odd window, oldest first"],
)
def test_windows_give_what_one_request_gives(
    tracksale_mock: RunningMock, tracksale_api: Tracksale, window: timedelta, oldest_first: bool
) -> None:
    first, last_day = period_of(tracksale_mock)
    insert_edge_answers(tracksale_api, first)
    whole = tracksale_api.reports.answers(start=first, end=last_day.date(), limit=-1)
    walked = list(
        tracksale_api.reports.iter_answers(
            first, last_day.date(), window=window, oldest_first=oldest_first
        )
    )
    expected = [row.id for row in whole]
    assert len(expected) > 10  # more than the default limit: the windows matter
    assert [row.id for row in walked] == (expected[::-1] if oldest_first else expected)
    times = [row.time for row in walked]
    assert unix(first) in times and unix(first + timedelta(days=DAYS)) - 1 in times
    assert unix(first) - 1 not in times and unix(first + timedelta(days=DAYS)) not in times


def test_the_async_twin_over_http(tracksale_mock: RunningMock, tracksale_api: Tracksale) -> None:
    first, last_day = period_of(tracksale_mock)
    insert_edge_answers(tracksale_api, first)
    expected = [r.id for r in tracksale_api.reports.answers(start=first, end=last_day, limit=-1)]

    async def walk() -> list[int]:
        async with AsyncTracksale(
            token=tracksale_mock.token, base_url=tracksale_mock.url, pacing=False
        ) as api:
            return [row.id async for row in api.reports.iter_answers(first, last_day)]

    assert asyncio.run(walk()) == expected
