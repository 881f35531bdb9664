"""In-process cost of the mock's requests: direct ASGI calls, no sockets, no HTTP parser.

    uv run python -m benchmarks.mock_inprocess [--requests 2000] [--rounds 5] [--profile FILE]

The app is built as the load benchmark builds it (a quota that never binds) and
called with hand-made ASGI scopes, so the figure is the mock's own work per request:
connexion's middlewares, our middlewares, the operation and the JSON encoding. The
bare Starlette app of the load benchmark answers the same requests with the same
bytes, for scale. Each endpoint reports the best round's process CPU time per request
(robust on a busy machine), with the garbage collector running as usual.
With `--profile FILE` each endpoint is also run once under cProfile (CPU time) and
the stats are written to `FILE.<n>` (read them with `python -m pstats`).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from benchmarks._servers import bare_app
from tracksale_mock.config import DEFAULT_TOKEN, MockConfig, RateLimit
from tracksale_mock.http.app import MockServer

ASGIApp = Callable[..., Awaitable[None]]
DISPATCH_BODY = {"customers": [{"name": "Carga Teste", "email": "carga.teste@example.com.br"}]}


@dataclass(frozen=True)
class Call:
    """One request, as an ASGI scope template and a body."""

    label: str
    method: str
    path: str
    query: bytes = b""
    body: bytes = b""


def _scope(call: Call) -> dict[str, Any]:
    headers = [
        (b"host", b"127.0.0.1:8080"),
        (b"user-agent", b"bench"),
        (b"authorization", f"bearer {DEFAULT_TOKEN}".encode()),
    ]
    if call.body:
        headers += [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(call.body)).encode()),
        ]
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": call.method,
        "scheme": "http",
        "path": call.path,
        "raw_path": call.path.encode(),
        "root_path": "",
        "query_string": call.query,
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8080),
        "extensions": {},
        "state": {},
    }


async def request(app: ASGIApp, call: Call) -> tuple[int, bytes]:
    """Send one request through the app; (status, body)."""
    sent: list[dict[str, Any]] = []
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": call.body, "more_body": False}
        await asyncio.sleep(3600)  # pragma: no cover - nobody waits for a disconnect
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(_scope(call), receive, send)
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], body


def calls(app: ASGIApp) -> list[Call]:
    """The load benchmark's three requests, with a real email campaign code."""
    status, body = asyncio.run(request(app, Call("list", "GET", "/v2/campaign")))
    assert status == 200, body
    code = next(c["code"] for c in json.loads(body) if c["main_channel"] == "email")
    return [
        Call("GET /v2/campaign", "GET", "/v2/campaign"),
        Call("GET /v2/report/answer", "GET", "/v2/report/answer"),
        Call("POST dispatch", "POST", f"/v2/campaign/{code}/dispatch", b"",
             json.dumps(DISPATCH_BODY).encode()),
    ]  # fmt: skip


async def _loop(app: ASGIApp, call: Call, count: int) -> float:
    start = time.process_time()
    for _ in range(count):
        status, body = await request(app, call)
        if status >= 300:
            raise RuntimeError(f"{call.label}: {status} {body[:200]!r}")
    return (time.process_time() - start) / count


def measure(app: ASGIApp, call: Call, count: int, rounds: int) -> float:
    """Best-of-`rounds` CPU seconds per request."""
    asyncio.run(_loop(app, call, max(10, count // 20)))  # warm up
    return min(asyncio.run(_loop(app, call, count)) for _ in range(rounds))


def build(**options: Any) -> ASGIApp:
    """The mock's ASGI app as the load benchmark runs it."""
    config = MockConfig(rate_limit=RateLimit(10**9, 1.0), **options)
    app: ASGIApp = MockServer(config).app
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=2000, help="requests per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", help="run only endpoints whose label contains this")
    parser.add_argument("--profile", help="also write cProfile stats to PROFILE.<n>")
    args = parser.parse_args(argv)
    app = build()
    chosen = [c for c in calls(app) if args.only is None or args.only in c.label]
    answers = {}
    for call in chosen:
        _, body = asyncio.run(request(app, call))
        answers[f"{call.method} {call.path}"] = body.decode()
    bare: ASGIApp = bare_app(answers)
    print(f"direct ASGI calls, best of {args.rounds} x {args.requests}, CPU time per request")
    print(f"{'endpoint':24} {'mock ms':>8} {'bare ms':>8} {'mock/bare requests/s':>21}")
    for index, call in enumerate(chosen):
        cost = measure(app, call, args.requests, args.rounds)
        base = measure(bare, call, args.requests, args.rounds)
        print(f"{call.label:24} {cost * 1e3:8.3f} {base * 1e3:8.3f} {base / cost:21.0%}")
        if args.profile:
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            asyncio.run(_loop(app, call, args.requests))
            profiler.disable()
            profiler.dump_stats(f"{args.profile}.{index}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
