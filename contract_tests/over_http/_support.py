"""Helpers shared by the over-HTTP tests: the document's schemas, the seed, the mock
clock, and clients that let a test see the raw exchanges behind a typed error."""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypedDict

import httpx
from openapi_schema_validator import OAS30Validator

from tracksale_client import Tracksale
from tracksale_contract import load_resolved, load_spec, operations
from tracksale_mock.seed.load import SEED_PATH
from tracksale_mock.serving import RunningMock

DAY = 86_400
REQUEST_ID = re.compile(r"^req-[0-9a-f]{12}-[0-9]{8}$")


# The document


@functools.cache
def _resolved() -> dict[str, Any]:
    return load_resolved()


@functools.cache
def documented_operations() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template) as the document declares them."""
    return operations(load_spec())


def response_schema(operation_id: str, status: int) -> dict[str, Any]:
    """The JSON schema of the documented `status` answer of an operation.

    Fails the test when the document declares no such answer for that operation.
    """
    method, path = documented_operations()[operation_id]
    responses = _resolved()["paths"][path][method.lower()]["responses"]
    assert str(status) in responses, f"{operation_id} documents no {status} answer"
    schema: dict[str, Any] = responses[str(status)]["content"]["application/json"]["schema"]
    return schema


def component_schema(name: str) -> dict[str, Any]:
    """A schema of `components/schemas`, references resolved."""
    schema: dict[str, Any] = _resolved()["components"]["schemas"][name]
    return schema


def schema_errors(schema: dict[str, Any], instance: object) -> list[str]:
    """Every way `instance` breaks `schema` (OpenAPI 3.0 dialect), as readable lines."""
    validator = OAS30Validator(schema)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def assert_valid(schema: dict[str, Any], instance: object) -> None:
    errors = schema_errors(schema, instance)
    assert not errors, errors[:5]


def load_spec_parameter(name: str) -> dict[str, Any]:
    """A parameter of `components/parameters`, references resolved."""
    parameter: dict[str, Any] = _resolved()["components"]["parameters"][name]
    return parameter


def documented_example(response: str, example: str) -> Any:
    """The value of a named example of a shared response of the document."""
    content = load_spec()["components"]["responses"][response]["content"]
    return content["application/json"]["examples"][example]["value"]


def path_pattern(template: str) -> re.Pattern[str]:
    """A regex matching concrete paths of a path template like `/v2/campaign/{code}`."""
    parts = re.split(r"(\{[^}]+\})", template)
    body = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{body}$")


# The seed


@functools.cache
def _seed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    return data


def seed() -> dict[str, Any]:
    """The committed seed file (times relative to its `reference_time`)."""
    return copy.deepcopy(_seed())


def seed_options(question_id: int) -> list[str]:
    """The options of a Single Choice question (the document's `Question` has none)."""
    for campaign in seed()["campaigns"]:
        for question in campaign["questions"]:
            if question["id"] == question_id:
                options: list[str] = question.get("options", [])
                return options
    raise AssertionError(f"question {question_id} is not in the seed")


# The mock clock


def mock_now(running: RunningMock) -> int:
    """The mock server's current time, read over HTTP."""
    now: int = httpx.get(f"{running.url}/_mock/clock").raise_for_status().json()["now"]
    return now


def move_clock(running: RunningMock, seconds: int) -> int:
    """Move the mock clock forward over HTTP (`POST /_mock/clock`); the new time."""
    reply = httpx.post(f"{running.url}/_mock/clock", json={"advance": seconds})
    now: int = reply.raise_for_status().json()["now"]
    return now


class Period(TypedDict):
    """Report filters `start` and `end`, to pass as `**period`."""

    start: str
    end: str


def days(first: int, last: int) -> Period:
    """The whole UTC days from the one holding `first` to the one holding `last`."""
    return {"start": day(first), "end": day(last)}


def day(timestamp: int) -> str:
    """The UTC date of a Unix time, as a report filter (the mock reads filters in UTC)."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def midnight(timestamp: int) -> int:
    """The Unix time of 00:00 UTC of that day."""
    return timestamp - timestamp % DAY


# Clients


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"bearer {token}"}


class RecordingTransport(httpx.BaseTransport):
    """The network, keeping every response it returns (the runtime reads error bodies
    into the same objects, so a test can look at the raw answer behind an error)."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.responses: list[httpx.Response] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        self.responses.append(response)
        return response

    def close(self) -> None:
        self._inner.close()


@contextmanager
def recorded_client(
    running: RunningMock, token: str | None = None
) -> Iterator[tuple[Tracksale, RecordingTransport]]:
    """A client of `running` (its token unless another is given) without pacing, and
    the transport recording its raw exchanges."""
    recorder = RecordingTransport()
    with Tracksale(
        token=token or running.token, base_url=running.url, pacing=False, transport=recorder
    ) as api:
        yield api, recorder


@contextmanager
def sent_requests(api: Tracksale) -> Iterator[list[httpx.Request]]:
    """The requests the client's sync httpx client sends while the block runs, through
    an event hook (failed exchanges raise before response hooks, so request hooks)."""
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        sent.append(request)

    hooks = api.client.get_httpx_client().event_hooks["request"]
    hooks.append(record)
    try:
        yield sent
    finally:
        hooks.remove(record)
