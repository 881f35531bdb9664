"""Resource classes of the `dispatches` operations (generated; see codegen_templates/)."""

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
from . import discard_draft_lot, dispatch_customers, list_draft_lots, send_dispatch_lot


class Dispatches:
    """The `dispatches` operations."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> DispatchesWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return DispatchesWithRawResponse(self._invoker)

    def create(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
        *,
        get_not_inserted: bool = False,
        schedule_time: datetime.datetime | int | None = None,
    ) -> DispatchResponse:
        """Dispatch a survey to customers.

        Adds up to 500 customers to a sending of the campaign.

        * Without `schedule_time` the customers gather in the campaign's open draft
          lot; every call returns the same `dispatch_code` until that lot is sent with
          `sendDispatchLot` (or discarded).
        * With `schedule_time` (Unix seconds) the lot is executed at that time.

        A customer whose main channel (email for email campaigns, phone for SMS and
        WhatsApp campaigns) is empty or malformed is counted as invalid; one whose
        email or phone is already in the lot is counted as duplicated. Pass
        `getNotInserted=1` to have both lists returned with a reason. Never retry this
        call blindly: a retry can survey a customer twice.

        Low level: ``dispatch_customers`` (POST ``/v2/campaign/{campaign_code}/dispatch``).
        """
        response: RawResponse[DispatchResponse] = self._invoker.call(
            dispatch_customers,
            (campaign_code,),
            {
                "get_not_inserted": get_not_inserted,
            },
            (
                DispatchRequest,
                {
                    "customers": customers,
                    "schedule_time": schedule_time,
                },
            ),
        )
        return response.parsed

    def send_lot(
        self,
        campaign_code: int,
        dispatch_code: str,
        time: datetime.datetime | int,
    ) -> SendLotResponse:
        """Send a draft lot.

        Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
        after that it is no longer a draft and this call answers 404 for it. Never
        retry this call blindly.

        Low level: ``send_dispatch_lot`` (POST ``/v2/campaign/{campaign_code}/dispatch/{dispatch_code}``).
        """
        response: RawResponse[SendLotResponse] = self._invoker.call(
            send_dispatch_lot,
            (
                campaign_code,
                dispatch_code,
            ),
            {},
            (
                SendLotRequest,
                {
                    "time": time,
                },
            ),
        )
        return response.parsed

    def list_drafts(
        self,
        campaign_code: int,
    ) -> DraftLotList:
        """List draft lots.

        Lists the campaign's lots that were created and not yet sent.

        Low level: ``list_draft_lots`` (GET ``/v2/campaign/{campaign_code}/draft-lot``).
        """
        response: RawResponse[DraftLotList] = self._invoker.call(
            list_draft_lots,
            (campaign_code,),
            {},
            None,
        )
        return response.parsed

    def discard_draft(
        self,
        campaign_code: int,
        lot_code: str,
    ) -> DiscardLotResponse:
        """Discard a draft lot.

        Deletes a draft lot and the customers gathered in it; nothing is sent.

        Low level: ``discard_draft_lot`` (POST ``/v2/campaign/{campaign_code}/discard-lot/{lot_code}``).
        """
        response: RawResponse[DiscardLotResponse] = self._invoker.call(
            discard_draft_lot,
            (
                campaign_code,
                lot_code,
            ),
            {},
            None,
        )
        return response.parsed


class DispatchesWithRawResponse:
    """The `dispatches` operations, each returning the status, headers and request id with the model."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
        *,
        get_not_inserted: bool = False,
        schedule_time: datetime.datetime | int | None = None,
    ) -> RawResponse[DispatchResponse]:
        """Dispatch a survey to customers.

        Adds up to 500 customers to a sending of the campaign.

        * Without `schedule_time` the customers gather in the campaign's open draft
          lot; every call returns the same `dispatch_code` until that lot is sent with
          `sendDispatchLot` (or discarded).
        * With `schedule_time` (Unix seconds) the lot is executed at that time.

        A customer whose main channel (email for email campaigns, phone for SMS and
        WhatsApp campaigns) is empty or malformed is counted as invalid; one whose
        email or phone is already in the lot is counted as duplicated. Pass
        `getNotInserted=1` to have both lists returned with a reason. Never retry this
        call blindly: a retry can survey a customer twice.

        Low level: ``dispatch_customers`` (POST ``/v2/campaign/{campaign_code}/dispatch``).
        """
        response: RawResponse[DispatchResponse] = self._invoker.call(
            dispatch_customers,
            (campaign_code,),
            {
                "get_not_inserted": get_not_inserted,
            },
            (
                DispatchRequest,
                {
                    "customers": customers,
                    "schedule_time": schedule_time,
                },
            ),
        )
        return response

    def send_lot(
        self,
        campaign_code: int,
        dispatch_code: str,
        time: datetime.datetime | int,
    ) -> RawResponse[SendLotResponse]:
        """Send a draft lot.

        Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
        after that it is no longer a draft and this call answers 404 for it. Never
        retry this call blindly.

        Low level: ``send_dispatch_lot`` (POST ``/v2/campaign/{campaign_code}/dispatch/{dispatch_code}``).
        """
        response: RawResponse[SendLotResponse] = self._invoker.call(
            send_dispatch_lot,
            (
                campaign_code,
                dispatch_code,
            ),
            {},
            (
                SendLotRequest,
                {
                    "time": time,
                },
            ),
        )
        return response

    def list_drafts(
        self,
        campaign_code: int,
    ) -> RawResponse[DraftLotList]:
        """List draft lots.

        Lists the campaign's lots that were created and not yet sent.

        Low level: ``list_draft_lots`` (GET ``/v2/campaign/{campaign_code}/draft-lot``).
        """
        response: RawResponse[DraftLotList] = self._invoker.call(
            list_draft_lots,
            (campaign_code,),
            {},
            None,
        )
        return response

    def discard_draft(
        self,
        campaign_code: int,
        lot_code: str,
    ) -> RawResponse[DiscardLotResponse]:
        """Discard a draft lot.

        Deletes a draft lot and the customers gathered in it; nothing is sent.

        Low level: ``discard_draft_lot`` (POST ``/v2/campaign/{campaign_code}/discard-lot/{lot_code}``).
        """
        response: RawResponse[DiscardLotResponse] = self._invoker.call(
            discard_draft_lot,
            (
                campaign_code,
                lot_code,
            ),
            {},
            None,
        )
        return response


