"""Prism-style forcing: answer with a documented response chosen by a `Prefer` header."""

from __future__ import annotations

import re
from typing import Any

from tracksale_mock.http.errors import error_body

_PREFERENCE = re.compile(r"(code|example)\s*=\s*\"?([^\s,;\"]+)\"?")
Answer = tuple[int, Any, dict[str, str]]


def parse_prefer(value: str) -> dict[str, str]:
    """The `code` and `example` preferences of a `Prefer` header."""
    return {name: wanted for name, wanted in _PREFERENCE.findall(value)}


class ForcedResponses:
    """The documented responses of every operation, with their named examples."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._responses: dict[str, dict[str, Any]] = {}
        for item in spec["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and "operationId" in operation:
                    self._responses[operation["operationId"]] = operation["responses"]

    def answer(self, operation_id: str, prefer: str) -> Answer | None:
        """The forced answer, an error answer if the preference names nothing, or None."""
        wanted = parse_prefer(prefer)
        if not wanted:
            return None
        responses = self._responses[operation_id]
        code, example = wanted.get("code"), wanted.get("example")
        if code is None:
            assert example is not None
            code = next((c for c, r in sorted(responses.items()) if example in _examples(r)), None)
            if code is None:
                return _refuse(f"{operation_id} documents no example named {example!r}.")
        if code not in responses:
            documented = ", ".join(sorted(responses))
            return _refuse(f"{operation_id} documents no {code} response (only {documented}).")
        examples = _examples(responses[code])
        if example is None:
            example = next(iter(examples), None)
        if example not in examples:
            return _refuse(f"The {code} response of {operation_id} has no example {example!r}.")
        body = examples[example]["value"]
        return int(code), body, _headers(responses[code], body)


def _examples(response: dict[str, Any]) -> dict[str, Any]:
    media = response.get("content", {}).get("application/json", {})
    examples: dict[str, Any] = media.get("examples", {})
    return examples


def _headers(response: dict[str, Any], body: Any) -> dict[str, str]:
    """Values for the declared headers (X-Request-Id is added to every answer anyway)."""
    values: dict[str, str] = {}
    if isinstance(body, dict):
        captcha = body.get("captcha")
        if isinstance(captcha, dict):
            values["X-Captcha"] = str(captcha.get("id", ""))
        if "retry_after" in body:
            values["Retry-After"] = str(body["retry_after"])
    declared = [name for name in response.get("headers", {}) if name != "X-Request-Id"]
    return {name: values.get(name, "0") for name in declared}


def _refuse(message: str) -> Answer:
    return 400, error_body(400, message, ["header 'Prefer'"]), {}
