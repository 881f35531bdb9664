"""Typed exceptions raised for every failed request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

Redactor = Callable[[str], str]
T = TypeVar("T")


class TracksaleError(Exception):
    """Base of every error of this package.

    ``status_code`` is None when no HTTP answer was received; ``body`` is the parsed
    ``Error`` JSON object of the answer, when it had one; ``request_id`` comes from the
    ``X-Request-Id`` header. ``str(error)`` reads
    ``GET /v2/report/answer -> 400 invalid_request: <message>; <details> (request id ...)``.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: dict[str, Any] | None = None,
        request_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.method = method
        self.path = path

    @property
    def details(self) -> list[str]:
        """The body's ``details``: each problem found in the request (400)."""
        details = self.body.get("details") if self.body else None
        return [d for d in details if isinstance(d, str)] if isinstance(details, list) else []

    @property
    def error_code(self) -> str | None:
        """The body's machine-readable ``error`` (``not_found``, ``captcha_required``...)."""
        code = self.body.get("error") if self.body else None
        return code if isinstance(code, str) else None


class InvalidRequestError(TracksaleError):
    """400, or another 4xx without a more specific class: the request broke the contract."""


class AuthenticationError(TracksaleError):
    """401 or 403: the token is missing, malformed, unknown or revoked."""


class NotFoundError(TracksaleError):
    """404: the campaign, lot, answer or widget does not exist."""


class MethodNotAllowedError(TracksaleError):
    """405 for a wrong HTTP method (``error`` is not ``captcha_required``)."""


class ThrottledError(TracksaleError):
    """405 ``captcha_required``: the token went over its quota and is locked.

    A person must solve the CAPTCHA at ``captcha_url`` (or wait ``retry_after``
    seconds for the window to free capacity). Never retried automatically.
    """

    def __init__(
        self,
        message: str,
        *,
        captcha_id: str | None = None,
        captcha_url: str | None = None,
        retry_after: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.captcha_id = captcha_id
        self.captcha_url = captcha_url
        self.retry_after = retry_after


class ServerError(TracksaleError):
    """5xx: the service failed; idempotent requests were already retried."""


class TransportError(TracksaleError):
    """No HTTP answer was received; idempotent requests were already retried."""


class ConnectionFailedError(TransportError):
    """The connection could not be made, or broke before an answer arrived."""


class RequestTimeoutError(TransportError):
    """Connecting, sending or reading took longer than the configured timeout."""


class ChunkedRequestError(TracksaleError):
    """A chunk of a chunked request failed; the chunks before it were accepted.

    ``accepted_chunks`` chunks (``accepted_items`` items) went through and their
    replies are in ``results``; ``error`` (also ``__cause__``) is why the next one
    failed. Nothing was retried: resume from item ``accepted_items`` if appropriate.
    """

    def __init__(self, error: TracksaleError, *, results: list[Any], accepted_items: int) -> None:
        super().__init__(
            f"chunk {len(results) + 1} failed after {len(results)} accepted chunk(s) "
            f"({accepted_items} item(s)): {error.message}",
            status_code=error.status_code,
            body=error.body,
            request_id=error.request_id,
            method=error.method,
            path=error.path,
        )
        self.error = error
        self.results = results
        self.accepted_chunks = len(results)
        self.accepted_items = accepted_items


def _redact_value(value: Any, redact: Redactor) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_value(item, redact) for item in value]
    if isinstance(value, dict):
        return {key: _redact_value(item, redact) for key, item in value.items()}
    return value


def _json_object(response: httpx.Response, redact: Redactor) -> dict[str, Any] | None:
    try:
        data = response.json()
    except ValueError:
        return None
    return _redact_value(data, redact) if isinstance(data, dict) else None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def error_from_response(response: httpx.Response, redact: Redactor) -> TracksaleError:
    """The typed error for a non-2xx ``response`` whose body has been read."""
    request = response.request
    status = response.status_code
    body = _json_object(response, redact)
    raw_request_id = response.headers.get("X-Request-Id")
    request_id = redact(raw_request_id) if raw_request_id is not None else None
    code = _str_or_none(body.get("error")) if body else None
    text = _str_or_none(body.get("message")) if body else None
    if text is None:
        text = response.reason_phrase or "no error body"
    summary = f"{request.method} {request.url.path} -> {status}"
    summary += f" {code}: {text}" if code else f": {text}"
    details = body.get("details") if body else None
    if isinstance(details, list) and details:
        summary += "; " + "; ".join(str(detail) for detail in details)
    common: dict[str, Any] = {
        "status_code": status,
        "body": body,
        "request_id": request_id,
        "method": request.method,
        "path": request.url.path,
    }

    def message(extra: str = "") -> str:
        tail = f" (request id {request_id})" if request_id else ""
        return redact(summary + extra + tail)

    if status == 405 and (code == "captcha_required" or "X-Captcha" in response.headers):
        captcha = body.get("captcha") if body else None
        captcha = captcha if isinstance(captcha, dict) else {}
        captcha_id = _str_or_none(captcha.get("id")) or response.headers.get("X-Captcha")
        captcha_url = _str_or_none(captcha.get("url"))
        header_wait = parse_retry_after(response.headers.get("Retry-After"))
        retry_after = int(header_wait) if header_wait is not None else None
        if retry_after is None and body:
            retry_after = _int_or_none(body.get("retry_after"))
        hints = [f"solve CAPTCHA {captcha_id or '(no id)'} at {captcha_url or '(no url)'}"]
        if retry_after is not None:
            hints.append(f"wait {retry_after} s")
        extra = "; " + " or ".join(hints)
        return ThrottledError(
            message(extra),
            captcha_id=captcha_id,
            captcha_url=captcha_url,
            retry_after=retry_after,
            **common,
        )
    kind: type[TracksaleError]
    if status in (401, 403):
        kind = AuthenticationError
    elif status == 404:
        kind = NotFoundError
    elif status == 405:
        kind = MethodNotAllowedError
    elif 400 <= status < 500:
        kind = InvalidRequestError
    elif status >= 500:
        kind = ServerError
    else:
        kind = TracksaleError
    return kind(message(), **common)


def error_from_exception(
    exc: httpx.TransportError, request: httpx.Request, redact: Redactor
) -> TransportError:
    """The typed error for an httpx transport failure while sending ``request``."""
    kind = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else ConnectionFailedError
    detail = str(exc) or type(exc).__name__
    text = f"{request.method} {request.url.path} failed: {type(exc).__name__}: {detail}"
    return kind(redact(text), method=request.method, path=request.url.path)


def expect_reply(result: object, kind: type[T]) -> T:
    """``result`` if it is a ``kind``: the transport already raised for every error answer,
    so anything else is a 2xx the contract does not describe."""
    if not isinstance(result, kind):
        raise TracksaleError(f"expected a {kind.__name__} reply, got {type(result).__name__}")
    return result
