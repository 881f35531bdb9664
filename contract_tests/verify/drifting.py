"""An upstream that drifts from the contract: the mock behind an ASGI middleware that
rewrites some JSON answers, counting each change so tests know what to expect."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Rewrite = Callable[[Any, Counter[str]], Any]


def _campaigns(body: Any, changes: Counter[str]) -> Any:
    """Rename `main_channel` to `channel`; make each first question a 'Matrix' one."""
    for campaign in body:
        campaign["channel"] = campaign.pop("main_channel")
        changes["renamed main_channel"] += 1
        campaign["questions"][0]["type"] = "Matrix"
        changes["enum question type"] += 1
    return body


def _nps(body: Any, changes: Counter[str]) -> Any:
    """The NPS as a string."""
    body["nps"] = str(body["nps"])
    changes["nps as string"] += 1
    return body


def _answers(body: Any, changes: Counter[str]) -> Any:
    """Drop the required `lot_code`; null the non-nullable `campaign_code`."""
    for row in body:
        del row["lot_code"]
        changes["dropped lot_code"] += 1
        row["campaign_code"] = None
        changes["null campaign_code"] += 1
    return body


def _paged(body: Any, changes: Counter[str]) -> Any:
    """A lot creation time beyond int64 (and beyond the contract's maximum)."""
    for row in body["data"]:
        row["lot"]["create_time"] = 2**63
        changes["huge create_time"] += 1
    return body


REWRITES: dict[re.Pattern[str], Rewrite] = {
    re.compile(r"/v2/campaign"): _campaigns,
    re.compile(r"/v2/report/nps"): _nps,
    re.compile(r"/v2/report/answer"): _answers,
    re.compile(r"/dispatch(/[^/]+)?"): _paged,
}


class DriftingUpstream:
    """Rewrite the 200 JSON answers of the paths in `REWRITES`; count the changes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.changes: Counter[str] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rewrite = None
        if scope["type"] == "http":
            rewrite = next((f for p, f in REWRITES.items() if p.fullmatch(scope["path"])), None)
        if rewrite is None:
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            if start["status"] == 200:
                body = json.dumps(rewrite(json.loads(body), self.changes)).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


class MethodLog:
    """Pass every request through, noting its method and path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: list[tuple[str, str]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests.append((scope["method"], scope["path"]))
        await self.app(scope, receive, send)
