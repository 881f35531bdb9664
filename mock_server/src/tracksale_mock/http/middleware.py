"""ASGI middlewares placed in connexion's stack: request ids, the throttle, forcing."""

from __future__ import annotations

import itertools

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tracksale_mock.config import ADMIN_PREFIX
from tracksale_mock.http.asgi import bearer_token, header, operation_of, send_json
from tracksale_mock.http.forcing import ForcedResponses
from tracksale_mock.state.throttle import Throttle


class RequestIdMiddleware:
    """Adds `X-Request-Id` to every answer (a counter: repeatable across runs)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._ids = itertools.count(1)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"req-{next(self._ids):08d}".encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), (b"x-request-id", request_id)]
            await send(message)

        await self.app(scope, receive, send_with_id)


class ThrottleMiddleware:
    """Counts each known token's requests to API operations; over the quota, 405."""

    def __init__(self, app: ASGIApp, *, throttle: Throttle, tokens: frozenset[str]) -> None:
        self.app = app
        self.throttle = throttle
        self.tokens = tokens

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            operation_id, base_path = operation_of(scope)
            token = bearer_token(scope)
            if operation_id and base_path != ADMIN_PREFIX and token in self.tokens:
                assert token is not None
                lock = self.throttle.check(token)
                if lock is not None:
                    host = header(scope, b"host") or "127.0.0.1"
                    url = f"http://{host}{ADMIN_PREFIX}/captcha/{lock.captcha_id}/solve"
                    quota = self.throttle.rate
                    body = {
                        "error": "captcha_required",
                        "message": (
                            f"More than {quota.requests} requests in {quota.seconds:g} seconds; "
                            "solve the CAPTCHA to continue."
                        ),
                        "captcha": {"id": lock.captcha_id, "url": url},
                        "retry_after": lock.retry_after,
                    }
                    headers = {"Retry-After": str(lock.retry_after), "X-Captcha": lock.captcha_id}
                    await send_json(send, 405, body, headers)
                    return
        await self.app(scope, receive, send)


class ForcingMiddleware:
    """Answers `Prefer: code=N` / `Prefer: example=NAME` with a documented response."""

    def __init__(self, app: ASGIApp, *, forced: ForcedResponses) -> None:
        self.app = app
        self.forced = forced

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            prefer = header(scope, b"prefer")
            operation_id, base_path = operation_of(scope)
            if prefer and operation_id and base_path != ADMIN_PREFIX:
                forced = self.forced.answer(operation_id, prefer)
                if forced is not None:
                    await send_json(send, *forced)
                    return
        await self.app(scope, receive, send)
