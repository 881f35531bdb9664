"""`tracksale-mock --store redis://… --workers N`: the options, and a real two-worker
server behaving as one API."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from contract_tests.stores import NEEDS_REDIS, fresh_namespace
from tracksale_mock.cli import (
    app_from_environment,
    build_parser,
    config_environment,
    config_from_args,
    main,
)
from tracksale_mock.config import DEFAULT_TOKEN, MockConfig, RateLimit
from tracksale_mock.serving import free_port
from tracksale_mock.shared.redis_server import RedisServer

AUTH = {"Authorization": f"bearer {DEFAULT_TOKEN}"}
CAMPAIGN = 1201


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "2"], "needs --store redis://"),
        (["--workers", "0"], "at least 1"),
        (["--store", "postgres://x"], "neither 'memory' nor redis://"),
        (["--store-namespace", "a*b"], "store namespace"),
    ],
)
def test_bad_store_options_are_refused(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_the_store_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKSALE_MOCK_STORE", "redis://127.0.0.1:1/3")
    monkeypatch.setenv("TRACKSALE_MOCK_STORE_NAMESPACE", "ci-42")
    config = config_from_args(build_parser().parse_args([]))
    assert (config.store, config.store_namespace) == ("redis://127.0.0.1:1/3", "ci-42")
    monkeypatch.setenv("TRACKSALE_MOCK_STORE", "memory")
    assert config_from_args(build_parser().parse_args([])).store is None


def test_workers_read_the_same_config_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seed = tmp_path / "seed.json"
    config = MockConfig(
        tokens=("one", "two"),
        rate_limit=RateLimit(7, 1_000_000.5),
        captcha_until_solved=True,
        now=1_773_230_400.5,
        seed_file=seed,
        strict=True,
        admin=False,
        store="redis://127.0.0.1:1/2",
        store_namespace="workers",
    )
    for name, value in config_environment(config).items():
        monkeypatch.setenv(name, value)
    assert config_from_args(build_parser().parse_args([])) == config


def test_the_worker_factory_builds_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKSALE_MOCK_STORE", "redis://127.0.0.1:1/0")  # never contacted
    assert callable(app_from_environment())


@pytest.fixture
def two_workers(redis_server: RedisServer) -> Iterator[str]:
    """`tracksale-mock --workers 2` on this session's Redis, quota 60 per 300 s."""
    port = free_port()
    command = [
        sys.executable, "-m", "tracksale_mock.cli",
        "--port", str(port),
        "--store", redis_server.url,
        "--store-namespace", fresh_namespace("workers"),
        "--workers", "2",
        "--rate-limit", "60/300s",
        "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/_mock/clock", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("tracksale-mock --workers 2 did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@NEEDS_REDIS
def test_two_workers_are_one_api(two_workers: str) -> None:
    url = two_workers
    drafts = f"{url}/v2/campaign/{CAMPAIGN}/draft-lot"
    before = sum(lot["total_dispatches"] for lot in httpx.get(drafts, headers=AUTH).json()["lot"])

    def dispatch(i: int) -> int:
        body = {"customers": [{"name": "Worker", "email": f"worker.{i}@example.com"}]}
        # A new connection each time, so both workers take some.
        reply = httpx.post(f"{url}/v2/campaign/{CAMPAIGN}/dispatch", json=body, headers=AUTH)
        return reply.status_code

    with ThreadPoolExecutor(10) as pool:
        assert list(pool.map(dispatch, range(30))) == [200] * 30
    after = sum(lot["total_dispatches"] for lot in httpx.get(drafts, headers=AUTH).json()["lot"])
    assert after == before + 30
    # 2 requests above, 30 dispatches: 28 of the quota of 60 are left, whichever worker.
    with ThreadPoolExecutor(10) as pool:
        statuses = Counter(
            pool.map(lambda _: httpx.get(f"{url}/v2/campaign", headers=AUTH).status_code, range(50))
        )
    assert statuses == {200: 28, 405: 22}
