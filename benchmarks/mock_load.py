"""Load benchmark of the mock server against a bare Starlette app serving the same bytes.

    uv run python -m benchmarks.mock_load [--seconds 5] [--connections 8] [--repeat 1]

Each server runs in its own process under uvicorn (one worker); the load comes from
`wrk` (Debian package `wrk`) in another process, on loopback, for a bounded time per
endpoint, the two servers taking turns. Absolute numbers on a shared 2-core machine
are noise; the ratio of the mock to the bare app, measured in the same run, is the
figure that matters (with `--repeat N`, of the best of N runs each).

`POST dispatch` sends a new customer in every request (a counter in the body, as
real suites do), so the campaign's draft lot grows through the run. After the
comparison the mock alone takes `--slices` more runs of that endpoint in a row, and
the benchmark prints each one's requests/s with the size the lot had reached: a
mock whose writes cost what they change keeps the same rate.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import httpx

from tracksale_mock.config import DEFAULT_TOKEN
from tracksale_mock.serving import free_port

AUTH = {"Authorization": f"bearer {DEFAULT_TOKEN}"}
DISPATCH_BODY = {
    "customers": [{"name": "Carga Teste", "email": "carga.teste@example.com.br"}],
}
# wrk's Lua: every request a customer of its own. The prefix is new for every run (wrk
# seeds Lua's random numbers the same way each time, so a random prefix would repeat
# the first run's customers), then a thread number and a counter.
UNIQUE_CUSTOMER = """
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local counter = 0
request = function()
  counter = counter + 1
  local email = "carga.RUN_ID." .. tid .. "." .. counter .. "@example.com.br"
  local body = '{"customers":[{"name":"Carga Teste","email":"' .. email .. '"}]}'
  return wrk.format(nil, nil, nil, body)
end
"""


@dataclass(frozen=True)
class Endpoint:
    """One request the benchmark repeats."""

    label: str
    method: str
    path: str
    body: Mapping[str, object] | None = None
    unique_customers: bool = False


ENDPOINTS = [
    Endpoint("GET /v2/campaign", "GET", "/v2/campaign"),
    Endpoint("GET /v2/report/answer", "GET", "/v2/report/answer"),
    Endpoint("POST dispatch", "POST", "/v2/campaign/{code}/dispatch", DISPATCH_BODY, True),
]


@dataclass(frozen=True)
class Result:
    """What wrk measured for one endpoint on one server."""

    requests_per_second: float
    p50_ms: float
    p99_ms: float


@contextmanager
def _server(kind: str, answers: Path | None = None) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "benchmarks._servers", kind, "--port", str(port)]
    if answers is not None:
        command += ["--answers", str(answers)]
    process = subprocess.Popen(command)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"the {kind} server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wrk_script(endpoint: Endpoint, directory: Path) -> Path:
    run_id = uuid4().hex[:12]
    script = directory / f"{abs(hash(endpoint.label))}-{run_id}.lua"
    lines = [
        f'wrk.method = "{endpoint.method}"',
        f'wrk.headers["Authorization"] = "{AUTH["Authorization"]}"',
    ]
    if endpoint.body is not None:
        lines.append('wrk.headers["Content-Type"] = "application/json"')
        lines.append(f"wrk.body = {json.dumps(json.dumps(endpoint.body))}")
    if endpoint.unique_customers:
        lines.append(UNIQUE_CUSTOMER.replace("RUN_ID", run_id))
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return script


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _latency(output: str, percentile: str) -> float:
    match = re.search(rf"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"wrk printed no {percentile}% latency:\n{output}")
    return float(match[1]) * _UNITS[match[2]]


def _wrk(url: str, script: Path, seconds: int, connections: int) -> Result:
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if re.search(r"Non-2xx or 3xx responses", output):
        raise RuntimeError(f"some requests failed:\n{output}")
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    assert rate is not None, output
    return Result(float(rate[1]), _latency(output, "50"), _latency(output, "99"))


def _resolve(endpoints: list[Endpoint], mock_url: str) -> tuple[list[Endpoint], dict[str, str]]:
    """Fill in a campaign code and capture the bytes the bare app must answer with."""
    with httpx.Client(base_url=mock_url, headers=AUTH) as client:
        campaigns = client.get("/v2/campaign").json()
        code = next(c["code"] for c in campaigns if c["main_channel"] == "email")
        resolved, answers = [], {}
        for endpoint in endpoints:
            path = endpoint.path.format(code=code)
            response = client.request(endpoint.method, path, json=endpoint.body)
            response.raise_for_status()
            resolved.append(
                Endpoint(
                    endpoint.label, endpoint.method, path, endpoint.body, endpoint.unique_customers
                )
            )
            answers[f"{endpoint.method} {path}"] = response.text
    return resolved, answers


def _draft_size(url: str, path: str) -> int:
    """How many customers the campaign's draft lots hold (`path` is its dispatch)."""
    drafts = httpx.get(url + path.replace("/dispatch", "/draft-lot"), headers=AUTH).json()
    return sum(int(lot["total_dispatches"]) for lot in drafts["lot"])


