"""``Tracksale``: builds the generated ``Client`` on top of the runtime transports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from types import TracebackType
from typing import Any, Self

import httpx

from tracksale_client._auth import BearerAuth
from tracksale_client._chunking import MAX_CUSTOMERS_PER_REQUEST, asend_chunks, send_chunks
from tracksale_client._hosts import V2_HOST
from tracksale_client._pacing import DEFAULT_QUOTA, Pacer, Quota, shared_pacer
from tracksale_client._paging import (
    ResponseBuilder,
    aiter_pages,
    check_limit,
    codes_param,
    date_param,
    flag_param,
    iter_pages,
    parse_page,
)
from tracksale_client._retries import RetryPolicy
from tracksale_client._transport import (
    AsyncRuntimeTransport,
    MissingTransport,
    Runtime,
    RuntimeTransport,
)
from tracksale_generated import Client
from tracksale_generated.api.campaigns import create_survey_links
from tracksale_generated.api.dispatches import dispatch_customers
from tracksale_generated.api.reports import get_paged_dispatch_lot, list_paged_dispatches
from tracksale_generated.models.customer import Customer
from tracksale_generated.models.dispatch_request import DispatchRequest
from tracksale_generated.models.dispatch_response import DispatchResponse
from tracksale_generated.models.paged_dispatch_row import PagedDispatchRow
from tracksale_generated.models.survey_links_request import SurveyLinksRequest
from tracksale_generated.models.survey_links_response import SurveyLinksResponse
from tracksale_generated.types import UNSET

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_RETRIES = RetryPolicy()
DEFAULT_PAGE_LIMIT = 1000


def _inner_transports(
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    proxy: str | httpx.Proxy | None,
) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]:
    """The transports that really send: the network unless tests provide others."""
    if transport is None and async_transport is None:
        return httpx.HTTPTransport(proxy=proxy), httpx.AsyncHTTPTransport(proxy=proxy)
    if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
        async_transport = transport
    if transport is None and isinstance(async_transport, httpx.BaseTransport):
        transport = async_transport
    return transport or MissingTransport("sync"), async_transport or MissingTransport("async")


class Tracksale:
    """The Tracksale API v2 through the generated client, with the runtime behaviour added.

    Call any generated operation with ``client=api.client`` (``sync``, ``asyncio`` and
    their ``_detailed`` forms); every non-2xx answer raises a ``TracksaleError``.

    * Without ``base_url`` requests go to ``https://api.tracksale.co``, except the
      paged dispatch report, which goes to ``https://apiv3.track.co``; with it (the
      mock server, a gateway) every request goes to ``base_url``.
    * ``pacing`` keeps requests within ``quota``: ``True`` shares one pacer among all
      ``Tracksale`` objects of this process using the same token and quota, a
      ``Pacer`` is used as given, ``False`` disables pacing.
    * ``retries`` applies to GET requests only; see ``retrying_posts``.
    * ``transport``/``async_transport`` replace the network (tests); an object that is
      both kinds, such as ``httpx.MockTransport``, serves both clients.
    * ``proxy`` is an outgoing HTTP proxy; the ``HTTP(S)_PROXY`` variables are not read
      (httpx ignores them once it is given a transport, as here).

    The token is only ever written into the ``Authorization`` header: reprs, log
    records (logger ``tracksale_client``, DEBUG, one line per exchange) and error
    messages never contain it.
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str | None = None,
        quota: Quota = DEFAULT_QUOTA,
        pacing: bool | Pacer = True,
        retries: RetryPolicy = DEFAULT_RETRIES,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | httpx.Proxy | None = None,
    ) -> None:
        auth = BearerAuth(token)
        if isinstance(pacing, Pacer):
            self._pacer: Pacer | None = pacing
        else:
            self._pacer = shared_pacer(token, quota) if pacing else None
        self._retries = retries
        self._base_url = base_url
        self._retry_posts: ContextVar[bool] = ContextVar("tracksale_retry_posts", default=False)
        runtime = Runtime(
            route_hosts=base_url is None,
            pacer=self._pacer,
            retries=retries,
            retry_posts=self._retry_posts.get,
            redact=auth.redact,
        )
        inner, async_inner = _inner_transports(transport, async_transport, proxy)
        root = base_url or V2_HOST
        http = httpx.Client(
            base_url=root, auth=auth, timeout=timeout, transport=RuntimeTransport(inner, runtime)
        )
        async_http = httpx.AsyncClient(
            base_url=root,
            auth=auth,
            timeout=timeout,
            transport=AsyncRuntimeTransport(async_inner, runtime),
        )
        self._client = Client(base_url=root, timeout=timeout)
        self._client.set_httpx_client(http).set_async_httpx_client(async_http)

    @property
    def client(self) -> Client:
        """The generated client to pass as ``client=`` to generated operations."""
        return self._client

    @property
    def base_url(self) -> str | None:
        """Where every request goes, or None for the two production hosts."""
        return self._base_url

    @property
    def pacer(self) -> Pacer | None:
        """The pacer every request goes through, or None when pacing is off."""
        return self._pacer

    @property
    def retries(self) -> RetryPolicy:
        """The retry policy of idempotent requests."""
        return self._retries

    @contextmanager
    def retrying_posts(self) -> Iterator[None]:
        """Allow retries of POSTs sent by this thread or task inside the ``with`` block.

        Only for requests that are safe to repeat: a retried dispatch or answer
        insertion may survey a customer twice. The switch lives in a context
        variable, so other threads are unaffected, and tasks started inside the block
        inherit it.
        """
        reset = self._retry_posts.set(True)
        try:
            yield
        finally:
            self._retry_posts.reset(reset)

    def iter_paged_dispatches(
        self,
        *,
        start: str | date | None = None,
        end: str | date | None = None,
        codes: str | Iterable[int] | None = None,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> Iterator[PagedDispatchRow]:
        """Every row of the paged dispatch report, ``limit`` rows per request.

        Pages are fetched lazily, one after the other, until a page holds fewer
        than ``limit`` rows. Dates are ``YYYY-MM-DD`` strings, dates or naive datetimes.
        """
        request, limit = _report_pages(start, end, codes, channel, tags, limit)
        return self._pages(request, list_paged_dispatches._build_response, limit)

    def aiter_paged_dispatches(
        self,
        *,
        start: str | date | None = None,
        end: str | date | None = None,
        codes: str | Iterable[int] | None = None,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> AsyncIterator[PagedDispatchRow]:
        """Async twin of ``iter_paged_dispatches`` (use with ``async for``)."""
        request, limit = _report_pages(start, end, codes, channel, tags, limit)
        return self._apages(request, list_paged_dispatches._build_response, limit)

    def iter_paged_dispatch_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> Iterator[PagedDispatchRow]:
        """Every row of one lot of the paged dispatch report, ``limit`` rows per request."""
        request, limit = _lot_pages(dispatch_code, channel, tags, limit)
        return self._pages(request, get_paged_dispatch_lot._build_response, limit)

    def aiter_paged_dispatch_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> AsyncIterator[PagedDispatchRow]:
        """Async twin of ``iter_paged_dispatch_lot``."""
        request, limit = _lot_pages(dispatch_code, channel, tags, limit)
        return self._apages(request, get_paged_dispatch_lot._build_response, limit)

    def _pages(
        self, request: PageRequest, build: ResponseBuilder, limit: int
    ) -> Iterator[PagedDispatchRow]:
        """Send each page's request on the sync client and parse it with ``build``."""

        def fetch(page: int) -> object:
            response = self._client.get_httpx_client().request(**request(page))
            return parse_page(build, self._client, response)

        return iter_pages(fetch, limit)

    def _apages(
        self, request: PageRequest, build: ResponseBuilder, limit: int
    ) -> AsyncIterator[PagedDispatchRow]:
        """Async twin of ``_pages``."""

        async def fetch(page: int) -> object:
            response = await self._client.get_async_httpx_client().request(**request(page))
            return parse_page(build, self._client, response)

        return aiter_pages(fetch, limit)

    def dispatch_in_chunks(
        self,
        campaign_code: int,
        customers: Iterable[Customer],
        *,
        schedule_time: int | None = None,
        get_not_inserted: bool = False,
        size: int = MAX_CUSTOMERS_PER_REQUEST,
    ) -> list[DispatchResponse]:
        """Dispatch ``customers`` in requests of at most ``size`` (500), one reply each.

        Chunks are sent in order and never retried (unless inside ``retrying_posts``);
        the first failure raises ``ChunkedRequestError`` telling how many chunks and
        customers were accepted before it.
        """

        def send(chunk: list[Customer]) -> object:
            return dispatch_customers.sync(
                campaign_code,
                client=self._client,
                body=_dispatch_body(chunk, schedule_time),
                get_not_inserted=flag_param(get_not_inserted),
            )

        return send_chunks(customers, size, send, DispatchResponse)

    async def adispatch_in_chunks(
        self,
        campaign_code: int,
        customers: Iterable[Customer],
        *,
        schedule_time: int | None = None,
        get_not_inserted: bool = False,
        size: int = MAX_CUSTOMERS_PER_REQUEST,
    ) -> list[DispatchResponse]:
        """Async twin of ``dispatch_in_chunks``."""

        async def send(chunk: list[Customer]) -> object:
            return await dispatch_customers.asyncio(
                campaign_code,
                client=self._client,
                body=_dispatch_body(chunk, schedule_time),
                get_not_inserted=flag_param(get_not_inserted),
            )

        return await asend_chunks(customers, size, send, DispatchResponse)

    def create_survey_links_in_chunks(
        self,
        campaign_code: int,
        customers: Iterable[Customer],
        *,
        size: int = MAX_CUSTOMERS_PER_REQUEST,
    ) -> list[SurveyLinksResponse]:
        """Create survey links in requests of at most ``size`` (500) customers.

        Same ordering and failure rules as ``dispatch_in_chunks``.
        """

        def send(chunk: list[Customer]) -> object:
            return create_survey_links.sync(
                campaign_code, client=self._client, body=SurveyLinksRequest(customers=chunk)
            )

        return send_chunks(customers, size, send, SurveyLinksResponse)

    async def acreate_survey_links_in_chunks(
        self,
        campaign_code: int,
        customers: Iterable[Customer],
        *,
        size: int = MAX_CUSTOMERS_PER_REQUEST,
    ) -> list[SurveyLinksResponse]:
        """Async twin of ``create_survey_links_in_chunks``."""

        async def send(chunk: list[Customer]) -> object:
            return await create_survey_links.asyncio(
                campaign_code, client=self._client, body=SurveyLinksRequest(customers=chunk)
            )

        return await asend_chunks(customers, size, send, SurveyLinksResponse)

    def close(self) -> None:
        """Close the synchronous connection pool."""
        self._client.get_httpx_client().close()

    async def aclose(self) -> None:
        """Close both connection pools."""
        await self._client.get_async_httpx_client().aclose()
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        hosts = repr(self.base_url) if self.base_url else "production hosts"
        return f"Tracksale({hosts}, pacer={self.pacer!r}, retries={self.retries!r})"


PageRequest = Callable[[int], dict[str, Any]]


def _report_pages(
    start: str | date | None,
    end: str | date | None,
    codes: str | Iterable[int] | None,
    channel: bool,
    tags: bool,
    limit: int,
) -> tuple[PageRequest, int]:
    """The request of each page of the paged report, and the checked page size."""
    first, last, campaigns = date_param(start), date_param(end), codes_param(codes)
    with_channel, with_tags, size = flag_param(channel), flag_param(tags), check_limit(limit)

    def request(page: int) -> dict[str, Any]:
        return list_paged_dispatches._get_kwargs(
            start=first,
            end=last,
            codes=campaigns,
            channel=with_channel,
            tags=with_tags,
            page=page,
            limit=size,
        )

    return request, size


def _lot_pages(
    dispatch_code: str, channel: bool, tags: bool, limit: int
) -> tuple[PageRequest, int]:
    """The request of each page of one lot's paged report, and the checked page size."""
    with_channel, with_tags, size = flag_param(channel), flag_param(tags), check_limit(limit)

    def request(page: int) -> dict[str, Any]:
        return get_paged_dispatch_lot._get_kwargs(
            dispatch_code, channel=with_channel, tags=with_tags, page=page, limit=size
        )

    return request, size


def _dispatch_body(customers: list[Customer], schedule_time: int | None) -> DispatchRequest:
    return DispatchRequest(
        customers=customers, schedule_time=UNSET if schedule_time is None else schedule_time
    )
