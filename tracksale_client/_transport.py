"""httpx transports that route, pace, retry and raise typed errors around a real transport.

All behaviour sits here, under the ``httpx.Client``/``httpx.AsyncClient`` that the
generated ``Client`` uses, so the generated operation functions work unchanged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import anyio
import httpx

from tracksale_client._errors import (
    Redactor,
    ServerError,
    TracksaleError,
    error_from_exception,
    error_from_response,
    parse_retry_after,
)
from tracksale_client._hosts import route_to_production_host
from tracksale_client._pacing import Pacer
from tracksale_client._retries import IDEMPOTENT_METHODS, RetryPolicy

logger = logging.getLogger("tracksale_client")

#: Request extension through which ``Tracksale.with_options(max_retries=...)`` overrides
#: the retry policy of the requests sent by that copy.
RETRY_POLICY_EXTENSION = "tracksale.retry_policy"


@dataclass(frozen=True)
class Runtime:
    """What the sync and async transports share."""

    route_hosts: bool
    pacer: Pacer | None
    retries: RetryPolicy
    retry_posts: Callable[[], bool]
    redact: Redactor

    def prepare(self, request: httpx.Request) -> bool:
        """Route ``request``; return whether it may be sent more than once."""
        if self.route_hosts:
            route_to_production_host(request)
        return request.method in IDEMPOTENT_METHODS or self.retry_posts()

    def policy(self, request: httpx.Request) -> RetryPolicy:
        """The retry policy of ``request``: its copy's override, else the client's."""
        policy = request.extensions.get(RETRY_POLICY_EXTENSION)
        return policy if isinstance(policy, RetryPolicy) else self.retries

    def judge_exception(
        self, request: httpx.Request, exc: httpx.TransportError, attempt: int, may_retry: bool
    ) -> tuple[TracksaleError, float | None]:
        """The error for a failed exchange and the delay before retrying (None: raise)."""
        delay = self.policy(request).delay(attempt) if may_retry else None
        return error_from_exception(exc, request, self.redact), delay

    def judge_response(
        self, response: httpx.Response, attempt: int, may_retry: bool
    ) -> tuple[TracksaleError, float | None]:
        """The error for a non-2xx answer (body read) and the delay before retrying."""
        error = error_from_response(response, self.redact)
        delay = None
        if may_retry and isinstance(error, ServerError):
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            delay = self.policy(response.request).delay(attempt, retry_after)
        return error, delay

    def log(
        self,
        request: httpx.Request,
        outcome: int | str,
        attempt: int,
        waited: float,
        delay: float | None = None,
    ) -> None:
        """One debug line per exchange: never headers, never the query string."""
        if not logger.isEnabledFor(logging.DEBUG):
            return
        retry = f", retrying in {delay:.3f} s" if delay is not None else ""
        logger.debug(
            "%s %s -> %s (attempt %d, paced %.3f s%s)",
            request.method,
            request.url.path,
            self.redact(str(outcome)),
            attempt,
            waited,
            retry,
        )


class RuntimeTransport(httpx.BaseTransport):
    """Synchronous transport: pacing blocks the calling thread."""

    def __init__(self, inner: httpx.BaseTransport, runtime: Runtime) -> None:
        self._inner = inner
        self._runtime = runtime

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        runtime = self._runtime
        may_retry = runtime.prepare(request)
        if may_retry:
            request.read()  # a retry must be able to send the body again
        attempt = 0
        while True:
            attempt += 1
            pacer = runtime.pacer
            waited = pacer.acquire() if pacer else 0.0
            sent = pacer.now() if pacer else 0.0
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                if pacer:
                    pacer.answered(sent)
                error, delay = runtime.judge_exception(request, exc, attempt, may_retry)
                runtime.log(request, type(exc).__name__, attempt, waited, delay)
                if delay is None:
                    raise error from exc
                time.sleep(delay)
                continue
            if pacer:
                pacer.answered(sent)
            response.request = request
            if response.is_success:
                runtime.log(request, response.status_code, attempt, waited)
                return response
            try:
                response.read()
            finally:
                response.close()
            error, delay = runtime.judge_response(response, attempt, may_retry)
            runtime.log(request, response.status_code, attempt, waited, delay)
            if delay is None:
                raise error
            time.sleep(delay)

    def close(self) -> None:
        self._inner.close()


class AsyncRuntimeTransport(httpx.AsyncBaseTransport):
    """Asynchronous transport: pacing and backoff await without blocking the loop."""

    def __init__(self, inner: httpx.AsyncBaseTransport, runtime: Runtime) -> None:
        self._inner = inner
        self._runtime = runtime

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        runtime = self._runtime
        may_retry = runtime.prepare(request)
        if may_retry:
            await request.aread()
        attempt = 0
        while True:
            attempt += 1
            pacer = runtime.pacer
            waited = await pacer.aacquire() if pacer else 0.0
            sent = pacer.now() if pacer else 0.0
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                if pacer:
                    pacer.answered(sent)
                error, delay = runtime.judge_exception(request, exc, attempt, may_retry)
                runtime.log(request, type(exc).__name__, attempt, waited, delay)
                if delay is None:
                    raise error from exc
                await anyio.sleep(delay)
                continue
            if pacer:
                pacer.answered(sent)
            response.request = request
            if response.is_success:
                runtime.log(request, response.status_code, attempt, waited)
                return response
            try:
                await response.aread()
            finally:
                await response.aclose()
            error, delay = runtime.judge_response(response, attempt, may_retry)
            runtime.log(request, response.status_code, attempt, waited, delay)
            if delay is None:
                raise error
            await anyio.sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()


class MissingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for the flavour (sync or async) that a test did not provide."""

    def __init__(self, flavour: str) -> None:
        self._flavour = flavour

    def _fail(self) -> httpx.Response:
        raise RuntimeError(f"no {self._flavour} transport was given to Tracksale")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._fail()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._fail()
