"""Start-up benchmark: from process start to the first answered request.

    uv run python -m benchmarks.mock_startup [--runs 5] [--prism PATH]

Each run starts a fresh process and stops it once ready, alternating the tools:

* `tracksale-mock --port 0 --ready-file F`, its Python process started directly; ready
  when F appears (the mock writes it after a request through the whole app answered);
* `prism mock openapi/tracksale.yaml` (Stoplight Prism, the npm package
  `@stoplight/prism-cli`, found as `--prism`, `node_modules/.bin/prism` or on PATH),
  when present; ready when `GET /v2/campaign` gets any HTTP answer on its port,
  polled every 10 ms as the mock's own probe does.

Prints the median of the runs for each and, with Prism, the mock's median as a ratio
of Prism's (below 1: the mock is ready sooner).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tracksale_mock.serving import free_port

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "tracksale.yaml"
POLL = 0.01
LIMIT = 120.0


def time_mock() -> float:
    """Seconds from starting `tracksale-mock` to its ready file."""
    with tempfile.TemporaryDirectory() as folder:
        ready = Path(folder) / "ready.json"
        command = [sys.executable, "-m", "tracksale_mock.cli", "--port", "0"]
        command += ["--ready-file", str(ready), "--log-level", "warning"]
        return _timed(command, ready.exists)


def time_prism(prism: str) -> float:
    """Seconds from starting `prism mock` to its first HTTP answer."""
    port = free_port()
    command = [prism, "mock", str(SPEC), "--port", str(port), "--host", "127.0.0.1"]

    def answers() -> bool:
        try:
            httpx.get(f"http://127.0.0.1:{port}/v2/campaign", timeout=2)
        except httpx.HTTPError:
            return False
        return True

    return _timed(command, answers)


def _timed(command: list[str], ready: Callable[[], bool]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not ready():
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode}")
            if time.perf_counter() - started > LIMIT:
                raise RuntimeError(f"{command[0]} was not ready within {LIMIT:g} s")
            time.sleep(POLL)
        return time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def find_prism(given: str | None) -> str | None:
    if given:
        return given
    local = ROOT / "node_modules" / ".bin" / "prism"
    return str(local) if local.exists() else shutil.which("prism")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.mock_startup")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--prism", help="the prism executable (default: node_modules or PATH)")
    args = parser.parse_args(argv)
    prism = find_prism(args.prism)
    mock_times: list[float] = []
    prism_times: list[float] = []
    for _ in range(args.runs):
        mock_times.append(time_mock())
        if prism:
            prism_times.append(time_prism(prism))
    mock = statistics.median(mock_times)
    print(f"tracksale-mock: median {mock:.2f} s to ready over {args.runs} runs", end="")
    print(f" ({', '.join(f'{t:.2f}' for t in mock_times)})")
    if not prism:
        print("prism: not found (npm install @stoplight/prism-cli, or --prism PATH)")
        return 0
    baseline = statistics.median(prism_times)
    print(f"prism mock:     median {baseline:.2f} s to ready over {args.runs} runs", end="")
    print(f" ({', '.join(f'{t:.2f}' for t in prism_times)})")
    print(f"ratio tracksale-mock / prism: {mock / baseline:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
