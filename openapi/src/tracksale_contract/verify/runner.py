"""Send the plan's GET requests through the client runtime and check each answer.

Requests go through `tracksale_client.Tracksale`: its host routing (both production
hosts unless a base URL is given), its pacer under the quota and its retries of
idempotent requests. Under the runtime sits `ReadOnlyTransport`, which refuses any
method but GET before it reaches the network and counts what is really sent
(retries included). The run stops at the first 405 (the request lock, or a method
refused) and at an authentication failure or a lost connection.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from tracksale_client import (
    AuthenticationError,
    MethodNotAllowedError,
    ThrottledError,
    Tracksale,
    TracksaleError,
    TransportError,
)
from tracksale_contract.verify.drift import Drift, DriftTally, check_body, json_type
from tracksale_contract.verify.plan import Call, PlanOptions, Seen, plan
from tracksale_contract.verify.schemas import ResponseSchemas


class WriteRefusedError(RuntimeError):
    """A request other than GET reached the verifier's transport."""


class ReadOnlyTransport(httpx.BaseTransport):
    """Pass GET requests to `inner`, refuse every other method; count what is sent."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "GET":
            raise WriteRefusedError(f"verify sends GET requests only, not {request.method}")
        self.sent += 1
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


@dataclass
class RunResult:
    """What a run saw: every exchange, the drift tally and why it stopped early."""

    seen: Seen = field(default_factory=Seen)
    tally: DriftTally = field(default_factory=DriftTally)
    stopped: str | None = None
    requests: int = 0
    calls: int = 0

    def unchecked(self, operations: list[str]) -> list[str]:
        """The read-only operations of the document no answer was checked for."""
        return [op for op in operations if not self.tally.responses[op]]


def _decode(response: httpx.Response) -> tuple[bool, Any]:
    try:
        return True, response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False, None


class Runner:
    """Runs one plan against one API and checks every answer against the document."""

    def __init__(
        self, api: Tracksale, schemas: ResponseSchemas, counter: ReadOnlyTransport
    ) -> None:
        self._http = api.client.get_httpx_client()
        self._schemas = schemas
        self._counter = counter

    def run(self, options: PlanOptions) -> RunResult:
        """Send every call of the plan (until a stop) and return what was seen."""
        result = RunResult()
        for call in plan(options, result.seen):
            result.calls += 1
            stop = self._exchange(call, result)
            result.requests = self._counter.sent
            if stop is not None:
                result.stopped = stop
                break
        return result

    def _exchange(self, call: Call, result: RunResult) -> str | None:
        """Send one call and check its answer; return why the run must stop, if so."""
        try:
            response = self._http.get(call.path, params=call.params)
        except TransportError as error:
            return f"{call.label()}: no answer ({error.message})"
        except TracksaleError as error:
            status = error.status_code or 0
            self._check(call, status, True, error.body, result)
            if isinstance(error, ThrottledError | MethodNotAllowedError) or status == 405:
                return f"{call.label()}: HTTP 405 ({error.error_code or 'no error kind'})"
            if isinstance(error, AuthenticationError):
                return f"{call.label()}: HTTP {status}, the token was refused"
            return None
        parsed, body = _decode(response)
        self._check(call, response.status_code, parsed, body, result)
        return None

    def _check(self, call: Call, status: int, parsed: bool, body: Any, result: RunResult) -> None:
        result.seen.answers.append((call, status, body))
        op = call.operation
        validator = self._schemas.validator(op, status)
        if validator is None:
            documented = ", ".join(self._schemas.documented_statuses(op))
            result.tally.add_response(op, [Drift(op, "$", "status", documented, str(status))])
            return
        if not parsed:
            result.tally.add_response(op, [Drift(op, "$", "type", "JSON", "not JSON")])
            return
        findings = check_body(op, validator, body)
        if body is None and not findings:
            findings = [Drift(op, "$", "type", "JSON body", json_type(body))]
        result.tally.add_response(op, findings)
