"""Cost of a resource-method call over the bare generated call, in process.

    uv run python -m benchmarks.client_resources [--calls 3000] [--rounds 7] [--rows 10000]

Both calls go through the same ``Tracksale`` (pacing off) to an ``httpx.MockTransport``
answering fixed bytes, so the difference is what the resource layer adds: argument
conversion (``_wire``), the request through ``_get_kwargs``, parsing with the GC paused
and the ``RawResponse``. Pairs (rounds interleaved, medians, CPU time):

    list campaigns    api.campaigns.list()            vs list_campaigns.sync(client=...)
    NPS with compare  api.reports.nps(compare=True, codes=[1201, 1202], start=date)
                      vs get_nps_report.sync(client=..., compare="1", codes="1201,1202", ...)

Then the decoding of a ``--rows`` answer report through ``api.reports.answers`` as a
multiple of ``json.loads`` of the same bytes (target: within 3x).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import date

import httpx

from benchmarks.client_decode import build_bodies
from tracksale_client import Tracksale
from tracksale_contract import SPEC_PATH, load_resolved
from tracksale_generated.api.campaigns import list_campaigns
from tracksale_generated.api.reports import get_nps_report


def example(path: str, name: str) -> bytes:
    """The document's example answer ``name`` of GET ``path``, as bytes."""
    content = load_resolved(SPEC_PATH)["paths"][path]["get"]["responses"]["200"]["content"]
    return json.dumps(content["application/json"]["examples"][name]["value"]).encode()


def api_serving(bodies: dict[str, bytes]) -> Tracksale:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            content=bodies[request.url.path],
            headers={"Content-Type": "application/json", "X-Request-Id": "r"},
        )

    return Tracksale("bench-token", transport=httpx.MockTransport(answer), pacing=False)


def per_call(fn: Callable[[], object], calls: int) -> float:
    """CPU microseconds per call of ``fn``."""
    started = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - started) / calls * 1e6


def compare(
    name: str, bare: Callable[[], object], resource: Callable[[], object], calls: int, rounds: int
) -> None:
    bare(), resource()  # warm caches (type hints, converters)
    bares: list[float] = []
    resources: list[float] = []
    for number in range(rounds):
        pair = [(bare, bares), (resource, resources)]
        for fn, into in pair if number % 2 else reversed(pair):
            into.append(per_call(fn, calls))
    b, r = statistics.median(bares), statistics.median(resources)
    print(
        f"{name:18} bare {b:7.1f} µs  resource {r:7.1f} µs  "
        f"(+{r - b:5.1f} µs per call, x{r / b:.2f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)

    answers, _ = build_bodies(args.rows)
    api = api_serving(
        {
            "/v2/campaign": example("/v2/campaign", "campaigns"),
            "/v2/report/nps": example("/v2/report/nps", "compared"),
            "/v2/report/answer": answers,
        }
    )
    print(f"Resource methods vs generated functions: {args.rounds} rounds of {args.calls} calls")
    compare(
        "list campaigns",
        lambda: list_campaigns.sync(client=api.client),
        lambda: api.campaigns.list(),
        args.calls,
        args.rounds,
    )
    compare(
        "NPS with compare",
        lambda: get_nps_report.sync(
            client=api.client, compare="1", codes="1201,1202", start="2026-11-01"
        ),
        lambda: api.reports.nps(compare=True, codes=[1201, 1202], start=date(2026, 11, 1)),
        args.calls,
        args.rounds,
    )

    loads: list[float] = []
    decodes: list[float] = []
    for _ in range(args.rounds):
        started = time.process_time()
        json.loads(answers)
        loads.append(time.process_time() - started)
        started = time.process_time()
        rows = api.reports.answers(limit=-1)
        decodes.append(time.process_time() - started)
    ratio = statistics.median(d / lo for d, lo in zip(decodes, loads, strict=True))
    print(
        f"answer report, {len(rows):,} rows through api.reports.answers: "
        f"{statistics.median(decodes) * 1e3:.1f} ms, x{ratio:.2f} json.loads "
        f"({statistics.median(loads) * 1e3:.1f} ms; target within x3)"
    )
    api.close()
    return 0 if ratio <= 3.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