class AsyncDispatches:
    """The `dispatches` operations (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> AsyncDispatchesWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return AsyncDispatchesWithRawResponse(self._invoker)

    async def create(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
        *,
        get_not_inserted: bool = False,
        schedule_time: datetime.datetime | int | None = None,
    ) -> DispatchResponse:
        """Dispatch a survey to customers.

        Adds up to 500 customers to a sending of the campaign.

        * Without `schedule_time` the customers gather in the campaign's open draft
          lot; every call returns the same `dispatch_code` until that lot is sent with
          `sendDispatchLot` (or discarded).
        * With `schedule_time` (Unix seconds) the lot is executed at that time.

        A customer whose main channel (email for email campaigns, phone for SMS and
        WhatsApp campaigns) is empty or malformed is counted as invalid; one whose
        email or phone is already in the lot is counted as duplicated. Pass
        `getNotInserted=1` to have both lists returned with a reason. Never retry this
        call blindly: a retry can survey a customer twice.

        Low level: ``dispatch_customers`` (POST ``/v2/campaign/{campaign_code}/dispatch``).
        """
        response: RawResponse[DispatchResponse] = await self._invoker.call(
            dispatch_customers,
            (campaign_code,),
            {
                "get_not_inserted": get_not_inserted,
            },
            (
                DispatchRequest,
                {
                    "customers": customers,
                    "schedule_time": schedule_time,
                },
            ),
        )
        return response.parsed

    async def send_lot(
        self,
        campaign_code: int,
        dispatch_code: str,
        time: datetime.datetime | int,
    ) -> SendLotResponse:
        """Send a draft lot.

        Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
        after that it is no longer a draft and this call answers 404 for it. Never
        retry this call blindly.

        Low level: ``send_dispatch_lot`` (POST ``/v2/campaign/{campaign_code}/dispatch/{dispatch_code}``).
        """
        response: RawResponse[SendLotResponse] = await self._invoker.call(
            send_dispatch_lot,
            (
                campaign_code,
                dispatch_code,
            ),
            {},
            (
                SendLotRequest,
                {
                    "time": time,
                },
            ),
        )
        return response.parsed

    async def list_drafts(
        self,
        campaign_code: int,
    ) -> DraftLotList:
        """List draft lots.

        Lists the campaign's lots that were created and not yet sent.

        Low level: ``list_draft_lots`` (GET ``/v2/campaign/{campaign_code}/draft-lot``).
        """
        response: RawResponse[DraftLotList] = await self._invoker.call(
            list_draft_lots,
            (campaign_code,),
            {},
            None,
        )
        return response.parsed

    async def discard_draft(
        self,
        campaign_code: int,
        lot_code: str,
    ) -> DiscardLotResponse:
        """Discard a draft lot.

        Deletes a draft lot and the customers gathered in it; nothing is sent.

        Low level: ``discard_draft_lot`` (POST ``/v2/campaign/{campaign_code}/discard-lot/{lot_code}``).
        """
        response: RawResponse[DiscardLotResponse] = await self._invoker.call(
            discard_draft_lot,
            (
                campaign_code,
                lot_code,
            ),
            {},
            None,
        )
        return response.parsed


class AsyncDispatchesWithRawResponse:
    """The `dispatches` operations, each returning the status, headers and request id with the model (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
        *,
        get_not_inserted: bool = False,
        schedule_time: datetime.datetime | int | None = None,
    ) -> RawResponse[DispatchResponse]:
        """Dispatch a survey to customers.

        Adds up to 500 customers to a sending of the campaign.

        * Without `schedule_time` the customers gather in the campaign's open draft
          lot; every call returns the same `dispatch_code` until that lot is sent with
          `sendDispatchLot` (or discarded).
        * With `schedule_time` (Unix seconds) the lot is executed at that time.

        A customer whose main channel (email for email campaigns, phone for SMS and
        WhatsApp campaigns) is empty or malformed is counted as invalid; one whose
        email or phone is already in the lot is counted as duplicated. Pass
        `getNotInserted=1` to have both lists returned with a reason. Never retry this
        call blindly: a retry can survey a customer twice.

        Low level: ``dispatch_customers`` (POST ``/v2/campaign/{campaign_code}/dispatch``).
        """
        response: RawResponse[DispatchResponse] = await self._invoker.call(
            dispatch_customers,
            (campaign_code,),
            {
                "get_not_inserted": get_not_inserted,
            },
            (
                DispatchRequest,
                {
                    "customers": customers,
                    "schedule_time": schedule_time,
                },
            ),
        )
        return response

    async def send_lot(
        self,
        campaign_code: int,
        dispatch_code: str,
        time: datetime.datetime | int,
    ) -> RawResponse[SendLotResponse]:
        """Send a draft lot.

        Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
        after that it is no longer a draft and this call answers 404 for it. Never
        retry this call blindly.

        Low level: ``send_dispatch_lot`` (POST ``/v2/campaign/{campaign_code}/dispatch/{dispatch_code}``).
        """
        response: RawResponse[SendLotResponse] = await self._invoker.call(
            send_dispatch_lot,
            (
                campaign_code,
                dispatch_code,
            ),
            {},
            (
                SendLotRequest,
                {
                    "time": time,
                },
            ),
        )
        return response

    async def list_drafts(
        self,
        campaign_code: int,
    ) -> RawResponse[DraftLotList]:
        """List draft lots.

        Lists the campaign's lots that were created and not yet sent.

        Low level: ``list_draft_lots`` (GET ``/v2/campaign/{campaign_code}/draft-lot``).
        """
        response: RawResponse[DraftLotList] = await self._invoker.call(
            list_draft_lots,
            (campaign_code,),
            {},
            None,
        )
        return response

    async def discard_draft(
        self,
        campaign_code: int,
        lot_code: str,
    ) -> RawResponse[DiscardLotResponse]:
        """Discard a draft lot.

        Deletes a draft lot and the customers gathered in it; nothing is sent.

        Low level: ``discard_draft_lot`` (POST ``/v2/campaign/{campaign_code}/discard-lot/{lot_code}``).
        """
        response: RawResponse[DiscardLotResponse] = await self._invoker.call(
            discard_draft_lot,
            (
                campaign_code,
                lot_code,
            ),
            {},
            None,
        )
        return response
