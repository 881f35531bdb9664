"""Turn every error into the document's error body (`ApiError`), never problem+json."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping

from connexion import AsyncApp
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException

from tracksale_mock.errors import MockError

log = logging.getLogger("tracksale_mock")

_KINDS = {
    400: "invalid_request",
    401: "unauthorized",
    403: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
}
CONTRACT_MESSAGE = "The request does not match the API contract."


def json_response(
    status: int, body: object, headers: Mapping[str, str] | None = None
) -> ConnexionResponse:
    """A JSON answer with the given status and headers."""
    return ConnexionResponse(
        status_code=status,
        body=json.dumps(body, ensure_ascii=False),
        content_type="application/json",
        mimetype="application/json",
        headers=dict(headers or {}),
    )


def error_body(status: int, message: str, details: list[str] | None = None) -> dict[str, object]:
    """The `ApiError` body for an HTTP status."""
    body: dict[str, object] = {"error": _KINDS.get(status, "invalid_request"), "message": message}
    if details:
        body["details"] = details
    return body


def _on_mock_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, MockError)
    headers = {"Connection": "close"} if exc.status == 413 else None
    return json_response(exc.status, exc.body(), headers)


def _on_http_error(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    headers = dict(exc.headers or {})
    if status == 401:
        return json_response(401, error_body(401, _auth_message(str(exc.detail))), headers)
    if status == 404:
        return json_response(404, error_body(404, f"No operation at {request.url.path}."))
    if status == 405:
        message = f"{request.method} is not an operation of {request.url.path}."
        return json_response(405, error_body(405, message), headers)
    if status == 415:
        # The document declares no 415: a body in another format is invalid input.
        detail = "Send the body as JSON with 'Content-Type: application/json'."
        return json_response(400, error_body(400, CONTRACT_MESSAGE, [detail]))
    if 400 <= status < 500:
        # jsonschema's messages go on with the whole schema after a blank line.
        detail = _shorten(str(exc.detail).split("\n\n", 1)[0])
        return json_response(status, error_body(status, CONTRACT_MESSAGE, [detail]))
    log.error("mock server error %s: %s", status, exc.detail, exc_info=exc)
    return json_response(status, {"error": "server_error", "message": "The mock server failed."})


MAX_DETAIL = 300


def _shorten(detail: str) -> str:
    """jsonschema quotes the offending value whole (500 customers, say): keep the gist."""
    if len(detail) <= MAX_DETAIL:
        return detail
    head, tail = detail[: MAX_DETAIL // 2], detail[-MAX_DETAIL // 3 :]
    return f"{head} … {tail}"


def _auth_message(detail: str) -> str:
    if "not valid" in detail:
        return "The token is unknown or was revoked."
    return "Send the header 'Authorization: bearer TOKEN'."


def _on_undecodable(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    # connexion 3.3 decodes JSON bodies as UTF-8 without guarding against bad bytes.
    detail = "The body is not valid UTF-8 JSON."
    return json_response(400, error_body(400, CONTRACT_MESSAGE, [detail]))


def _on_crash(request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    # connexion calls handlers outside the `except` block: pass the exception on, or
    # the log says `NoneType: None` instead of the traceback.
    log.error(
        "mock server bug while answering %s %s", request.method, request.url.path, exc_info=exc
    )
    return json_response(500, {"error": "server_error", "message": "The mock server failed."})


def install(app: AsyncApp) -> None:
    """Register the handlers on a connexion app."""
    app.add_error_handler(MockError, _on_mock_error)
    app.add_error_handler(ProblemException, _on_http_error)
    app.add_error_handler(HTTPException, _on_http_error)
    app.add_error_handler(UnicodeDecodeError, _on_undecodable)
    app.add_error_handler(Exception, _on_crash)
