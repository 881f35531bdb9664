from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.campaign import Campaign
from ...models.flag import Flag
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    dispatch_limits: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_dispatch_limits: str | Unset = UNSET
    if not isinstance(dispatch_limits, Unset):
        json_dispatch_limits = dispatch_limits

    params["dispatch_limits"] = json_dispatch_limits

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/campaign",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Campaign] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_campaign_list_item_data in _response_200:
            componentsschemas_campaign_list_item = Campaign.from_dict(
                componentsschemas_campaign_list_item_data
            )

            response_200.append(componentsschemas_campaign_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

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
) -> Response[ApiError | list[Campaign]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    dispatch_limits: Flag | Unset = UNSET,
) -> Response[ApiError | list[Campaign]]:
    """List campaigns

     Lists every campaign of the account with its code, channel, questions and the
    answer counters of the period given by `start` and `end`. Pass
    `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
    limits.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        dispatch_limits (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Campaign]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        dispatch_limits=dispatch_limits,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    dispatch_limits: Flag | Unset = UNSET,
) -> ApiError | list[Campaign] | None:
    """List campaigns

     Lists every campaign of the account with its code, channel, questions and the
    answer counters of the period given by `start` and `end`. Pass
    `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
    limits.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        dispatch_limits (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Campaign]
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        dispatch_limits=dispatch_limits,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    dispatch_limits: Flag | Unset = UNSET,
) -> Response[ApiError | list[Campaign]]:
    """List campaigns

     Lists every campaign of the account with its code, channel, questions and the
    answer counters of the period given by `start` and `end`. Pass
    `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
    limits.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        dispatch_limits (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Campaign]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        dispatch_limits=dispatch_limits,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    dispatch_limits: Flag | Unset = UNSET,
) -> ApiError | list[Campaign] | None:
    """List campaigns

     Lists every campaign of the account with its code, channel, questions and the
    answer counters of the period given by `start` and `end`. Pass
    `dispatch_limits=1` to add each campaign's daily, weekly and monthly sending
    limits.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        dispatch_limits (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Campaign]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            dispatch_limits=dispatch_limits,
        )
    ).parsed
