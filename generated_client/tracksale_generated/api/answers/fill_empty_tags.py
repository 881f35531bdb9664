from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.fill_empty_tags_response import FillEmptyTagsResponse
from ...models.fill_tags_by_answer_id import FillTagsByAnswerId
from ...models.fill_tags_by_customer import FillTagsByCustomer
from ...types import Response


def _get_kwargs(
    *,
    body: FillTagsByAnswerId | FillTagsByCustomer,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/fill-empty-tags",
    }

    if isinstance(body, FillTagsByAnswerId):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | FillEmptyTagsResponse | None:
    if response.status_code == 200:
        response_200 = FillEmptyTagsResponse.from_dict(response.json())

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
) -> Response[ApiError | FillEmptyTagsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FillTagsByAnswerId | FillTagsByCustomer,
) -> Response[ApiError | FillEmptyTagsResponse]:
    """Fill an answer's empty tags

     Sets tags of one answer (one customer per request, at most 50 tags) without
    overwriting any tag that already has a value. The answer is found by
    `answer_id` or by `customer` (email, phone or identification, optionally
    narrowed by campaign), in which case the most recent answer is used.

    Args:
        body (FillTagsByAnswerId | FillTagsByCustomer): Tags to fill on one answer, found by
            `answer_id` or by `customer`. At most
            50 tags. A body naming both is read by `answer_id` (only `FillTagsByAnswerId`
            matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FillEmptyTagsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FillTagsByAnswerId | FillTagsByCustomer,
) -> ApiError | FillEmptyTagsResponse | None:
    """Fill an answer's empty tags

     Sets tags of one answer (one customer per request, at most 50 tags) without
    overwriting any tag that already has a value. The answer is found by
    `answer_id` or by `customer` (email, phone or identification, optionally
    narrowed by campaign), in which case the most recent answer is used.

    Args:
        body (FillTagsByAnswerId | FillTagsByCustomer): Tags to fill on one answer, found by
            `answer_id` or by `customer`. At most
            50 tags. A body naming both is read by `answer_id` (only `FillTagsByAnswerId`
            matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FillEmptyTagsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FillTagsByAnswerId | FillTagsByCustomer,
) -> Response[ApiError | FillEmptyTagsResponse]:
    """Fill an answer's empty tags

     Sets tags of one answer (one customer per request, at most 50 tags) without
    overwriting any tag that already has a value. The answer is found by
    `answer_id` or by `customer` (email, phone or identification, optionally
    narrowed by campaign), in which case the most recent answer is used.

    Args:
        body (FillTagsByAnswerId | FillTagsByCustomer): Tags to fill on one answer, found by
            `answer_id` or by `customer`. At most
            50 tags. A body naming both is read by `answer_id` (only `FillTagsByAnswerId`
            matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FillEmptyTagsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FillTagsByAnswerId | FillTagsByCustomer,
) -> ApiError | FillEmptyTagsResponse | None:
    """Fill an answer's empty tags

     Sets tags of one answer (one customer per request, at most 50 tags) without
    overwriting any tag that already has a value. The answer is found by
    `answer_id` or by `customer` (email, phone or identification, optionally
    narrowed by campaign), in which case the most recent answer is used.

    Args:
        body (FillTagsByAnswerId | FillTagsByCustomer): Tags to fill on one answer, found by
            `answer_id` or by `customer`. At most
            50 tags. A body naming both is read by `answer_id` (only `FillTagsByAnswerId`
            matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FillEmptyTagsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
