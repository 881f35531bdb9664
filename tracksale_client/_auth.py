"""Bearer authentication that keeps the token out of every repr and message."""

from __future__ import annotations

from collections.abc import Generator

import httpx

_REDACTED = "[redacted]"


class BearerAuth(httpx.Auth):
    """Send ``Authorization: bearer <token>``, the scheme as the documentation writes it."""

    def __init__(self, token: str) -> None:
        if not token or token != token.strip() or any(c in token for c in "\r\n"):
            raise ValueError("the API token must be a non-empty string without surrounding spaces")
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"bearer {self._token}"
        yield request

    def redact(self, text: str) -> str:
        """``text`` with every occurrence of the token replaced."""
        return text.replace(self._token, _REDACTED)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={_REDACTED!r})"
