"""Servers the load benchmark starts in a second process: the mock, or a bare baseline."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def bare_app(answers: dict[str, str]) -> Starlette:
    """A Starlette app that answers each `METHOD path` with fixed JSON bytes."""

    def route(path: str, method: str, body: bytes) -> Route:
        async def endpoint(request: Request) -> Response:
            await request.body()
            return Response(body, media_type="application/json")

        return Route(path, endpoint, methods=[method])

    routes = []
    for key, body in answers.items():
        method, path = key.split(" ", 1)
        routes.append(route(path, method, body.encode()))
    return Starlette(routes=routes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["mock", "bare"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--answers", type=Path, help="JSON {'METHOD path': body} for bare")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    if args.kind == "mock":
        from tracksale_mock.config import RateLimit
        from tracksale_mock.http.app import create_app

        # A quota that never binds. Over one second rather than the default 300: the
        # moving window keeps every request of its window, and each hit costs in
        # proportion to what it keeps (limits inserts at the front of a list), so a
        # 300 s window would make the mock slower the longer the benchmark runs. One
        # second keeps a few thousand entries, like the default 1000/300s quota.
        app = create_app(rate_limit=RateLimit(10**9, 1.0))
        uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="error", access_log=False)
    else:
        answers = json.loads(args.answers.read_text(encoding="utf-8"))
        uvicorn.run(
            bare_app(answers), host="127.0.0.1", port=args.port, log_level="error", access_log=False
        )


if __name__ == "__main__":
    main()
