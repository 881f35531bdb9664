"""Walk a report period window by window: for reports that cap their rows but do not page.

The answer report returns 10 rows unless asked for ``limit=-1`` (all of them), and has
no page parameter; a long period in one ``-1`` request is one huge answer. Its iterator
cuts the period into windows and asks for each with ``limit=-1``.

The API reads ``start`` as the first instant included and ``end`` as the last one
(a bare ``end`` date includes that whole day; a time includes that second), at
one-second precision, in the account's local time. So the period is turned into the
half-open span ``[first, stop)`` of naive datetimes, cut into ``[a, b)`` windows, and
each window is sent as ``start=a``, ``end=b - 1 s``, both with a time: consecutive
windows neither overlap nor leave a second between them.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

SECOND = timedelta(seconds=1)
_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$")
_WIRE = "%Y-%m-%dT%H:%M:%S"


def _moment(value: object, name: str) -> tuple[datetime, bool]:
    """``value`` as a naive datetime and whether it named a time (not only a day)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ValueError(f"{name}: the API takes the account's local time (a naive datetime)")
        return value.replace(microsecond=0), True
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), False
    if isinstance(value, str):
        match = _TEXT.match(value)
        if match is None:
            raise ValueError(f"{name} must be YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss, got {value!r}")
        try:
            year, month, day, hour, minute, second = (int(p) for p in match.groups("0"))
            return datetime(year, month, day, hour, minute, second), match[4] is not None
        except ValueError as error:
            raise ValueError(f"{name} is not a valid date: {value!r} ({error})") from None
    raise TypeError(f"{name} must be a date, a naive datetime or text, got {type(value).__name__}")


@dataclass(frozen=True)
class Windows:
    """The period ``[first, stop)`` cut into windows of ``size``, the last one shorter."""

    first: datetime
    stop: datetime
    size: timedelta

    @classmethod
    def of(cls, start: object, end: object, size: object) -> Windows:
        """Check the iterator's arguments and build its windows (errors raise here)."""
        if not isinstance(size, timedelta):
            raise TypeError(f"window must be a timedelta, got {type(size).__name__}")
        if size < SECOND or size % SECOND:
            raise ValueError(f"window must be a positive whole number of seconds, got {size}")
        first, _ = _moment(start, "start")
        last, has_time = _moment(end, "end")
        stop = last + (SECOND if has_time else timedelta(days=1))
        if first >= stop:
            raise ValueError(f"start ({start}) is after end ({end})")
        return cls(first, stop, size)

    def spans(self, *, oldest_first: bool) -> Iterator[tuple[datetime, datetime]]:
        """The ``[a, b)`` windows in the order they are asked for, computed as needed."""
        count = -(-(self.stop - self.first) // self.size)
        order = range(count) if oldest_first else range(count - 1, -1, -1)
        for number in order:
            begin = self.first + number * self.size
            yield begin, min(begin + self.size, self.stop)

    def queries(self, query: dict[str, Any], *, oldest_first: bool) -> Iterator[dict[str, Any]]:
        """``query`` with each window's ``start``, ``end`` and ``limit=-1``, in order."""
        for begin, after in self.spans(oldest_first=oldest_first):
            window = {"start": begin.strftime(_WIRE), "end": (after - SECOND).strftime(_WIRE)}
            yield {**query, **window, "limit": -1}


def _ordered(rows: Sequence[Any], oldest_first: bool) -> Sequence[Any]:
    """A window's rows (the API gives them newest first) in the iteration's order."""
    return rows[::-1] if oldest_first else rows


def window_rows(
    windows: Windows,
    query: dict[str, Any],
    fetch: Callable[[dict[str, Any]], Sequence[Any]],
    *,
    oldest_first: bool,
) -> Iterator[Any]:
    """Every row of every window; a window is fetched when the previous one is used up."""
    for window_query in windows.queries(query, oldest_first=oldest_first):
        yield from _ordered(fetch(window_query), oldest_first)


async def awindow_rows(
    windows: Windows,
    query: dict[str, Any],
    fetch: Callable[[dict[str, Any]], Awaitable[Sequence[Any]]],
    *,
    oldest_first: bool,
) -> AsyncIterator[Any]:
    """The async twin of ``window_rows``."""
    for window_query in windows.queries(query, oldest_first=oldest_first):
        for row in _ordered(await fetch(window_query), oldest_first):
            yield row
