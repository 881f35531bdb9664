from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.note_by_answer_id import NoteByAnswerId
from ...models.note_by_filter import NoteByFilter
from ...models.note_response import NoteResponse
from ...types import Response


def _get_kwargs(
    *,
    body: NoteByAnswerId | NoteByFilter,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/note",
    }

    if isinstance(body, NoteByAnswerId):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | NoteResponse | None:
    if response.status_code == 200:
        response_200 = NoteResponse.from_dict(response.json())

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
) -> Response[ApiError | NoteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NoteByAnswerId | NoteByFilter,
) -> Response[ApiError | NoteResponse]:
    """Add an internal note to an answer

     Adds an internal note to one answer, found either by `answer_id` or by a
    filter: a customer (email, phone or identification), a period
    (`start_date`..`end_date`) and optionally a campaign. With a filter the most
    recent matching answer gets the note.

    Args:
        body (NoteByAnswerId | NoteByFilter): A note and the answer it belongs to, by `answer_id`
            or by `filter`. A body
            naming both is read by `answer_id` (only `NoteByAnswerId` matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NoteResponse]
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
    body: NoteByAnswerId | NoteByFilter,
) -> ApiError | NoteResponse | None:
    """Add an internal note to an answer

     Adds an internal note to one answer, found either by `answer_id` or by a
    filter: a customer (email, phone or identification), a period
    (`start_date`..`end_date`) and optionally a campaign. With a filter the most
    recent matching answer gets the note.

    Args:
        body (NoteByAnswerId | NoteByFilter): A note and the answer it belongs to, by `answer_id`
            or by `filter`. A body
            naming both is read by `answer_id` (only `NoteByAnswerId` matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NoteResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NoteByAnswerId | NoteByFilter,
) -> Response[ApiError | NoteResponse]:
    """Add an internal note to an answer

     Adds an internal note to one answer, found either by `answer_id` or by a
    filter: a customer (email, phone or identification), a period
    (`start_date`..`end_date`) and optionally a campaign. With a filter the most
    recent matching answer gets the note.

    Args:
        body (NoteByAnswerId | NoteByFilter): A note and the answer it belongs to, by `answer_id`
            or by `filter`. A body
            naming both is read by `answer_id` (only `NoteByAnswerId` matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NoteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NoteByAnswerId | NoteByFilter,
) -> ApiError | NoteResponse | None:
    """Add an internal note to an answer

     Adds an internal note to one answer, found either by `answer_id` or by a
    filter: a customer (email, phone or identification), a period
    (`start_date`..`end_date`) and optionally a campaign. With a filter the most
    recent matching answer gets the note.

    Args:
        body (NoteByAnswerId | NoteByFilter): A note and the answer it belongs to, by `answer_id`
            or by `filter`. A body
            naming both is read by `answer_id` (only `NoteByAnswerId` matches it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NoteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
