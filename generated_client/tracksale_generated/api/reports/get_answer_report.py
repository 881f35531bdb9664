from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answer_report_row import AnswerReportRow
from ...models.api_error import ApiError
from ...models.flag import Flag
from ...models.justification_format import (
    JustificationFormat,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = 10,
    tags: Flag | Unset = UNSET,
    justif_return: JustificationFormat | Unset = UNSET,
    codes: str | Unset = UNSET,
    review: Flag | Unset = UNSET,
    nps_secondary: Flag | Unset = UNSET,
    open_question: Flag | Unset = UNSET,
    csat: Flag | Unset = UNSET,
    return_update_time: Flag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["limit"] = limit

    json_tags: str | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_justif_return: str | Unset = UNSET
    if not isinstance(justif_return, Unset):
        json_justif_return = justif_return

    params["justifReturn"] = json_justif_return

    params["codes"] = codes

    json_review: str | Unset = UNSET
    if not isinstance(review, Unset):
        json_review = review

    params["review"] = json_review

    json_nps_secondary: str | Unset = UNSET
    if not isinstance(nps_secondary, Unset):
        json_nps_secondary = nps_secondary

    params["nps_secondary"] = json_nps_secondary

    json_open_question: str | Unset = UNSET
    if not isinstance(open_question, Unset):
        json_open_question = open_question

    params["open_question"] = json_open_question

    json_csat: str | Unset = UNSET
    if not isinstance(csat, Unset):
        json_csat = csat

    params["csat"] = json_csat

    json_return_update_time: str | Unset = UNSET
    if not isinstance(return_update_time, Unset):
        json_return_update_time = return_update_time

    params["return_update_time"] = json_return_update_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/report/answer",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[AnswerReportRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_answer_report_item_data in _response_200:
            componentsschemas_answer_report_item = AnswerReportRow.from_dict(
                componentsschemas_answer_report_item_data
            )

            response_200.append(componentsschemas_answer_report_item)

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
) -> Response[ApiError | list[AnswerReportRow]]:
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
    limit: int | Unset = 10,
    tags: Flag | Unset = UNSET,
    justif_return: JustificationFormat | Unset = UNSET,
    codes: str | Unset = UNSET,
    review: Flag | Unset = UNSET,
    nps_secondary: Flag | Unset = UNSET,
    open_question: Flag | Unset = UNSET,
    csat: Flag | Unset = UNSET,
    return_update_time: Flag | Unset = UNSET,
) -> Response[ApiError | list[AnswerReportRow]]:
    """Report answers and comments

     Returns the answers of the period, newest first, with the customer, score,
    comment, status and the optional extras selected by the flags.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        limit (int | Unset):  Default: 10.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        justif_return (JustificationFormat | Unset): Shape of `justifications` in the answer
            report: `level` groups child
            justifications under their parent, `array` returns one flat list of strings.
        codes (str | Unset):
        review (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        nps_secondary (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        open_question (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        csat (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        return_update_time (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[AnswerReportRow]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        limit=limit,
        tags=tags,
        justif_return=justif_return,
        codes=codes,
        review=review,
        nps_secondary=nps_secondary,
        open_question=open_question,
        csat=csat,
        return_update_time=return_update_time,
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
    limit: int | Unset = 10,
    tags: Flag | Unset = UNSET,
    justif_return: JustificationFormat | Unset = UNSET,
    codes: str | Unset = UNSET,
    review: Flag | Unset = UNSET,
    nps_secondary: Flag | Unset = UNSET,
    open_question: Flag | Unset = UNSET,
    csat: Flag | Unset = UNSET,
    return_update_time: Flag | Unset = UNSET,
) -> ApiError | list[AnswerReportRow] | None:
    """Report answers and comments

     Returns the answers of the period, newest first, with the customer, score,
    comment, status and the optional extras selected by the flags.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        limit (int | Unset):  Default: 10.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        justif_return (JustificationFormat | Unset): Shape of `justifications` in the answer
            report: `level` groups child
            justifications under their parent, `array` returns one flat list of strings.
        codes (str | Unset):
        review (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        nps_secondary (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        open_question (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        csat (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        return_update_time (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[AnswerReportRow]
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        limit=limit,
        tags=tags,
        justif_return=justif_return,
        codes=codes,
        review=review,
        nps_secondary=nps_secondary,
        open_question=open_question,
        csat=csat,
        return_update_time=return_update_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = 10,
    tags: Flag | Unset = UNSET,
    justif_return: JustificationFormat | Unset = UNSET,
    codes: str | Unset = UNSET,
    review: Flag | Unset = UNSET,
    nps_secondary: Flag | Unset = UNSET,
    open_question: Flag | Unset = UNSET,
    csat: Flag | Unset = UNSET,
    return_update_time: Flag | Unset = UNSET,
) -> Response[ApiError | list[AnswerReportRow]]:
    """Report answers and comments

     Returns the answers of the period, newest first, with the customer, score,
    comment, status and the optional extras selected by the flags.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        limit (int | Unset):  Default: 10.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        justif_return (JustificationFormat | Unset): Shape of `justifications` in the answer
            report: `level` groups child
            justifications under their parent, `array` returns one flat list of strings.
        codes (str | Unset):
        review (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        nps_secondary (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        open_question (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        csat (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        return_update_time (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[AnswerReportRow]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        limit=limit,
        tags=tags,
        justif_return=justif_return,
        codes=codes,
        review=review,
        nps_secondary=nps_secondary,
        open_question=open_question,
        csat=csat,
        return_update_time=return_update_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    limit: int | Unset = 10,
    tags: Flag | Unset = UNSET,
    justif_return: JustificationFormat | Unset = UNSET,
    codes: str | Unset = UNSET,
    review: Flag | Unset = UNSET,
    nps_secondary: Flag | Unset = UNSET,
    open_question: Flag | Unset = UNSET,
    csat: Flag | Unset = UNSET,
    return_update_time: Flag | Unset = UNSET,
) -> ApiError | list[AnswerReportRow] | None:
    """Report answers and comments

     Returns the answers of the period, newest first, with the customer, score,
    comment, status and the optional extras selected by the flags.

    Args:
        start (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        end (str | Unset): `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`, without offset. A day past the
            end of its
            month rolls over into the next month, as the service's date parsing does.
             Example: 2026-11-26.
        limit (int | Unset):  Default: 10.
        tags (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        justif_return (JustificationFormat | Unset): Shape of `justifications` in the answer
            report: `level` groups child
            justifications under their parent, `array` returns one flat list of strings.
        codes (str | Unset):
        review (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it
            on, `0` or
            `false` (or leaving it out) keeps it off.
        nps_secondary (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        open_question (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.
        csat (Flag | Unset): A yes/no switch as integrators send it: `1` or `true` switches it on,
            `0` or
            `false` (or leaving it out) keeps it off.
        return_update_time (Flag | Unset): A yes/no switch as integrators send it: `1` or `true`
            switches it on, `0` or
            `false` (or leaving it out) keeps it off.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[AnswerReportRow]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            limit=limit,
            tags=tags,
            justif_return=justif_return,
            codes=codes,
            review=review,
            nps_secondary=nps_secondary,
            open_question=open_question,
            csat=csat,
            return_update_time=return_update_time,
        )
    ).parsed