def _growth(
    url: str, endpoint: Endpoint, directory: Path, args: argparse.Namespace
) -> list[tuple[int, Result]]:
    """Consecutive runs of a unique-customer endpoint: the lot size each one reached."""
    slices = []
    for _ in range(args.slices):
        script = _wrk_script(endpoint, directory)  # new customers in every run
        result = _wrk(url + endpoint.path, script, args.seconds, args.connections)
        slices.append((_draft_size(url, endpoint.path), result))
    return slices


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=int, default=5, help="load time per endpoint")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per endpoint and server (best one counts)"
    )
    parser.add_argument(
        "--slices", type=int, default=5, help="runs in a row of the unique-customer POST"
    )
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is needed: apt-get install wrk", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        runs: dict[str, dict[str, list[Result]]] = {}
        with _server("mock") as mock_url:
            endpoints, answers = _resolve(ENDPOINTS, mock_url)
            answers_file = directory / "answers.json"
            answers_file.write_text(json.dumps(answers), encoding="utf-8")
            with _server("bare", answers_file) as bare_url:
                # Mock and bare take turns, so a burst of load from elsewhere on the
                # machine hits both alike.
                for endpoint in endpoints:
                    script = _wrk_script(endpoint, directory)
                    for _ in range(args.repeat):
                        for kind, url in (("mock", mock_url), ("bare", bare_url)):
                            result = _wrk(
                                url + endpoint.path, script, args.seconds, args.connections
                            )
                            runs.setdefault(endpoint.label, {}).setdefault(kind, []).append(result)
                growth = [
                    (endpoint.label, _growth(mock_url, endpoint, directory, args))
                    for endpoint in endpoints
                    if endpoint.unique_customers
                ]
    best = f", best of {args.repeat} alternating runs" if args.repeat > 1 else ""
    print(f"wrk, 1 thread, {args.connections} connections, {args.seconds} s per endpoint{best}")
    header = f"{'endpoint':24} {'server':6} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}"
    print(header)
    for label, pair in runs.items():
        chosen = {k: max(v, key=lambda r: r.requests_per_second) for k, v in pair.items()}
        for kind in ("mock", "bare"):
            r = chosen[kind]
            print(
                f"{label:24} {kind:6} {r.requests_per_second:9.0f} {r.p50_ms:8.2f} {r.p99_ms:8.2f}"
            )
        ratio = chosen["mock"].requests_per_second / chosen["bare"].requests_per_second
        print(f"{label:24} mock/bare requests/s: {ratio:.0%}")
    for label, slices in growth:
        print(f"{label}, new customers, {args.slices} runs in a row on the mock:")
        for number, (lot_size, result) in enumerate(slices, start=1):
            print(f"  run {number}: {result.requests_per_second:7.0f} req/s, lot then {lot_size:,}")
        first, last = slices[0][1], slices[-1][1]
        change = last.requests_per_second / first.requests_per_second
        print(f"  last run / first run requests/s: {change:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
