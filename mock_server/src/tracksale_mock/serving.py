"""Run a mock server in a background thread on a free loopback port (tests, plugins)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import uvicorn

from tracksale_mock.config import MockConfig
from tracksale_mock.http.app import MockServer
from tracksale_mock.http.public_url import socket_url


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class RunningMock:
    """A mock server listening on `url`, with its in-process controls."""

    url: str
    token: str
    mock: MockServer
    _server: uvicorn.Server
    _thread: threading.Thread

    def reset(self) -> None:
        """Back to the seed state, throttle counters cleared (the clock keeps its time)."""
        self.mock.admin.reset_state()

    def advance_clock(self, seconds: float) -> None:
        """Move the mock clock (and the throttle's window) forward."""
        self.mock.admin.move_clock(body={"advance": seconds})

    def stop(self) -> None:
        """Shut the server down and wait for its thread."""
        self._server.should_exit = True
        self._thread.join(timeout=10)


def start_mock(config: MockConfig | None = None, *, host: str = "127.0.0.1") -> RunningMock:
    """Start a mock server (strict by default) and return once it accepts connections.

    The socket is bound here, on a free port, so no other process can take the port
    between choosing and serving it; its URL is the mock's public URL unless
    `config.public_url` says otherwise.
    """
    config = config or MockConfig(strict=True)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    url = socket_url(host, port)
    if config.public_url is None:
        config = with_options(config, public_url=url)
    try:
        mock = MockServer(config)
    except BaseException:
        sock.close()
        raise
    server = uvicorn.Server(
        uvicorn.Config(mock.app, host=host, port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"tracksale-mock-{port}", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.02)
    return RunningMock(url, config.tokens[0], mock, server, thread)


def with_options(base: MockConfig, **options: Any) -> MockConfig:
    """`base` with some fields replaced."""
    return MockConfig(**{**base.__dict__, **options})
