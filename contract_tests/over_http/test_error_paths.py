"""Error answers over HTTP, as the typed errors of `tracksale_client` report them.

Every error's body must validate against the schema the document gives that status
of that operation (`ApiError`), and every error must carry the answer's
`X-Request-Id` as `request_id`. Where a test needs the raw answer behind an error it
uses a client of the plugin's mock whose transport records the exchanges.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from contract_tests.over_http._support import (
    REQUEST_ID,
    assert_valid,
    auth,
    component_schema,
    documented_example,
    load_spec_parameter,
    recorded_client,
    response_schema,
    seed,
)
from tracksale_client import (
    AuthenticationError,
    InvalidRequestError,
    MethodNotAllowedError,
    NotFoundError,
    ThrottledError,
    Tracksale,
    TracksaleError,
)
from tracksale_generated.api.answers import insert_note
from tracksale_generated.api.campaigns import get_campaign, list_campaigns
from tracksale_generated.api.dispatches import discard_draft_lot, send_dispatch_lot
from tracksale_generated.api.reports import get_paged_dispatch_lot, list_paged_dispatches
from tracksale_generated.api.widgets import get_widget
from tracksale_generated.models.campaign import Campaign
from tracksale_generated.models.note_by_answer_id import NoteByAnswerId
from tracksale_generated.models.send_lot_request import SendLotRequest
from tracksale_generated.models.widget import Widget
from tracksale_mock.config import RateLimit
from tracksale_mock.seed.load import DEFAULT_WIDGET_KEY
from tracksale_mock.serving import RunningMock


def check_error(error: TracksaleError, operation_id: str, status: int, kind: str) -> None:
    """Status, machine-readable kind, documented body and a request id."""
    assert error.status_code == status, error
    assert error.error_code == kind, error.body
    assert error.body is not None
    assert_valid(response_schema(operation_id, status), error.body)
    assert error.request_id is not None and REQUEST_ID.match(error.request_id), error.request_id


def campaign_codes(api: Tracksale) -> list[int]:
    campaigns = list_campaigns.sync(client=api.client)
    assert isinstance(campaigns, list) and campaigns
    return [c.code for c in campaigns if isinstance(c, Campaign)]


# 401


def test_an_unknown_token_is_an_authentication_error(tracksale_mock: RunningMock) -> None:
    with (
        Tracksale(token="revoked-token", base_url=tracksale_mock.url, pacing=False) as stranger,
        pytest.raises(AuthenticationError) as caught,
    ):
        list_campaigns.sync(client=stranger.client)
    check_error(caught.value, "listCampaigns", 401, "unauthorized")
    assert "revoked-token" not in str(caught.value)


def test_the_token_is_checked_before_anything_else(tracksale_mock: RunningMock) -> None:
    # Unknown campaign and unknown token: the token wins, nothing about the campaign leaks.
    with (
        Tracksale(token="revoked-token", base_url=tracksale_mock.url, pacing=False) as stranger,
        pytest.raises(AuthenticationError) as caught,
    ):
        get_campaign.sync(2_000_000_000, client=stranger.client)
    check_error(caught.value, "getCampaign", 401, "unauthorized")


# 404


def test_an_unknown_campaign_is_not_found(tracksale_api: Tracksale) -> None:
    unknown = max(campaign_codes(tracksale_api)) + 1_000
    with pytest.raises(NotFoundError) as caught:
        get_campaign.sync(unknown, client=tracksale_api.client)
    check_error(caught.value, "getCampaign", 404, "not_found")
    assert str(unknown) in caught.value.message


def test_an_unknown_lot_is_not_found(tracksale_api: Tracksale) -> None:
    code = campaign_codes(tracksale_api)[0]
    unknown = "LT" + "Z" * 8
    assert unknown not in {lot["code"] for lot in seed()["lots"]}
    with pytest.raises(NotFoundError) as sending:
        send_dispatch_lot.sync(code, unknown, client=tracksale_api.client, body=SendLotRequest(0))
    check_error(sending.value, "sendDispatchLot", 404, "not_found")
    with pytest.raises(NotFoundError) as discarding:
        discard_draft_lot.sync(code, unknown, client=tracksale_api.client)
    check_error(discarding.value, "discardDraftLot", 404, "not_found")
    with pytest.raises(NotFoundError) as reporting:
        get_paged_dispatch_lot.sync(unknown, client=tracksale_api.client)
    check_error(reporting.value, "getPagedDispatchLot", 404, "not_found")


def test_an_executed_lot_cannot_be_sent_again(tracksale_api: Tracksale) -> None:
    (lot, *_) = (lot for lot in seed()["lots"] if lot["status"] == "executed")
    with pytest.raises(NotFoundError) as caught:
        send_dispatch_lot.sync(
            lot["campaign_code"], lot["code"], client=tracksale_api.client, body=SendLotRequest(0)
        )
    check_error(caught.value, "sendDispatchLot", 404, "not_found")


def test_a_note_for_an_unknown_answer_is_not_found(tracksale_api: Tracksale) -> None:
    unknown = seed()["counters"]["next_answer_id"] + 1_000
    body = NoteByAnswerId(comment="Cliente contatado.", answer_id=unknown)
    with pytest.raises(NotFoundError) as caught:
        insert_note.sync(client=tracksale_api.client, body=body)
    check_error(caught.value, "insertNote", 404, "not_found")
    assert str(unknown) in caught.value.message


def test_an_unknown_widget_is_not_found(tracksale_api: Tracksale) -> None:
    with pytest.raises(NotFoundError) as caught:
        get_widget.sync(f"{DEFAULT_WIDGET_KEY}-gone", client=tracksale_api.client)
    check_error(caught.value, "getWidget", 404, "not_found")


# 400


def test_a_page_size_below_the_minimum_is_an_invalid_request(tracksale_api: Tracksale) -> None:
    minimum = load_spec_parameter("PageLimit")["schema"]["minimum"]
    with pytest.raises(InvalidRequestError) as caught:
        list_paged_dispatches.sync(client=tracksale_api.client, limit=minimum // 2)
    error = caught.value
    check_error(error, "listPagedDispatches", 400, "invalid_request")
    assert error.body is not None
    details = error.body.get("details")
    assert isinstance(details, list) and details and all(isinstance(d, str) for d in details)
    assert any(str(minimum) in d for d in details), details


def test_a_malformed_date_filter_is_an_invalid_request(tracksale_api: Tracksale) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        list_campaigns.sync(client=tracksale_api.client, start="26/11/2026")
    check_error(caught.value, "listCampaigns", 400, "invalid_request")


# 405: the request lock, forced and real, and a wrong method


def test_the_request_over_the_quota_is_throttled(
    tracksale_mock_factory: Callable[..., RunningMock],
) -> None:
    running = tracksale_mock_factory(rate_limit=RateLimit(5, 60.0))
    with recorded_client(running) as (api, recorder):
        for _ in range(5):
            assert isinstance(get_widget.sync(DEFAULT_WIDGET_KEY, client=api.client), Widget)
        assert [r.status_code for r in recorder.responses] == [200] * 5
        with pytest.raises(ThrottledError) as caught:
            get_widget.sync(DEFAULT_WIDGET_KEY, client=api.client)
    error = caught.value
    check_error(error, "getWidget", 405, "captcha_required")
    raw = recorder.responses[-1]
    assert raw.status_code == 405
    assert error.request_id == raw.headers["X-Request-Id"]
    assert error.captcha_id is not None and error.captcha_id == raw.headers["X-Captcha"]
    assert error.retry_after is not None and error.retry_after == int(raw.headers["Retry-After"])
    assert 0 < error.retry_after <= 60
    assert error.body is not None and error.body["captcha"]["id"] == error.captcha_id
    assert error.captcha_url == error.body["captcha"]["url"]
    assert error.captcha_url is not None and error.captcha_id in error.captcha_url


def test_prefer_forces_the_documented_throttle_answer(tracksale_mock: RunningMock) -> None:
    example = documented_example("Throttled", "captchaRequired")
    reply = httpx.get(
        f"{tracksale_mock.url}/v2/campaign",
        headers={**auth(tracksale_mock.token), "Prefer": "code=405"},
    )
    assert reply.status_code == 405
    assert reply.json() == example
    assert_valid(response_schema("listCampaigns", 405), reply.json())
    assert reply.headers["X-Captcha"] == example["captcha"]["id"]
    assert int(reply.headers["Retry-After"]) == example["retry_after"]
    assert REQUEST_ID.match(reply.headers["X-Request-Id"])


def test_a_forced_throttle_is_a_throttled_error(tracksale_api: Tracksale) -> None:
    example = documented_example("Throttled", "captchaRequired")
    tracksale_api.client.get_httpx_client().headers["Prefer"] = "code=405"
    with pytest.raises(ThrottledError) as caught:
        get_widget.sync(DEFAULT_WIDGET_KEY, client=tracksale_api.client)
    error = caught.value
    check_error(error, "getWidget", 405, "captcha_required")
    assert (error.captcha_id, error.captcha_url, error.retry_after) == (
        example["captcha"]["id"],
        example["captcha"]["url"],
        example["retry_after"],
    )


def test_a_wrong_method_is_405_method_not_allowed(tracksale_mock: RunningMock) -> None:
    reply = httpx.delete(f"{tracksale_mock.url}/v2/campaign", headers=auth(tracksale_mock.token))
    assert reply.status_code == 405
    body = reply.json()
    assert_valid(component_schema("ApiError"), body)
    assert body["error"] == "method_not_allowed"
    # Told apart from the lock: no CAPTCHA anywhere.
    assert "captcha" not in body and "retry_after" not in body
    assert "X-Captcha" not in reply.headers and "Retry-After" not in reply.headers
    assert "GET" in reply.headers.get("Allow", "")
    assert REQUEST_ID.match(reply.headers["X-Request-Id"])


def test_a_wrong_method_through_the_client_is_not_a_throttle(tracksale_api: Tracksale) -> None:
    http = tracksale_api.client.get_httpx_client()
    with pytest.raises(MethodNotAllowedError) as caught:
        http.delete("/v2/campaign")
    error = caught.value
    assert not isinstance(error, ThrottledError)
    assert (error.status_code, error.error_code) == (405, "method_not_allowed")
    assert error.body is not None
    assert_valid(component_schema("ApiError"), error.body)
    assert error.request_id is not None and REQUEST_ID.match(error.request_id)


# request ids


def test_every_error_carries_the_request_id_of_its_answer(tracksale_mock: RunningMock) -> None:
    calls: list[Callable[[Tracksale], Any]] = [
        lambda api: get_widget.sync(f"{DEFAULT_WIDGET_KEY}-gone", client=api.client),
        lambda api: list_paged_dispatches.sync(client=api.client, limit=1),
        lambda api: insert_note.sync(
            client=api.client, body=NoteByAnswerId(comment="x", answer_id=1)
        ),
    ]
    ids: list[str] = []
    with recorded_client(tracksale_mock) as (api, recorder):
        for call in calls:
            with pytest.raises(TracksaleError) as caught:
                call(api)
            raw = recorder.responses[-1]
            assert caught.value.status_code == raw.status_code >= 400
            assert caught.value.request_id == raw.headers["X-Request-Id"]
            assert caught.value.body == raw.json()
            ids.append(raw.headers["X-Request-Id"])
    with recorded_client(tracksale_mock, token="revoked-token") as (stranger, recorder):
        with pytest.raises(AuthenticationError) as denied:
            list_campaigns.sync(client=stranger.client)
        assert denied.value.request_id == recorder.responses[-1].headers["X-Request-Id"]
        ids.append(recorder.responses[-1].headers["X-Request-Id"])
    assert len(set(ids)) == len(ids) == len(calls) + 1, ids
