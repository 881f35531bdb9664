from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.send_lot_request import SendLotRequest
from ...models.send_lot_response import SendLotResponse
from ...types import Response


def _get_kwargs(
    campaign_code: int,
    dispatch_code: str,
    *,
    body: SendLotRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/campaign/{campaign_code}/dispatch/{dispatch_code}".format(
            campaign_code=quote(str(campaign_code), safe=""),
            dispatch_code=quote(str(dispatch_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SendLotResponse | None:
    if response.status_code == 200:
        response_200 = SendLotResponse.from_dict(response.json())

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
) -> Response[ApiError | SendLotResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_code: int,
    dispatch_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendLotRequest,
) -> Response[ApiError | SendLotResponse]:
    """Send a draft lot

     Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
    after that it is no longer a draft and this call answers 404 for it. Never
    retry this call blindly.

    Args:
        campaign_code (int):
        dispatch_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.
        body (SendLotRequest): When to execute the lot: `time` in Unix seconds (a number or a
            string of
            digits), or 0 to send it now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendLotResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        dispatch_code=dispatch_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_code: int,
    dispatch_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendLotRequest,
) -> ApiError | SendLotResponse | None:
    """Send a draft lot

     Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
    after that it is no longer a draft and this call answers 404 for it. Never
    retry this call blindly.

    Args:
        campaign_code (int):
        dispatch_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.
        body (SendLotRequest): When to execute the lot: `time` in Unix seconds (a number or a
            string of
            digits), or 0 to send it now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendLotResponse
    """

    return sync_detailed(
        campaign_code=campaign_code,
        dispatch_code=dispatch_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_code: int,
    dispatch_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendLotRequest,
) -> Response[ApiError | SendLotResponse]:
    """Send a draft lot

     Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
    after that it is no longer a draft and this call answers 404 for it. Never
    retry this call blindly.

    Args:
        campaign_code (int):
        dispatch_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.
        body (SendLotRequest): When to execute the lot: `time` in Unix seconds (a number or a
            string of
            digits), or 0 to send it now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendLotResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        dispatch_code=dispatch_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_code: int,
    dispatch_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendLotRequest,
) -> ApiError | SendLotResponse | None:
    """Send a draft lot

     Executes a draft lot now (`time` 0) or at a Unix time. A lot is sent once:
    after that it is no longer a draft and this call answers 404 for it. Never
    retry this call blindly.

    Args:
        campaign_code (int):
        dispatch_code (str): Code of a dispatch lot. Example: LT3PZ8W1A.
        body (SendLotRequest): When to execute the lot: `time` in Unix seconds (a number or a
            string of
            digits), or 0 to send it now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendLotResponse
    """

    return (
        await asyncio_detailed(
            campaign_code=campaign_code,
            dispatch_code=dispatch_code,
            client=client,
            body=body,
        )
    ).parsed
