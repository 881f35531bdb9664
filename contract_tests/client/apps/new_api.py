"""The small app of issue 10, written against the resource methods."""

from __future__ import annotations

from datetime import date

from tracksale_client import (
    Customer,
    NotFoundError,
    NpsAnswer,
    ThrottledError,
    Tracksale,
)


def run(api: Tracksale, campaign: int) -> dict[str, object]:
    names = [c.name for c in api.campaigns.list(start=date(2026, 11, 1))]
    people = [Customer(name=f"Cliente {i}", email=f"c{i}@example.com.br") for i in range(1200)]
    replies = api.dispatch_in_chunks(campaign, people)
    draft = replies[0].dispatch_code
    if draft is None:  # only when a dispatch inserts nobody into no open draft
        raise RuntimeError("nobody was dispatched")
    lot = api.dispatches.send_lot(campaign, draft, 0)
    answers = [NpsAnswer(name="Ana", email="ana@example.com.br", score=10)]
    inserted = api.answers.create(campaign, answers)
    nps = api.reports.nps(compare=True, codes=[campaign])
    rows = sum(1 for _ in api.reports.iter_paged_dispatches(start=date(2026, 1, 1), limit=100))
    try:
        api.campaigns.get(999_999)
        missing = False
    except NotFoundError:
        missing = True
    try:
        api.with_options(headers={"Prefer": "code=405"}).campaigns.list()
        locked = False
    except ThrottledError:
        locked = True
    return {
        "campaigns": names,
        "sent": lot,
        "inserted": inserted.status.inserted,
        "nps": nps.nps,
        "rows": rows,
        "missing": missing,
        "locked": locked,
    }
