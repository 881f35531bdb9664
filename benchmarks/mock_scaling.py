"""Scaling benchmark: one worker on the memory store against workers sharing Redis.

    uv run python -m benchmarks.mock_scaling [--seconds 5] [--connections 16]

Each setup is a `tracksale-mock` process (the CLI, quota lifted) started in turn on
this machine, in the same run: 1 worker in memory, 1 worker on Redis, 2 workers on
Redis (a throwaway `redis-server` on a free port). `wrk` (Debian package `wrk`)
loads one endpoint at a time: the campaign list, the answer report, the paged
dispatch report, and dispatches of a new customer each (real writes: the draft lot
grows, so the dispatches run last). Requests per second and latency percentiles are
wrk's; errors count the answers that were not 2xx.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tracksale_mock.config import DEFAULT_TOKEN
from tracksale_mock.serving import free_port
from tracksale_mock.shared.redis_server import RedisServer

AUTH = f"bearer {DEFAULT_TOKEN}"
CAMPAIGN = 1201  # an email campaign of the seed


@dataclass(frozen=True)
class Setup:
    label: str
    store: str  # "memory" or "redis"
    workers: int


@dataclass(frozen=True)
class Load:
    label: str
    method: str
    path: str


@dataclass(frozen=True)
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


SETUPS = [Setup("memory, 1 worker", "memory", 1), Setup("redis, 1 worker", "redis", 1)]
SETUPS += [Setup("redis, 2 workers", "redis", 2)]
LOADS = [
    Load("GET /v2/campaign", "GET", "/v2/campaign"),
    Load("GET /v2/report/answer", "GET", "/v2/report/answer"),
    Load("GET /dispatch (paged)", "GET", "/dispatch"),
    Load("POST dispatch (new)", "POST", f"/v2/campaign/{CAMPAIGN}/dispatch"),
]

_SCRIPT = """
wrk.method = "{method}"
wrk.headers["Authorization"] = "{auth}"
wrk.headers["Content-Type"] = "application/json"
local method, path = "{method}", "{path}"
request = function()
  if method == "GET" then return wrk.format(method, path) end
  local email = "carga." .. math.random(1000000000) .. "." .. math.random(1000000000)
  local body = '{{"customers":[{{"name":"Carga","email":"' .. email .. '@example.com"}}]}}'
  return wrk.format(method, path, nil, body)
end
"""


@contextmanager
def _mock(setup: Setup, redis_url: str | None) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "tracksale_mock.cli", "--port", str(port)]
    command += ["--rate-limit", "1000000000/300s", "--log-level", "warning"]
    if setup.store == "redis":
        assert redis_url is not None
        namespace = f"bench-{setup.workers}-{time.time_ns()}"
        command += ["--store", redis_url, "--store-namespace", namespace]
    command += ["--workers", str(setup.workers)]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/_mock/clock", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{setup.label}: the mock did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _latency(output: str, percentile: str) -> float:
    match = re.search(rf"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"wrk printed no {percentile}% latency:\n{output}")
    return float(match[1]) * _UNITS[match[2]]


def _wrk(url: str, load: Load, seconds: int, connections: int, folder: Path) -> Result:
    script = folder / "load.lua"
    script.write_text(
        _SCRIPT.format(method=load.method, path=load.path, auth=AUTH), encoding="utf-8"
    )
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command += ["-s", str(script), url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    assert rate is not None, output
    failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = int(failed[1]) if failed else 0
    return Result(float(rate[1]), _latency(output, "50"), _latency(output, "99"), errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=int, default=5, help="load time per endpoint")
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args(argv)
    for program in ("wrk", "redis-server"):
        if shutil.which(program) is None:
            print(f"{program} is needed: apt-get install {program}", file=sys.stderr)
            return 2
    results: dict[tuple[str, str], Result] = {}
    with RedisServer() as redis_server, tempfile.TemporaryDirectory() as folder:
        for setup in SETUPS:
            with _mock(setup, redis_server.url) as url:
                for load in LOADS:
                    httpx.request(
                        load.method,
                        url + load.path,
                        headers={"Authorization": AUTH},
                        json={"customers": [{"name": "Aquece", "email": "aquece@example.com"}]}
                        if load.method == "POST"
                        else None,
                    ).raise_for_status()
                    results[setup.label, load.label] = _wrk(
                        url, load, args.seconds, args.connections, Path(folder)
                    )
    print(f"wrk, 2 threads, {args.connections} connections, {args.seconds} s per endpoint")
    print(f"{'endpoint':24} {'setup':18} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for load in LOADS:
        for setup in SETUPS:
            r = results[setup.label, load.label]
            print(
                f"{load.label:24} {setup.label:18} {r.requests_per_second:8.0f} "
                f"{r.p50_ms:8.2f} {r.p99_ms:8.2f} {r.errors:7d}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
