"""``Tracksale`` and ``AsyncTracksale``: the generated resources on top of the runtime."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from types import TracebackType
from typing import Self

import httpx

from tracksale_client._auth import BearerAuth
from tracksale_client._chunking import MAX_CUSTOMERS_PER_REQUEST, asend_chunks, send_chunks
from tracksale_client._hosts import V2_HOST
from tracksale_client._invoker import DEFAULT_PAGE_LIMIT, AsyncInvoker, SyncInvoker
from tracksale_client._options import Connection, Options, RuntimeClient, build_client
from tracksale_client._pacing import DEFAULT_QUOTA, Pacer, Quota, shared_pacer
from tracksale_client._retries import RetryPolicy
from tracksale_client._transport import (
    AsyncRuntimeTransport,
    MissingTransport,
    Runtime,
    RuntimeTransport,
)
from tracksale_generated import Client
from tracksale_generated.api import AsyncResources, Resources
from tracksale_generated.api.campaigns import AsyncCampaigns, Campaigns
from tracksale_generated.api.dispatches import AsyncDispatches, Dispatches
from tracksale_generated.api.reports import AsyncReports
from tracksale_generated.models.customer import Customer
from tracksale_generated.models.dispatch_response import DispatchResponse
from tracksale_generated.models.paged_dispatch_row import PagedDispatchRow
from tracksale_generated.models.survey_links_response import SurveyLinksResponse
from tracksale_generated.types import CodesInput, DateInput

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_RETRIES = RetryPolicy()


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


class BaseTracksale:
    """What ``Tracksale`` and ``AsyncTracksale`` share: construction, options, lifecycle.

    * Without ``base_url`` requests go to ``https://api.tracksale.co``, except the
      paged dispatch report, which goes to ``https://apiv3.track.co``; with it (the
      mock server, a gateway) every request goes to ``base_url``.
    * ``pacing`` keeps requests within ``quota``: ``True`` shares one pacer among all
      clients of this process using the same token and quota, a ``Pacer`` is used as
      given, ``False`` disables pacing.
    * ``retries`` applies to GET requests only; see ``retrying_posts``.
    * ``transport``/``async_transport`` replace the network (tests); an object that is
      both kinds, such as ``httpx.MockTransport``, serves both.
    * ``proxy`` is an outgoing HTTP proxy; the ``HTTP(S)_PROXY`` variables are not read.

    The token is only ever written into the ``Authorization`` header: reprs, log
    records (logger ``tracksale_client``, DEBUG, one line per exchange) and error
    messages never contain it.
    """

    _connection: Connection
    _options: Options
    _client: RuntimeClient
    _retry_posts: ContextVar[bool]
    _pacer: Pacer | None
    _base_url: str | None
    _retries: RetryPolicy

    def __init__(
        self,
        token: str,
        *,
        base_url: str | None = None,
        quota: Quota = DEFAULT_QUOTA,
        pacing: bool | Pacer = True,
        retries: RetryPolicy = DEFAULT_RETRIES,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | httpx.Proxy | None = None,
    ) -> None:
        auth = BearerAuth(token)
        if isinstance(pacing, Pacer):
            pacer: Pacer | None = pacing
        else:
            pacer = shared_pacer(token, quota) if pacing else None
        retry_posts: ContextVar[bool] = ContextVar("tracksale_retry_posts", default=False)
        runtime = Runtime(
            route_hosts=base_url is None,
            pacer=pacer,
            retries=retries,
            retry_posts=retry_posts.get,
            redact=auth.redact,
        )
        inner, async_inner = _inner_transports(transport, async_transport, proxy)
        connection = Connection(
            root=base_url or V2_HOST,
            auth=auth,
            runtime=runtime,
            transport=RuntimeTransport(inner, runtime),
            async_transport=AsyncRuntimeTransport(async_inner, runtime),
        )
        self._retry_posts = retry_posts
        self._pacer, self._base_url, self._retries = pacer, base_url, retries
        self._setup(connection, Options(httpx.Timeout(timeout), {}, None), owns_pool=True)
        self._bind()

    def _setup(self, connection: Connection, options: Options, *, owns_pool: bool) -> None:
        self._connection, self._options = connection, options
        self._client = build_client(self, connection, options, owns_pool=owns_pool)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        headers: dict[str, str] | None = None,
        max_retries: int | RetryPolicy | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its pool, token and pacer.

        ``headers`` are added to this client's; ``timeout`` (seconds or an
        ``httpx.Timeout``) replaces its timeout; ``max_retries`` (retries after the
        first try, or a whole ``RetryPolicy``) replaces its retry policy. Typed errors,
        pacing and the POST retry rule stay. Closing the copy closes nothing; close the
        original. Example: ``api.with_options(headers={"Prefer": "code=405"})`` asks the
        mock server for its documented 405.
        """
        copy = object.__new__(type(self))
        copy.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k.startswith("_") and k != "_client"}
        )
        options = self._options.merged(timeout, headers, max_retries, self._retries)
        copy._setup(self._connection, options, owns_pool=False)
        copy._bind()
        return copy

    def _bind(self) -> None:
        """Point the resources at this object's generated client (set by subclasses)."""

    @property
    def client(self) -> Client:
        """The generated client to pass as ``client=`` to the low-level generated functions."""
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
        return self._options.retries or self._retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of every request of this client."""
        return self._options.timeout

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

    def __repr__(self) -> str:
        hosts = repr(self.base_url) if self.base_url else "production hosts"
        return f"{type(self).__name__}({hosts}, pacer={self.pacer!r}, retries={self.retries!r})"


class Tracksale(BaseTracksale, Resources):
    """The Tracksale API v2: ``api.campaigns.list()``, ``api.reports.nps(compare=True)``...

    One attribute per group of the document (``campaigns``, ``dispatches``,
    ``answers``, ``reports``, ``widgets``); each method returns the success model and
    raises a ``TracksaleError`` for any failure; ``.with_raw_response`` gives status,
    headers and request id too; ``iter_...`` methods walk paged reports lazily.
    Construction options: see ``BaseTracksale``. ``client`` serves the low-level
    generated functions (sync and async).
    """

    def _bind(self) -> None:
        self._invoker = SyncInvoker(self._client)
        self._async_invoker = AsyncInvoker(self._client)

    def iter_paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> Iterator[PagedDispatchRow]:
        """Same as ``reports.iter_paged_dispatches``."""
        return self.reports.iter_paged_dispatches(
            start=start, end=end, codes=codes, channel=channel, tags=tags, limit=limit
        )

    def aiter_paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> AsyncIterator[PagedDispatchRow]:
        """Async twin of ``iter_paged_dispatches`` (use with ``async for``)."""
        return AsyncReports(self._async_invoker).iter_paged_dispatches(
            start=start, end=end, codes=codes, channel=channel, tags=tags, limit=limit
        )

    def iter_paged_dispatch_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> Iterator[PagedDispatchRow]:
        """Same as ``reports.iter_paged_lot``."""
        return self.reports.iter_paged_lot(dispatch_code, channel=channel, tags=tags, limit=limit)

    def aiter_paged_dispatch_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        limit: int = DEFAULT_PAGE_LIMIT,
    ) -> AsyncIterator[PagedDispatchRow]:
        """Async twin of ``iter_paged_dispatch_lot``."""
        return AsyncReports(self._async_invoker).iter_paged_lot(
            dispatch_code, channel=channel, tags=tags, limit=limit
        )

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
        return _dispatch_chunks(
            self.dispatches, campaign_code, customers, schedule_time, get_not_inserted, size
        )

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
        return await _adispatch_chunks(
            AsyncDispatches(self._async_invoker),
            campaign_code,
            customers,
            schedule_time,
            get_not_inserted,
            size,
        )

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
        return _link_chunks(self.campaigns, campaign_code, customers, size)

    async def acreate_survey_links_in_chunks(
        self,
        campaign_code: int,
        customers: Iterable[Customer],
        *,
        size: int = MAX_CUSTOMERS_PER_REQUEST,
    ) -> list[SurveyLinksResponse]:
        """Async twin of ``create_survey_links_in_chunks``."""
        return await _alink_chunks(
            AsyncCampaigns(self._async_invoker), campaign_code, customers, size
        )

    def close(self) -> None:
        """Close the synchronous connection pool (copies from ``with_options`` close nothing)."""
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


class AsyncTracksale(BaseTracksale, AsyncResources):
    """The async twin of ``Tracksale``: the same attributes, methods to ``await``, and
    ``iter_...`` methods to use with ``async for``. Use ``async with`` or ``aclose``."""

    def _bind(self) -> None:
        self._invoker = AsyncInvoker(self._client)

    async def dispatch_in_chunks(
        self,
        campaign_code: int,
        customers: Iterable[Customer],
        *,
        schedule_time: int | None = None,
        get_not_inserted: bool = False,
        size: int = MAX_CUSTOMERS_PER_REQUEST,
    ) -> list[DispatchResponse]:
        """Dispatch ``customers`` in requests of at most ``size`` (500); see ``Tracksale``."""
        return await _adispatch_chunks(
            self.dispatches, campaign_code, customers, schedule_time, get_not_inserted, size
        )

    async def create_survey_links_in_chunks(
        self,
        campaign_code: int,
        customers: Iterable[Customer],
        *,
        size: int = MAX_CUSTOMERS_PER_REQUEST,
    ) -> list[SurveyLinksResponse]:
        """Create survey links in requests of at most ``size`` (500) customers."""
        return await _alink_chunks(self.campaigns, campaign_code, customers, size)

    async def aclose(self) -> None:
        """Close both connection pools (copies from ``with_options`` close nothing)."""
        await self._client.get_async_httpx_client().aclose()
        self._client.get_httpx_client().close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


def _dispatch_chunks(
    dispatches: Dispatches,
    campaign_code: int,
    customers: Iterable[Customer],
    schedule_time: int | None,
    get_not_inserted: bool,
    size: int,
) -> list[DispatchResponse]:
    def send(chunk: list[Customer]) -> object:
        return dispatches.create(
            campaign_code, chunk, schedule_time=schedule_time, get_not_inserted=get_not_inserted
        )

    return send_chunks(customers, size, send, DispatchResponse)


async def _adispatch_chunks(
    dispatches: AsyncDispatches,
    campaign_code: int,
    customers: Iterable[Customer],
    schedule_time: int | None,
    get_not_inserted: bool,
    size: int,
) -> list[DispatchResponse]:
    async def send(chunk: list[Customer]) -> object:
        return await dispatches.create(
            campaign_code, chunk, schedule_time=schedule_time, get_not_inserted=get_not_inserted
        )

    return await asend_chunks(customers, size, send, DispatchResponse)


def _link_chunks(
    campaigns: Campaigns, campaign_code: int, customers: Iterable[Customer], size: int
) -> list[SurveyLinksResponse]:
    def send(chunk: list[Customer]) -> object:
        return campaigns.create_survey_links(campaign_code, chunk)

    return send_chunks(customers, size, send, SurveyLinksResponse)


async def _alink_chunks(
    campaigns: AsyncCampaigns, campaign_code: int, customers: Iterable[Customer], size: int
) -> list[SurveyLinksResponse]:
    async def send(chunk: list[Customer]) -> object:
        return await campaigns.create_survey_links(campaign_code, chunk)

    return await asend_chunks(customers, size, send, SurveyLinksResponse)
