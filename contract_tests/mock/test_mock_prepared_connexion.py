"""The mock's prepared connexion stack answers exactly as connexion's own stack does.

`tracksale_mock.http.fast_connexion` (`app.py`, `validation.py`) moves connexion's
per-request set-up (validators, handler decoration, routing, ...) to start-up. Here
the same requests go, in the same order, to the mock's app and to a reference app
that connexion builds the stock way over an identical mock (same seed, same frozen
clock): statuses, headers and bodies must be the same. The one intended difference:
a parameter error also names the parameter.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
from collections.abc import Callable
from typing import Any

import connexion
import httpx
import pytest
from connexion.middleware import MiddlewarePosition
from connexion.security import BearerSecurityHandler

from tracksale_contract import MOCK_ADMIN_SPEC_PATH, inline_refs, load_spec
from tracksale_mock.config import ADMIN_PREFIX, DEFAULT_TOKEN, MockConfig, RateLimit
from tracksale_mock.http import errors as http_errors
from tracksale_mock.http.app import BEARER_SCHEME, MethodResolver, MockServer, _served_spec
from tracksale_mock.http.docs_page import DocsApi, DocsPageMiddleware
from tracksale_mock.http.fast_connexion import CHECKED_CONNEXION_VERSIONS
from tracksale_mock.http.forcing import ForcedResponses
from tracksale_mock.http.middleware import (
    ForcingMiddleware,
    RequestIdMiddleware,
    ThrottleMiddleware,
)
from tracksale_mock.http.public_url import PublicRedirectMiddleware
from tracksale_mock.state.clock import MockClock

NOW = 1_773_230_400
AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}


def test_connexion_is_a_version_the_prepared_stack_was_checked_against() -> None:
    installed = importlib.metadata.version("connexion")
    assert installed in CHECKED_CONNEXION_VERSIONS, (
        f"connexion {installed} is installed, but tracksale_mock.http.fast_connexion relies"
        f" on internals checked only against {CHECKED_CONNEXION_VERSIONS}: run this module,"
        " review fast_connexion/app.py and validation.py, then add the version there"
    )


class FrozenClock(MockClock):
    def now(self) -> float:
        return float(NOW)


def stock_app(mock: MockServer) -> connexion.AsyncApp:
    """The mock's app as connexion builds it out of the box (the mock before the
    start-up preparation)."""
    tokens = frozenset(mock.config.tokens)

    def check(token: str) -> dict[str, str] | None:
        return {"sub": "mock-user"} if token in tokens else None

    class TokenCheck(BearerSecurityHandler):  # type: ignore[misc]
        def _resolve_func(self, security_scheme: dict[str, Any]) -> Callable[..., Any]:
            return check

    served = _served_spec(DEFAULT_TOKEN)
    app = connexion.AsyncApp(__name__)
    options: dict[str, Any] = {
        "pythonic_params": True,
        "strict_validation": True,
        "validate_responses": mock.config.strict,
    }
    app.add_api(
        served,
        base_path="",
        resolver=MethodResolver(mock.operations),
        security_map={"bearer": TokenCheck},
        name="tracksale",
        **options,
    )
    app.add_api(
        load_spec(MOCK_ADMIN_SPEC_PATH),
        base_path=ADMIN_PREFIX,
        resolver=MethodResolver(mock.admin),
        name="mock-admin",
        **options,
    )
    http_errors.install(app)
    app.add_middleware(RequestIdMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION)
    app.add_middleware(
        PublicRedirectMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION, public_url=None
    )
    docs = [
        DocsApi("", "Tracksale API (mock)", served, BEARER_SCHEME),
        DocsApi(ADMIN_PREFIX, "Mock controls", load_spec(MOCK_ADMIN_SPEC_PATH)),
    ]
    app.add_middleware(
        DocsPageMiddleware,
        position=MiddlewarePosition.BEFORE_EXCEPTION,
        apis=docs,
        public_url=None,
        token=DEFAULT_TOKEN,
    )
    app.add_middleware(
        ThrottleMiddleware,
        position=MiddlewarePosition.BEFORE_SECURITY,
        throttle=mock.throttle,
        tokens=tokens,
    )
    app.add_middleware(
        ForcingMiddleware,
        position=MiddlewarePosition.BEFORE_VALIDATION,
        forced=ForcedResponses(inline_refs(load_spec())),
    )
    return app


def frozen_mock(strict: bool) -> MockServer:
    mock = MockServer(MockConfig(strict=strict, now=NOW, rate_limit=RateLimit(10**6, 300.0)))
    clock = FrozenClock(NOW)
    mock.clock = mock.operations.clock = mock.admin.clock = clock
    return mock


CUSTOMER = {"name": "Ana", "email": "ana@example.com", "phone": "5511988887777"}
Request = tuple[str, str, dict[str, Any]]
# Bodies above 16 kB are parsed and checked in a worker thread: the same answers.
MANY = [{"name": f"Bulk {i}", "email": f"bulk.{i}@example.com"} for i in range(400)]
MANY_BAD = [*MANY[:300], {"name": 7}, *MANY[300:]]
MANY_TEXT = json.dumps({"customers": MANY}).encode()

REQUESTS: list[Request] = [
    ("GET", "/v2/campaign", {}),
    ("GET", "/v2/campaign", {"params": {"dispatch_limits": "1", "start": "2026-02-01"}}),
    ("GET", "/v2/campaign", {"params": {"start": "yesterday"}}),
    ("GET", "/v2/campaign", {"params": {"dispatch_limits": "maybe"}}),
    ("GET", "/v2/campaign", {"params": {"surprise": "1"}}),
    ("GET", "/v2/campaign/1201", {"params": {"end": "2026-03-10"}}),
    ("GET", "/v2/campaign/999999", {}),
    ("GET", "/v2/campaign/abc", {}),
    ("GET", "/v2/report/answer", {"params": {"limit": "3", "tags": "1", "csat": "1"}}),
    ("GET", "/v2/report/answer", {"params": {"limit": "x"}}),
    ("GET", "/v2/report/answer", {"params": {"codes": "1201,1203", "justifReturn": "array"}}),
    ("GET", "/v2/report/nps", {"params": {"compare": "1"}}),
    ("GET", "/v2/report/dispatch", {"params": {"channel": "1"}}),
    ("GET", "/dispatch", {"params": {"page": "1", "limit": "100", "tags": "1"}}),
    ("GET", "/dispatch", {"params": {"page": "0"}}),
    ("POST", "/v2/campaign/1201/dispatch", {"json": {"customers": [CUSTOMER]}}),
    ("POST", "/v2/campaign/1201/dispatch", {"json": {"customers": [CUSTOMER]},
                                             "params": {"getNotInserted": "1"}}),
    ("POST", "/v2/campaign/1201/dispatch", {"json": {"customers": "nobody"}}),
    ("POST", "/v2/campaign/1201/dispatch", {"json": [1, 2]}),
    ("POST", "/v2/campaign/1201/dispatch", {"content": b"{not json",
                                             "headers": {"Content-Type": "application/json"}}),
    ("POST", "/v2/campaign/1201/dispatch", {"content": b"x=1",
                                             "headers": {"Content-Type": "text/plain"}}),
    ("POST", "/v2/campaign/1201/dispatch", {}),
    ("POST", "/v2/campaign/1201/dispatch", {"json": {"customers": MANY}}),
    ("POST", "/v2/campaign/1201/dispatch", {"json": {"customers": MANY_BAD}}),
    ("POST", "/v2/campaign/1201/dispatch", {"content": MANY_TEXT[:-1],
                                             "headers": {"Content-Type": "application/json"}}),
    ("GET", "/v2/campaign/1201/draft-lot", {}),
    ("POST", "/v2/campaign/1201/can-impact", {"json": {"email": "ana@example.com"}}),
    ("POST", "/v2/answer", {"json": {"campaign_code": "1201", "answers": [
        {**CUSTOMER, "score": 9, "justification": "ok"}]}, "params": {"return_answer_id": "1"}}),
    ("POST", "/v2/note", {"json": {"comment": "x", "answer_id": 1}}),
    ("GET", "/v2/widget/nope", {}),
    ("GET", "/v2/campaign", {"headers": {"Prefer": "code=405"}}),
    ("GET", "/v2/campaign", {"headers": {"Prefer": "example=nothing"}}),
    ("DELETE", "/v2/campaign", {}),
    ("GET", "/v2/nowhere", {}),
    ("GET", "/v2/campaign/", {}),
    ("GET", "/openapi.json", {}),
    ("GET", "/ui", {}),
    ("GET", "/_mock/clock", {}),
    ("POST", "/_mock/clock", {"json": {"advance": "soon"}}),
    ("GET", "/_mock/nowhere", {}),
    ("GET", "/v2/campaign", {"auth": None}),
    ("GET", "/v2/campaign", {"auth": {"Authorization": "Bearer wrong"}}),
    ("GET", "/v2/campaign", {"auth": {"Authorization": "Basic abc"}}),
    ("GET", "/v2/campaign", {"auth": {"Authorization": "bearer"}}),
    ("GET", "/v2/campaign", {"auth": {"Authorization": f"BEARER {DEFAULT_TOKEN}"}}),
    ("GET", "/v2/report/status", {}),
    ("GET", "/v2/campaign", {}),
]  # fmt: skip


async def answers(app: Any) -> list[tuple[int, dict[str, str], Any]]:
    found = []
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        for method, path, options in REQUESTS:
            options = dict(options)
            auth = options.pop("auth", AUTH)
            headers = {**(auth or {}), **options.pop("headers", {})}
            reply = await client.request(method, path, headers=headers, **options)
            try:
                body: Any = reply.json()
            except json.JSONDecodeError:
                body = reply.text
            kept = {k: v for k, v in reply.headers.items() if k != "content-length"}
            # Request ids carry a random tag of each app instance: compare the counter.
            kept["x-request-id"] = kept["x-request-id"].rsplit("-", 1)[-1]
            found.append((reply.status_code, kept, body))
    return found


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_the_prepared_stack_answers_as_connexions_own(strict: bool) -> None:
    prepared = frozen_mock(strict)
    reference = frozen_mock(strict)
    mine = asyncio.run(answers(prepared.app))
    theirs = asyncio.run(answers(stock_app(reference)))
    for (method, path, _), ours, stock in zip(REQUESTS, mine, theirs, strict=True):
        where = f"{method} {path}"
        assert ours[0] == stock[0], (where, ours, stock)
        assert ours[1] == stock[1], (where, ours[1], stock[1])
        if isinstance(stock[2], dict) and "parameter '" in " ".join(ours[2].get("details", [])):
            # The one intended difference: the parameter is named.
            assert [d.split(" (query parameter")[0] for d in ours[2]["details"]] == stock[2][
                "details"
            ], where
            ours = (ours[0], ours[1], {**ours[2], "details": stock[2]["details"]})
        assert ours[2] == stock[2], (where, ours[2], stock[2])
    assert prepared.store.snapshot() == reference.store.snapshot()
    assert {status for status, _, _ in mine} >= {200, 307, 400, 401, 404, 405}
    assert [status for status, _, _ in mine].count(200) > 10
