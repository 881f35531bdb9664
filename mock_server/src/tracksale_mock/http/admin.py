"""Handlers of the mock-only control API (openapi/mock-admin.yaml), under /_mock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.seed.load import document
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.model import State
from tracksale_mock.state.store import Store
from tracksale_mock.state.throttle import Throttle


class AdminOperations:
    """Reset, dump, clock and CAPTCHA controls over one mock instance."""

    def __init__(
        self,
        store: Store,
        clock: MockClock,
        throttle: Throttle,
        load_seed: Callable[[MockClock], State],
        *,
        store_kind: str = "memory",
    ) -> None:
        self.store_kind = store_kind
        self.store = store
        self.clock = clock
        self.throttle = throttle
        self.load_seed = load_seed

    def health(self) -> dict[str, Any]:
        # With Redis, reading the shared clock is a round trip: a 503 while it is away.
        return {"status": "ok", "store": self.store_kind, "now": int(self.clock.now())}

    def reset_state(self) -> dict[str, Any]:
        self.store.reset(self.load_seed(self.clock))
        self.throttle.reset()
        with self.store.read() as state:
            return {
                "campaigns": len(state.campaigns),
                "lots": len(state.lots),
                "answers": len(state.answers),
                "now": int(self.clock.now()),
            }

    def dump_state(self) -> dict[str, Any]:
        with self.store.read() as state:
            return document(state, reference_time=int(self.clock.now()))

    def get_clock(self) -> dict[str, Any]:
        return _clock_view(self.clock.now())

    def move_clock(self, *, body: dict[str, Any]) -> dict[str, Any]:
        before = self.clock.now()
        if "advance" in body:
            seconds = float(body["advance"])
        else:
            seconds = float(body["now"]) - before
            if seconds < 0:
                raise InvalidRequest(
                    "The mock clock only moves forward.",
                    [f"body 'now': {body['now']} is before the mock time {int(before)}"],
                )
        self.clock.advance(seconds)
        self.throttle.age(seconds)
        return _clock_view(self.clock.now())

    def solve_captcha(self, *, captcha_id: str) -> dict[str, Any]:
        if not self.throttle.solve(captcha_id):
            raise NotFound(f"No token is locked behind CAPTCHA {captcha_id}.")
        return {"solved": True}


def _clock_view(now: float) -> dict[str, Any]:
    instant = datetime.fromtimestamp(int(now), UTC)
    return {"now": int(now), "iso": instant.strftime("%Y-%m-%dT%H:%M:%SZ")}
