"""Long customer lists go out in requests of at most 500 and stop at the first failure."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest

from contract_tests.client.conftest import FakeServer, error_response
from tracksale_client import ChunkedRequestError, ServerError, ThrottledError, Tracksale, chunked
from tracksale_generated.models.customer import Customer
from tracksale_generated.models.dispatch_response import DispatchResponse
from tracksale_generated.models.survey_links_response import SurveyLinksResponse

DISPATCH_PATH = "/v2/campaign/1201/dispatch"
LINKS_PATH = "/v2/campaign/1201/survey-links"


def customers(count: int) -> list[Customer]:
    return [Customer(name=f"Cliente {n}", email=f"c{n}@example.com.br") for n in range(count)]


def sent_batches(server: FakeServer, path: str) -> list[list[str]]:
    """The customer names of each request to ``path``."""
    return [
        [c["name"] for c in json.loads(r.content)["customers"]]
        for r in server.requests
        if r.url.path == path
    ]


def answer(request: httpx.Request) -> httpx.Response:
    batch = json.loads(request.content)["customers"]
    if request.url.path == LINKS_PATH:
        links = [{**c, "survey_link": f"https://tracksale.co/s/{i}"} for i, c in enumerate(batch)]
        return httpx.Response(200, json={"customers": links})
    return httpx.Response(
        200,
        json={
            "msg": "Customers have been successfully added!",
            "dispatch_code": "LT7K2M9QX",
            "status": {"duplicated": 0, "invalid": 0, "inserted": len(batch)},
            "campaign": {"name": "Pós-venda Loja", "cod": 1201},
        },
    )


def test_chunked_splits_any_iterable() -> None:
    assert [len(c) for c in chunked(range(1201))] == [500, 500, 201]
    assert list(chunked(iter("abcde"), 2)) == [["a", "b"], ["c", "d"], ["e"]]
    assert list(chunked([], 3)) == []
    with pytest.raises(ValueError):
        list(chunked([1], 0))


def test_1201_customers_go_out_as_500_500_201(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = answer
    everyone = customers(1201)
    replies = make_api().dispatch_in_chunks(
        1201, everyone, schedule_time=1767225600, get_not_inserted=True
    )
    assert all(isinstance(reply, DispatchResponse) for reply in replies)
    assert [reply.status.inserted for reply in replies] == [500, 500, 201]
    batches = sent_batches(server, DISPATCH_PATH)
    assert [len(batch) for batch in batches] == [500, 500, 201]
    assert [name for batch in batches for name in batch] == [c.name for c in everyone]
    for request in server.requests:
        assert json.loads(request.content)["schedule_time"] == 1767225600
        assert request.url.params["getNotInserted"] == "1"


def test_draft_dispatch_leaves_schedule_time_out(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = answer
    make_api().dispatch_in_chunks(1201, customers(3))
    (request,) = server.requests
    assert "schedule_time" not in json.loads(request.content)
    assert "getNotInserted" not in request.url.params


def test_survey_links_are_chunked_too(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = answer
    replies = make_api().create_survey_links_in_chunks(1201, customers(1001))
    assert all(isinstance(reply, SurveyLinksResponse) for reply in replies)
    assert [len(reply.customers) for reply in replies] == [500, 500, 1]
    assert [len(b) for b in sent_batches(server, LINKS_PATH)] == [500, 500, 1]


def test_async_chunking(server: FakeServer, make_api: Callable[..., Tracksale]) -> None:
    server.handler = answer
    api = make_api()

    async def main() -> tuple[list[DispatchResponse], list[SurveyLinksResponse]]:
        dispatched = await api.adispatch_in_chunks(1201, customers(1201))
        linked = await api.acreate_survey_links_in_chunks(1201, customers(600), size=300)
        return dispatched, linked

    dispatched, linked = asyncio.run(main())
    assert [reply.status.inserted for reply in dispatched] == [500, 500, 201]
    assert [len(reply.customers) for reply in linked] == [300, 300]


@pytest.mark.parametrize(
    ("failure", "cause"),
    [
        (error_response(503, "unavailable", "Later."), ServerError),
        (
            error_response(
                405,
                "captcha_required",
                "Locked.",
                captcha={"id": "cap_1", "url": "https://x/cap_1"},
                retry_after=10,
            ),
            ThrottledError,
        ),
    ],
)
def test_the_first_failure_stops_and_reports_what_was_accepted(
    server: FakeServer,
    make_api: Callable[..., Tracksale],
    failure: httpx.Response,
    cause: type[Exception],
) -> None:
    def second_fails(request: httpx.Request) -> httpx.Response:
        return failure if len(server.requests) == 2 else answer(request)

    server.handler = second_fails
    with pytest.raises(ChunkedRequestError) as caught:
        make_api().dispatch_in_chunks(1201, customers(1201))
    error = caught.value
    assert (error.accepted_chunks, error.accepted_items) == (1, 500)
    assert len(error.results) == 1 and error.results[0].status.inserted == 500
    assert isinstance(error.error, cause) and error.__cause__ is error.error
    assert error.status_code == failure.status_code
    assert "1 accepted chunk" in str(error)
    # Never retried, and nothing sent after the failure.
    assert [len(b) for b in sent_batches(server, DISPATCH_PATH)] == [500, 500]


@pytest.mark.parametrize("size", [0, 501])
def test_chunk_sizes_outside_the_contract_are_refused(
    make_api: Callable[..., Tracksale], size: int
) -> None:
    with pytest.raises(ValueError, match="size"):
        make_api().dispatch_in_chunks(1201, customers(1), size=size)
