"""Every non-2xx answer raises a typed error; the token never shows up anywhere."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import httpx
import pytest

from contract_tests.client.conftest import TOKEN, FakeServer, Handler, error_response
from tracksale_client import (
    AuthenticationError,
    ConnectionFailedError,
    InvalidRequestError,
    MethodNotAllowedError,
    NotFoundError,
    RequestTimeoutError,
    ServerError,
    ThrottledError,
    Tracksale,
    TracksaleError,
    TransportError,
)
from tracksale_generated.api.campaigns import get_campaign, list_campaigns
from tracksale_generated.api.dispatches import send_dispatch_lot
from tracksale_generated.models.send_lot_request import SendLotRequest

THROTTLE_BODY = {
    "error": "captcha_required",
    "message": "More than 1000 requests in 300 seconds; solve the CAPTCHA to continue.",
    "captcha": {"id": "cap_9f3b2c71", "url": "https://api.tracksale.co/captcha/cap_9f3b2c71"},
    "retry_after": 212,
}


def constant(answer: httpx.Response) -> Handler:
    return lambda request: answer


def throttled(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        405,
        json=THROTTLE_BODY,
        headers={"X-Request-Id": "req-405", "Retry-After": "212", "X-Captcha": "cap_9f3b2c71"},
    )


CASES: list[tuple[httpx.Response, type[TracksaleError], str]] = [
    (
        error_response(400, "invalid_request", "Bad limit.", details=["query 'limit'"]),
        InvalidRequestError,
        "invalid_request",
    ),
    (error_response(401, "unauthorized", "Unknown token."), AuthenticationError, "unauthorized"),
    (error_response(403, "forbidden", "Not yours."), AuthenticationError, "forbidden"),
    (error_response(404, "not_found", "Campaign 9999 does not exist."), NotFoundError, "not_found"),
    (
        error_response(405, "method_not_allowed", "Use GET."),
        MethodNotAllowedError,
        "method_not_allowed",
    ),
    (error_response(409, "conflict", "Busy."), InvalidRequestError, "conflict"),
    (error_response(500, "server_error", "Boom."), ServerError, "server_error"),
]


@pytest.mark.parametrize(("answer", "kind", "code"), CASES)
def test_error_answers_raise_typed_errors(
    server: FakeServer,
    make_api: Callable[..., Tracksale],
    answer: httpx.Response,
    kind: type[TracksaleError],
    code: str,
) -> None:
    server.handler = constant(answer)
    with pytest.raises(kind) as caught:
        get_campaign.sync(9999, client=make_api().client)
    error = caught.value
    assert type(error) is kind
    assert error.status_code == answer.status_code
    assert error.body == answer.json()
    assert error.error_code == code
    assert error.request_id == "req-1"
    assert (error.method, error.path) == ("GET", "/v2/campaign/9999")
    assert str(answer.status_code) in str(error) and answer.json()["message"] in str(error)
    assert "req-1" in str(error)


def test_throttle_carries_the_captcha_and_is_not_retried(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = throttled
    with pytest.raises(ThrottledError) as caught:
        list_campaigns.sync(client=make_api().client)
    error = caught.value
    assert error.status_code == 405
    assert error.error_code == "captcha_required"
    assert error.captcha_id == "cap_9f3b2c71"
    assert error.captcha_url == "https://api.tracksale.co/captcha/cap_9f3b2c71"
    assert error.retry_after == 212
    assert error.request_id == "req-405"
    assert error.body == THROTTLE_BODY
    assert "cap_9f3b2c71" in str(error) and "212" in str(error)
    assert len(server.requests) == 1


def test_a_405_with_the_captcha_header_but_no_json_is_still_a_throttle(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = lambda request: httpx.Response(
        405, text="locked", headers={"X-Captcha": "cap_1", "Retry-After": "30"}
    )
    with pytest.raises(ThrottledError) as caught:
        list_campaigns.sync(client=make_api().client)
    assert (caught.value.captcha_id, caught.value.retry_after, caught.value.body) == (
        "cap_1",
        30,
        None,
    )


def test_async_calls_raise_the_same_errors(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = throttled
    api = make_api()
    with pytest.raises(ThrottledError):
        asyncio.run(list_campaigns.asyncio(client=api.client))
    server.handler = lambda request: error_response(404, "not_found", "No lot.")
    with pytest.raises(NotFoundError):
        asyncio.run(
            send_dispatch_lot.asyncio(1201, "LT0", client=api.client, body=SendLotRequest(time=0))
        )


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (httpx.ConnectError("connection refused"), ConnectionFailedError),
        (httpx.RemoteProtocolError("peer closed connection"), ConnectionFailedError),
        (httpx.ReadTimeout("timed out"), RequestTimeoutError),
        (httpx.ConnectTimeout("timed out"), RequestTimeoutError),
    ],
)
def test_transport_failures_become_transport_errors(
    server: FakeServer,
    make_api: Callable[..., Tracksale],
    failure: httpx.TransportError,
    kind: type[TransportError],
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    server.handler = fail
    with pytest.raises(kind) as caught:
        list_campaigns.sync(client=make_api().client)
    assert caught.value.status_code is None
    assert caught.value.__cause__ is failure
    assert "GET /v2/campaign" in str(caught.value)


def test_the_token_never_appears(
    server: FakeServer, make_api: Callable[..., Tracksale], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api = make_api(pacing=True)
    texts = [repr(api), str(api.client), repr(api.client)]
    for client in (api.client.get_httpx_client(), api.client.get_async_httpx_client()):
        texts += [repr(client), repr(client.auth), str(client.headers)]

    # A server that echoes the token back must not leak it either.
    echo = f"Token {TOKEN} is unknown."
    answers = [
        error_response(401, "unauthorized", echo, request_id=TOKEN),
        throttled(httpx.Request("GET", "/")),
        error_response(503, "unavailable", echo),
    ]
    for answer in answers:
        server.handler = constant(answer)
        with pytest.raises(TracksaleError) as caught:
            list_campaigns.sync(client=api.client)
        texts += [str(caught.value), repr(caught.value), repr(caught.value.body)]

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot reach {request.url} for {TOKEN}")

    server.handler = refuse
    with pytest.raises(ConnectionFailedError) as failed:
        asyncio.run(list_campaigns.asyncio(client=api.client))
    texts += [str(failed.value), repr(failed.value)]

    texts += [record.getMessage() for record in caplog.records]
    texts += [str(record.args) for record in caplog.records]
    assert any(record.name == "tracksale_client" for record in caplog.records)
    leaks = [text for text in texts if TOKEN in text]
    assert not leaks
    # ...while the server did receive it.
    assert server.requests[0].headers["Authorization"] == f"bearer {TOKEN}"


def test_one_debug_line_per_exchange(
    server: FakeServer, make_api: Callable[..., Tracksale], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tracksale_client")
    list_campaigns.sync(client=make_api().client, start="2026-11-01")
    (record,) = [r for r in caplog.records if r.name == "tracksale_client"]
    assert record.levelno == logging.DEBUG
    assert record.getMessage() == "GET /v2/campaign -> 200 (attempt 1, paced 0.000 s)"
