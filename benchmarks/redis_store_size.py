"""How large a state the Redis store holds while reports stay fast.

    uv run python -m benchmarks.redis_store_size [--scales 1,10,30,100] [--requests 30]

For each scale the seed's answers and lots are copied that many times (fresh answer
ids and lot codes, same times), the state is put into a throwaway Redis, and a
`tracksale-mock --store redis://…` process (one worker) serves it. Sequential
requests (one client, keep-alive) measure the median and the 90th percentile of:

* `GET /v2/report/answer` (the default: newest 10 of the last 30 days) and with
  `limit=500`;
* `GET /dispatch`, the paged dispatch report (the default: 100 rows of the last 30
  days of lots);
* each of those right after an answer was inserted (`after write`): on Redis by
  another process, so the mock fetches and decodes the chunks that changed; in memory
  through the mock itself; either way the mock then rebuilds its indexes;
* `POST /v2/answer`, a write (it encodes the whole state).

With `--memory` the same state is also served by the memory store (from a seed
file), for comparison.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tracksale_mock.config import DEFAULT_TOKEN
from tracksale_mock.domain.lots import next_lot_code
from tracksale_mock.seed.load import document, dumps, load_seed
from tracksale_mock.serving import free_port
from tracksale_mock.shared.connection import connect
from tracksale_mock.shared.redis_server import RedisServer
from tracksale_mock.shared.store import RedisStore, chunks_of
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.codec import clone
from tracksale_mock.state.model import Answer, Lot, State

AUTH = {"Authorization": f"bearer {DEFAULT_TOKEN}"}
READS = {
    "report/answer": "/v2/report/answer",
    "report/answer 500": "/v2/report/answer?limit=500",
    "paged dispatch": "/dispatch",
}


def scaled(seed: State, copies: int) -> State:
    """The seed with its answers and lots `copies` times (fresh ids and codes)."""
    state = seed.clone()
    for _ in range(copies - 1):
        codes: dict[str, str] = {}
        for lot in seed.lots:
            copy: Lot = clone(lot)
            copy.code = codes[lot.code] = next_lot_code(state)
            state.lots.append(copy)
        for answer in seed.answers:
            twin: Answer = clone(answer)
            twin.id = state.counters.next_answer_id
            state.counters.next_answer_id += 1
            if twin.lot_code is not None:
                twin.lot_code = codes[twin.lot_code]
            state.answers.append(twin)
    return state


@contextmanager
def _mock(arguments: list[str]) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "tracksale_mock.cli", "--port", str(port)]
    command += ["--rate-limit", "1000000000/300s", "--log-level", "warning", *arguments]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                httpx.get(f"{url}/v2/campaign", headers=AUTH, timeout=60).raise_for_status()
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the mock did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _timed(call: Callable[[], httpx.Response], count: int, before: Callable[[], None]) -> str:
    times = []
    for _ in range(count):
        before()
        started = time.perf_counter()
        call().raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
    return f"{statistics.median(times):7.1f} {p90:7.1f}"


def _answer_body(campaign: int, i: int) -> dict[str, object]:
    answer = {"name": f"Carga {i}", "email": f"carga.{i}@example.com", "score": i % 11}
    return {"campaign_code": str(campaign), "answers": [answer]}


def _measure(url: str, count: int, write: Callable[[], None] | None) -> list[str]:
    """The table's cells; `write` is another process's write (None: a write through
    this same server, as with the memory store)."""
    cells = []
    counter = iter(range(10**9))
    with httpx.Client(base_url=url, headers=AUTH, timeout=120) as client:

        def post_answer() -> httpx.Response:
            return client.post("/v2/answer", json=_answer_body(1201, next(counter)))

        def local_write() -> None:
            post_answer().raise_for_status()

        for path in READS.values():
            client.get(path).raise_for_status()
            cells.append(_timed(lambda p=path: client.get(p), count, lambda: None))  # type: ignore[misc]
            cells.append(_timed(lambda p=path: client.get(p), count, write or local_write))  # type: ignore[misc]
        cells.append(_timed(post_answer, count, lambda: None))
    return cells


def _answer_inserter(store: RedisStore) -> Callable[[], None]:
    """A write by another process: one more answer, a copy of the newest."""

    def insert() -> None:
        with store.write() as state:
            twin: Answer = clone(state.answers[-1])
            twin.id = state.counters.next_answer_id
            state.counters.next_answer_id += 1
            state.answers.append(twin)

    return insert


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scales", default="1,10,30,100", help="copies of the seed")
    parser.add_argument("--requests", type=int, default=30, help="requests per measure")
    parser.add_argument("--memory", action="store_true", help="also measure the memory store")
    args = parser.parse_args(argv)
    seed = load_seed(MockClock())
    header = "scale answers  lots custs  JSON MB store "
    for name in READS:
        header += f"| {name} p50 p90 | after write p50 p90 "
    print(header + "| POST answer p50 p90")
    with RedisServer() as server, tempfile.TemporaryDirectory() as folder:
        client = connect(server.url)
        for copies in (int(x) for x in args.scales.split(",")):
            state = scaled(seed, copies)
            megabytes = sum(len(c) for c in chunks_of(state).values()) / 1e6
            customers = sum(len(lot.customers) for lot in state.lots)
            size = f"{copies:5d} {len(state.answers):7d} {len(state.lots):5d} {customers:6d} "
            size += f"{megabytes:7.1f}"
            namespace = f"size-{copies}-{time.time_ns()}"
            store = RedisStore(client, namespace)
            store.reset(state)
            with _mock(["--store", server.url, "--store-namespace", namespace]) as url:
                cells = _measure(url, args.requests, _answer_inserter(store.replica()))
            print(f"{size} redis  | " + " | ".join(cells))
            if args.memory:
                seed_file = Path(folder) / f"seed-{copies}.json"
                now = int(time.time())
                seed_file.write_text(dumps(document(state, now)), encoding="utf-8")
                with _mock(["--seed-file", str(seed_file), "--now", str(now)]) as url:
                    cells = _measure(url, args.requests, None)
                print(f"{size} memory | " + " | ".join(cells))
            store.drop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
