"""The state index answers what a scan of the state answers, and stays true as the
domain writes through it (compared with an index built afresh from the result)."""

from __future__ import annotations

import random
from typing import Any

from contract_tests.mock.domain.conftest import DAY, NOW, email_body
from tracksale_mock.domain import nps
from tracksale_mock.domain.customers import CustomerKey
from tracksale_mock.domain.dates import Period
from tracksale_mock.domain.operations import Operations
from tracksale_mock.state.index import StateIndex, contact_of, forget_index, index_of
from tracksale_mock.state.model import Answer, Lot, LotCustomer, State
from tracksale_mock.state.store import MemoryStore


def periods(count: int = 60) -> list[Period]:
    chosen = random.Random(7)
    found = [Period(NOW - 30 * DAY, NOW + 1), Period(0, 2**40), Period(NOW, NOW)]
    for _ in range(count):
        start = NOW - chosen.randrange(200 * DAY)
        found.append(Period(start, start + chosen.randrange(1, 60 * DAY)))
    return found


def key_of(who: Answer | LotCustomer) -> CustomerKey:
    return CustomerKey.of(who.email, who.phone, who.identification)


# What the indexes replace: scans of the whole state.


def scan_previous(state: State, code: int, key: CustomerKey, time: int) -> Answer | None:
    earlier = [
        a
        for a in state.answers
        if a.campaign_code == code and a.time <= time and key.shares_any(key_of(a))
    ]
    return max(earlier, key=lambda a: (a.time, a.id), default=None)


def scan_sending(
    state: State, code: int, key: CustomerKey, time: int
) -> tuple[Lot, LotCustomer] | None:
    candidates = [
        (customer.dispatch_time, lot, customer)
        for lot in state.lots
        if lot.campaign_code == code and lot.status != "draft"
        for customer in lot.customers
        if customer.dispatch_time is not None
        and customer.dispatch_time <= time
        and not customer.has_answered
        and key.shares_any(key_of(customer))
    ]
    if not candidates:
        return None
    _, lot, customer = max(candidates, key=lambda c: c[0])
    return lot, customer


def scan_sent(state: State, period: Period, codes: set[int] | None) -> int:
    return sum(
        1
        for lot in state.lots
        if lot.status != "draft" and (codes is None or lot.campaign_code in codes)
        for c in lot.customers
        if c.dispatch_time in period
    )


def test_counts_and_answers_match_a_scan(seed_state: State) -> None:
    index = StateIndex(seed_state)
    for period in periods():
        for campaign in seed_state.campaigns:
            code = campaign.code
            answers = [
                a for a in seed_state.answers if a.campaign_code == code and a.time in period
            ]
            promoters, passives, detractors = nps.counts(a.nps_answer for a in answers)
            comments = sum(1 for a in answers if a.nps_comment and a.nps_comment.strip())
            counts = index.campaign(code).counts(period.start, period.end)
            assert counts == (len(answers), comments, promoters, passives, detractors)
            sent = index.campaign(code).sent_between(period.start, period.end)
            assert sent == scan_sent(seed_state, period, {code})
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
                assert index.newest(period.start, period.end, codes, limit) == expected
            lots = sorted(
                (
                    lot
                    for lot in seed_state.lots
                    if lot.status != "draft"
                    and lot.schedule_time in period
                    and (codes is None or lot.campaign_code in codes)
                ),
                key=lambda lot: (lot.schedule_time or 0, lot.code),
            )
            assert index.sent_lots(period.start, period.end, codes) == lots
            assert index.sent_count(period.start, period.end, codes) == scan_sent(
                seed_state, period, codes
            )


def test_customers_previous_answer_and_open_sending_match_a_scan(seed_state: State) -> None:
    index = StateIndex(seed_state)
    people = {key_of(c) for lot in seed_state.lots for c in lot.customers}
    people |= {CustomerKey(email=k.email) for k in people} | {CustomerKey(phone="0")}
    times = [NOW - 60 * DAY, NOW - 20 * DAY, NOW - 3 * DAY, NOW + 2 * DAY]
    for campaign in seed_state.campaigns:
        for key in people:
            contact = (key.email, key.phone, key.identification)
            for time in times:
                expected = scan_previous(seed_state, campaign.code, key, time)
                assert index.previous_answer(campaign.code, contact, time) is expected
                assert index.open_sending(campaign.code, contact, time) == scan_sending(
                    seed_state, campaign.code, key, time
                )


