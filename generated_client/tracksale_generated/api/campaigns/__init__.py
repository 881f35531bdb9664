"""Resource classes of the `campaigns` operations (generated; see codegen_templates/)."""

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
from . import check_can_impact, create_survey_links, get_campaign, list_campaigns


class Campaigns:
    """The `campaigns` operations."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return CampaignsWithRawResponse(self._invoker)

    def list(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> builtins.list[Campaign]:
        """List campaigns.

        Lists every campaign of the account with its code, channel, questions and the
        answer counters of the period given by `start` and `end`. Pass
        `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
        limits.

        Low level: ``list_campaigns`` (GET ``/v2/campaign``).
        """
        response: RawResponse[builtins.list[Campaign]] = self._invoker.call(
            list_campaigns,
            (),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response.parsed

    def get(
        self,
        campaign_code: int,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> builtins.list[Campaign]:
        """Get one campaign.

        Reads a single campaign. The reply is a list with one element, as integrations
        expect (from integrations: the documentation only names the URL).

        Low level: ``get_campaign`` (GET ``/v2/campaign/{campaign_code}``).
        """
        response: RawResponse[builtins.list[Campaign]] = self._invoker.call(
            get_campaign,
            (campaign_code,),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response.parsed

    def can_impact(
        self,
        campaign_code: int,
        *,
        email: str | None = None,
        phone: str | None = None,
        identification: str | None = None,
    ) -> CanImpactResponse:
        """Check the 90-day rule.

        Tells whether a customer may be surveyed by this campaign now. A customer who
        was sent this campaign, or answered it, in the last 90 days cannot be impacted.
        Identify the customer by email, phone or your own identification.

        Low level: ``check_can_impact`` (POST ``/v2/campaign/{campaign_code}/can-impact``).
        """
        response: RawResponse[CanImpactResponse] = self._invoker.call(
            check_can_impact,
            (campaign_code,),
            {},
            (
                CanImpactRequest,
                {
                    "email": email,
                    "phone": phone,
                    "identification": identification,
                },
            ),
        )
        return response.parsed

    def create_survey_links(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
    ) -> SurveyLinksResponse:
        """Create survey links.

        Creates one survey link per customer, without sending anything. At most 500
        customers per request. The reply repeats each customer with its
        `survey_link`. (One integration reads the list as `customers_links`; the
        documentation and this contract name it `customers`.)

        Low level: ``create_survey_links`` (POST ``/v2/campaign/{campaign_code}/survey-links``).
        """
        response: RawResponse[SurveyLinksResponse] = self._invoker.call(
            create_survey_links,
            (campaign_code,),
            {},
            (
                SurveyLinksRequest,
                {
                    "customers": customers,
                },
            ),
        )
        return response.parsed


class CampaignsWithRawResponse:
    """The `campaigns` operations, each returning the status, headers and request id with the model."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def list(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> RawResponse[builtins.list[Campaign]]:
        """List campaigns.

        Lists every campaign of the account with its code, channel, questions and the
        answer counters of the period given by `start` and `end`. Pass
        `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
        limits.

        Low level: ``list_campaigns`` (GET ``/v2/campaign``).
        """
        response: RawResponse[builtins.list[Campaign]] = self._invoker.call(
            list_campaigns,
            (),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response

    def get(
        self,
        campaign_code: int,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> RawResponse[builtins.list[Campaign]]:
        """Get one campaign.

        Reads a single campaign. The reply is a list with one element, as integrations
        expect (from integrations: the documentation only names the URL).

        Low level: ``get_campaign`` (GET ``/v2/campaign/{campaign_code}``).
        """
        response: RawResponse[builtins.list[Campaign]] = self._invoker.call(
            get_campaign,
            (campaign_code,),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response

    def can_impact(
        self,
        campaign_code: int,
        *,
        email: str | None = None,
        phone: str | None = None,
        identification: str | None = None,
    ) -> RawResponse[CanImpactResponse]:
        """Check the 90-day rule.

        Tells whether a customer may be surveyed by this campaign now. A customer who
        was sent this campaign, or answered it, in the last 90 days cannot be impacted.
        Identify the customer by email, phone or your own identification.

        Low level: ``check_can_impact`` (POST ``/v2/campaign/{campaign_code}/can-impact``).
        """
        response: RawResponse[CanImpactResponse] = self._invoker.call(
            check_can_impact,
            (campaign_code,),
            {},
            (
                CanImpactRequest,
                {
                    "email": email,
                    "phone": phone,
                    "identification": identification,
                },
            ),
        )
        return response

    def create_survey_links(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
    ) -> RawResponse[SurveyLinksResponse]:
        """Create survey links.

        Creates one survey link per customer, without sending anything. At most 500
        customers per request. The reply repeats each customer with its
        `survey_link`. (One integration reads the list as `customers_links`; the
        documentation and this contract name it `customers`.)

        Low level: ``create_survey_links`` (POST ``/v2/campaign/{campaign_code}/survey-links``).
        """
        response: RawResponse[SurveyLinksResponse] = self._invoker.call(
            create_survey_links,
            (campaign_code,),
            {},
            (
                SurveyLinksRequest,
                {
                    "customers": customers,
                },
            ),
        )
        return response


class AsyncCampaigns:
    """The `campaigns` operations (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> AsyncCampaignsWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return AsyncCampaignsWithRawResponse(self._invoker)

    async def list(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> builtins.list[Campaign]:
        """List campaigns.

        Lists every campaign of the account with its code, channel, questions and the
        answer counters of the period given by `start` and `end`. Pass
        `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
        limits.

        Low level: ``list_campaigns`` (GET ``/v2/campaign``).
        """
        response: RawResponse[builtins.list[Campaign]] = await self._invoker.call(
            list_campaigns,
            (),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response.parsed

    async def get(
        self,
        campaign_code: int,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> builtins.list[Campaign]:
        """Get one campaign.

        Reads a single campaign. The reply is a list with one element, as integrations
        expect (from integrations: the documentation only names the URL).

        Low level: ``get_campaign`` (GET ``/v2/campaign/{campaign_code}``).
        """
        response: RawResponse[builtins.list[Campaign]] = await self._invoker.call(
            get_campaign,
            (campaign_code,),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response.parsed

    async def can_impact(
        self,
        campaign_code: int,
        *,
        email: str | None = None,
        phone: str | None = None,
        identification: str | None = None,
    ) -> CanImpactResponse:
        """Check the 90-day rule.

        Tells whether a customer may be surveyed by this campaign now. A customer who
        was sent this campaign, or answered it, in the last 90 days cannot be impacted.
        Identify the customer by email, phone or your own identification.

        Low level: ``check_can_impact`` (POST ``/v2/campaign/{campaign_code}/can-impact``).
        """
        response: RawResponse[CanImpactResponse] = await self._invoker.call(
            check_can_impact,
            (campaign_code,),
            {},
            (
                CanImpactRequest,
                {
                    "email": email,
                    "phone": phone,
                    "identification": identification,
                },
            ),
        )
        return response.parsed

    async def create_survey_links(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
    ) -> SurveyLinksResponse:
        """Create survey links.

        Creates one survey link per customer, without sending anything. At most 500
        customers per request. The reply repeats each customer with its
        `survey_link`. (One integration reads the list as `customers_links`; the
        documentation and this contract name it `customers`.)

        Low level: ``create_survey_links`` (POST ``/v2/campaign/{campaign_code}/survey-links``).
        """
        response: RawResponse[SurveyLinksResponse] = await self._invoker.call(
            create_survey_links,
            (campaign_code,),
            {},
            (
                SurveyLinksRequest,
                {
                    "customers": customers,
                },
            ),
        )
        return response.parsed


class AsyncCampaignsWithRawResponse:
    """The `campaigns` operations, each returning the status, headers and request id with the model (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def list(
        self,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> RawResponse[builtins.list[Campaign]]:
        """List campaigns.

        Lists every campaign of the account with its code, channel, questions and the
        answer counters of the period given by `start` and `end`. Pass
        `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
        limits.

        Low level: ``list_campaigns`` (GET ``/v2/campaign``).
        """
        response: RawResponse[builtins.list[Campaign]] = await self._invoker.call(
            list_campaigns,
            (),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response

    async def get(
        self,
        campaign_code: int,
        *,
        start: DateInput | None = None,
        end: DateInput | None = None,
        dispatch_limits: bool = False,
    ) -> RawResponse[builtins.list[Campaign]]:
        """Get one campaign.

        Reads a single campaign. The reply is a list with one element, as integrations
        expect (from integrations: the documentation only names the URL).

        Low level: ``get_campaign`` (GET ``/v2/campaign/{campaign_code}``).
        """
        response: RawResponse[builtins.list[Campaign]] = await self._invoker.call(
            get_campaign,
            (campaign_code,),
            {
                "start": start,
                "end": end,
                "dispatch_limits": dispatch_limits,
            },
            None,
        )
        return response

    async def can_impact(
        self,
        campaign_code: int,
        *,
        email: str | None = None,
        phone: str | None = None,
        identification: str | None = None,
    ) -> RawResponse[CanImpactResponse]:
        """Check the 90-day rule.

        Tells whether a customer may be surveyed by this campaign now. A customer who
        was sent this campaign, or answered it, in the last 90 days cannot be impacted.
        Identify the customer by email, phone or your own identification.

        Low level: ``check_can_impact`` (POST ``/v2/campaign/{campaign_code}/can-impact``).
        """
        response: RawResponse[CanImpactResponse] = await self._invoker.call(
            check_can_impact,
            (campaign_code,),
            {},
            (
                CanImpactRequest,
                {
                    "email": email,
                    "phone": phone,
                    "identification": identification,
                },
            ),
        )
        return response

    async def create_survey_links(
        self,
        campaign_code: int,
        customers: builtins.list[Customer],
    ) -> RawResponse[SurveyLinksResponse]:
        """Create survey links.

        Creates one survey link per customer, without sending anything. At most 500
        customers per request. The reply repeats each customer with its
        `survey_link`. (One integration reads the list as `customers_links`; the
        documentation and this contract name it `customers`.)

        Low level: ``create_survey_links`` (POST ``/v2/campaign/{campaign_code}/survey-links``).
        """
        response: RawResponse[SurveyLinksResponse] = await self._invoker.call(
            create_survey_links,
            (campaign_code,),
            {},
            (
                SurveyLinksRequest,
                {
                    "customers": customers,
                },
            ),
        )
        return response
