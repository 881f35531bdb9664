"""Walk the paged dispatch report (``/dispatch`` on the second host) page after page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any, Protocol

import httpx

from tracksale_client._decoding import gc_paused
from tracksale_client._errors import expect_reply
from tracksale_generated import AuthenticatedClient, Client
from tracksale_generated.models.flag import Flag
from tracksale_generated.models.paged_dispatch_report import PagedDispatchReport
from tracksale_generated.models.paged_dispatch_row import PagedDispatchRow
from tracksale_generated.types import UNSET, Response, Unset

MIN_PAGE_LIMIT = 100
MAX_PAGE_LIMIT = 10_000

PageFetcher = Callable[[int], object]
AsyncPageFetcher = Callable[[int], Awaitable[object]]


class ResponseBuilder(Protocol):
    """A generated operation module's ``_build_response``."""

    def __call__(
        self, *, client: AuthenticatedClient | Client, response: httpx.Response
    ) -> Response[Any]: ...


def parse_page(build: ResponseBuilder, client: Client, response: httpx.Response) -> object:
    """What the generated operation's ``sync``/``asyncio`` return for ``response``, parsed
    by its own ``_build_response``, but with the cyclic GC paused: a page holds up to
    10,000 rows (see ``tracksale_client._decoding``). The request is sent outside the
    pause, so network waits, pacing and retries never run with the collector off."""
    with gc_paused():
        return build(client=client, response=response).parsed


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
