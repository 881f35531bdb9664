from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answer_insert_response import AnswerInsertResponse
from ...models.answer_request import AnswerRequest
from ...models.api_error import ApiError
from ...models.flag import Flag
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AnswerRequest,
    return_answer_id: Flag | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_return_answer_id: str | Unset = UNSET
    if not isinstance(return_answer_id, Unset):
        json_return_answer_id = return_answer_id

    params["return_answer_id"] = json_return_answer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/answer",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnswerInsertResponse | ApiError | None:
    if response.status_code == 200:
        response_200 = AnswerInsertResponse.from_dict(response.json())

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
) -> Response[AnswerInsertResponse | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnswerRequest,
    return_answer_id: Flag | Unset = UNSET,
) -> Response[AnswerInsertResponse | ApiError]:
    """Insert NPS answers

     Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
    Each answer needs a name and a score from 0 to 10 (a request that breaks this
    is refused whole) and, depending on the campaign's channel, an email or a
    phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1`
    to get the new answer ids.
    Never retry this call blindly: a retry inserts the answers twice.

    Args:
        return_answer_id (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (AnswerRequest): NPS answers to insert into one campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerInsertResponse | ApiError]
    """

    kwargs = _get_kwargs(
        body=body,
        return_answer_id=return_answer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnswerRequest,
    return_answer_id: Flag | Unset = UNSET,
) -> AnswerInsertResponse | ApiError | None:
    """Insert NPS answers

     Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
    Each answer needs a name and a score from 0 to 10 (a request that breaks this
    is refused whole) and, depending on the campaign's channel, an email or a
    phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1`
    to get the new answer ids.
    Never retry this call blindly: a retry inserts the answers twice.

    Args:
        return_answer_id (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (AnswerRequest): NPS answers to insert into one campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswerInsertResponse | ApiError
    """

    return sync_detailed(
        client=client,
        body=body,
        return_answer_id=return_answer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnswerRequest,
    return_answer_id: Flag | Unset = UNSET,
) -> Response[AnswerInsertResponse | ApiError]:
    """Insert NPS answers

     Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
    Each answer needs a name and a score from 0 to 10 (a request that breaks this
    is refused whole) and, depending on the campaign's channel, an email or a
    phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1`
    to get the new answer ids.
    Never retry this call blindly: a retry inserts the answers twice.

    Args:
        return_answer_id (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (AnswerRequest): NPS answers to insert into one campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerInsertResponse | ApiError]
    """

    kwargs = _get_kwargs(
        body=body,
        return_answer_id=return_answer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnswerRequest,
    return_answer_id: Flag | Unset = UNSET,
) -> AnswerInsertResponse | ApiError | None:
    """Insert NPS answers

     Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
    Each answer needs a name and a score from 0 to 10 (a request that breaks this
    is refused whole) and, depending on the campaign's channel, an email or a
    phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1`
    to get the new answer ids.
    Never retry this call blindly: a retry inserts the answers twice.

    Args:
        return_answer_id (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        body (AnswerRequest): NPS answers to insert into one campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswerInsertResponse | ApiError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            return_answer_id=return_answer_id,
        )
    ).parsed
