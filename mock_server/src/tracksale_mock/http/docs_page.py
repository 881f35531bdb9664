"""The mock's docs pages: Swagger UI that works against the mock from a browser.

connexion's Swagger UI page lists an empty server and leaves the bearer dialog to the
reader. This middleware, placed before connexion's, answers for each API (the
Tracksale one at `/`, the controls at `/_mock`):

* `GET {api}/openapi.json` and `{api}/openapi.yaml`: the document with `servers` set
  to the mock's public URL, so the Servers dropdown shows it, "Try it out" reaches it,
  and a generator pointed at either gets a client of the mock;
* `GET {api}/ui/`: the Swagger UI page, pre-authorized with the documented dev token
  when the mock accepts it, and sending a token pasted with its scheme
  (`bearer TOKEN`) as `Bearer TOKEN` rather than `Bearer bearer TOKEN`;
* `GET {api}/ui` and `GET /`: redirects to the page, at the public URL.

Swagger UI's scripts and styles stay with connexion (`{api}/ui/*.js`, `*.css`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import yaml
from starlette.types import ASGIApp, Receive, Scope, Send

from tracksale_mock.http.public_url import public_base


@dataclass(frozen=True)
class DocsApi:
    """One API with a docs page: its base path, title and document (as served)."""

    base_path: str
    title: str
    spec: dict[str, Any]
    scheme: str | None = None  # the bearer scheme's name in the document, if any


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="./swagger-ui.css">
<link rel="icon" type="image/png" href="./favicon-32x32.png" sizes="32x32">
<style>html {{ overflow-y: scroll; }} body {{ margin: 0; background: #fafafa; }}</style>
</head>
<body>
<div id="swagger-ui"></div>
<script src="./swagger-ui-bundle.js" charset="UTF-8"></script>
<script src="./swagger-ui-standalone-preset.js" charset="UTF-8"></script>
<script>
const settings = {settings};
window.onload = function () {{
  const ui = SwaggerUIBundle({{
    url: settings.specUrl,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
    requestInterceptor: function (request) {{
      // A token pasted as "bearer TOKEN" would be sent as "Bearer bearer TOKEN".
      const auth = request.headers && request.headers.Authorization;
      if (auth) {{
        request.headers.Authorization = auth.replace(/^(bearer)\\s+bearer\\s+/i, "$1 ");
      }}
      return request;
    }},
    onComplete: function () {{
      if (settings.scheme && settings.token) {{
        ui.preauthorizeApiKey(settings.scheme, settings.token);
      }}
    }},
  }});
  window.ui = ui;
}};
</script>
</body>
</html>
"""


def _script_json(value: object) -> str:
    """JSON safe to put inside a <script> element."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")


class DocsPageMiddleware:
    """Serves the docs pages, their documents and the redirects to them."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        apis: list[DocsApi],
        public_url: str | None,
        token: str | None,
    ) -> None:
        self.app = app
        self.public_url = public_url
        self.token = token
        self.apis = {api.base_path: api for api in apis}
        self._cache: dict[tuple[str, str], bytes] = {}
        self._paths: dict[str, tuple[str, str]] = {"/": ("root", "")}
        for base in self.apis:
            self._paths[f"{base}/ui"] = ("redirect", base)
            self._paths[f"{base}/ui/"] = ("page", base)
            self._paths[f"{base}/ui/index.html"] = ("page", base)
            self._paths[f"{base}/openapi.json"] = ("spec", base)
            self._paths[f"{base}/openapi.yaml"] = ("yaml", base)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"}:
            await self.app(scope, receive, send)
            return
        target = self._paths.get(scope["path"])
        if target is None:
            await self.app(scope, receive, send)
            return
        kind, base = target
        public = public_base(scope, self.public_url)
        if kind == "root":
            main = "" if "" in self.apis else next(iter(self.apis), "")
            await _redirect(send, f"{public}{main}/ui/")
        elif kind == "redirect":
            await _redirect(send, f"{public}{base}/ui/")
        elif kind == "page":
            await _body(send, self._rendered("page", base, public), "text/html; charset=utf-8")
        elif kind == "yaml":
            await _body(send, self._rendered("yaml", base, public), "application/yaml")
        else:
            await _body(send, self._rendered("spec", base, public), "application/json")

    def _rendered(self, kind: str, base: str, public: str) -> bytes:
        key = (kind + base, public)
        cached = self._cache.get(key)
        if cached is None:
            api = self.apis[base]
            if kind == "spec":
                spec = {**api.spec, "servers": [{"url": public + base, "description": api.title}]}
                cached = json.dumps(spec, default=str).encode()
            elif kind == "yaml":  # the JSON document, so the same plain types
                plain = json.loads(self._rendered("spec", base, public))
                cached = yaml.safe_dump(plain, sort_keys=False, allow_unicode=True).encode()
            else:
                settings = {
                    "specUrl": f"{base}/openapi.json",
                    "scheme": api.scheme,
                    "token": self.token if api.scheme else None,
                }
                page = _PAGE.format(title=api.title, settings=_script_json(settings))
                cached = page.encode()
            if len(self._cache) < 64:
                self._cache[key] = cached
        return cached


async def _redirect(send: Send, location: str) -> None:
    headers = [(b"location", location.encode("latin-1")), (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": 307, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


async def _body(send: Send, body: bytes, media_type: str) -> None:
    headers = [
        (b"content-type", media_type.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
    ]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})
