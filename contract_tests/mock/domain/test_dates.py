"""Report periods: both filter forms, PHP-like roll-over, defaults, refusals."""

from __future__ import annotations

import calendar
from datetime import datetime

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW
from tracksale_mock.domain.dates import Period, calendar_windows, parse_filter, period
from tracksale_mock.errors import InvalidRequest


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> int:
    return calendar.timegm(datetime(year, month, day, hour, minute, second).timetuple())


def test_a_bare_end_date_includes_the_whole_day() -> None:
    found = period("2026-01-10", "2026-01-12", NOW)
    assert found == Period(utc(2026, 1, 10), utc(2026, 1, 13))
    assert utc(2026, 1, 12, 23, 59, 59) in found
    assert utc(2026, 1, 13) not in found


def test_times_of_day_are_honoured() -> None:
    found = period("2026-01-10T08:30:00", "2026-01-10T09:00:00", NOW)
    assert found == Period(utc(2026, 1, 10, 8, 30), utc(2026, 1, 10, 9, 0, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-30", (2026, 3, 2)),
        ("2026-02-29", (2026, 3, 1)),
        ("2024-02-29", (2024, 2, 29)),
        ("2026-04-31", (2026, 5, 1)),
        ("2026-12-31T23:59:59", (2026, 12, 31, 23, 59, 59)),
    ],
)
def test_days_past_the_month_roll_over_like_php(text: str, expected: tuple[int, ...]) -> None:
    assert parse_filter(text, "start")[0] == utc(*expected)


def test_the_default_period_is_the_30_days_up_to_now() -> None:
    assert period(None, None, NOW) == Period(NOW + 1 - 30 * DAY, NOW + 1)
    assert period("2026-03-01", None, NOW) == Period(utc(2026, 3, 1), NOW + 1)
    only_end = period(None, "2026-01-31", NOW)
    assert only_end.end - only_end.start == 30 * DAY


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("31/01/2026", None),
        ("2026-13-01", None),
        ("2026-01-01T24:00:00", None),
        (None, "yesterday"),
    ],
)
def test_bad_periods_are_refused(start: str | None, end: str | None) -> None:
    with pytest.raises(InvalidRequest):
        period(start, end, utc(2026, 3, 11, 12))


@pytest.mark.parametrize(
    ("start", "end"),
    [("2026-01-12", "2026-01-11"), ("2026-01-12T10:00:00", "2026-01-12T09:59:59"),
     ("2026-04-01", None)],
)  # fmt: skip
def test_a_start_after_the_end_is_an_empty_period(start: str, end: str | None) -> None:
    found = period(start, end, utc(2026, 3, 11, 12))
    assert found.start == found.end
    assert found.start not in found


def test_the_previous_period_has_the_same_length() -> None:
    found = period("2026-01-11", "2026-01-20", NOW)
    assert found.previous() == Period(utc(2026, 1, 1), utc(2026, 1, 11))


def test_calendar_windows_start_on_day_monday_and_first() -> None:
    windows = calendar_windows(utc(2026, 3, 11, 12))  # a Wednesday
    assert windows["daily"] == Period(utc(2026, 3, 11), utc(2026, 3, 12))
    assert windows["weekly"] == Period(utc(2026, 3, 9), utc(2026, 3, 16))
    assert windows["monthly"] == Period(utc(2026, 3, 1), utc(2026, 4, 1))
