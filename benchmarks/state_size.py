"""How the mock's costs grow with the size of its state.

    uv run python -m benchmarks.state_size [--sizes 10000,100000,1000000]
        [--redis-sizes 10000,100000] [--reps 30] [--write-reps 30]

For each size a state of that many answers, with lots and sendings in proportion,
is built by `seed_generator.generate_scaled`, plus a draft lot of 50,000 customers
in campaign 1201; it is written as a seed file and a `tracksale-mock` process serves
it (memory store; and with a throwaway `redis-server` for `--redis-sizes`). One
client, keep-alive, measures p50 and p99 of:

* `POST /v2/answer` with 500 answers (half from customers the seed knows, half new);
* `POST /v2/campaign/1201/dispatch` with 500 new customers (into the 50k draft lot);
* `GET /v2/report/nps`, `GET /v2/report/answer?limit=100`, `GET /v2/campaign` (the
  default period: the last 30 days);
* `GET /v2/campaign` from a second client while the 500-answer inserts run: how
  long one bulk write keeps other requests waiting;

and the process's resident memory and start-up time (process start to the first
answer of `GET /v2/campaign`). Last, each cost's growth from the smallest size to
the largest, as a ratio, per store. Figures on a shared 2-core machine are noisy;
the ratios within one run are what count.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

import httpx
import orjson
import redis

from tracksale_mock.config import DEFAULT_TOKEN
from tracksale_mock.seed.generate import REFERENCE_TIME, generate_scaled
from tracksale_mock.seed.load import document
from tracksale_mock.serving import free_port
from tracksale_mock.state.model import Lot, LotCustomer

AUTH = {"Authorization": f"bearer {DEFAULT_TOKEN}"}
BIG_LOT = 50_000
BATCH = 500
_unique = count(1)


def write_seed(answers: int, folder: Path) -> tuple[Path, list[str]]:
    """The seed file of a state of `answers` answers with a 50k draft lot, and some
    emails of customers it knows (for answers that find a previous score)."""
    state = generate_scaled(answers)
    number = state.counters.next_lot_number
    state.counters.next_lot_number += 1
    from tracksale_mock.domain.lots import lot_code

    draft = Lot(lot_code(number), 1201, REFERENCE_TIME - 3_600, "draft", "email")
    draft.customers = [
        LotCustomer(name=f"Lote Grande {i}", email=f"lote.grande.{i}@example.com")
        for i in range(BIG_LOT)
    ]
    state.lots.append(draft)
    known = sorted({a.email for a in state.answers if a.campaign_code == 1201 and a.email})
    path = folder / f"seed-{answers}.json"
    path.write_bytes(orjson.dumps(document(state, REFERENCE_TIME)))
    return path, known[:: max(1, len(known) // 1000)]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server without persistence; its URL."""
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@dataclass
class Mock:
    """A running mock process."""

    url: str
    process: subprocess.Popen[bytes]
    startup_s: float


@contextlib.contextmanager
def mock_process(seed: Path, store: str | None) -> Iterator[Mock]:
    port = free_port()
    command = [sys.executable, "-m", "tracksale_mock.cli", "--port", str(port)]
    command += ["--seed-file", str(seed), "--rate-limit", "1000000000/1s"]
    if store:
        command += ["--store", store]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = started + 900
        while True:
            try:
                # 503 while another start-up step holds the shared state: wait too.
                if httpx.get(url + "/v2/campaign", headers=AUTH, timeout=600).status_code == 200:
                    break
                time.sleep(0.05)
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the mock did not start") from None
                time.sleep(0.05)
        yield Mock(url, process, time.monotonic() - started)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _answers(known: list[str]) -> dict[str, object]:
    rows = []
    for i in range(BATCH):
        n = next(_unique)
        email = known[n % len(known)] if i % 2 and known else f"bench.answer.{n}@example.com"
        rows.append({"name": f"Bench {n}", "email": email, "score": n % 11})
    return {"campaign_code": "1201", "answers": rows}


def _dispatch() -> dict[str, object]:
    rows = []
    for _ in range(BATCH):
        n = next(_unique)
        rows.append({"name": f"Bench {n}", "email": f"bench.dispatch.{n}@example.com"})
    return {"customers": rows}


