"""Walk the paged dispatch report (``/dispatch`` on the second host) page after page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from datetime import date, datetime

from generated_client.models.flag import Flag
from generated_client.models.paged_dispatch_report import PagedDispatchReport
from generated_client.models.paged_dispatch_row import PagedDispatchRow
from generated_client.types import UNSET, Unset
from tracksale_client._errors import expect_reply

MIN_PAGE_LIMIT = 100
MAX_PAGE_LIMIT = 10_000

PageFetcher = Callable[[int], object]
AsyncPageFetcher = Callable[[int], Awaitable[object]]


def date_param(value: str | date | None) -> str | Unset:
    """``YYYY-MM-DD`` for a date, ``YYYY-MM-DDTHH:mm:ss`` for a naive datetime."""
    if value is None:
        return UNSET
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ValueError("the API takes the account's local time: pass a naive datetime")
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return value


def codes_param(codes: str | Iterable[int] | None) -> str | Unset:
    """Campaign codes as the comma-separated list the API takes."""
    if codes is None:
        return UNSET
    if isinstance(codes, str):
        return codes
    return ",".join(str(code) for code in codes)


def flag_param(on: bool) -> Flag | Unset:
    """``"1"`` when on; left out otherwise."""
    return "1" if on else UNSET


def check_limit(limit: int) -> int:
    """The page size, within the contract's bounds."""
    if not MIN_PAGE_LIMIT <= limit <= MAX_PAGE_LIMIT:
        raise ValueError(f"limit must be between {MIN_PAGE_LIMIT} and {MAX_PAGE_LIMIT}")
    return limit


def iter_pages(fetch: PageFetcher, limit: int) -> Iterator[PagedDispatchRow]:
    """Every row of pages 1, 2, ... until a page holds fewer than ``limit`` rows."""
    page = 1
    while True:
        rows = expect_reply(fetch(page), PagedDispatchReport).data
        yield from rows
        if len(rows) < limit:
            return
        page += 1


async def aiter_pages(fetch: AsyncPageFetcher, limit: int) -> AsyncIterator[PagedDispatchRow]:
    """Async twin of ``iter_pages``."""
    page = 1
    while True:
        rows = expect_reply(await fetch(page), PagedDispatchReport).data
        for row in rows:
            yield row
        if len(rows) < limit:
            return
        page += 1
