from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.flag import Flag
from ...models.paged_dispatch_report import PagedDispatchReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    codes: str | Unset = UNSET,
    channel: Flag | Unset = UNSET,
    tags: Flag | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["codes"] = codes

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel

    params["channel"] = json_channel

    json_tags: str | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dispatch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PagedDispatchReport | None:
    if response.status_code == 200:
        response_200 = PagedDispatchReport.from_dict(response.json())

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
) -> Response[ApiError | PagedDispatchReport]:
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
    codes: str | Unset = UNSET,
    channel: Flag | Unset = UNSET,
    tags: Flag | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> Response[ApiError | PagedDispatchReport]:
    """Report dispatches page by page

     Returns one row per customer of the lots executed in the period, one page at
    a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
    `limit` is the last one.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        codes (str | Unset):
        channel (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PagedDispatchReport]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        codes=codes,
        channel=channel,
        tags=tags,
        page=page,
        limit=limit,
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
    codes: str | Unset = UNSET,
    channel: Flag | Unset = UNSET,
    tags: Flag | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> ApiError | PagedDispatchReport | None:
    """Report dispatches page by page

     Returns one row per customer of the lots executed in the period, one page at
    a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
    `limit` is the last one.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        codes (str | Unset):
        channel (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PagedDispatchReport
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        codes=codes,
        channel=channel,
        tags=tags,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    codes: str | Unset = UNSET,
    channel: Flag | Unset = UNSET,
    tags: Flag | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> Response[ApiError | PagedDispatchReport]:
    """Report dispatches page by page

     Returns one row per customer of the lots executed in the period, one page at
    a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
    `limit` is the last one.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        codes (str | Unset):
        channel (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PagedDispatchReport]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        codes=codes,
        channel=channel,
        tags=tags,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    codes: str | Unset = UNSET,
    channel: Flag | Unset = UNSET,
    tags: Flag | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 100,
) -> ApiError | PagedDispatchReport | None:
    """Report dispatches page by page

     Returns one row per customer of the lots executed in the period, one page at
    a time (`page` from 1, `limit` from 100 to 10,000 rows). A page shorter than
    `limit` is the last one.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        codes (str | Unset):
        channel (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PagedDispatchReport
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            codes=codes,
            channel=channel,
            tags=tags,
            page=page,
            limit=limit,
        )
    ).parsed
