"""Running `tracksale verify` in-process, and serving ASGI apps on a loopback port."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from starlette.types import ASGIApp

from tracksale_contract.verify.cli import main, parser, run
from tracksale_contract.verify.plan import PlanOptions
from tracksale_contract.verify.runner import RunResult
from tracksale_mock.seed.load import DEFAULT_WIDGET_KEY
from tracksale_mock.serving import free_port


def verify(url: str, token: str, tmp_path: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    """Run the command against `url`; return its exit status and its JSON report."""
    report = tmp_path / "drift.json"
    argv = ["verify", "--token", token, "--base-url", url, "--report", str(report)]
    argv += ["--widget-key", DEFAULT_WIDGET_KEY, *extra]
    status = main(argv)
    return status, json.loads(report.read_text(encoding="utf-8"))


def verify_run(url: str, token: str, *extra: str) -> tuple[RunResult, PlanOptions]:
    """Run the plan against `url` and return what it saw (no report written)."""
    args = parser().parse_args(["verify", "--base-url", url, *extra])
    return run(args, token)


@contextmanager
def serve(app: ASGIApp) -> Iterator[str]:
    """Serve `app` on a free loopback port for the duration of the block."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"verify-upstream-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
