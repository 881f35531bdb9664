"""Enriching an existing answer: internal notes and empty tags.

The answer is named by `answer_id` (which wins when a search is also given) or found
by a search: at least one of email, phone and identification, every one given having
to match, optionally narrowed by campaign (and, for notes, by the days
`start_date`..`end_date`, both required, both included). The most recent matching
answer is used. No search key → 400; no such answer → 404.

Filling tags never overwrites: a tag is set only when the answer lacks it or holds
it with an empty value. Tags sent with an empty value fill nothing. Neither change
moves `update_time`, which tracks assignee, status and categories only.
"""

from __future__ import annotations

from typing import Any

from tracksale_mock.domain import inputs
from tracksale_mock.domain.customers import CustomerKey
from tracksale_mock.domain.dates import Period, day_period
from tracksale_mock.errors import InvalidRequest, NotFound
from tracksale_mock.state.index import index_of
from tracksale_mock.state.model import Answer, Note, State, Tag


def _key(search: dict[str, Any], where: str) -> CustomerKey:
    key = CustomerKey.of(
        inputs.text(search, "email", where, nullable=False),
        inputs.text(search, "phone", where, nullable=False),
        inputs.text(search, "identification", where, nullable=False),
    )
    if key.is_empty():
        # Schema-valid, so not a 400: it simply names nobody, and no answer matches.
        raise NotFound(f"No answer matches: '{where}' names no email, phone or identification.")
    return key


def _codes(search: dict[str, Any], where: str) -> set[int]:
    if "campaign_code" not in search:
        return set()
    return {inputs.campaign_code(search["campaign_code"], f"{where}.campaign_code")}


def _latest(
    state: State, key: CustomerKey, codes: set[int], period: Period | None
) -> Answer | None:
    """The newest answer (by time, then id) of the customer `key` narrows to, in the
    campaign `codes` names (none when it names two), within `period`."""
    if len(codes) > 1:
        return None
    contact = (key.email, key.phone, key.identification)
    found = [
        a
        for a in index_of(state).answers_of(contact, codes or None)
        if period is None or a.time in period
    ]
    return max(found, key=lambda a: (a.time, a.id), default=None)


def _by_id(state: State, answer_id: int) -> Answer:
    answer = index_of(state).answer(answer_id)
    if answer is None:
        raise NotFound(f"Answer {answer_id} does not exist.")
    return answer


def _answer_id(data: dict[str, Any], alternative: str) -> int | None:
    """The `answer_id` the request names, if it names one.

    The request bodies are an anyOf of "by answer id" and "by filter/customer"; in
    the second shape `answer_id` is not a declared property, so a non-integer one
    there is simply ignored, as the schema allows.
    """
    value = data.get("answer_id")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if alternative in data:
        return None
    return inputs.integer(data, "answer_id", "body")


def insert_note(state: State, body: object, now: int) -> dict[str, Any]:
    """Add a note to one answer; the `NoteResponse` body."""
    data = inputs.obj(body, "body")
    comment = inputs.text(data, "comment", "body", nullable=False)
    if not comment:
        raise InvalidRequest("Give the note's 'comment'.")
    answer_id = _answer_id(data, "filter")
    if answer_id is not None:
        answer = _by_id(state, answer_id)
    else:
        if "filter" not in data:
            raise InvalidRequest("Give 'answer_id' or a 'filter'.")
        search = inputs.obj(data["filter"], "body.filter")
        key = _key(search, "filter")
        if "start_date" not in search or "end_date" not in search:
            raise InvalidRequest("A 'filter' needs both 'start_date' and 'end_date'.")
        names = ("filter.start_date", "filter.end_date")
        days = day_period(search["start_date"], search["end_date"], names)
        found = _latest(state, key, _codes(search, "body.filter"), days)
        if found is None:
            raise NotFound("No answer matches the filter.")
        answer = found
    answer.notes.append(Note(comment, now))
    index_of(state).changed_answer(answer)
    return {"msg": "Success", "answer_id": answer.id}


def _fill(answer: Answer, tags: list[Tag]) -> None:
    for tag in tags:
        if not tag.value:
            continue
        current = next((t for t in answer.tags if t.name == tag.name), None)
        if current is None:
            answer.tags.append(Tag(tag.name, tag.value))
        elif not current.value:
            current.value = tag.value


def fill_empty_tags(state: State, body: object) -> dict[str, Any]:
    """Fill the empty tags of one answer; the `FillEmptyTagsResponse` body."""
    data = inputs.obj(body, "body")
    tags = inputs.tags(data, "tags", "body", max_items=50)
    if not tags:
        raise InvalidRequest("Give at least one tag in 'tags'.")
    codes = _codes(data, "body")
    answer_id = _answer_id(data, "customer")
    if answer_id is not None:
        answer = _by_id(state, answer_id)
    else:
        if "customer" not in data:
            raise InvalidRequest("Give 'answer_id' or a 'customer'.")
        search = inputs.obj(data["customer"], "body.customer")
        key = _key(search, "customer")
        found = _latest(state, key, codes | _codes(search, "body.customer"), None)
        if found is None:
            raise NotFound("No answer matches the customer.")
        answer = found
    _fill(answer, tags)
    index_of(state).changed_answer(answer)
    return {"answer_id": answer.id, "msg": "Request received successfully!"}
