"""The activity index counts what a scan of the state counts, and is never stale."""

from __future__ import annotations

import random

from contract_tests.mock.domain.conftest import DAY, NOW, email_body
from tracksale_mock.domain import nps
from tracksale_mock.domain.activity import Activity
from tracksale_mock.domain.dates import Period
from tracksale_mock.domain.lots import count_sent, is_sent
from tracksale_mock.domain.operations import Operations
from tracksale_mock.state.model import State
from tracksale_mock.state.store import MemoryStore


def periods() -> list[Period]:
    chosen = random.Random(7)
    found = [Period(NOW - 30 * DAY, NOW + 1), Period(0, 2**40), Period(NOW, NOW)]
    for _ in range(60):
        start = NOW - chosen.randrange(200 * DAY)
        found.append(Period(start, start + chosen.randrange(1, 60 * DAY)))
    return found


def test_campaign_counts_match_a_scan(seed_state: State) -> None:
    activity = Activity(seed_state)
    for period in periods():
        for campaign in seed_state.campaigns:
            code = campaign.code
            answers = [
                a for a in seed_state.answers if a.campaign_code == code and a.time in period
            ]
            promoters, passives, detractors = nps.counts(a.nps_answer for a in answers)
            comments = sum(1 for a in answers if a.nps_comment and a.nps_comment.strip())
            index = activity.campaign(code)
            counts = index.counts(period)
            assert counts == (len(answers), comments, promoters, passives, detractors)
            assert index.sent(period) == count_sent(seed_state, period, {code})


def test_newest_answers_match_a_sort(seed_state: State) -> None:
    activity = Activity(seed_state)
    for period in periods():
        for codes in (None, {1201}, {1202, 1204}, set()):
            for limit in (-1, 0, 1, 10, 1000):
                expected = sorted(
                    (
                        a
                        for a in seed_state.answers
                        if a.time in period and (codes is None or a.campaign_code in codes)
                    ),
                    key=lambda a: (a.time, a.id),
                    reverse=True,
                )
                if limit >= 0:
                    expected = expected[:limit]
                assert activity.newest(period, codes, limit) == expected


def test_drafts_and_unknown_campaigns_count_nothing(seed_state: State) -> None:
    activity = Activity(seed_state)
    everything = Period(0, 2**40)
    assert activity.campaign(424242).counts(everything) == (0, 0, 0, 0, 0)
    assert activity.campaign(424242).sent(everything) == 0
    drafted = sum(len(lot.customers) for lot in seed_state.lots if not is_sent(lot))
    assert drafted > 0
    sent = sum(activity.campaign(c.code).sent(everything) for c in seed_state.campaigns)
    assert sent == count_sent(seed_state, everything, None)


def test_derived_values_are_rebuilt_after_every_write_and_reset(seed_state: State) -> None:
    store = MemoryStore(seed_state)
    builds: list[int] = []

    def build(state: State) -> int:
        builds.append(len(state.lots))
        return len(state.lots)

    with store.read():
        assert store.derived(build) == store.derived(build) == len(seed_state.lots)
    assert len(builds) == 1
    with store.write() as state:
        state.lots.pop()
    with store.read():
        assert store.derived(build) == len(seed_state.lots) - 1
    store.reset(seed_state)
    with store.read():
        assert store.derived(build) == len(seed_state.lots)
    assert len(builds) == 3


def test_campaign_counters_follow_writes(ops: Operations) -> None:
    def dispatches(code: int) -> int:
        (campaign,) = [c for c in ops.list_campaigns() if c["code"] == code]
        count: int = campaign["dispatches"]
        return count

    before = dispatches(1201)
    ops.dispatch_customers(
        campaign_code=1201, body={**email_body("fresh@example.com"), "schedule_time": 0}
    )
    assert dispatches(1201) == before + 1
    reply = ops.insert_answer(
        body={
            "campaign_code": "1201",
            "answers": [{"name": "Ana", "email": "fresh@example.com", "score": 10}],
        }
    )
    assert reply["status"]["inserted"] == 1
    (campaign,) = [c for c in ops.list_campaigns() if c["code"] == 1201]
    (again,) = [c for c in ops.get_campaign(campaign_code=1201)]
    assert campaign == again
    assert ops.get_answer_report(limit=1)[0]["email"] == "fresh@example.com"
