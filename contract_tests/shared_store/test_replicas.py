"""Two replicas on one Redis are one API: state, clock, quota and CAPTCHAs are shared,
and racing writes through both lose nothing and double nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from contract_tests.stores import NEEDS_REDIS
from tracksale_mock.config import RateLimit
from tracksale_mock.serving import RunningMock

pytestmark = NEEDS_REDIS

Replicas = Callable[..., list[RunningMock]]  # the `replicas` fixture

CAMPAIGN = 1201  # an email campaign of the seed


def auth(running: RunningMock) -> dict[str, str]:
    return {"Authorization": f"bearer {running.token}"}


def dispatch(
    running: RunningMock, email: str, client: httpx.Client | None = None
) -> httpx.Response:
    body = {"customers": [{"name": "Réplica", "email": email}]}
    url = f"{running.url}/v2/campaign/{CAMPAIGN}/dispatch"
    return (client or httpx).post(url, json=body, headers=auth(running), timeout=30)


def drafts(running: RunningMock) -> list[dict[str, Any]]:
    url = f"{running.url}/v2/campaign/{CAMPAIGN}/draft-lot"
    reply = httpx.get(url, headers=auth(running)).raise_for_status()
    lots: list[dict[str, Any]] = reply.json()["lot"]
    return lots


def test_a_dispatch_through_one_replica_is_seen_through_the_other(replicas: Replicas) -> None:
    one, two = replicas()
    before = {lot["code"]: lot["total_dispatches"] for lot in drafts(two)}
    reply = dispatch(one, "visto.na.outra@example.com").raise_for_status().json()
    code = reply["dispatch_code"]
    after = {lot["code"]: lot["total_dispatches"] for lot in drafts(two)}
    assert after[code] == before.get(code, 0) + 1
    sent = httpx.post(
        f"{two.url}/v2/campaign/{CAMPAIGN}/dispatch/{code}", json={"time": 0}, headers=auth(two)
    )
    assert sent.status_code == 200
    assert code not in {lot["code"] for lot in drafts(one)}
    report = httpx.get(f"{one.url}/dispatch/{code}", headers=auth(one)).raise_for_status()
    emails = [row["customer"]["email"] for row in report.json()["data"]]
    assert "visto.na.outra@example.com" in emails


def test_clock_reset_and_dump_act_on_the_shared_state(replicas: Replicas) -> None:
    one, two = replicas()
    moved = httpx.post(f"{one.url}/_mock/clock", json={"advance": 86_400}).json()["now"]
    assert httpx.get(f"{two.url}/_mock/clock").json()["now"] in (moved, moved + 1)

    def counts(running: RunningMock) -> dict[str, int]:
        return {lot["code"]: lot["total_dispatches"] for lot in drafts(running)}

    seeded = counts(one)
    dispatch(one, "some.no.reset@example.com").raise_for_status()
    assert counts(two) != seeded
    assert httpx.post(f"{two.url}/_mock/reset").status_code == 200
    assert counts(one) == seeded
    dumps = [httpx.get(f"{r.url}/_mock/state").json() for r in (one, two)]
    for dump in dumps:
        dump.pop("reference_time")  # the mock time of each dump
    assert dumps[0] == dumps[1]


def test_the_quota_is_exact_across_replicas_and_concurrent_clients(replicas: Replicas) -> None:
    quota = 40
    mocks = replicas(rate_limit=RateLimit(quota, 300.0))

    def burst(worker: int) -> list[tuple[int, str | None]]:
        results = []
        with httpx.Client(timeout=30) as client:
            for i in range(6):
                running = mocks[(worker + i) % 2]
                reply = client.get(f"{running.url}/v2/campaign", headers=auth(running))
                results.append((reply.status_code, reply.headers.get("x-captcha")))
        return results

    with ThreadPoolExecutor(20) as pool:
        outcomes = [r for batch in pool.map(burst, range(20)) for r in batch]
    statuses = Counter(status for status, _ in outcomes)
    assert statuses == {200: quota, 405: 120 - quota}
    captchas = {captcha for status, captcha in outcomes if status == 405}
    assert len(captchas) == 1, captchas
    # Solved through one replica, the token is free through the other.
    (captcha,) = captchas
    assert httpx.post(f"{mocks[0].url}/_mock/captcha/{captcha}/solve").status_code == 200
    assert httpx.get(f"{mocks[1].url}/v2/campaign", headers=auth(mocks[1])).status_code == 200


def test_concurrent_dispatches_to_one_draft_lose_no_customer(replicas: Replicas) -> None:
    mocks = replicas()
    before = sum(lot["total_dispatches"] for lot in drafts(mocks[0]))

    def one(i: int) -> httpx.Response:
        return dispatch(mocks[i % 2], f"cliente.{i:03d}@example.com")

    with ThreadPoolExecutor(25) as pool:
        replies = list(pool.map(one, range(100)))
    assert [r.status_code for r in replies] == [200] * 100
    assert {r.json()["status"]["inserted"] for r in replies} == {1}
    codes = {r.json()["dispatch_code"] for r in replies}
    assert len(codes) == 1
    after = drafts(mocks[1])
    assert sum(lot["total_dispatches"] for lot in after) == before + 100
    assert next(lot for lot in after if lot["code"] in codes)["total_dispatches"] >= 100


def test_a_lot_is_sent_at_most_once(replicas: Replicas) -> None:
    mocks = replicas()
    code = dispatch(mocks[0], "uma.vez@example.com").raise_for_status().json()["dispatch_code"]

    def send(i: int) -> int:
        running = mocks[i % 2]
        url = f"{running.url}/v2/campaign/{CAMPAIGN}/dispatch/{code}"
        if i % 3 == 2:
            url = f"{running.url}/v2/campaign/{CAMPAIGN}/discard-lot/{code}"
            return httpx.post(url, headers=auth(running), timeout=30).status_code
        return httpx.post(url, json={"time": 0}, headers=auth(running), timeout=30).status_code

    with ThreadPoolExecutor(12) as pool:
        statuses = list(pool.map(send, range(24)))
    assert statuses.count(200) == 1, statuses
    assert set(statuses) <= {200, 404}, statuses


def test_reports_during_answer_inserts_see_whole_writes(replicas: Replicas) -> None:
    writer, reader = replicas()

    def answered(running: RunningMock) -> int:
        reply = httpx.get(f"{running.url}/v2/report/nps", headers=auth(running))
        body = reply.raise_for_status().json()
        return int(body["promoters"] + body["passives"] + body["detractors"])

    before = answered(reader)

    def insert(i: int) -> int:
        # Two answers per request: a report never sees one without the other.
        answers = [
            {"name": f"Par {i}", "email": f"par.{i}.{score}@example.com", "score": score}
            for score in (10, 0)
        ]
        body = {"campaign_code": str(CAMPAIGN), "answers": answers}
        url = f"{writer.url}/v2/answer"
        return httpx.post(url, json=body, headers=auth(writer), timeout=30).status_code

    def read(_: int) -> list[int]:
        return [answered(reader) for _ in range(10)]

    with ThreadPoolExecutor(12) as pool:
        inserted = pool.map(insert, range(30))
        seen = pool.map(read, range(4))
        assert list(inserted) == [200] * 30
        for counts in seen:
            assert counts == sorted(counts)  # never back in time
            assert all((count - before) % 2 == 0 for count in counts), counts
    assert answered(reader) == answered(writer) == before + 60
