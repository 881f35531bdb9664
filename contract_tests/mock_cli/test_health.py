"""`GET /_mock/health`: 200 while the mock can reach its state, 503 while Redis is away."""

from __future__ import annotations

import asyncio
import socket

import httpx

from tracksale_mock.config import MockConfig
from tracksale_mock.http.app import create_app


def health(config: MockConfig) -> httpx.Response:
    async def ask() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(config))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.get("/_mock/health")

    return asyncio.run(ask())


def test_health_on_memory() -> None:
    reply = health(MockConfig(strict=True))
    assert reply.status_code == 200
    assert reply.json()["status"] == "ok" and reply.json()["store"] == "memory"


def test_health_is_503_while_redis_is_away() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
        store = f"redis://127.0.0.1:{closed.getsockname()[1]}/0"
        reply = health(MockConfig(strict=True, store=store))
    assert reply.status_code == 503
    assert reply.json()["error"] == "service_unavailable"
