from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.survey_links_request import SurveyLinksRequest
from ...models.survey_links_response import SurveyLinksResponse
from ...types import Response


def _get_kwargs(
    campaign_code: int,
    *,
    body: SurveyLinksRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/campaign/{campaign_code}/survey-links".format(
            campaign_code=quote(str(campaign_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SurveyLinksResponse | None:
    if response.status_code == 200:
        response_200 = SurveyLinksResponse.from_dict(response.json())

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
) -> Response[ApiError | SurveyLinksResponse]:
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
    body: SurveyLinksRequest,
) -> Response[ApiError | SurveyLinksResponse]:
    """Create survey links

     Creates one survey link per customer, without sending anything. At most 500
    customers per request. The reply repeats each customer with its
    `survey_link`. (One integration reads the list as `customers_links`; the
    documentation and this contract name it `customers`.)

    Args:
        campaign_code (int):
        body (SurveyLinksRequest): Customers who need a survey link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SurveyLinksResponse]
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
    body: SurveyLinksRequest,
) -> ApiError | SurveyLinksResponse | None:
    """Create survey links

     Creates one survey link per customer, without sending anything. At most 500
    customers per request. The reply repeats each customer with its
    `survey_link`. (One integration reads the list as `customers_links`; the
    documentation and this contract name it `customers`.)

    Args:
        campaign_code (int):
        body (SurveyLinksRequest): Customers who need a survey link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SurveyLinksResponse
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
    body: SurveyLinksRequest,
) -> Response[ApiError | SurveyLinksResponse]:
    """Create survey links

     Creates one survey link per customer, without sending anything. At most 500
    customers per request. The reply repeats each customer with its
    `survey_link`. (One integration reads the list as `customers_links`; the
    documentation and this contract name it `customers`.)

    Args:
        campaign_code (int):
        body (SurveyLinksRequest): Customers who need a survey link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SurveyLinksResponse]
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
    body: SurveyLinksRequest,
) -> ApiError | SurveyLinksResponse | None:
    """Create survey links

     Creates one survey link per customer, without sending anything. At most 500
    customers per request. The reply repeats each customer with its
    `survey_link`. (One integration reads the list as `customers_links`; the
    documentation and this contract name it `customers`.)

    Args:
        campaign_code (int):
        body (SurveyLinksRequest): Customers who need a survey link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SurveyLinksResponse
    """

    return (
        await asyncio_detailed(
            campaign_code=campaign_code,
            client=client,
            body=body,
        )
    ).parsed
