"""Resource classes of the `reports` operations (generated; see codegen_templates/)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from ...models import *  # noqa: F403
from ...types import (
    DEFAULT_WINDOW,
    AsyncInvoker,
    CodesInput,
    DateInput,
    Invoker,
    RawResponse,
)
from . import (
    get_answer_report,
    get_category_report,
    get_dispatch_report,
    get_nps_report,
    get_paged_dispatch_lot,
    get_status_report,
    list_paged_dispatches,
)


class Reports:
    """The `reports` operations."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return ReportsWithRawResponse(self._invoker)

    def answers(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        limit: int | None = None,
        tags: bool = False,
        justif_return: JustificationFormat | None = None,
        codes: CodesInput | None = None,
        review: bool = False,
        nps_secondary: bool = False,
        open_question: bool = False,
        csat: bool = False,
        return_update_time: bool = False,
    ) -> builtins.list[AnswerReportRow]:
        """Report answers and comments.

        Returns the answers of the period, newest first, with the customer, score,
        comment, status and the optional extras selected by the flags.

        Low level: ``get_answer_report`` (GET ``/v2/report/answer``).
        """
        response: RawResponse[builtins.list[AnswerReportRow]] = self._invoker.call(
            get_answer_report,
            (),
            {
                "start": start,
                "end": end,
                "limit": limit,
                "tags": tags,
                "justif_return": justif_return,
                "codes": codes,
                "review": review,
                "nps_secondary": nps_secondary,
                "open_question": open_question,
                "csat": csat,
                "return_update_time": return_update_time,
            },
            None,
        )
        return response.parsed

    def iter_answers(
        self,
        start: DateInput,
        end: DateInput,
        *,
        window: datetime.timedelta = DEFAULT_WINDOW,
        oldest_first: bool = False,
        tags: bool = False,
        justif_return: JustificationFormat | None = None,
        codes: CodesInput | None = None,
        review: bool = False,
        nps_secondary: bool = False,
        open_question: bool = False,
        csat: bool = False,
        return_update_time: bool = False,
    ) -> Iterator[AnswerReportRow]:
        """Every row of ``answers`` from ``start`` to ``end`` (both included), fetched lazily.

        The period is asked ``window`` by window (one day by default), each window with
        ``limit=-1``; windows neither overlap nor leave gaps, so no row comes twice.
        Rows come newest first, as one ``limit=-1`` request over the whole period gives
        them, or oldest first with ``oldest_first``. A bare ``end`` date includes that
        day; a datetime includes that second. Bad arguments raise at the call.
        """
        return self._invoker.windows(
            get_answer_report,
            (),
            {
                "tags": tags,
                "justif_return": justif_return,
                "codes": codes,
                "review": review,
                "nps_secondary": nps_secondary,
                "open_question": open_question,
                "csat": csat,
                "return_update_time": return_update_time,
            },
            (start, end),
            window,
            oldest_first,
        )

    def dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
    ) -> builtins.list[DispatchReportLot]:
        """Report dispatch lots.

        Returns the lots executed in the period with their customers and whether each
        customer answered. Set `channel` to add each lot's channel.

        Low level: ``get_dispatch_report`` (GET ``/v2/report/dispatch``).
        """
        response: RawResponse[builtins.list[DispatchReportLot]] = self._invoker.call(
            get_dispatch_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
            },
            None,
        )
        return response.parsed

    def nps(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        compare: bool = False,
        codes: CodesInput | None = None,
    ) -> NpsReport:
        """Report the NPS.

        Counts the period's dispatches, promoters (9–10), passives (7–8) and
        detractors (0–6) with their shares of the answers, and the NPS: promoters %
        minus detractors %. With `compare` the same figures for the previous period of
        equal length are added under `compare`.

        Low level: ``get_nps_report`` (GET ``/v2/report/nps``).
        """
        response: RawResponse[NpsReport] = self._invoker.call(
            get_nps_report,
            (),
            {
                "start": start,
                "end": end,
                "compare": compare,
                "codes": codes,
            },
            None,
        )
        return response.parsed

    def categories(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> builtins.list[CategoryCount]:
        """Report answer categories.

        Counts the period's answers per category, with each category's NPS.

        Low level: ``get_category_report`` (GET ``/v2/report/category``).
        """
        response: RawResponse[builtins.list[CategoryCount]] = self._invoker.call(
            get_category_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response.parsed

    def statuses(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> builtins.list[StatusCount]:
        """Report answer statuses.

        Counts the period's answers per treatment status.

        Low level: ``get_status_report`` (GET ``/v2/report/status``).
        """
        response: RawResponse[builtins.list[StatusCount]] = self._invoker.call(
            get_status_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response.parsed

    def paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> PagedDispatchReport:
        """Report dispatches page by page.

        Returns one row per customer of the lots executed in the period, one page at
        a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
        `limit` is the last one.

        Low level: ``list_paged_dispatches`` (GET ``/dispatch``).
        """
        response: RawResponse[PagedDispatchReport] = self._invoker.call(
            list_paged_dispatches,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response.parsed

    def iter_paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        limit: int | None = None,
    ) -> Iterator[PagedDispatchRow]:
        """Every row of ``paged_dispatches``, page after page, fetched lazily (``limit`` rows a page)."""
        return self._invoker.pages(
            list_paged_dispatches,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
                "tags": tags,
                "limit": limit,
            },
            None,
        )

    def paged_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> PagedDispatchReport:
        """Report one dispatch lot page by page.

        The paged report restricted to one lot; `start` and `end` are ignored. The URL
        shape follows the campaign one (from integrations).

        Low level: ``get_paged_dispatch_lot`` (GET ``/dispatch/{dispatch_code}``).
        """
        response: RawResponse[PagedDispatchReport] = self._invoker.call(
            get_paged_dispatch_lot,
            (dispatch_code,),
            {
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response.parsed

    def iter_paged_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        limit: int | None = None,
    ) -> Iterator[PagedDispatchRow]:
        """Every row of ``paged_lot``, page after page, fetched lazily (``limit`` rows a page)."""
        return self._invoker.pages(
            get_paged_dispatch_lot,
            (dispatch_code,),
            {
                "channel": channel,
                "tags": tags,
                "limit": limit,
            },
            None,
        )


class ReportsWithRawResponse:
    """The `reports` operations, each returning the status, headers and request id with the model."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def answers(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        limit: int | None = None,
        tags: bool = False,
        justif_return: JustificationFormat | None = None,
        codes: CodesInput | None = None,
        review: bool = False,
        nps_secondary: bool = False,
        open_question: bool = False,
        csat: bool = False,
        return_update_time: bool = False,
    ) -> RawResponse[builtins.list[AnswerReportRow]]:
        """Report answers and comments.

        Returns the answers of the period, newest first, with the customer, score,
        comment, status and the optional extras selected by the flags.

        Low level: ``get_answer_report`` (GET ``/v2/report/answer``).
        """
        response: RawResponse[builtins.list[AnswerReportRow]] = self._invoker.call(
            get_answer_report,
            (),
            {
                "start": start,
                "end": end,
                "limit": limit,
                "tags": tags,
                "justif_return": justif_return,
                "codes": codes,
                "review": review,
                "nps_secondary": nps_secondary,
                "open_question": open_question,
                "csat": csat,
                "return_update_time": return_update_time,
            },
            None,
        )
        return response

    def dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
    ) -> RawResponse[builtins.list[DispatchReportLot]]:
        """Report dispatch lots.

        Returns the lots executed in the period with their customers and whether each
        customer answered. Set `channel` to add each lot's channel.

        Low level: ``get_dispatch_report`` (GET ``/v2/report/dispatch``).
        """
        response: RawResponse[builtins.list[DispatchReportLot]] = self._invoker.call(
            get_dispatch_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
            },
            None,
        )
        return response

    def nps(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        compare: bool = False,
        codes: CodesInput | None = None,
    ) -> RawResponse[NpsReport]:
        """Report the NPS.

        Counts the period's dispatches, promoters (9–10), passives (7–8) and
        detractors (0–6) with their shares of the answers, and the NPS: promoters %
        minus detractors %. With `compare` the same figures for the previous period of
        equal length are added under `compare`.

        Low level: ``get_nps_report`` (GET ``/v2/report/nps``).
        """
        response: RawResponse[NpsReport] = self._invoker.call(
            get_nps_report,
            (),
            {
                "start": start,
                "end": end,
                "compare": compare,
                "codes": codes,
            },
            None,
        )
        return response

    def categories(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> RawResponse[builtins.list[CategoryCount]]:
        """Report answer categories.

        Counts the period's answers per category, with each category's NPS.

        Low level: ``get_category_report`` (GET ``/v2/report/category``).
        """
        response: RawResponse[builtins.list[CategoryCount]] = self._invoker.call(
            get_category_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response

    def statuses(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> RawResponse[builtins.list[StatusCount]]:
        """Report answer statuses.

        Counts the period's answers per treatment status.

        Low level: ``get_status_report`` (GET ``/v2/report/status``).
        """
        response: RawResponse[builtins.list[StatusCount]] = self._invoker.call(
            get_status_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response

    def paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PagedDispatchReport]:
        """Report dispatches page by page.

        Returns one row per customer of the lots executed in the period, one page at
        a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
        `limit` is the last one.

        Low level: ``list_paged_dispatches`` (GET ``/dispatch``).
        """
        response: RawResponse[PagedDispatchReport] = self._invoker.call(
            list_paged_dispatches,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response

    def paged_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PagedDispatchReport]:
        """Report one dispatch lot page by page.

        The paged report restricted to one lot; `start` and `end` are ignored. The URL
        shape follows the campaign one (from integrations).

        Low level: ``get_paged_dispatch_lot`` (GET ``/dispatch/{dispatch_code}``).
        """
        response: RawResponse[PagedDispatchReport] = self._invoker.call(
            get_paged_dispatch_lot,
            (dispatch_code,),
            {
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response


class AsyncReports:
    """The `reports` operations (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> AsyncReportsWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return AsyncReportsWithRawResponse(self._invoker)

    async def answers(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        limit: int | None = None,
        tags: bool = False,
        justif_return: JustificationFormat | None = None,
        codes: CodesInput | None = None,
        review: bool = False,
        nps_secondary: bool = False,
        open_question: bool = False,
        csat: bool = False,
        return_update_time: bool = False,
    ) -> builtins.list[AnswerReportRow]:
        """Report answers and comments.

        Returns the answers of the period, newest first, with the customer, score,
        comment, status and the optional extras selected by the flags.

        Low level: ``get_answer_report`` (GET ``/v2/report/answer``).
        """
        response: RawResponse[
            builtins.list[AnswerReportRow]
        ] = await self._invoker.call(
            get_answer_report,
            (),
            {
                "start": start,
                "end": end,
                "limit": limit,
                "tags": tags,
                "justif_return": justif_return,
                "codes": codes,
                "review": review,
                "nps_secondary": nps_secondary,
                "open_question": open_question,
                "csat": csat,
                "return_update_time": return_update_time,
            },
            None,
        )
        return response.parsed

    def iter_answers(
        self,
        start: DateInput,
        end: DateInput,
        *,
        window: datetime.timedelta = DEFAULT_WINDOW,
        oldest_first: bool = False,
        tags: bool = False,
        justif_return: JustificationFormat | None = None,
        codes: CodesInput | None = None,
        review: bool = False,
        nps_secondary: bool = False,
        open_question: bool = False,
        csat: bool = False,
        return_update_time: bool = False,
    ) -> AsyncIterator[AnswerReportRow]:
        """Every row of ``answers`` from ``start`` to ``end`` (both included), fetched lazily.

        The period is asked ``window`` by window (one day by default), each window with
        ``limit=-1``; windows neither overlap nor leave gaps, so no row comes twice.
        Rows come newest first, as one ``limit=-1`` request over the whole period gives
        them, or oldest first with ``oldest_first``. A bare ``end`` date includes that
        day; a datetime includes that second. Bad arguments raise at the call.
        """
        return self._invoker.windows(
            get_answer_report,
            (),
            {
                "tags": tags,
                "justif_return": justif_return,
                "codes": codes,
                "review": review,
                "nps_secondary": nps_secondary,
                "open_question": open_question,
                "csat": csat,
                "return_update_time": return_update_time,
            },
            (start, end),
            window,
            oldest_first,
        )

    async def dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
    ) -> builtins.list[DispatchReportLot]:
        """Report dispatch lots.

        Returns the lots executed in the period with their customers and whether each
        customer answered. Set `channel` to add each lot's channel.

        Low level: ``get_dispatch_report`` (GET ``/v2/report/dispatch``).
        """
        response: RawResponse[
            builtins.list[DispatchReportLot]
        ] = await self._invoker.call(
            get_dispatch_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
            },
            None,
        )
        return response.parsed

    async def nps(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        compare: bool = False,
        codes: CodesInput | None = None,
    ) -> NpsReport:
        """Report the NPS.

        Counts the period's dispatches, promoters (9–10), passives (7–8) and
        detractors (0–6) with their shares of the answers, and the NPS: promoters %
        minus detractors %. With `compare` the same figures for the previous period of
        equal length are added under `compare`.

        Low level: ``get_nps_report`` (GET ``/v2/report/nps``).
        """
        response: RawResponse[NpsReport] = await self._invoker.call(
            get_nps_report,
            (),
            {
                "start": start,
                "end": end,
                "compare": compare,
                "codes": codes,
            },
            None,
        )
        return response.parsed

    async def categories(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> builtins.list[CategoryCount]:
        """Report answer categories.

        Counts the period's answers per category, with each category's NPS.

        Low level: ``get_category_report`` (GET ``/v2/report/category``).
        """
        response: RawResponse[builtins.list[CategoryCount]] = await self._invoker.call(
            get_category_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response.parsed

    async def statuses(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> builtins.list[StatusCount]:
        """Report answer statuses.

        Counts the period's answers per treatment status.

        Low level: ``get_status_report`` (GET ``/v2/report/status``).
        """
        response: RawResponse[builtins.list[StatusCount]] = await self._invoker.call(
            get_status_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response.parsed

    async def paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> PagedDispatchReport:
        """Report dispatches page by page.

        Returns one row per customer of the lots executed in the period, one page at
        a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
        `limit` is the last one.

        Low level: ``list_paged_dispatches`` (GET ``/dispatch``).
        """
        response: RawResponse[PagedDispatchReport] = await self._invoker.call(
            list_paged_dispatches,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response.parsed

    def iter_paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        limit: int | None = None,
    ) -> AsyncIterator[PagedDispatchRow]:
        """Every row of ``paged_dispatches``, page after page, fetched lazily (``limit`` rows a page)."""
        return self._invoker.pages(
            list_paged_dispatches,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
                "tags": tags,
                "limit": limit,
            },
            None,
        )

    async def paged_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> PagedDispatchReport:
        """Report one dispatch lot page by page.

        The paged report restricted to one lot; `start` and `end` are ignored. The URL
        shape follows the campaign one (from integrations).

        Low level: ``get_paged_dispatch_lot`` (GET ``/dispatch/{dispatch_code}``).
        """
        response: RawResponse[PagedDispatchReport] = await self._invoker.call(
            get_paged_dispatch_lot,
            (dispatch_code,),
            {
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response.parsed

    def iter_paged_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        limit: int | None = None,
    ) -> AsyncIterator[PagedDispatchRow]:
        """Every row of ``paged_lot``, page after page, fetched lazily (``limit`` rows a page)."""
        return self._invoker.pages(
            get_paged_dispatch_lot,
            (dispatch_code,),
            {
                "channel": channel,
                "tags": tags,
                "limit": limit,
            },
            None,
        )


class AsyncReportsWithRawResponse:
    """The `reports` operations, each returning the status, headers and request id with the model (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def answers(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        limit: int | None = None,
        tags: bool = False,
        justif_return: JustificationFormat | None = None,
        codes: CodesInput | None = None,
        review: bool = False,
        nps_secondary: bool = False,
        open_question: bool = False,
        csat: bool = False,
        return_update_time: bool = False,
    ) -> RawResponse[builtins.list[AnswerReportRow]]:
        """Report answers and comments.

        Returns the answers of the period, newest first, with the customer, score,
        comment, status and the optional extras selected by the flags.

        Low level: ``get_answer_report`` (GET ``/v2/report/answer``).
        """
        response: RawResponse[
            builtins.list[AnswerReportRow]
        ] = await self._invoker.call(
            get_answer_report,
            (),
            {
                "start": start,
                "end": end,
                "limit": limit,
                "tags": tags,
                "justif_return": justif_return,
                "codes": codes,
                "review": review,
                "nps_secondary": nps_secondary,
                "open_question": open_question,
                "csat": csat,
                "return_update_time": return_update_time,
            },
            None,
        )
        return response

    async def dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
    ) -> RawResponse[builtins.list[DispatchReportLot]]:
        """Report dispatch lots.

        Returns the lots executed in the period with their customers and whether each
        customer answered. Set `channel` to add each lot's channel.

        Low level: ``get_dispatch_report`` (GET ``/v2/report/dispatch``).
        """
        response: RawResponse[
            builtins.list[DispatchReportLot]
        ] = await self._invoker.call(
            get_dispatch_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
            },
            None,
        )
        return response

    async def nps(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        compare: bool = False,
        codes: CodesInput | None = None,
    ) -> RawResponse[NpsReport]:
        """Report the NPS.

        Counts the period's dispatches, promoters (9–10), passives (7–8) and
        detractors (0–6) with their shares of the answers, and the NPS: promoters %
        minus detractors %. With `compare` the same figures for the previous period of
        equal length are added under `compare`.

        Low level: ``get_nps_report`` (GET ``/v2/report/nps``).
        """
        response: RawResponse[NpsReport] = await self._invoker.call(
            get_nps_report,
            (),
            {
                "start": start,
                "end": end,
                "compare": compare,
                "codes": codes,
            },
            None,
        )
        return response

    async def categories(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> RawResponse[builtins.list[CategoryCount]]:
        """Report answer categories.

        Counts the period's answers per category, with each category's NPS.

        Low level: ``get_category_report`` (GET ``/v2/report/category``).
        """
        response: RawResponse[builtins.list[CategoryCount]] = await self._invoker.call(
            get_category_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response

    async def statuses(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
    ) -> RawResponse[builtins.list[StatusCount]]:
        """Report answer statuses.

        Counts the period's answers per treatment status.

        Low level: ``get_status_report`` (GET ``/v2/report/status``).
        """
        response: RawResponse[builtins.list[StatusCount]] = await self._invoker.call(
            get_status_report,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
            },
            None,
        )
        return response

    async def paged_dispatches(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        codes: CodesInput | None = None,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PagedDispatchReport]:
        """Report dispatches page by page.

        Returns one row per customer of the lots executed in the period, one page at
        a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
        `limit` is the last one.

        Low level: ``list_paged_dispatches`` (GET ``/dispatch``).
        """
        response: RawResponse[PagedDispatchReport] = await self._invoker.call(
            list_paged_dispatches,
            (),
            {
                "start": start,
                "end": end,
                "codes": codes,
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response

    async def paged_lot(
        self,
        dispatch_code: str,
        *,
        channel: bool = False,
        tags: bool = False,
        page: int | None = None,
        limit: int | None = None,
    ) -> RawResponse[PagedDispatchReport]:
        """Report one dispatch lot page by page.

        The paged report restricted to one lot; `start` and `end` are ignored. The URL
        shape follows the campaign one (from integrations).

        Low level: ``get_paged_dispatch_lot`` (GET ``/dispatch/{dispatch_code}``).
        """
        response: RawResponse[PagedDispatchReport] = await self._invoker.call(
            get_paged_dispatch_lot,
            (dispatch_code,),
            {
                "channel": channel,
                "tags": tags,
                "page": page,
                "limit": limit,
            },
            None,
        )
        return response
