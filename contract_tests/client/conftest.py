"""A scripted in-process server behind ``httpx.MockTransport`` and a factory of clients."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tracksale_client import Pacer, Quota, RetryPolicy, Tracksale

TOKEN = "tk-3f9a1c77e0b24d5a-SECRET"
MOCK_BASE_URL = "http://127.0.0.1:8080"
FAST_RETRIES = RetryPolicy(attempts=3, backoff=0.001, max_backoff=0.005)

Handler = Callable[[httpx.Request], httpx.Response]


def error_response(
    status: int, error: str, message: str, *, request_id: str = "req-1", **extra: Any
) -> httpx.Response:
    """An answer in the contract's shared ``Error`` shape."""
    return httpx.Response(
        status,
        json={"error": error, "message": message, **extra},
        headers={"X-Request-Id": request_id},
    )


class FakeServer:
    """Records every request it receives and answers with ``handler`` (200 ``[]`` by default)."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.handler: Handler = handler or (lambda request: httpx.Response(200, json=[]))
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        return self.handler(request)

    def calls(self, path: str) -> int:
        """How many requests reached ``path``."""
        return sum(1 for request in self.requests if request.url.path == path)


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def make_api(server: FakeServer) -> Iterator[Callable[..., Tracksale]]:
    """Build ``Tracksale`` objects on ``server``: no pacing and near-instant retries by default."""
    made: list[Tracksale] = []

    def make(**options: Any) -> Tracksale:
        settings: dict[str, Any] = {
            "transport": server.transport,
            "pacing": False,
            "retries": FAST_RETRIES,
        }
        settings.update(options)
        api = Tracksale(TOKEN, **settings)
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


def paced(limit: int, period: float) -> Pacer:
    """A fresh pacer, not shared with any other test."""
    return Pacer(Quota(limit, period))