@dataclass
class Figures:
    """Per cost: the milliseconds measured (or a single value: MB, s)."""

    times: dict[str, list[float]] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.times.setdefault(name, []).append(value)

    def p(self, name: str, q: float) -> float:
        values = sorted(self.times.get(name, []))
        if not values:
            return float("nan")
        return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _timed(
    figures: Figures, name: str, call: Callable[[], httpx.Response]
) -> dict[str, Any] | None:
    """The JSON of a request that must succeed; None when the mock answered 503 (a
    Redis write that outlasted its lock), counted as a failure."""
    began = time.perf_counter()
    response = call()
    figures.add(name, (time.perf_counter() - began) * 1000)
    if response.status_code == 503:
        figures.failures[name] = figures.failures.get(name, 0) + 1
        return None
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def measure(mock: Mock, known: list[str], reps: int, write_reps: int) -> Figures:
    figures = Figures()
    figures.add("start-up s", mock.startup_s)
    figures.add("RSS MB", _rss_mb(mock.process.pid))
    with httpx.Client(base_url=mock.url, headers=AUTH, timeout=600) as client:
        reads = {
            "GET report/nps": "/v2/report/nps",
            "GET report/answer": "/v2/report/answer?limit=100",
            "GET campaign": "/v2/campaign",
        }
        for path in reads.values():
            client.get(path).raise_for_status()  # warm up
        for _ in range(reps):
            for name, path in reads.items():
                _timed(figures, name, functools.partial(client.get, path))
        for _ in range(write_reps):
            body = _dispatch()
            call = functools.partial(client.post, "/v2/campaign/1201/dispatch", json=body)
            reply = _timed(figures, "POST dispatch 500", call)
            assert reply is None or reply["status"]["inserted"] == BATCH, reply
        # Inserts, with a second client reading meanwhile: the reads that overlap an
        # insert show how long a bulk write keeps other requests waiting.
        stop = threading.Event()
        gets: list[tuple[float, float]] = []
        inserts: list[tuple[float, float]] = []

        def reader() -> None:
            with httpx.Client(base_url=mock.url, headers=AUTH, timeout=600) as other:
                while not stop.is_set():
                    began = time.perf_counter()
                    other.get("/v2/campaign").raise_for_status()
                    gets.append((began, time.perf_counter()))
                    time.sleep(0.002)

        thread = threading.Thread(target=reader)
        thread.start()
        try:
            for _ in range(write_reps):
                body = _answers(known)
                began = time.perf_counter()
                call = functools.partial(client.post, "/v2/answer", json=body)
                reply = _timed(figures, "POST answer 500", call)
                inserts.append((began, time.perf_counter()))
                assert reply is None or reply["status"]["inserted"] == BATCH, reply
                time.sleep(0.05)
        finally:
            stop.set()
            thread.join()
        for began, ended in gets:
            if any(began < stop_at and start_at < ended for start_at, stop_at in inserts):
                figures.add("GET campaign during insert", (ended - began) * 1000)
        figures.add("RSS MB end", _rss_mb(mock.process.pid))
    return figures


COSTS = [
    "POST answer 500",
    "POST dispatch 500",
    "GET report/nps",
    "GET report/answer",
    "GET campaign",
    "GET campaign during insert",
]
SINGLE = ["RSS MB", "RSS MB end", "start-up s"]


def report(results: dict[tuple[str, int], Figures]) -> None:
    print()
    print(f"{'store':6} {'answers':>9} {'cost':28} {'p50 ms':>10} {'p99 ms':>10}")
    for (store, size), figures in results.items():
        for name in COSTS:
            p50, p99 = figures.p(name, 0.5), figures.p(name, 0.99)
            print(f"{store:6} {size:9,} {name:28} {p50:10.1f} {p99:10.1f}")
        for name in SINGLE:
            print(f"{store:6} {size:9,} {name:28} {figures.p(name, 0.5):10.1f}")
        for name, failed in figures.failures.items():
            print(f"{store:6} {size:9,} {name:28} {failed} of {len(figures.times[name])} got 503")
    print()
    for store in sorted({s for s, _ in results}):
        sizes = sorted(size for s, size in results if s == store)
        if len(sizes) < 2:
            continue
        low, high = results[(store, sizes[0])], results[(store, sizes[-1])]
        print(f"{store}: growth from {sizes[0]:,} to {sizes[-1]:,} answers (p50 ratio)")
        for name in COSTS + SINGLE:
            print(f"  {name:28} {high.p(name, 0.5) / low.p(name, 0.5):8.2f}x")
    both = [size for s, size in results if s == "redis" and ("memory", size) in results]
    for size in both:
        print(f"redis / memory at {size:,} answers (p50 ratio)")
        for name in COSTS:
            ratio = results[("redis", size)].p(name, 0.5) / results[("memory", size)].p(name, 0.5)
            print(f"  {name:28} {ratio:8.2f}x")


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--redis-sizes", type=_sizes, default=[10_000, 100_000])
    parser.add_argument("--reps", type=int, default=30, help="requests per read cost")
    parser.add_argument("--write-reps", type=int, default=30, help="requests per write cost")
    args = parser.parse_args(argv)
    if args.redis_sizes and shutil.which("redis-server") is None:
        print("redis-server is needed for --redis-sizes", file=sys.stderr)
        return 2
    results: dict[tuple[str, int], Figures] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sorted(set(args.sizes) | set(args.redis_sizes)):
            began = time.monotonic()
            seed, known = write_seed(size, Path(folder))
            print(
                f"{size:,} answers: seed built in {time.monotonic() - began:.1f} s "
                f"({seed.stat().st_size / 1e6:.0f} MB)",
                flush=True,
            )
            runs: list[tuple[str, Callable[[], contextlib.AbstractContextManager[str | None]]]] = []
            if size in args.sizes:
                runs.append(("memory", lambda: contextlib.nullcontext(None)))
            if size in args.redis_sizes:
                runs.append(("redis", redis_server))
            for store, server in runs:
                with server() as url, mock_process(seed, url) as mock:
                    results[(store, size)] = figures = measure(
                        mock, known, args.reps, args.write_reps
                    )
                report({(store, size): figures})  # at once, in case a later size fails
                sys.stdout.flush()
            os.remove(seed)
    report(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
