"""Per-client options over one shared connection pool (``Tracksale.with_options``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import httpx

from tracksale_client._auth import BearerAuth
from tracksale_client._retries import RetryPolicy
from tracksale_client._transport import (
    RETRY_POLICY_EXTENSION,
    AsyncRuntimeTransport,
    Runtime,
    RuntimeTransport,
)
from tracksale_generated import Client

if TYPE_CHECKING:
    from tracksale_client._api import BaseTracksale


@dataclass(frozen=True)
class Connection:
    """What a client and every copy made by ``with_options`` share: the pools (inside the
    runtime transports), the token, the pacer and the retry switch for POSTs."""

    root: str
    auth: BearerAuth
    runtime: Runtime
    transport: RuntimeTransport
    async_transport: AsyncRuntimeTransport


@dataclass(frozen=True)
class Options:
    """The settings a copy may change."""

    timeout: httpx.Timeout
    headers: dict[str, str]
    retries: RetryPolicy | None  # None: the client's policy

    def merged(
        self,
        timeout: float | httpx.Timeout | None,
        headers: dict[str, str] | None,
        max_retries: int | RetryPolicy | None,
        base: RetryPolicy,
    ) -> Options:
        """These options with the given ones applied on top."""
        retries = self.retries
        if isinstance(max_retries, RetryPolicy):
            retries = max_retries
        elif max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            retries = replace(retries or base, attempts=max_retries + 1)
        return Options(
            timeout=self.timeout if timeout is None else httpx.Timeout(timeout),
            headers={**self.headers, **(headers or {})},
            retries=retries,
        )


class _Borrowed(httpx.BaseTransport):
    """A copy's view of the shared sync transport: sets its retry policy, closes nothing."""

    def __init__(self, inner: RuntimeTransport, retries: RetryPolicy | None, owner: bool) -> None:
        self._inner, self._retries, self._owner = inner, retries, owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._retries is not None:
            request.extensions[RETRY_POLICY_EXTENSION] = self._retries
        return self._inner.handle_request(request)

    def close(self) -> None:
        if self._owner:
            self._inner.close()


class _AsyncBorrowed(httpx.AsyncBaseTransport):
    """The async twin of ``_Borrowed``."""

    def __init__(
        self, inner: AsyncRuntimeTransport, retries: RetryPolicy | None, owner: bool
    ) -> None:
        self._inner, self._retries, self._owner = inner, retries, owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._retries is not None:
            request.extensions[RETRY_POLICY_EXTENSION] = self._retries
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        if self._owner:
            await self._inner.aclose()


class RuntimeClient(Client):
    """The generated ``Client`` of a ``Tracksale``, for the low-level generated functions.

    Its ``with_headers`` and ``with_timeout`` return the generated client of
    ``with_options(headers=...)``/``with_options(timeout=...)``: auth, pacing, typed
    errors and retries stay, the pool is shared and this client is left unchanged.
    """

    _owner: BaseTracksale

    def with_headers(self, headers: dict[str, str]) -> Client:
        return self._owner.with_options(headers=headers).client

    def with_timeout(self, timeout: httpx.Timeout) -> Client:
        return self._owner.with_options(timeout=timeout).client

    def with_cookies(self, cookies: dict[str, str]) -> Client:
        raise TypeError("the Tracksale API uses no cookies; see Tracksale.with_options")


def build_client(
    owner: BaseTracksale, connection: Connection, options: Options, *, owns_pool: bool
) -> RuntimeClient:
    """A generated client whose httpx clients use ``options`` over the shared pool."""
    common: dict[str, Any] = {
        "base_url": connection.root,
        "auth": connection.auth,
        "timeout": options.timeout,
        "headers": options.headers,
    }
    http = httpx.Client(
        transport=_Borrowed(connection.transport, options.retries, owns_pool), **common
    )
    async_http = httpx.AsyncClient(
        transport=_AsyncBorrowed(connection.async_transport, options.retries, owns_pool),
        **common,
    )
    client = RuntimeClient(base_url=connection.root, timeout=options.timeout)
    client._owner = owner
    client.set_httpx_client(http).set_async_httpx_client(async_http)
    return client
