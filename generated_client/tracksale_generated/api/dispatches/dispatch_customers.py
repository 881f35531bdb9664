from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.dispatch_request import DispatchRequest
from ...models.dispatch_response import DispatchResponse
from ...models.flag import Flag
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_code: int,
    *,
    body: DispatchRequest,
    get_not_inserted: Flag | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_get_not_inserted: str | Unset = UNSET
    if not isinstance(get_not_inserted, Unset):
        json_get_not_inserted = get_not_inserted

    params["getNotInserted"] = json_get_not_inserted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/campaign/{campaign_code}/dispatch".format(
            campaign_code=quote(str(campaign_code), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DispatchResponse | None:
    if response.status_code == 200:
        response_200 = DispatchResponse.from_dict(response.json())

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
) -> Response[ApiError | DispatchResponse]:
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
    body: DispatchRequest,
    get_not_inserted: Flag | Unset = UNSET,
) -> Response[ApiError | DispatchResponse]:
    """Dispatch a survey to customers

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

    Args:
        campaign_code (int):
        get_not_inserted (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (DispatchRequest): Customers to survey and, optionally, when.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DispatchResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        body=body,
        get_not_inserted=get_not_inserted,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_code: int,
    *,
    client: AuthenticatedClient | Client,
    body: DispatchRequest,
    get_not_inserted: Flag | Unset = UNSET,
) -> ApiError | DispatchResponse | None:
    """Dispatch a survey to customers

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

    Args:
        campaign_code (int):
        get_not_inserted (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (DispatchRequest): Customers to survey and, optionally, when.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DispatchResponse
    """

    return sync_detailed(
        campaign_code=campaign_code,
        client=client,
        body=body,
        get_not_inserted=get_not_inserted,
    ).parsed


async def asyncio_detailed(
    campaign_code: int,
    *,
    client: AuthenticatedClient | Client,
    body: DispatchRequest,
    get_not_inserted: Flag | Unset = UNSET,
) -> Response[ApiError | DispatchResponse]:
    """Dispatch a survey to customers

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

    Args:
        campaign_code (int):
        get_not_inserted (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (DispatchRequest): Customers to survey and, optionally, when.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DispatchResponse]
    """

    kwargs = _get_kwargs(
        campaign_code=campaign_code,
        body=body,
        get_not_inserted=get_not_inserted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_code: int,
    *,
    client: AuthenticatedClient | Client,
    body: DispatchRequest,
    get_not_inserted: Flag | Unset = UNSET,
) -> ApiError | DispatchResponse | None:
    """Dispatch a survey to customers

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

    Args:
        campaign_code (int):
        get_not_inserted (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (DispatchRequest): Customers to survey and, optionally, when.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DispatchResponse
    """

    return (
        await asyncio_detailed(
            campaign_code=campaign_code,
            client=client,
            body=body,
            get_not_inserted=get_not_inserted,
        )
    ).parsed
