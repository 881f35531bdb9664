"""ASGI middlewares placed in connexion's stack: request ids, body and path limits,
the throttle, forcing."""

from __future__ import annotations

import itertools
import secrets

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tracksale_mock.config import ADMIN_PREFIX
from tracksale_mock.errors import MockError
from tracksale_mock.http.asgi import bearer_token, header, operation_of, send_json
from tracksale_mock.http.forcing import ForcedResponses
from tracksale_mock.http.public_url import public_base
from tracksale_mock.state.throttle import Throttle

MAX_PATH_PARAMETER = 256  # characters: every identifier of the API is far shorter


class RequestIdMiddleware:
    """Adds `X-Request-Id` to every answer: `req-` a random tag of this app instance
    (so ids never repeat across workers and replicas), then a counter."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._ids = itertools.count(1)
        self._tag = secrets.token_hex(6)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"req-{self._tag}-{next(self._ids):08d}".encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), (b"x-request-id", request_id)]
            await send(message)

        await self.app(scope, receive, send_with_id)


class PayloadTooLarge(MockError):
    """The request body is larger than the mock accepts (413)."""

    status = 413


class BodyLimitMiddleware:
    """Refuses bodies over `max_bytes` with a 413 `ApiError`, before reading them when
    `Content-Length` says so, else as soon as the bytes received pass the limit (the
    app reading the body gets `PayloadTooLarge`). Memory per request stays bounded."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _error(self) -> PayloadTooLarge:
        return PayloadTooLarge(
            f"The request body is larger than {self.max_bytes} bytes, the most this mock accepts."
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = header(scope, b"content-length")
        if length is not None and length.strip().isdigit() and int(length) > self.max_bytes:
            error = self._error()
            await send_json(send, error.status, error.body(), {"Connection": "close"})
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise self._error()
            return message

        await self.app(scope, limited, send)


class PathLimitMiddleware:
    """Refuses paths with a segment longer than `MAX_PATH_PARAMETER` characters with a
    400, before routing: a 5,000-digit campaign code is no campaign, and the router's
    integer conversion of it would fail (Python converts at most 4,300 digits)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and len(scope["path"]) > MAX_PATH_PARAMETER:
            longest = max(scope["path"].split("/"), key=len)
            if len(longest) > MAX_PATH_PARAMETER:
                body = {
                    "error": "invalid_request",
                    "message": "The request does not match the API contract.",
                    "details": [
                        f"a path segment is {len(longest)} characters long; path parameters "
                        f"have at most {MAX_PATH_PARAMETER}"
                    ],
                }
                await send_json(send, 400, body)
                return
        await self.app(scope, receive, send)


class ThrottleMiddleware:
    """Counts each known token's requests to API operations; over the quota, 405.

    A token is read with the security check's parser (`asgi.bearer_token`), so every
    request that authenticates is counted. With a shared (Redis) throttle the count
    runs in a worker thread, never on the event loop.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        throttle: Throttle,
        tokens: frozenset[str],
        public_url: str | None = None,
        blocking: bool = False,
    ) -> None:
        self.app = app
        self.throttle = throttle
        self.tokens = tokens
        self.public_url = public_url
        self.blocking = blocking

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            operation_id, base_path = operation_of(scope)
            token = bearer_token(scope)
            if operation_id and base_path != ADMIN_PREFIX and token in self.tokens:
                assert token is not None
                if self.blocking:
                    lock = await anyio.to_thread.run_sync(self.throttle.check, token)
                else:
                    lock = self.throttle.check(token)
                if lock is not None:
                    base = public_base(scope, self.public_url)
                    url = f"{base}{ADMIN_PREFIX}/captcha/{lock.captcha_id}/solve"
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
