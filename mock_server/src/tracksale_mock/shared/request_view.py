"""One request, one instant: the mock time and state version a request first saw.

With the state in Redis every read of the clock or of the state's version is a round
trip. A request needs each once: the throttle's script reads both with the count
(one round trip), and the operation then uses them instead of asking again. So a
reading request costs one round trip to Redis, not four.

`RequestViewMiddleware` opens a fresh `RequestView` for each HTTP request and drops
it at the end, so nothing seen by one request leaks into another. Outside a request
(tests calling operations directly) there is no view, and every read goes to Redis.
Serving a request at the instant its count was made is linearizable: a request that
starts after another one ended sees everything that one did.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Receive, Scope, Send


@dataclass
class RequestView:
    """What this request saw: mock times by clock key, state versions by version key."""

    now: dict[str, float] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)


_VIEW: ContextVar[RequestView | None] = ContextVar("tracksale_request_view", default=None)


def current_view() -> RequestView | None:
    """The view of the request being served, if any."""
    return _VIEW.get()


class RequestViewMiddleware:
    """Gives every HTTP request a `RequestView` of its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = _VIEW.set(RequestView())
        try:
            await self.app(scope, receive, send)
        finally:
            _VIEW.reset(token)
