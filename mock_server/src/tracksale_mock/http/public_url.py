"""The mock's public base URL, and redirects that point there rather than at `Host`.

Every URL the mock hands out (a CAPTCHA page, a redirect, the docs page's server) is
built from one base: the configured public URL (`--public-url`; the CLI's default is
the address it listens on), or, for an app with none configured, the address of the
socket the request came in on. The `Host` header is never used: a client could put
anything there.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tracksale_mock.http.asgi import header


def check_public_url(text: str) -> str:
    """`text` without a trailing slash if it is an absolute http(s) URL, else ValueError."""
    parts = urlsplit(text.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"public URL {text!r} is not like http://HOST:PORT (an optional path)")
    return text.strip().rstrip("/")


def socket_url(host: str, port: int, scheme: str = "http") -> str:
    """The URL of a listening address; a wildcard address becomes the loopback one."""
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}" if port == default else f"{scheme}://{host}:{port}"


def public_base(scope: Scope, configured: str | None) -> str:
    """The base URL for URLs answered to the request of `scope`."""
    if configured:
        return configured
    server = scope.get("server")
    if not server or server[1] is None:
        return "http://127.0.0.1"
    return socket_url(str(server[0]), int(server[1]), scope.get("scheme", "http"))


def _host_origin(scope: Scope) -> str | None:
    """The origin a `Host`-based URL of this request starts with (what Starlette uses)."""
    host = header(scope, b"host")
    return f"{scope.get('scheme', 'http')}://{host}" if host else None


class PublicRedirectMiddleware:
    """Rewrites redirects built from the `Host` header (Starlette's trailing-slash
    redirects) to point at the public base URL instead."""

    def __init__(self, app: ASGIApp, *, public_url: str | None) -> None:
        self.app = app
        self.public_url = public_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_public(message: Message) -> None:
            if message["type"] == "http.response.start" and 300 <= message["status"] < 400:
                message["headers"] = self._rewritten(scope, message.get("headers", ()))
            await send(message)

        await self.app(scope, receive, send_public)

    def _rewritten(self, scope: Scope, headers: object) -> list[tuple[bytes, bytes]]:
        origin = _host_origin(scope)
        base = public_base(scope, self.public_url)
        out: list[tuple[bytes, bytes]] = []
        for key, value in headers:  # type: ignore[attr-defined]
            if key.lower() == b"location" and origin:
                location = bytes(value).decode("latin-1")
                if location == origin or location.startswith((origin + "/", origin + "?")):
                    value = (base + location[len(origin) :]).encode("latin-1")
            out.append((key, value))
        return out
