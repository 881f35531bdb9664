"""The request lock end to end: pacing below it, hitting it, waiting it out, solving
its CAPTCHA, and its precision under concurrent clients.

Quotas are small and the mock clock is moved instead of sleeping, except where the
point is real waiting (the pacer).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AsyncExitStack

import httpx
import pytest

from contract_tests.over_http._support import (
    assert_valid,
    auth,
    move_clock,
    response_schema,
    seed,
)
from tracksale_client import Pacer, Quota, ThrottledError, Tracksale
from tracksale_generated.api.answers import insert_answer
from tracksale_generated.api.campaigns import list_campaigns
from tracksale_generated.api.dispatches import list_draft_lots
from tracksale_generated.api.reports import get_answer_report, get_nps_report
from tracksale_generated.api.widgets import get_widget
from tracksale_generated.models.answer_report_row import AnswerReportRow
from tracksale_generated.models.answer_request import AnswerRequest
from tracksale_generated.models.draft_lot_list import DraftLotList
from tracksale_generated.models.nps_answer import NpsAnswer
from tracksale_generated.models.widget import Widget
from tracksale_mock.config import RateLimit
from tracksale_mock.seed.load import DEFAULT_WIDGET_KEY
from tracksale_mock.serving import RunningMock

Factory = Callable[..., RunningMock]
WIDGET_PATH = f"/v2/widget/{DEFAULT_WIDGET_KEY}"
CAMPAIGN: int = seed()["campaigns"][0]["code"]


def widget(api: Tracksale) -> Widget:
    found = get_widget.sync(DEFAULT_WIDGET_KEY, client=api.client)
    assert isinstance(found, Widget)
    return found


def locked(call: Callable[[], object]) -> ThrottledError:
    """The ThrottledError that `call` must raise."""
    with pytest.raises(ThrottledError) as caught:
        call()
    return caught.value


# (a) pacing


def warm_mock(factory: Factory, quota: Quota) -> RunningMock:
    """A mock with this quota that has answered once, its window empty again.

    The pacer cannot see when a request reaches the server's counter; a first request
    that is slow to get there (new connection, first use of the operation) would look
    closer to a later one than it was sent. The margin covers the usual jitter.
    """
    running = factory(rate_limit=RateLimit(quota.limit, quota.period))
    assert httpx.get(f"{running.url}{WIDGET_PATH}", headers=auth(running.token)).is_success
    running.advance_clock(quota.period)
    return running


def test_a_paced_burst_waits_instead_of_being_locked(tracksale_mock_factory: Factory) -> None:
    quota = Quota(5, 1.0)
    running = warm_mock(tracksale_mock_factory, quota)
    # 10 % of a one-second period (100 ms) absorbs the arrival jitter on a busy machine.
    pacer = Pacer(quota, margin=0.1)
    with Tracksale(token=running.token, base_url=running.url, pacing=pacer) as api:
        started = time.monotonic()
        widgets = [widget(api) for _ in range(2 * quota.limit + 1)]
        elapsed = time.monotonic() - started
    assert len(widgets) == 11
    # Requests 6-10 wait one period, request 11 a second one.
    assert elapsed >= 2 * quota.period, elapsed
    assert elapsed < 2 * quota.period + 3.0, f"the pacer waited far too long: {elapsed:.2f} s"


def test_paced_concurrent_tasks_share_one_budget(tracksale_mock_factory: Factory) -> None:
    quota = Quota(3, 1.0)
    running = warm_mock(tracksale_mock_factory, quota)

    async def burst() -> list[object]:
        async with Tracksale(
            token=running.token, base_url=running.url, pacing=Pacer(quota, margin=0.1)
        ) as api:
            calls = [
                get_widget.asyncio(DEFAULT_WIDGET_KEY, client=api.client)
                for _ in range(quota.limit + 1)
            ]
            return await asyncio.gather(*calls)

    started = time.monotonic()
    results = asyncio.run(burst())
    elapsed = time.monotonic() - started
    assert len(results) == quota.limit + 1
    assert all(isinstance(r, Widget) for r in results)
    assert elapsed >= quota.period, elapsed


# (b) the lock and its lifting by the window


def test_without_pacing_the_token_locks_until_the_window_frees_capacity(
    tracksale_mock_factory: Factory,
) -> None:
    running = tracksale_mock_factory(rate_limit=RateLimit(5, 60.0))
    with Tracksale(token=running.token, base_url=running.url, pacing=False) as api:
        for _ in range(5):
            widget(api)
        first = locked(lambda: widget(api))
        assert first.captcha_id and first.retry_after is not None and first.retry_after <= 60

        answer = AnswerRequest(
            campaign_code=str(CAMPAIGN),
            answers=[NpsAnswer(name="Bloqueado", email="bloqueado@example.com.br", score=10)],
        )
        # Every request of the token is refused, whatever the operation or method.
        for call in (
            lambda: list_campaigns.sync(client=api.client),
            lambda: list_draft_lots.sync(CAMPAIGN, client=api.client),
            lambda: get_nps_report.sync(client=api.client),
            lambda: insert_answer.sync(client=api.client, body=answer, return_answer_id="1"),
        ):
            again = locked(call)
            assert again.captcha_id == first.captcha_id
            assert again.error_code == "captcha_required"

        # Half the window later the lock holds, with half the wait left.
        running.advance_clock(30)
        halfway = locked(lambda: widget(api))
        assert halfway.captcha_id == first.captcha_id
        assert halfway.retry_after is not None and 25 <= halfway.retry_after <= 31

        # Once the window has passed (moved over HTTP this time), it lifts.
        move_clock(running, 31)
        widget(api)
        assert isinstance(list_draft_lots.sync(CAMPAIGN, client=api.client), DraftLotList)
        # The insertion refused while locked left nothing behind.
        rows = get_answer_report.sync(client=api.client, limit=-1)
        assert isinstance(rows, list)
        assert all(isinstance(r, AnswerReportRow) for r in rows)
        assert "bloqueado@example.com.br" not in {r.email for r in rows if r.email}

        # The quota starts over: 5 - 3 more requests, then a new lock.
        widget(api)
        widget(api)
        relocked = locked(lambda: widget(api))
        assert relocked.captcha_id != first.captcha_id


# (c) a CAPTCHA that must be solved


def test_until_solved_the_lock_outlives_the_window(tracksale_mock_factory: Factory) -> None:
    running = tracksale_mock_factory(rate_limit=RateLimit(3, 60.0), captcha_until_solved=True)
    with Tracksale(token=running.token, base_url=running.url, pacing=False) as api:
        for _ in range(3):
            widget(api)
        first = locked(lambda: widget(api))
        assert first.captcha_id and first.captcha_url

        move_clock(running, 120)
        after_window = locked(lambda: widget(api))
        assert after_window.captcha_id == first.captcha_id

        unknown = httpx.post(f"{running.url}/_mock/captcha/cap_unknown/solve")
        assert unknown.status_code == 404
        locked(lambda: widget(api))

        # What a person does at the URL the error names.
        solved = httpx.post(first.captcha_url)
        assert (solved.status_code, solved.json()) == (200, {"solved": True})
        assert httpx.post(first.captcha_url).status_code == 404  # solved once

        # Unlocked, with a fresh quota: 3 more, then a new CAPTCHA.
        for _ in range(3):
            widget(api)
        second = locked(lambda: widget(api))
        assert second.captcha_id != first.captcha_id


# (d) precision under concurrency


def test_concurrent_clients_get_exactly_the_quota(tracksale_mock_factory: Factory) -> None:
    quota, burst_size, clients = 50, 120, 12
    running = tracksale_mock_factory(rate_limit=RateLimit(quota, 60.0), tokens=("tok-a", "tok-b"))

    async def burst() -> tuple[list[httpx.Response], list[httpx.Response]]:
        async with AsyncExitStack() as stack:
            pool = [
                await stack.enter_async_context(
                    httpx.AsyncClient(base_url=running.url, headers=auth("tok-a"))
                )
                for _ in range(clients)
            ]
            other = await stack.enter_async_context(
                httpx.AsyncClient(base_url=running.url, headers=auth("tok-b"))
            )
            paths = [WIDGET_PATH, f"/v2/campaign/{CAMPAIGN}/draft-lot"]
            mine = [pool[i % clients].get(paths[i % 2]) for i in range(burst_size)]
            theirs = [other.get(WIDGET_PATH) for _ in range(10)]
            replies = await asyncio.gather(*mine, *theirs)
            return replies[:burst_size], replies[burst_size:]

    mine, theirs = asyncio.run(burst())
    assert Counter(r.status_code for r in mine) == {200: quota, 405: burst_size - quota}
    refused = [r for r in mine if r.status_code == 405]
    assert {r.json()["error"] for r in refused} == {"captcha_required"}
    assert len({r.headers["X-Captcha"] for r in refused}) == 1
    assert_valid(response_schema("getWidget", 405), refused[0].json())
    # The other token shares nothing with the locked one, during and after the burst.
    assert [r.status_code for r in theirs] == [200] * len(theirs)
    assert httpx.get(f"{running.url}{WIDGET_PATH}", headers=auth("tok-b")).status_code == 200
    assert httpx.get(f"{running.url}{WIDGET_PATH}", headers=auth("tok-a")).status_code == 405


def test_threads_of_one_client_get_exactly_the_quota(tracksale_mock_factory: Factory) -> None:
    quota, calls = 20, 60
    running = tracksale_mock_factory(rate_limit=RateLimit(quota, 60.0))

    def attempt(api: Tracksale) -> str:
        try:
            widget(api)
        except ThrottledError as error:
            return str(error.captcha_id)
        return "ok"

    with (
        Tracksale(token=running.token, base_url=running.url, pacing=False) as api,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        outcomes = Counter(pool.map(lambda _: attempt(api), range(calls)))
    assert outcomes.pop("ok") == quota
    assert list(outcomes.values()) == [calls - quota]  # one CAPTCHA for every refusal


# the plugin's client


@pytest.mark.parametrize("round_", [1, 2])
def test_the_fixture_client_paces_to_the_mock_quota_afresh_each_test(
    tracksale_api: Tracksale, tracksale_mock: RunningMock, round_: int
) -> None:
    # The mock forgets its counts before each test, so the fixture's pacer must too:
    # a full quota used up in round 1 must not make round 2 wait.
    rate = tracksale_mock.mock.config.rate_limit
    pacer = tracksale_api.pacer
    assert pacer is not None and pacer.quota == Quota(rate.requests, rate.seconds)
    delays = [pacer.reserve() for _ in range(rate.requests)]
    if delays != [0.0] * rate.requests:
        pacer._sent.clear()  # a shared pacer after all: spare the tests after this one
        pytest.fail(f"round {round_} would wait {max(delays):.0f} s for an empty mock")
