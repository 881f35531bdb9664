"""`tracksale-mock --port 0 --ready-file PATH` as a CI script runs it: the real port in
the ready file and the banner, both only once the mock answers; URLs it hands out
built from its public URL, never from `Host`; SIGTERM stops it cleanly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tracksale_mock.config import DEFAULT_TOKEN

AUTH = {"Authorization": f"bearer {DEFAULT_TOKEN}"}
EVIL = {"Host": "evil.example:666"}
START_SECONDS = 90


class Started:
    def __init__(self, process: subprocess.Popen[str], ready_file: Path) -> None:
        self.process = process
        self.ready_file = ready_file
        self.facts: dict[str, Any] = json.loads(ready_file.read_text(encoding="utf-8"))

    def stop(self) -> tuple[int, str]:
        """SIGTERM; (exit code, everything it printed on stderr)."""
        self.process.send_signal(signal.SIGTERM)
        _, err = self.process.communicate(timeout=30)
        return self.process.returncode, err


def start(tmp_path: Path, *options: str) -> Started:
    ready_file = tmp_path / "ready.json"
    command = [sys.executable, "-m", "tracksale_mock.cli", "--port", "0"]
    command += ["--ready-file", str(ready_file), "--log-level", "warning", *options]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + START_SECONDS
    while not ready_file.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"no ready file; stderr: {process.communicate()[1]}")
        time.sleep(0.02)
    return Started(process, ready_file)


@pytest.fixture
def mock(tmp_path: Path) -> Iterator[Started]:
    started = start(tmp_path)
    yield started
    if started.process.poll() is None:
        started.process.kill()
        started.process.communicate()


def test_the_ready_file_and_banner_give_the_real_port(mock: Started) -> None:
    facts = mock.facts
    assert set(facts) == {"url", "port", "token", "pid"}
    assert facts["port"] > 0 and facts["pid"] == mock.process.pid
    assert facts["url"] == f"http://127.0.0.1:{facts['port']}"
    assert facts["token"] == DEFAULT_TOKEN
    health = httpx.get(f"{facts['url']}/_mock/health")  # answers the moment the file exists
    assert health.status_code == 200 and health.json()["status"] == "ok"
    campaigns = httpx.get(f"{facts['url']}/v2/campaign", headers=AUTH)
    assert campaigns.status_code == 200

    code, err = mock.stop()
    assert code == 0
    assert not mock.ready_file.exists()  # it no longer answers
    banner = err[err.index("Tracksale mock server ready on") :].splitlines()[:6]
    url = facts["url"]
    assert banner[0] == f"Tracksale mock server ready on {url}"
    assert any(f"{url}/ui/" in line for line in banner)
    assert any(f"{url}/_mock" in line for line in banner)
    assert any("1000/300s" in line for line in banner)
    assert any("memory" in line for line in banner)
    assert any(DEFAULT_TOKEN in line for line in banner)


def test_returned_urls_ignore_the_host_header(mock: Started) -> None:
    url = mock.facts["url"]
    with httpx.Client(base_url=url, headers=EVIL, follow_redirects=False) as client:
        assert client.get("/").headers["location"] == f"{url}/ui/"
        assert client.get("/ui").headers["location"] == f"{url}/ui/"
        assert client.get("/_mock/ui").headers["location"] == f"{url}/_mock/ui/"
        slash = client.get("/v2/campaign/", headers=AUTH)  # Starlette's slash redirect
        assert slash.status_code == 307 and slash.headers["location"] == f"{url}/v2/campaign"
        servers = client.get("/openapi.json").json()["servers"]
        assert [s["url"] for s in servers] == [url]
        as_yaml = yaml.safe_load(client.get("/openapi.yaml").text)
        assert [s["url"] for s in as_yaml["servers"]] == [url]
        assert as_yaml == client.get("/openapi.json").json()
        admin = yaml.safe_load(client.get("/_mock/openapi.yaml").text)
        assert [s["url"] for s in admin["servers"]] == [f"{url}/_mock"]


def test_a_public_url_is_used_for_every_returned_url(tmp_path: Path) -> None:
    public = "http://mock.example:9"
    started = start(tmp_path, "--public-url", public + "/", "--rate-limit", "1/300s")
    try:
        url = f"http://127.0.0.1:{started.facts['port']}"
        assert started.facts["url"] == public
        with httpx.Client(base_url=url, headers=EVIL) as client:
            assert client.get("/").headers["location"] == f"{public}/ui/"
            assert client.get("/openapi.json").json()["servers"][0]["url"] == public
            served = yaml.safe_load(client.get("/openapi.yaml").text)
            assert served["servers"][0]["url"] == public
            assert client.get("/v2/campaign", headers=AUTH).status_code == 200
            locked = client.get("/v2/campaign", headers=AUTH)
            assert locked.status_code == 405
            captcha = locked.json()["captcha"]
            assert captcha["url"] == f"{public}/_mock/captcha/{captcha['id']}/solve"
    finally:
        code, _ = started.stop()
    assert code == 0
