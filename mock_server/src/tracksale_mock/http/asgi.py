"""Small helpers for the mock's raw ASGI middlewares."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.types import Scope, Send

ROUTING = "connexion_routing"


def operation_of(scope: Scope) -> tuple[str | None, str | None]:
    """(operationId, API base path) that connexion's router matched, if any."""
    routing: dict[str, Any] = scope.get("extensions", {}).get(ROUTING, {})
    return routing.get("operation_id"), routing.get("api_base_path")


def header(scope: Scope, name: bytes) -> str | None:
    """A request header's value (the first one), decoded as latin-1."""
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


def bearer_token(scope: Scope) -> str | None:
    """The token of an `Authorization: bearer TOKEN` header; the scheme is case-insensitive."""
    value = header(scope, b"authorization")
    if value is None:
        return None
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def send_json(
    send: Send, status: int, body: object, headers: Mapping[str, str] | None = None
) -> None:
    """Answer with a JSON body."""
    payload = json.dumps(body, ensure_ascii=False).encode()
    raw = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
    ]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})
