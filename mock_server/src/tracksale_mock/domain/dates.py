"""Report periods from `start`/`end` filters, and calendar windows.

The mock reads dates and times in UTC (the account's time zone of the real service is
not knowable). A period is half-open, `[start, end)`, in Unix seconds.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tracksale_mock.errors import InvalidRequest

DAY = 86_400
DEFAULT_SPAN = 30 * DAY

_FILTER = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2}):([0-9]{2}))?$")


@dataclass(frozen=True)
class Period:
    """The instants `start <= t < end`."""

    start: int
    end: int

    def __contains__(self, instant: object) -> bool:
        return isinstance(instant, int) and self.start <= instant < self.end

    def previous(self) -> Period:
        """The period of equal length just before this one."""
        return Period(self.start - (self.end - self.start), self.start)


def parse_filter(text: object, name: str, *, allow_time: bool = True) -> tuple[int, bool]:
    """Read `YYYY-MM-DD[THH:mm:ss]` as (Unix seconds, whether a time was given).

    A day past the end of its month rolls over into the next month, as PHP's date
    parsing does: 2026-02-30 is 2026-03-02.
    """
    match = _FILTER.match(text) if isinstance(text, str) else None
    if match is None or (match[4] is not None and not allow_time):
        shape = "YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss" if allow_time else "YYYY-MM-DD"
        raise InvalidRequest(f"'{name}' must be {shape}", [f"{name}: {text!r}"])
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    hour, minute, second = (int(match[i] or 0) for i in (4, 5, 6))
    if not (year >= 1 and 1 <= month <= 12 and 1 <= day <= 31):
        raise InvalidRequest(f"'{name}' is not a date", [f"{name}: {text!r}"])
    if hour > 23 or minute > 59 or second > 59:
        raise InvalidRequest(f"'{name}' is not a time of day", [f"{name}: {text!r}"])
    first = datetime(year, month, 1, hour, minute, second, tzinfo=UTC)
    moment = first + timedelta(days=day - 1)
    return calendar.timegm(moment.utctimetuple()), match[4] is not None


def period(start: str | None, end: str | None, now: int) -> Period:
    """The period a report covers.

    A bare `end` date includes that whole day; an `end` with a time includes that
    second. Without `end` the period ends now (included); without `start` it begins
    30 days before its end. `start` after `end` gives an empty period, which
    matches nothing (the schema cannot refuse it, so neither does the mock).
    """
    if end is None:
        stop = now + 1
    else:
        instant, has_time = parse_filter(end, "end")
        stop = instant + 1 if has_time else instant + DAY
    begin = stop - DEFAULT_SPAN if start is None else parse_filter(start, "start")[0]
    return Period(begin, max(begin, stop))


def day_period(start_date: object, end_date: object, names: tuple[str, str]) -> Period:
    """Whole days from `start_date` to `end_date` (both `YYYY-MM-DD`, both included).

    A start after the end gives an empty period.
    """
    begin, _ = parse_filter(start_date, names[0], allow_time=False)
    last, _ = parse_filter(end_date, names[1], allow_time=False)
    return Period(begin, max(begin, last + DAY))


def calendar_windows(now: int) -> dict[str, Period]:
    """The current calendar day, week (from Monday) and month, in UTC."""
    moment = datetime.fromtimestamp(now, UTC)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    week = day - timedelta(days=day.weekday())
    month = day.replace(day=1)
    next_month = (month + timedelta(days=32)).replace(day=1)

    def window(first: datetime, after: datetime) -> Period:
        return Period(int(first.timestamp()), int(after.timestamp()))

    return {
        "daily": window(day, day + timedelta(days=1)),
        "weekly": window(week, week + timedelta(days=7)),
        "monthly": window(month, next_month),
    }
