"""What the generated resource classes call: send one operation, return its success model.

The transports under the httpx clients have already raised a ``TracksaleError`` for every
non-2xx answer, so what reaches ``finish`` is a success; its body is parsed by the
operation's own generated ``_build_response``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from types import ModuleType
from typing import Any

import httpx

from tracksale_client._decoding import gc_paused
from tracksale_client._errors import TracksaleError
from tracksale_client._windows import Windows, awindow_rows, window_rows
from tracksale_client._wire import build_body, operation_arguments
from tracksale_generated import Client
from tracksale_generated.models.api_error import ApiError
from tracksale_generated.types import RawResponse

DEFAULT_PAGE_LIMIT = 1000
MIN_PAGE_LIMIT = 100
MAX_PAGE_LIMIT = 10_000


def request_kwargs(
    operation: ModuleType, path: tuple[Any, ...], query: dict[str, Any], body: Any
) -> dict[str, Any]:
    """The httpx request arguments of ``operation`` for natural argument values."""
    positional, keywords = operation_arguments(operation._get_kwargs, path, query)
    if isinstance(body, tuple):
        keywords["body"] = build_body(*body)
    elif body is not None:
        keywords["body"] = body
    kwargs: dict[str, Any] = operation._get_kwargs(*positional, **keywords)
    return kwargs


def finish(operation: ModuleType, client: Client, response: httpx.Response) -> RawResponse[Any]:
    """The success model of ``response`` with its status, headers and request id."""
    with gc_paused():  # a report holds up to 10,000 rows; see ``_decoding``
        parsed = operation._build_response(client=client, response=response).parsed
    if parsed is None or isinstance(parsed, ApiError):
        request = response.request
        raise TracksaleError(
            f"{request.method} {request.url.path} -> {response.status_code}: "
            "an answer the contract does not describe",
            status_code=response.status_code,
            request_id=response.headers.get("X-Request-Id"),
            method=request.method,
            path=request.url.path,
        )
    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        request_id=response.headers.get("X-Request-Id"),
        parsed=parsed,
        http_response=response,
    )


def page_size(query: dict[str, Any]) -> int:
    """The ``limit`` of a paged iteration, within the contract's bounds."""
    limit = query.get("limit")
    limit = DEFAULT_PAGE_LIMIT if limit is None else limit
    if not MIN_PAGE_LIMIT <= limit <= MAX_PAGE_LIMIT:
        raise ValueError(f"limit must be between {MIN_PAGE_LIMIT} and {MAX_PAGE_LIMIT}")
    return int(limit)


class SyncInvoker:
    """Sends resource-method requests on one generated ``Client`` (its sync pool)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def call(
        self, operation: ModuleType, path: tuple[Any, ...], query: dict[str, Any], body: Any
    ) -> RawResponse[Any]:
        kwargs = request_kwargs(operation, path, query, body)
        response = self._client.get_httpx_client().request(**kwargs)
        return finish(operation, self._client, response)

    def pages(
        self, operation: ModuleType, path: tuple[Any, ...], query: dict[str, Any], body: Any
    ) -> Iterator[Any]:
        limit = page_size(query)
        request_kwargs(operation, path, {**query, "limit": limit}, body)  # bad input fails now
        return self._rows(operation, path, {**query, "limit": limit}, body, limit)

    def _rows(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        body: Any,
        limit: int,
    ) -> Iterator[Any]:
        page = 1
        while True:
            rows = self.call(operation, path, {**query, "page": page}, body).parsed.data
            yield from rows
            if len(rows) < limit:
                return
            page += 1

    def windows(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        period: tuple[Any, Any],
        window: timedelta,
        oldest_first: bool,
    ) -> Iterator[Any]:
        windows = Windows.of(*period, window)
        first = next(windows.queries(query, oldest_first=oldest_first))
        request_kwargs(operation, path, first, None)  # bad input fails now

        def fetch(window_query: dict[str, Any]) -> Any:
            return self.call(operation, path, window_query, None).parsed

        return window_rows(windows, query, fetch, oldest_first=oldest_first)


class AsyncInvoker:
    """The async twin of ``SyncInvoker`` (its async pool)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def call(
        self, operation: ModuleType, path: tuple[Any, ...], query: dict[str, Any], body: Any
    ) -> RawResponse[Any]:
        kwargs = request_kwargs(operation, path, query, body)
        response = await self._client.get_async_httpx_client().request(**kwargs)
        return finish(operation, self._client, response)

    def pages(
        self, operation: ModuleType, path: tuple[Any, ...], query: dict[str, Any], body: Any
    ) -> AsyncIterator[Any]:
        limit = page_size(query)
        request_kwargs(operation, path, {**query, "limit": limit}, body)  # bad input fails now
        return self._rows(operation, path, {**query, "limit": limit}, body, limit)

    async def _rows(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        body: Any,
        limit: int,
    ) -> AsyncIterator[Any]:
        page = 1
        while True:
            raw = await self.call(operation, path, {**query, "page": page}, body)
            for row in raw.parsed.data:
                yield row
            if len(raw.parsed.data) < limit:
                return
            page += 1

    def windows(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        period: tuple[Any, Any],
        window: timedelta,
        oldest_first: bool,
    ) -> AsyncIterator[Any]:
        windows = Windows.of(*period, window)
        first = next(windows.queries(query, oldest_first=oldest_first))
        request_kwargs(operation, path, first, None)  # bad input fails now

        async def fetch(window_query: dict[str, Any]) -> Any:
            return (await self.call(operation, path, window_query, None)).parsed

        return awindow_rows(windows, query, fetch, oldest_first=oldest_first)
