from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answer_insert_response import AnswerInsertResponse
from ...models.answers_request import AnswersRequest
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    *,
    body: AnswersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/answers",
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
    body: AnswersRequest,
) -> Response[AnswerInsertResponse | ApiError]:
    """Insert answers to every question

     Inserts complete answers to a campaign whose questions may be of six types:
    NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
    customer's `answers` must follow the campaign's question order; a customer
    whose answers are out of order, miss a required question or hold a value of
    the wrong kind is counted as invalid, and `msg` says why. Each question's
    rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
    and whether it is `optional`. The new answer ids are always returned.

    Args:
        body (AnswersRequest): Complete answers to insert into one campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerInsertResponse | ApiError]
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
    body: AnswersRequest,
) -> AnswerInsertResponse | ApiError | None:
    """Insert answers to every question

     Inserts complete answers to a campaign whose questions may be of six types:
    NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
    customer's `answers` must follow the campaign's question order; a customer
    whose answers are out of order, miss a required question or hold a value of
    the wrong kind is counted as invalid, and `msg` says why. Each question's
    rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
    and whether it is `optional`. The new answer ids are always returned.

    Args:
        body (AnswersRequest): Complete answers to insert into one campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswerInsertResponse | ApiError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnswersRequest,
) -> Response[AnswerInsertResponse | ApiError]:
    """Insert answers to every question

     Inserts complete answers to a campaign whose questions may be of six types:
    NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
    customer's `answers` must follow the campaign's question order; a customer
    whose answers are out of order, miss a required question or hold a value of
    the wrong kind is counted as invalid, and `msg` says why. Each question's
    rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
    and whether it is `optional`. The new answer ids are always returned.

    Args:
        body (AnswersRequest): Complete answers to insert into one campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswerInsertResponse | ApiError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnswersRequest,
) -> AnswerInsertResponse | ApiError | None:
    """Insert answers to every question

     Inserts complete answers to a campaign whose questions may be of six types:
    NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
    customer's `answers` must follow the campaign's question order; a customer
    whose answers are out of order, miss a required question or hold a value of
    the wrong kind is counted as invalid, and `msg` says why. Each question's
    rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
    and whether it is `optional`. The new answer ids are always returned.

    Args:
        body (AnswersRequest): Complete answers to insert into one campaign.

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
        )
    ).parsed
