from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.can_impact_request import CanImpactRequest
from ...models.can_impact_response import CanImpactResponse
from ...types import Response


def _get_kwargs(
    campaign_code: int,
    *,
    body: CanImpactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/campaign/{campaign_code}/can-impact".format(
            campaign_code=quote(str(campaign_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CanImpactResponse | None:
    if response.status_code == 200:
        response_200 = CanImpactResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ApiError.from_dict(response.json())

        return response_405

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CanImpactResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_code: int,
    *,
    client: AuthenticatedClient | Client,
    body: CanImpactRequest,
) -> Response[ApiError | CanImpactResponse]:
    """Check the 90-day rule

     Tells whether a customer may be surveyed by this campaign now. A customer who
    was sent this campaign, or answered it, in the last 90 days cannot be impacted.
    Identify the customer by email, phone or your own identification.

    Args:
        campaign_code (int):
        body (CanImpactRequest): The customer to check, by at least one of three keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CanImpactResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_code: int,
    *,
    client: AuthenticatedClient | Client,
    body: CanImpactRequest,
) -> ApiError | CanImpactResponse | None:
    """Check the 90-day rule

     Tells whether a customer may be surveyed by this campaign now. A customer who
    was sent this campaign, or answered it, in the last 90 days cannot be impacted.
    Identify the customer by email, phone or your own identification.

    Args:
        campaign_code (int):
        body (CanImpactRequest): The customer to check, by at least one of three keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CanImpactResponse
    """

    return sync_detailed(
        campaign_code=campaign_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_code: int,
    *,
    client: AuthenticatedClient | Client,
    body: CanImpactRequest,
) -> Response[ApiError | CanImpactResponse]:
    """Check the 90-day rule

     Tells whether a customer may be surveyed by this campaign now. A customer who
    was sent this campaign, or answered it, in the last 90 days cannot be impacted.
    Identify the customer by email, phone or your own identification.

    Args:
        campaign_code (int):
        body (CanImpactRequest): The customer to check, by at least one of three keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CanImpactResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_code: int,
    *,
    client: AuthenticatedClient | Client,
    body: CanImpactRequest,
) -> ApiError | CanImpactResponse | None:
    """Check the 90-day rule

     Tells whether a customer may be surveyed by this campaign now. A customer who
    was sent this campaign, or answered it, in the last 90 days cannot be impacted.
    Identify the customer by email, phone or your own identification.

    Args:
        campaign_code (int):
        body (CanImpactRequest): The customer to check, by at least one of three keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CanImpactResponse
    """

    return (
        await asyncio_detailed(
            campaign_code=campaign_code,
            client=client,
            body=body,
        )
    ).parsed
