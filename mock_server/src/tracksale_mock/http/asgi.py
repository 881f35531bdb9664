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


# RFC 9110: `credentials = auth-scheme [ 1*SP token68 ]`; tabs are let through as
# separators too (curl and proxies send them), nothing else: a no-break space is no
# separator, so `bearer\xa0TOKEN` is one unknown scheme and a 401.
_SEPARATORS = " \t"


def parse_authorization(value: str | None) -> tuple[str, str] | None:
    """(scheme in lower case, credentials) of an `Authorization` value, or None when it
    has no scheme followed by credentials.

    The one parser of the header: the security check and the throttle both use it, so
    every request that authenticates is counted.
    """
    if value is None:
        return None
    text = value.strip(_SEPARATORS)
    cut = next((i for i, c in enumerate(text) if c in _SEPARATORS), -1)
    if cut <= 0:
        return None
    credentials = text[cut:].strip(_SEPARATORS)
    if not credentials:
        return None
    return text[:cut].lower(), credentials


def bearer_token(scope: Scope) -> str | None:
    """The token of an `Authorization: bearer TOKEN` header (`parse_authorization`)."""
    parsed = parse_authorization(header(scope, b"authorization"))
    if parsed is None or parsed[0] != "bearer":
        return None
    return parsed[1]


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
