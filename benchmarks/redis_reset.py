"""How a whole save to Redis (a reset, the first seeding) grows with the state.

    uv run python -m benchmarks.redis_reset [--sizes 10000,30000,100000]

For each size a state of that many answers (`generate_scaled`) is saved whole by a
`RedisStore` into a throwaway `redis-server`, then read whole by a second store (what
another replica does next). Printed per size: the seconds of each, the megabytes
saved, and each time per answer as a ratio to the smallest size's (about 1 while a
save costs what it writes). A whole save is staged in batches and swapped in, so no
single Redis call outlasts the socket timeout: `timeouts` counts the saves that got
no answer in time and had to be resolved (it should stay 0).
"""

from __future__ import annotations

import argparse
import logging
import time

from tracksale_mock.seed.generate import generate_scaled
from tracksale_mock.shared.connection import connect
from tracksale_mock.shared.entities import all_records
from tracksale_mock.shared.redis_server import RedisServer
from tracksale_mock.shared.store import RedisStore


class _Counter(logging.Handler):
    """Counts the store's "a save got no answer" warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "got no answer" in record.getMessage():
            self.count += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,30000,100000", help="answers per state")
    args = parser.parse_args(argv)
    timeouts = _Counter()
    logging.getLogger("tracksale_mock.shared").addHandler(timeouts)
    print("answers      MB  save s  load s  timeouts  save/answer  load/answer")
    base: tuple[float, float] | None = None
    with RedisServer() as server:
        client = connect(server.url)
        for size in (int(x) for x in args.sizes.split(",")):
            state = generate_scaled(size)
            answers = len(state.answers)
            megabytes = sum(len(p or b"") for _, _, p in all_records(state)[0]) / 1e6
            store = RedisStore(client, f"reset-{size}-{time.time_ns()}")
            before = timeouts.count
            started = time.perf_counter()
            store.reset(state)
            save = time.perf_counter() - started
            other = store.replica()
            started = time.perf_counter()
            with other.read():
                pass
            load = time.perf_counter() - started
            per = (save / answers, load / answers)
            base = base or per
            print(
                f"{answers:7d} {megabytes:7.1f} {save:7.2f} {load:7.2f} "
                f"{timeouts.count - before:9d} {per[0] / base[0]:12.2f} {per[1] / base[1]:12.2f}",
                flush=True,
            )
            store.drop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
