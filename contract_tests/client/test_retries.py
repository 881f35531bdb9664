"""GETs are retried on connection errors, timeouts and 5xx; POSTs only when asked to."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterable

import httpx
import pytest

from contract_tests.client.conftest import FakeServer, error_response
from tracksale_client import (
    ConnectionFailedError,
    NotFoundError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    Tracksale,
)
from tracksale_generated.api.campaigns import list_campaigns
from tracksale_generated.api.dispatches import dispatch_customers
from tracksale_generated.models.campaign import Campaign
from tracksale_generated.models.customer import Customer
from tracksale_generated.models.dispatch_request import DispatchRequest
from tracksale_generated.models.dispatch_response import DispatchResponse

Step = httpx.Response | httpx.TransportError
DISPATCH_PATH = "/v2/campaign/1201/dispatch"
CAMPAIGN = {
    "name": "Pós-venda Loja",
    "code": 1201,
    "description": None,
    "detractors": 15,
    "passives": 25,
    "promoters": 60,
    "dispatches": 420,
    "comments": 71,
    "answers": 100,
    "main_channel": "email",
    "create_time": 1735732800,
    "questions": [],
}
DISPATCHED = {
    "msg": "Customers have been successfully added!",
    "dispatch_code": "LT7K2M9QX",
    "status": {"duplicated": 0, "invalid": 0, "inserted": 1},
    "campaign": {"name": "Pós-venda Loja", "cod": 1201},
}


def unavailable(retry_after: str | None = None) -> httpx.Response:
    answer = error_response(503, "unavailable", "Try later.")
    if retry_after is not None:
        answer.headers["Retry-After"] = retry_after
    return answer


def script(server: FakeServer, steps: Iterable[Step], final: httpx.Response) -> None:
    """Answer with ``steps`` in order (raising the exceptions), then ``final`` forever."""
    pending = list(steps)
    lock = threading.Lock()

    def handle(request: httpx.Request) -> httpx.Response:
        with lock:
            step = pending.pop(0) if pending else final
        if isinstance(step, httpx.TransportError):
            raise step
        return step

    server.handler = handle


def dispatch(api: Tracksale) -> DispatchResponse | object:
    body = DispatchRequest(customers=[Customer(name="Mariana", email="m@example.com.br")])
    return dispatch_customers.sync(1201, client=api.client, body=body)


FAILURES: dict[str, list[Step]] = {
    "503 twice": [unavailable(), unavailable()],
    "connection errors": [httpx.ConnectError("refused"), httpx.ReadError("reset")],
    "timeout then 502": [httpx.ReadTimeout("slow"), error_response(502, "bad_gateway", "Oops.")],
}


@pytest.mark.parametrize("steps", FAILURES.values(), ids=FAILURES.keys())
def test_a_get_that_fails_twice_then_succeeds_returns_the_result(
    server: FakeServer, make_api: Callable[..., Tracksale], steps: list[Step]
) -> None:
    script(server, steps, httpx.Response(200, json=[CAMPAIGN]))
    campaigns = list_campaigns.sync(client=make_api().client)
    assert isinstance(campaigns, list) and isinstance(campaigns[0], Campaign)
    assert len(server.requests) == 3


def test_async_gets_are_retried_too(server: FakeServer, make_api: Callable[..., Tracksale]) -> None:
    script(server, FAILURES["connection errors"], httpx.Response(200, json=[CAMPAIGN]))
    campaigns = asyncio.run(list_campaigns.asyncio(client=make_api().client))
    assert isinstance(campaigns, list) and campaigns[0].code == 1201
    assert len(server.requests) == 3


def test_a_get_gives_up_after_the_last_attempt(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    script(server, [], unavailable())
    with pytest.raises(ServerError):
        list_campaigns.sync(client=make_api().client)
    assert len(server.requests) == 3
    server.requests.clear()

    def time_out(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("slow")

    server.handler = time_out
    with pytest.raises(RequestTimeoutError):
        list_campaigns.sync(client=make_api(retries=RetryPolicy(attempts=2, backoff=0)).client)
    assert len(server.requests) == 2


def test_4xx_answers_are_never_retried(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    script(server, [], error_response(404, "not_found", "No."))
    with pytest.raises(NotFoundError):
        list_campaigns.sync(client=make_api().client)
    assert len(server.requests) == 1


def test_a_dispatch_post_is_sent_exactly_once(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    script(server, [unavailable()], httpx.Response(200, json=DISPATCHED))
    with pytest.raises(ServerError):
        dispatch(make_api())
    assert server.calls(DISPATCH_PATH) == 1


def test_a_post_connection_error_is_not_retried_either(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    script(server, [httpx.ReadError("reset")], httpx.Response(200, json=DISPATCHED))
    with pytest.raises(ConnectionFailedError):
        dispatch(make_api())
    assert server.calls(DISPATCH_PATH) == 1


def test_retrying_posts_opts_in_for_the_block_only(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    api = make_api()
    script(
        server, [unavailable(), httpx.ConnectError("refused")], httpx.Response(200, json=DISPATCHED)
    )
    with api.retrying_posts():
        reply = dispatch(api)
    assert isinstance(reply, DispatchResponse) and reply.dispatch_code == "LT7K2M9QX"
    assert server.calls(DISPATCH_PATH) == 3
    # The body was sent again intact.
    assert len({request.content for request in server.requests}) == 1

    server.requests.clear()
    script(server, [unavailable()], httpx.Response(200, json=DISPATCHED))
    with pytest.raises(ServerError):
        dispatch(api)
    assert server.calls(DISPATCH_PATH) == 1


def test_retrying_posts_does_not_leak_to_other_threads_or_clients(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    api, other = make_api(), make_api()
    script(server, [], unavailable())
    outcome: list[BaseException] = []

    def elsewhere() -> None:
        try:
            dispatch(api)
        except ServerError as exc:
            outcome.append(exc)

    with api.retrying_posts():
        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
        with pytest.raises(ServerError):
            dispatch(other)
    assert len(outcome) == 1
    assert server.calls(DISPATCH_PATH) == 2


def test_async_tasks_inherit_the_opt_in(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    api = make_api()
    script(server, [unavailable()], httpx.Response(200, json=DISPATCHED))
    body = DispatchRequest(customers=[Customer(name="Mariana", email="m@example.com.br")])

    async def main() -> object:
        with api.retrying_posts():
            return await asyncio.create_task(
                dispatch_customers.asyncio(1201, client=api.client, body=body)
            )

    assert isinstance(asyncio.run(main()), DispatchResponse)
    assert server.calls(DISPATCH_PATH) == 2


def test_retry_after_on_5xx_is_honoured(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    script(server, [unavailable(retry_after="1")], httpx.Response(200, json=[]))
    started = time.monotonic()
    list_campaigns.sync(client=make_api().client)
    assert time.monotonic() - started >= 1.0
    assert len(server.requests) == 2


def test_a_retry_after_beyond_the_cap_ends_the_retries(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    script(server, [unavailable(retry_after="3600")], httpx.Response(200, json=[]))
    with pytest.raises(ServerError):
        list_campaigns.sync(client=make_api().client)
    assert len(server.requests) == 1


def test_backoff_is_exponential_with_full_jitter() -> None:
    policy = RetryPolicy(attempts=10, backoff=1.0, max_backoff=5.0)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (9, 5.0)]:
        delays = [policy.delay(attempt) for _ in range(200)]
        assert all(d is not None and 0.0 <= d <= ceiling for d in delays)
        assert max(d or 0.0 for d in delays) > ceiling / 2
    assert policy.delay(10) is None
    assert RetryPolicy(attempts=1).delay(1) is None