def test_unknown_campaigns_count_nothing(seed_state: State) -> None:
    index = StateIndex(seed_state)
    assert index.campaign(424242).counts(0, 2**40) == (0, 0, 0, 0, 0)
    assert index.campaign(424242).sent_between(0, 2**40) == 0
    assert index.previous_answer(424242, contact_of("a@b.co", None, None), NOW) is None


def _signature(state: State, index: StateIndex) -> list[Any]:
    """Everything the index answers about `state`, comparable between two indexes."""
    found: list[Any] = []
    codes = [c.code for c in state.campaigns]
    for period in periods(10):
        for code in codes:
            campaign = index.campaign(code)
            found.append(campaign.counts(period.start, period.end))
            found.append(campaign.sent_between(period.start, period.end))
        found.append([a.id for a in index.newest(period.start, period.end, None, -1)])
        found.append([x.code for x in index.sent_lots(period.start, period.end, None)])
    contacts = {contact_of(a.email, a.phone, a.identification) for a in state.answers}
    contacts |= {
        contact_of(c.email, c.phone, c.identification) for x in state.lots for c in x.customers
    }
    for code in codes:
        draft = index.open_draft(code)
        found.append([x.code for x in index.drafts(code)])
        found.append(None if draft is None else (draft.code, index.contacts(draft)))
        for contact in sorted(contacts, key=repr):
            for time in (NOW - 10 * DAY, NOW, NOW + 3 * DAY):
                previous = index.previous_answer(code, contact, time)
                sending = index.open_sending(code, contact, time)
                found.append(None if previous is None else previous.id)
                found.append(None if sending is None else (sending[0].code, id(sending[1])))
    return found


def test_writes_keep_the_index_equal_to_a_fresh_one(seed_state: State, clock_now: int) -> None:
    from tracksale_mock.state.clock import MockClock

    store = MemoryStore(seed_state.clone())
    ops = Operations(store, MockClock(start=clock_now))
    chosen = random.Random(11)
    with store.read() as state:
        people = [c for lot in state.lots for c in lot.customers][:40]
    for step in range(60):
        person = chosen.choice(people)
        action = chosen.randrange(5)
        if action == 0:
            extra = (
                {} if chosen.random() < 0.5 else {"schedule_time": chosen.choice([0, NOW + DAY])}
            )
            body = {"customers": [{"name": "X", "email": person.email, "phone": person.phone}]}
            ops.dispatch_customers(
                campaign_code=chosen.choice([1201, 1204]), body={**body, **extra}
            )
        elif action == 1:
            drafts = ops.list_draft_lots(campaign_code=1201)["lot"]
            if drafts and chosen.random() < 0.5:
                ops.send_dispatch_lot(
                    campaign_code=1201, dispatch_code=drafts[-1]["code"], body={"time": 0}
                )
            elif drafts:
                ops.discard_draft_lot(campaign_code=1201, lot_code=drafts[0]["code"])
        else:
            back = chosen.choice([0, DAY, 40 * DAY])
            row = {"name": f"P{step}", "email": person.email, "score": chosen.randrange(11)}
            if back:
                row["create_time"] = clock_now - back
            ops.insert_answer(
                body={"campaign_code": chosen.choice(["1201", "1204"]), "answers": [row]}
            )
        if step % 15 == 14:
            with store.read() as state:
                assert _signature(state, index_of(state)) == _signature(state, StateIndex(state))


def test_changes_behind_the_index_are_noticed_or_forgotten(seed_state: State) -> None:
    state = seed_state.clone()
    index = index_of(state)
    assert index_of(state) is index
    state.answers.append(Answer(state.counters.next_answer_id, 1201, NOW, "API", "Behind"))
    rebuilt = index_of(state)
    assert rebuilt is not index
    assert rebuilt.newest(NOW, NOW + 1, None, -1)[0].name == "Behind"
    forget_index(state)
    assert index_of(state) is not rebuilt


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
