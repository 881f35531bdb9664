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
  another process, so the mock fetches the fields that write changed and applies
  them through its index; in memory through the mock itself;
* `POST /v2/answer`, a write (it saves the fields it changed: the answer, the
  counters, a log entry).

Last, each figure's growth from the smallest scale to each larger one, as a ratio:
flat (about 1) when a write costs what it changes. With `--memory` the same state
is also served by the memory store (from a seed file), for comparison.
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
from tracksale_mock.shared.entities import all_records
from tracksale_mock.shared.redis_server import RedisServer
from tracksale_mock.shared.store import RedisStore
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.codec import clone
from tracksale_mock.state.index import index_of
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
    """The median and 90th percentile of `call`'s time in ms, `before` run first."""
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

        for _ in range(5):  # warm up: the first requests of a process are slower
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
            index = index_of(state)
            twin: Answer = clone(state.answers[-1])
            twin.id = index.take_answer_id()
            index.add_answer(twin)

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
    table: dict[str, list[tuple[int, list[str]]]] = {}
    with RedisServer() as server, tempfile.TemporaryDirectory() as folder:
        client = connect(server.url)
        for copies in (int(x) for x in args.scales.split(",")):
            state = scaled(seed, copies)
            records, _ = all_records(state)
            megabytes = sum(len(payload or b"") for _, _, payload in records) / 1e6
            customers = sum(len(lot.customers) for lot in state.lots)
            size = f"{copies:5d} {len(state.answers):7d} {len(state.lots):5d} {customers:6d} "
            size += f"{megabytes:7.1f}"
            namespace = f"size-{copies}-{time.time_ns()}"
            store = RedisStore(client, namespace)
            store.reset(state)
            with _mock(["--store", server.url, "--store-namespace", namespace]) as url:
                cells = _measure(url, args.requests, _answer_inserter(store.replica()))
            print(f"{size} redis  | " + " | ".join(cells), flush=True)
            table.setdefault("redis", []).append((copies, cells))
            if args.memory:
                seed_file = Path(folder) / f"seed-{copies}.json"
                now = int(time.time())
                seed_file.write_text(dumps(document(state, now)), encoding="utf-8")
                with _mock(["--seed-file", str(seed_file), "--now", str(now)]) as url:
                    cells = _measure(url, args.requests, None)
                print(f"{size} memory | " + " | ".join(cells), flush=True)
                table.setdefault("memory", []).append((copies, cells))
            store.drop()
    _print_growth(table)
    return 0


def _print_growth(table: dict[str, list[tuple[int, list[str]]]]) -> None:
    """Each p50's ratio to the smallest scale's, per store."""
    names = [f"{n}{x}" for n in READS for x in ("", " after write")] + ["POST answer"]
    for store, rows in table.items():
        (base, first), *larger = rows
        for copies, cells in larger:
            ratios = [
                f"{name} {float(cell.split()[0]) / float(ref.split()[0]):.2f}x"
                for name, cell, ref in zip(names, cells, first, strict=True)
            ]
            print(f"{store} p50 growth {base}x -> {copies}x: " + ", ".join(ratios))


if __name__ == "__main__":
    raise SystemExit(main())
