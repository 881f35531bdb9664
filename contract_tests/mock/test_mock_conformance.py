"""schemathesis against the mock, in process, with strict response validation.

Every operation of the document runs through the examples, coverage and fuzzing
phases with every default check, and the state machine follows the document's links.
Both run on each store (memory, then Redis: `contract_tests/stores.py`).
A fixed seed and bounded example counts keep CI repeatable; set
TRACKSALE_DEEP_FUZZ=1 for a longer, nightly-style run (TRACKSALE_FUZZ_SEED picks
another seed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import settings

from contract_tests.stores import STORES, fresh_namespace
from tracksale_mock.config import DEFAULT_TOKEN, MockConfig, RateLimit
from tracksale_mock.http.app import MockServer
from tracksale_mock.serving import with_options

DEEP = os.environ.get("TRACKSALE_DEEP_FUZZ") == "1"
SEED = int(os.environ.get("TRACKSALE_FUZZ_SEED", "20261126"))
MAX_EXAMPLES = 200 if DEEP else 12


def _config(**checks: dict[str, bool]) -> schemathesis.Config:
    return schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "generation": {"max-examples": MAX_EXAMPLES, "database": "none"},
            "auth": {"openapi": {"bearerAuth": {"bearer": DEFAULT_TOKEN}}},
            "checks": {"enabled": True, **checks},
            "phases": {"enabled": True},
        }
    )


class CurrentMock:
    """An ASGI app that forwards to the mock of the store under test.

    The schemas below load the document through it once, at import, and every call
    of every case goes to whichever mock `conformance_mock` put in place.
    """

    def __init__(self, mock: MockServer) -> None:
        self.mock = mock

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.mock.app(scope, receive, send)


# The quota is lifted so fuzzing measures the contract, not the request lock (which
# has its own tests).
CONFIG = MockConfig(strict=True, rate_limit=RateLimit(10**9, 300.0))
memory_mock = MockServer(CONFIG)
current = CurrentMock(memory_mock)
schema = schemathesis.openapi.from_asgi("/openapi.json", current, config=_config())

# ensure_resource_availability is off in the state machine only. It reads a 404 after
# a successful POST as "the created resource vanished", and only a DELETE may explain
# one. This API has no DELETE: draft lots are consumed by POSTs. Every dispatch
# without schedule_time returns the campaign's one open draft lot, so once a linked
# sendDispatchLot or discardDraftLot has consumed it, the links of the other
# dispatches that returned the same code rightly answer 404 ("unknown lot").
stateful_schema = schemathesis.openapi.from_asgi(
    "/openapi.json", current, config=_config(ensure_resource_availability={"enabled": False})
)


@pytest.fixture(scope="module", params=STORES)
def conformance_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """The strict mock of one store (memory, then this session's Redis), in place
    behind `current` while the tests of that store run."""
    mock = memory_mock
    if request.param == "redis":
        url = request.getfixturevalue("redis_server").url
        options = {"store": url, "store_namespace": fresh_namespace("conformance")}
        mock = MockServer(with_options(CONFIG, **options))
    current.mock = mock
    yield mock
    current.mock = memory_mock


@schema.parametrize()
def test_every_operation_conforms(case: Any, conformance_mock: MockServer) -> None:
    case.call_and_validate()


class LinkedWorkflows(stateful_schema.as_state_machine()):  # type: ignore[misc]
    """Follows the links: dispatch → send/discard lot → reports; answer → note / tags."""

    def setup(self) -> None:
        # Each scenario starts from the seed, so a shrunk failure replays the same way.
        current.mock.admin.reset_state()


def test_linked_workflows(conformance_mock: MockServer) -> None:
    LinkedWorkflows.run(
        settings=settings(
            LinkedWorkflows.TestCase.settings,
            max_examples=60 if DEEP else 8,
            stateful_step_count=6,
            database=None,
            # The state machine ignores the config's seed; derandomize pins its choices.
            derandomize=True,
        )
    )
