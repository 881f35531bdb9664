"""The paging helpers walk every page of the paged dispatch report, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import httpx
import pytest

from contract_tests.client.conftest import FakeServer, error_response
from tracksale_client import ServerError, Tracksale
from tracksale_client._invoker import MIN_PAGE_LIMIT
from tracksale_generated.models.paged_dispatch_row import PagedDispatchRow


def row(number: int, lot: str = "LT3PZ8W1A") -> dict[str, Any]:
    return {
        "campaign": {"code": 1201, "name": "Pós-venda Loja"},
        "lot": {"create_time": 1764150000, "dispatch_code": lot, "status": "Executed"},
        "customer": {
            "name": f"Cliente {number}",
            "identification": str(number),
            "email": f"c{number}@example.com.br",
            "phone": None,
            "dispatch_time": 1764150000,
            "status": "Sent",
            "has_answered": False,
        },
    }


def serve_rows(server: FakeServer, total: int) -> None:
    """Serve ``total`` rows split into pages as the contract describes."""

    def handle(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        limit = int(request.url.params["limit"])
        numbers = range((page - 1) * limit, min(page * limit, total))
        lot = request.url.path.rpartition("/")[2] if request.url.path != "/dispatch" else "LT1"
        data = [row(number, lot) for number in numbers]
        return httpx.Response(200, json={"code": 200, "status": "success", "data": data})

    server.handler = handle


def identifications(rows: list[PagedDispatchRow]) -> list[str]:
    return [str(r.customer.identification) for r in rows]


@pytest.mark.parametrize(
    ("total", "pages"),
    [(0, 1), (1, 1), (250, 3), (300, 4), (100, 2)],
    ids=["empty", "one row", "partial last page", "exact multiple", "one full page"],
)
def test_iter_paged_dispatches_yields_every_row(
    server: FakeServer, make_api: Callable[..., Tracksale], total: int, pages: int
) -> None:
    serve_rows(server, total)
    rows = list(make_api().iter_paged_dispatches(start="2026-11-01", limit=MIN_PAGE_LIMIT))
    assert identifications(rows) == [str(n) for n in range(total)]
    assert all(isinstance(r, PagedDispatchRow) for r in rows)
    assert [int(r.url.params["page"]) for r in server.requests] == list(range(1, pages + 1))


def test_aiter_paged_dispatches_yields_every_row(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_rows(server, 300)

    async def collect() -> list[PagedDispatchRow]:
        return [r async for r in make_api().aiter_paged_dispatches(limit=MIN_PAGE_LIMIT)]

    rows = asyncio.run(collect())
    assert identifications(rows) == [str(n) for n in range(300)]
    assert len(server.requests) == 4


def test_filters_are_sent_with_every_page(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    serve_rows(server, 1500)
    rows = make_api().iter_paged_dispatches(
        start=date(2026, 11, 1),
        end=datetime(2026, 11, 26, 12, 0, 0),
        codes=[1201, 1202],
        channel=True,
        tags=True,
    )
    assert len(list(rows)) == 1500
    assert len(server.requests) == 2
    for request in server.requests:
        params = request.url.params
        assert params["start"] == "2026-11-01"
        assert params["end"] == "2026-11-26T12:00:00"
        assert params["codes"] == "1201,1202"
        assert (params["channel"], params["tags"], params["limit"]) == ("1", "1", "1000")


def test_pages_are_fetched_lazily(server: FakeServer, make_api: Callable[..., Tracksale]) -> None:
    serve_rows(server, 1000)
    rows = make_api().iter_paged_dispatches(limit=MIN_PAGE_LIMIT)
    assert server.requests == []
    next(rows)
    assert len(server.requests) == 1


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_one_lot_is_paged_on_its_own_path(
    server: FakeServer, make_api: Callable[..., Tracksale], flavour: str
) -> None:
    serve_rows(server, 200)
    api = make_api()

    async def collect() -> list[PagedDispatchRow]:
        return [r async for r in api.aiter_paged_dispatch_lot("LT9QW2E4R", limit=100)]

    if flavour == "sync":
        rows = list(api.iter_paged_dispatch_lot("LT9QW2E4R", limit=100))
    else:
        rows = asyncio.run(collect())
    assert len(rows) == 200 and {r.lot.dispatch_code for r in rows} == {"LT9QW2E4R"}
    assert {r.url.path for r in server.requests} == {"/dispatch/LT9QW2E4R"}
    assert [r.url.params["page"] for r in server.requests] == ["1", "2", "3"]


def test_a_failing_page_raises(server: FakeServer, make_api: Callable[..., Tracksale]) -> None:
    serve_rows(server, 1000)
    good = server.handler

    def fail_on_page_2(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "2":
            return error_response(500, "server_error", "Boom.")
        return good(request)

    server.handler = fail_on_page_2
    rows = make_api().iter_paged_dispatches(limit=MIN_PAGE_LIMIT)
    first_page = [next(rows) for _ in range(100)]
    assert len(first_page) == 100
    with pytest.raises(ServerError):
        next(rows)


@pytest.mark.parametrize("limit", [99, 10_001])
def test_page_sizes_outside_the_contract_are_refused(
    make_api: Callable[..., Tracksale], limit: int
) -> None:
    with pytest.raises(ValueError, match="limit"):
        make_api().iter_paged_dispatches(limit=limit)


def test_aware_datetimes_are_refused(make_api: Callable[..., Tracksale]) -> None:
    from datetime import UTC

    with pytest.raises(ValueError, match="naive"):
        make_api().iter_paged_dispatches(start=datetime(2026, 11, 1, tzinfo=UTC))
