"""Bearer authentication that keeps the token out of every repr and message."""

from __future__ import annotations

import re
from collections.abc import Generator

import httpx

_REDACTED = "[redacted]"
# Word characters: an occurrence of the token next to one of them is part of a longer word
# (another id, a name...) and is left alone.
_TOKEN_CHARS = r"A-Za-z0-9_\-"


class BearerAuth(httpx.Auth):
    """Send ``Authorization: bearer <token>``, the scheme as the documentation writes it."""

    def __init__(self, token: str) -> None:
        if not token or token != token.strip() or any(c in token for c in "\r\n"):
            raise ValueError("the API token must be a non-empty string without surrounding spaces")
        self._token = token
        self._pattern = re.compile(rf"(?<![{_TOKEN_CHARS}]){re.escape(token)}(?![{_TOKEN_CHARS}])")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"bearer {self._token}"
        yield request

    def redact(self, text: str) -> str:
        """``text`` with every standalone occurrence of the token replaced.

        An occurrence inside a longer word is not the token (a short token such as
        ``abc`` must not turn ``abcdef`` into ``[redacted]def``), so it stays.
        """
        if self._token not in text:
            return text
        return self._pattern.sub(_REDACTED, text)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={_REDACTED!r})"
