"""The resource methods: natural types on the wire, raw answers, per-client options."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from datetime import date, datetime

import httpx
import pytest

from contract_tests.client.conftest import TOKEN, FakeServer, error_response
from tracksale_client import (
    AsyncTracksale,
    AuthenticationError,
    InvalidRequestError,
    ServerError,
    Tracksale,
    or_none,
)
from tracksale_client._auth import BearerAuth
from tracksale_generated.api.campaigns import list_campaigns
from tracksale_generated.models.campaign import Campaign
from tracksale_generated.models.customer import Customer
from tracksale_generated.types import UNSET

NPS_REPLY = {
    key: 0
    for key in (
        "dispatches",
        "answers",
        "promoters",
        "detractors",
        "passives",
        "detractors_percentage",
        "passives_percentage",
        "promoters_percentage",
        "nps",
    )
}
DISPATCH_REPLY = {
    "msg": "Customers have been successfully added!",
    "dispatch_code": "LT1",
    "status": {"duplicated": 0, "invalid": 0, "inserted": 1},
    "campaign": {"name": "Loja", "cod": 1201},
}
ANSWER_REPLY = {"msg": "0 Answer inserted", "status": {"invalid": 0, "inserted": 0}}


def ok(body: object, request_id: str = "req-42") -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, json=body, headers={"X-Request-Id": request_id})


def test_query_arguments_reach_the_wire_in_its_format(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = ok(NPS_REPLY)
    api = make_api()
    api.reports.nps(
        start=date(2026, 11, 1), end=datetime(2026, 11, 30, 18, 0), compare=True, codes=[1201, 1202]
    )
    params = dict(server.requests[-1].url.params)
    assert params == {
        "start": "2026-11-01",
        "end": "2026-11-30T18:00:00",
        "compare": "1",
        "codes": "1201,1202",
    }
    api.reports.nps(compare=False)
    assert dict(server.requests[-1].url.params) == {}  # False and None are left out


def test_body_fields_are_flattened_and_converted(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = ok(DISPATCH_REPLY)
    api = make_api()
    when = datetime(2027, 1, 1, 12, 0)
    reply = api.dispatches.create(
        1201,
        [Customer(name="Ana", email="ana@example.com")],
        schedule_time=when,
        get_not_inserted=True,
    )
    assert reply.dispatch_code == "LT1"
    sent = server.requests[-1]
    assert sent.url.path == "/v2/campaign/1201/dispatch"
    assert sent.url.params["getNotInserted"] == "1"
    assert b'"schedule_time":' + str(int(when.timestamp())).encode() in sent.content.replace(
        b" ", b""
    )


def test_an_int_campaign_code_is_sent_as_the_string_the_answer_body_declares(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = ok(ANSWER_REPLY)
    api = make_api()
    api.answers.create(1201, [])
    assert json.loads(server.requests[-1].content)["campaign_code"] == "1201"


def test_raw_responses_carry_status_headers_and_the_request_id(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = ok([], request_id="req-ok-7")
    raw = make_api().campaigns.with_raw_response.list()
    assert (raw.status_code, raw.request_id, raw.parsed) == (200, "req-ok-7", [])
    assert raw.headers["x-request-id"] == "req-ok-7"


def test_with_options_adds_headers_and_timeout_to_the_copy_only(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    api = make_api()
    forced = api.with_options(headers={"Prefer": "code=405"}, timeout=2.5)
    forced.campaigns.list()
    api.campaigns.list()
    first, second = server.requests[-2:]
    assert first.headers["Prefer"] == "code=405" and "Prefer" not in second.headers
    assert first.headers["Authorization"] == second.headers["Authorization"] == f"bearer {TOKEN}"
    assert first.extensions["timeout"]["read"] == 2.5
    assert forced.timeout.read == 2.5 and api.timeout.read == 30.0
    # The copy shares the pool: its transport is the original's.
    assert forced.client.get_httpx_client()._transport._inner is (  # type: ignore[attr-defined]
        api.client.get_httpx_client()._transport._inner  # type: ignore[attr-defined]
    )
    forced.close()  # closes nothing of the original
    api.campaigns.list()


def test_max_retries_overrides_the_policy_of_the_copy(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = lambda request: error_response(503, "service_unavailable", "down")
    api = make_api()
    with pytest.raises(ServerError):
        api.with_options(max_retries=0).campaigns.list()
    assert server.calls("/v2/campaign") == 1
    with pytest.raises(ServerError):
        api.campaigns.list()
    assert server.calls("/v2/campaign") == 1 + 3


def test_the_generated_clients_with_headers_keeps_the_runtime(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    api = make_api()
    derived = api.client.with_headers({"X-Trace": "t1"})
    list_campaigns.sync(client=derived)
    assert server.requests[-1].headers["X-Trace"] == "t1"
    assert server.requests[-1].headers["Authorization"] == f"bearer {TOKEN}"
    list_campaigns.sync(client=api.client)
    assert "X-Trace" not in server.requests[-1].headers  # the original is unchanged
    server.handler = lambda request: error_response(401, "unauthorized", "bad token")
    with pytest.raises(AuthenticationError):  # raised, not returned
        list_campaigns.sync(client=api.client.with_timeout(httpx.Timeout(1.0)))


def test_str_of_an_error_has_status_code_message_and_details(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = lambda request: error_response(
        400, "invalid_request", "Invalid query", details=["11 is greater than the maximum of 10"]
    )
    with pytest.raises(InvalidRequestError) as caught:
        make_api().reports.answers(limit=11)
    text = str(caught.value)
    for part in ("400", "invalid_request", "Invalid query", "11 is greater than the maximum"):
        assert part in text
    assert caught.value.details == ["11 is greater than the maximum of 10"]


def test_redaction_replaces_the_token_and_nothing_else() -> None:
    auth = BearerAuth("abc")
    assert auth.redact("bearer abc rejected") == "bearer [redacted] rejected"
    assert auth.redact("abcdef cabc abc.") == "abcdef cabc [redacted]."
    assert auth.redact("token=abc&x=1 x-abc abc_1") == "token=[redacted]&x=1 x-abc abc_1"


def test_absent_fields_read_as_none_and_print_readably() -> None:
    assert or_none(UNSET) is None and or_none(0) == 0
    assert repr(Customer(name="Ana")).count("UNSET") > 0
    assert "object at" not in repr(Customer(name="Ana"))


def test_the_async_client_has_the_same_surface(
    server: FakeServer,
) -> None:
    sync_api = Tracksale(TOKEN, transport=server.transport, pacing=False)
    async_api = AsyncTracksale(TOKEN, transport=server.transport, pacing=False)
    for group in ("campaigns", "widgets", "dispatches", "answers", "reports"):
        mine = getattr(sync_api, group)
        theirs = getattr(async_api, group)
        names = {n for n in dir(mine) if not n.startswith("_")}
        assert names == {n for n in dir(theirs) if not n.startswith("_")}
        for name in names - {"with_raw_response"}:
            assert inspect.signature(getattr(mine, name)).parameters.keys() == (
                inspect.signature(getattr(theirs, name)).parameters.keys()
            )

    async def run() -> list[Campaign]:
        async with async_api:
            server.handler = ok([])
            return await async_api.campaigns.list(start=date(2026, 11, 1))

    assert asyncio.run(run()) == []
    assert server.requests[-1].url.params["start"] == "2026-11-01"
    sync_api.close()
