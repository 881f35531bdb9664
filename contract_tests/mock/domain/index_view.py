"""What an index answers, as plain data: two indexes that agree give equal views."""

from __future__ import annotations

from typing import Any

from tracksale_mock.state.index import StateIndex, contact_of
from tracksale_mock.state.model import State

_ALL = (0, 2**40)


def index_view(index: StateIndex, state: State) -> dict[str, Any]:
    """Every lookup of `index` over what `state` holds: counters, answers and lots by
    time, drafts and their contacts, each customer's previous answer and open sending."""
    codes = sorted({c.code for c in state.campaigns} | {a.campaign_code for a in state.answers})
    view: dict[str, Any] = {
        "newest": [a.id for a in index.newest(*_ALL, None, -1)],
        "sent lots": [lot.code for lot in index.sent_lots(*_ALL, None)],
        "counts": index.counts(*_ALL, None),
        "sent": index.sent_count(*_ALL, None),
    }
    people = {contact_of(a.email, a.phone, a.identification) for a in state.answers}
    for lot in state.lots:
        people |= {contact_of(c.email, c.phone, c.identification) for c in lot.customers}
    for code in codes:
        drafts = index.drafts(code)
        open_draft = index.open_draft(code)
        view[f"campaign {code}"] = {
            "drafts": [lot.code for lot in drafts],
            "open draft": open_draft and open_draft.code,
            "contacts": [index.contacts(lot) for lot in drafts],
            "counts": index.campaign(code).counts(*_ALL),
            "sent": index.campaign(code).sent_between(*_ALL),
        }
        for who in sorted(people, key=repr):
            previous = index.previous_answer(code, who, _ALL[1])
            sending = index.open_sending(code, who, _ALL[1])
            found = (
                previous and previous.id,
                sending and (sending[0].code, sending[1].email, sending[1].phone),
            )
            if found != (None, None):
                view[f"campaign {code} {who}"] = found
    for lot in state.lots:
        view[f"lot {lot.code}"] = index.lot(lot.code) is lot
    return view
