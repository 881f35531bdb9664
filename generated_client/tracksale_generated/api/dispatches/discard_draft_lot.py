from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.discard_lot_response import DiscardLotResponse
from ...types import Response


def _get_kwargs(
    campaign_code: int,
    lot_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/campaign/{campaign_code}/discard-lot/{lot_code}".format(
            campaign_code=quote(str(campaign_code), safe=""),
            lot_code=quote(str(lot_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DiscardLotResponse | None:
    if response.status_code == 200:
        response_200 = DiscardLotResponse.from_dict(response.json())

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
) -> Response[ApiError | DiscardLotResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_code: int,
    lot_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DiscardLotResponse]:
    """Discard a draft lot

     Deletes a draft lot and the customers gathered in it; nothing is sent.

    Args:
        campaign_code (int):
        lot_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DiscardLotResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        lot_code=lot_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_code: int,
    lot_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DiscardLotResponse | None:
    """Discard a draft lot

     Deletes a draft lot and the customers gathered in it; nothing is sent.

    Args:
        campaign_code (int):
        lot_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DiscardLotResponse
    """

    return sync_detailed(
        campaign_code=campaign_code,
        lot_code=lot_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_code: int,
    lot_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DiscardLotResponse]:
    """Discard a draft lot

     Deletes a draft lot and the customers gathered in it; nothing is sent.

    Args:
        campaign_code (int):
        lot_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DiscardLotResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        lot_code=lot_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_code: int,
    lot_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DiscardLotResponse | None:
    """Discard a draft lot

     Deletes a draft lot and the customers gathered in it; nothing is sent.

    Args:
        campaign_code (int):
        lot_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DiscardLotResponse
    """

    return (
        await asyncio_detailed(
            campaign_code=campaign_code,
            lot_code=lot_code,
            client=client,
        )
    ).parsed
