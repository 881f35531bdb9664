"""Indexes over a `State`, kept up to date by the writes made through them.

What a request looks up (a lot by code, a draft lot's contacts, a customer's
previous answer and open sending, a period's counters, answers and sent lots) costs
what it finds, not what the state holds; and each write changes the state and its
indexes together, so nothing is ever rebuilt on a read.

`index_of(state)` builds a state's index from the state alone on first use and keeps
it while that `State` object lives: a store that changes one live state in place
(the memory store, the Redis store's local copy) keeps it across writes; one that
swaps in a new `State` gets a new index, built on first use.

The domain changes answers and lots only through the write methods (`add_answer`,
`answered`, `add_lot`, `add_customer`, `send_lot`, `remove_draft`, `take_answer_id`,
`take_lot_code`; `changed_answer` after changing an answer's notes or tags). A change
made behind their back must be followed by `forget_index(state)`; one that adds or
removes answers or lots is noticed and rebuilds the index on the next `index_of`.

While a store records (`record()`), the write methods also note what they touched in
a `Changes`, so the store can save only that (the Redis store); `forget_index` marks
the record incomplete, and the store then saves the whole state.

Contacts are compared normalized (`contact_of`): emails trimmed and lower-cased,
phones by their digits, identifications trimmed; an empty one is None.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar

from sortedcontainers import SortedKeyList, SortedList

from tracksale_mock.state.model import Answer, Lot, LotCustomer, LotStatus, State

T = TypeVar("T")
Contact = tuple[str | None, str | None, str | None]  # email, phone, identification
_NOT_DIGITS = re.compile(r"[^0-9]")


def norm_email(email: str | None) -> str | None:
    """The email as compared, or None when empty."""
    return (email.strip().lower() or None) if email else None


def norm_phone(phone: str | None) -> str | None:
    """The phone's digits, or None when it has none."""
    if not phone:
        return None
    if phone.isascii() and phone.isdigit():  # the usual case, without the regex
        return phone
    return _NOT_DIGITS.sub("", phone) or None


def norm_id(identification: str | None) -> str | None:
    """The identification as compared, or None when empty."""
    return (identification.strip() or None) if identification else None


def contact_of(email: str | None, phone: str | None, identification: str | None) -> Contact:
    """The normalized contact a customer is recognized by."""
    return norm_email(email), norm_phone(phone), norm_id(identification)


class Counts(NamedTuple):
    """A campaign's answers in a period, by the `Campaign` counters."""

    answers: int
    comments: int
    promoters: int
    passives: int
    detractors: int


def _order(answer: Answer) -> tuple[int, int]:
    return answer.time, answer.id


def _time_key(answer: Answer) -> tuple[int, ...]:
    # A period's bounds are the 1-tuples (start,) and (end,): before every id.
    return answer.time, answer.id


def _time(answer: Answer) -> int:
    return answer.time


def _sending_key(lot: Lot) -> tuple[int, str]:
    # A period's bounds are (start, "") and (end, ""): before every lot code.
    return lot.schedule_time or 0, lot.code


class _Sending(NamedTuple):
    """A customer of a sent lot that has not answered it yet."""

    lot_order: int
    position: int
    lot: Lot
    customer: LotCustomer


class _ByContact(Generic[T]):
    """Items by each part of a contact (email, phone, identification)."""

    def __init__(self) -> None:
        self.parts: tuple[dict[str, list[T]], ...] = ({}, {}, {})

    def lists(self, contact: Contact) -> Iterator[list[T]]:
        """The lists of the items that share some part with `contact`."""
        for part, table in zip(contact, self.parts, strict=True):
            if part is not None and (found := table.get(part)):
                yield found

    def append(self, contact: Contact, item: T) -> None:
        """Add `item` last to the list of each part (it sorts after every item)."""
        for part, table in zip(contact, self.parts, strict=True):
            if part is not None:
                found = table.get(part)
                if found is None:
                    table[part] = [item]
                else:
                    found.append(item)

    def add(self, contact: Contact, item: T, order: Callable[[T], tuple[int, int]]) -> None:
        """Add `item` to the list of each part, kept sorted by `order`."""
        for part, table in zip(contact, self.parts, strict=True):
            if part is None:
                continue
            items = table.setdefault(part, [])
            if not items or order(items[-1]) <= order(item):
                items.append(item)
            else:
                insort(items, item, key=order)

    def remove(self, contact: Contact, item: T) -> None:
        """Remove `item` (the same object) from the list of each part."""
        for part, table in zip(contact, self.parts, strict=True):
            items = table.get(part) if part is not None else None
            if items:
                items[:] = [x for x in items if x is not item]


def _file(
    parts: tuple[dict[str, list[T]], ...],
    email: str | None,
    phone: str | None,
    identification: str | None,
    item: T,
) -> None:
    """`_ByContact.append(contact_of(email, phone, identification), item)`, inlined:
    the index build does it for every answer and sending."""
    if email and (lowered := email.strip().lower()):
        _append(parts[0], lowered, item)
    if phone and (digits := phone if phone.isascii() and phone.isdigit() else norm_phone(phone)):
        _append(parts[1], digits, item)
    if identification and (trimmed := identification.strip()):
        _append(parts[2], trimmed, item)


def _append(table: dict[str, list[T]], key: str, item: T) -> None:
    found = table.get(key)
    if found is None:
        table[key] = [item]
    else:
        found.append(item)


class CampaignIndex:
    """One campaign's answers and sendings: counters by time, and by customer."""

    def __init__(self, answers: list[Answer] | None = None) -> None:
        # `answers` sorted by (time, id): each list below is built in order.
        comments: list[int] = []
        classes: tuple[list[int], ...] = ([], [], [])
        self.answers_by: _ByContact[Answer] = _ByContact()
        promoters, passives, detractors = classes
        parts = self.answers_by.parts
        for answer in answers or []:  # the loop of a start-up: `_commented`, `_class` inlined
            time, comment, score = answer.time, answer.nps_comment, answer.nps_answer
            if comment and not comment.isspace():
                comments.append(time)
            if score is not None:
                (promoters if score >= 9 else passives if score >= 7 else detractors).append(time)
            _file(parts, answer.email, answer.phone, answer.identification, answer)
        self.times = SortedList([a.time for a in answers or []])
        self.comments = SortedList(comments)
        self.promoters, self.passives, self.detractors = (SortedList(x) for x in classes)
        self.sent: SortedList[int] = SortedList()
        # While the state's index is built: sending times, sorted once at the end.
        self.sent_pending: list[int] | None = None
        self.sendings_by: _ByContact[_Sending] = _ByContact()
        self.drafts: list[Lot] = []

    def add_answer(self, answer: Answer) -> None:
        self.times.add(answer.time)
        if _commented(answer):
            self.comments.add(answer.time)
        kind = _class(answer)
        if kind is not None:
            (self.promoters, self.passives, self.detractors)[kind].add(answer.time)
        self.answers_by.add(_contact(answer), answer, _order)

    def counts(self, start: int, end: int) -> Counts:
        """The counters of the answers at `start <= time < end`."""
        lists = (self.times, self.comments, self.promoters, self.passives, self.detractors)
        return Counts(*(_between(times, start, end) for times in lists))

    def sent_between(self, start: int, end: int) -> int:
        """How many customers were sent the survey at `start <= time < end`."""
        return _between(self.sent, start, end)


def _between(times: SortedList[int], start: int, end: int) -> int:
    return max(0, times.bisect_left(end) - times.bisect_left(start))


def _commented(answer: Answer) -> bool:
    return bool(answer.nps_comment and answer.nps_comment.strip())


def _class(answer: Answer) -> int | None:
    """0 promoter, 1 passive, 2 detractor, None unscored."""
    score = answer.nps_answer
    if score is None:
        return None
    return 0 if score >= 9 else 1 if score >= 7 else 2


def _contact(who: Answer | LotCustomer) -> Contact:
    return contact_of(who.email, who.phone, who.identification)


_NOBODY = CampaignIndex()


class Changes:
    """What the writes through one index touched since `record()`: answers changed in
    place, lots added or changed (and which of their customers), lots removed.
    Appended answers are not listed (they follow the answers there were before), nor
    the counters (a store compares them)."""

    def __init__(self) -> None:
        self.answers: dict[int, Answer] = {}  # by id()
        self.lots: dict[int, Lot] = {}  # by id()
        self.customers: dict[int, set[int]] = {}  # id() of a lot -> positions
        self.every_customer: set[int] = set()  # id() of lots whose customers all changed
        self.removed: list[Lot] = []
        self.complete = True

    def lot(self, lot: Lot, position: int | None = None) -> None:
        self.lots[id(lot)] = lot
        if position is not None:
            self.customers.setdefault(id(lot), set()).add(position)


class StateIndex:
    """The indexes of one state, and the writes that keep them true."""

    def __init__(self, state: State) -> None:
        # Not the state itself: the registry of indexes must not keep states alive.
        self._state_ref = weakref.ref(state)
        ordered = sorted(state.answers, key=_order)
        self._by_time: SortedKeyList[Answer, tuple[int, ...]] = SortedKeyList(
            ordered, key=_time_key
        )
        grouped: dict[int, list[Answer]] = {}
        for answer in ordered:
            grouped.setdefault(answer.campaign_code, []).append(answer)
        self._campaigns = {code: CampaignIndex(found) for code, found in grouped.items()}
        self._answers = {answer.id: answer for answer in state.answers}
        self._lots: dict[str, Lot] = {}
        self._lot_order: dict[str, int] = {}
        self._contacts: dict[str, tuple[set[str | None], set[str | None]]] = {}
        self._sent_lots: SortedKeyList[Lot, tuple[int, str]] = SortedKeyList(key=_sending_key)
        self._next_order = 0
        self._building = True
        for lot in state.lots:
            self._register(lot)
        self._building = False
        sent_lots: list[Lot] = []
        for campaign in self._campaigns.values():
            if campaign.sent_pending is not None:
                campaign.sent = SortedList(campaign.sent_pending)
                campaign.sent_pending = None
        for lot in state.lots:
            if lot.status != "draft" and lot.schedule_time is not None:
                sent_lots.append(lot)
        self._sent_lots.update(sent_lots)
        self.answer_count = len(state.answers)
        self.lot_count = len(state.lots)
        self.changes: Changes | None = None
        self.last_changes: Changes | None = None

    def record(self) -> Changes:
        """Start noting what the writes touch (in a fresh `Changes`)."""
        self.changes = self.last_changes = Changes()
        return self.changes

    def stop_recording(self) -> None:
        """Stop noting; `last_changes` keeps what was noted."""
        self.changes = None

    # Lookups

    def campaign(self, code: int) -> CampaignIndex:
        """A campaign's index (empty when it has no answers nor sendings)."""
        return self._campaigns.get(code, _NOBODY)

    def lot(self, code: str) -> Lot | None:
        """The lot with this code, if any."""
        return self._lots.get(code)

    def answer(self, answer_id: int) -> Answer | None:
        """The answer with this id, if any."""
        return self._answers.get(answer_id)

    def answers_of(self, contact: Contact, codes: Iterable[int] | None) -> list[Answer]:
        """The answers of the chosen campaigns (all when None) whose contact has every
        part that `contact` gives (none when it gives none), in no particular order."""
        given = [(i, part) for i, part in enumerate(contact) if part is not None]
        if not given:
            return []
        first, value = given[0]
        chosen = self._campaigns.keys() if codes is None else codes
        found: list[Answer] = []
        for code in chosen:
            for answer in self.campaign(code).answers_by.parts[first].get(value, ()):
                theirs = _contact(answer)
                if all(theirs[i] == part for i, part in given):
                    found.append(answer)
        return found

    def drafts(self, campaign_code: int) -> list[Lot]:
        """The campaign's draft lots, in the order they were added."""
        return list(self.campaign(campaign_code).drafts)

    def open_draft(self, campaign_code: int) -> Lot | None:
        """The campaign's newest draft lot (by creation time, then order), if any."""
        drafts = self.campaign(campaign_code).drafts
        return max(drafts, key=lambda x: (x.create_time, self._lot_order[x.code]), default=None)

    def contacts(self, lot: Lot) -> tuple[set[str | None], set[str | None]]:
        """The normalized emails and phones of a lot's customers (built once per lot,
        then kept by `add_customer`). The caller must not change them."""
        found = self._contacts.get(lot.code)
        if found is None:
            emails = {norm_email(c.email) for c in lot.customers}
            phones = {norm_phone(c.phone) for c in lot.customers}
            found = self._contacts[lot.code] = (emails, phones)
        return found

    def previous_answer(self, campaign_code: int, contact: Contact, time: int) -> Answer | None:
        """The customer's latest answer to the campaign at or before `time` (by time,
        then id), sharing any part of `contact`."""
        best: Answer | None = None
        for answers in self.campaign(campaign_code).answers_by.lists(contact):
            i = bisect_right(answers, time, key=_time) - 1
            if i >= 0 and (best is None or _order(answers[i]) > _order(best)):
                best = answers[i]
        return best

    def open_sending(
        self, campaign_code: int, contact: Contact, time: int
    ) -> tuple[Lot, LotCustomer] | None:
        """The customer's latest unanswered sending of the campaign at or before `time`
        (the first lot, then the first customer, among equal times)."""
        best: _Sending | None = None
        best_rank = (0, 0, 0)
        for sendings in self.campaign(campaign_code).sendings_by.lists(contact):
            for sending in sendings:
                when = sending.customer.dispatch_time
                if when is None or when > time or sending.customer.has_answered:
                    continue
                rank = (when, -sending.lot_order, -sending.position)
                if best is None or rank > best_rank:
                    best, best_rank = sending, rank
        return None if best is None else (best.lot, best.customer)

    def newest(self, start: int, end: int, codes: set[int] | None, limit: int) -> list[Answer]:
        """The answers at `start <= time < end` of the chosen campaigns, newest first
        (by time, then id); at most `limit`, all when `limit` is negative."""
        found: list[Answer] = []
        if limit == 0:
            return found
        for answer in self._by_time.irange_key((start,), (end,), (True, False), reverse=True):
            if codes is None or answer.campaign_code in codes:
                found.append(answer)
                if len(found) == limit:
                    break
        return found

    def answers_in(self, start: int, end: int, codes: set[int] | None) -> Iterator[Answer]:
        """The answers at `start <= time < end` of the chosen campaigns, oldest first."""
        for answer in self._by_time.irange_key((start,), (end,), (True, False)):
            if codes is None or answer.campaign_code in codes:
                yield answer

    def counts(self, start: int, end: int, codes: set[int] | None) -> Counts:
        """The counters of the chosen campaigns' answers at `start <= time < end`."""
        chosen = self._campaigns.keys() if codes is None else codes
        totals = [0, 0, 0, 0, 0]
        for code in chosen:
            for i, value in enumerate(self.campaign(code).counts(start, end)):
                totals[i] += value
        return Counts(*totals)

    def sent_count(self, start: int, end: int, codes: set[int] | None) -> int:
        """How many customers of the chosen campaigns were sent a survey at
        `start <= time < end`."""
        chosen = self._campaigns.keys() if codes is None else codes
        return sum(self.campaign(code).sent_between(start, end) for code in chosen)

    def sent_lots(self, start: int, end: int, codes: set[int] | None) -> list[Lot]:
        """The sent lots of the chosen campaigns whose sending time is at
        `start <= time < end`, by sending time, then code."""
        return [
            lot
            for lot in self._sent_lots.irange_key((start, ""), (end, ""), (True, False))
            if codes is None or lot.campaign_code in codes
        ]

    # Writes: each changes the state and the indexes together.

    @property
    def _state(self) -> State:
        state = self._state_ref()
        if state is None:
            raise RuntimeError("the indexed state is gone")
        return state

    def take_answer_id(self) -> int:
        """A fresh answer id from the state's counter."""
        counters = self._state.counters
        counters.next_answer_id += 1
        return counters.next_answer_id - 1

    def take_lot_code(self, code_of: Callable[[int], str]) -> str:
        """A fresh lot code, `code_of(number)` of the state's next unused number."""
        counters = self._state.counters
        while True:
            code = code_of(counters.next_lot_number)
            counters.next_lot_number += 1
            if code not in self._lots:
                return code

    def add_answer(self, answer: Answer) -> None:
        """Append a new answer to the state."""
        self._state.answers.append(answer)
        self._answers[answer.id] = answer
        self.answer_count += 1
        self._by_time.add(answer)
        self._campaign_index(answer.campaign_code).add_answer(answer)

    def changed_answer(self, answer: Answer) -> None:
        """Note that an answer of the state was changed in place (its notes or tags:
        nothing the indexes hold)."""
        if self.changes is not None:
            self.changes.answers[id(answer)] = answer

    def answered(self, lot: Lot, customer: LotCustomer) -> None:
        """Mark a sent customer as having opened and answered its survey."""
        customer.has_answered = customer.survey_opened = True
        sendings = self.campaign(lot.campaign_code).sendings_by
        position: int | None = None
        for items in sendings.lists(_contact(customer)):
            for sending in items:
                if sending.customer is customer:
                    position = sending.position
            items[:] = [s for s in items if s.customer is not customer]
        if self.changes is not None:
            if position is None:
                position = next(i for i, c in enumerate(lot.customers) if c is customer)
            self.changes.lot(lot, position)

    def add_lot(self, lot: Lot) -> None:
        """Append a new lot (draft or sent) to the state."""
        self._state.lots.append(lot)
        self.lot_count += 1
        self._register(lot)
        if self.changes is not None:
            self.changes.lot(lot)
            self.changes.every_customer.add(id(lot))

    def add_customer(self, lot: Lot, customer: LotCustomer) -> None:
        """Add a customer to a draft lot."""
        lot.customers.append(customer)
        if self.changes is not None:
            self.changes.lot(lot, len(lot.customers) - 1)
        known = self._contacts.get(lot.code)
        if known is not None:
            known[0].add(norm_email(customer.email))
            known[1].add(norm_phone(customer.phone))

    def send_lot(self, lot: Lot, status: LotStatus, when: int) -> None:
        """Send a draft lot at `when` (`status` scheduled or executed)."""
        drafts = self.campaign(lot.campaign_code).drafts
        drafts[:] = [x for x in drafts if x is not lot]
        self._contacts.pop(lot.code, None)
        lot.status, lot.schedule_time = status, when
        for customer in lot.customers:
            customer.dispatch_time = when
        self._index_sent(lot)
        if self.changes is not None:
            self.changes.lot(lot)
            self.changes.every_customer.add(id(lot))

    def remove_draft(self, lot: Lot) -> None:
        """Delete a draft lot and its customers."""
        if lot.status != "draft":
            raise ValueError(f"lot {lot.code} was sent: it stays")
        lots = self._state.lots
        del lots[next(i for i, x in enumerate(lots) if x is lot)]
        self.lot_count -= 1
        del self._lots[lot.code]
        self._contacts.pop(lot.code, None)
        drafts = self.campaign(lot.campaign_code).drafts
        drafts[:] = [x for x in drafts if x is not lot]
        if self.changes is not None:
            self.changes.removed.append(lot)

    # Inside

    def _campaign_index(self, code: int) -> CampaignIndex:
        found = self._campaigns.get(code)
        if found is None:
            found = self._campaigns[code] = CampaignIndex()
        return found

    def _register(self, lot: Lot) -> None:
        self._lots[lot.code] = lot
        self._lot_order[lot.code] = self._next_order
        self._next_order += 1
        if lot.status == "draft":
            self._campaign_index(lot.campaign_code).drafts.append(lot)
        else:
            self._index_sent(lot)

    def _index_sent(self, lot: Lot) -> None:
        campaign = self._campaign_index(lot.campaign_code)
        times = [c.dispatch_time for c in lot.customers if c.dispatch_time is not None]
        if self._building:  # sorted once, at the end of the build
            if campaign.sent_pending is None:
                campaign.sent_pending = list(campaign.sent)
            campaign.sent_pending += times
        else:
            if lot.schedule_time is not None:
                self._sent_lots.add(lot)
            campaign.sent.update(times)
        # `open_sending` ranks a customer's sendings itself: their order is free.
        order, sendings = self._lot_order[lot.code], campaign.sendings_by
        parts = sendings.parts
        for position, customer in enumerate(lot.customers):
            if customer.dispatch_time is not None and not customer.has_answered:
                sending = _Sending(order, position, lot, customer)
                _file(parts, customer.email, customer.phone, customer.identification, sending)


_INDEXES: dict[int, tuple[weakref.ref[State], StateIndex]] = {}


def index_of(state: State) -> StateIndex:
    """The index of `state`, built on first use and kept while `state` lives."""
    key = id(state)
    held = _INDEXES.get(key)
    if held is not None and held[0]() is state:
        index = held[1]
        if index.answer_count == len(state.answers) and index.lot_count == len(state.lots):
            return index
    index = StateIndex(state)
    _INDEXES[key] = (weakref.ref(state, lambda _: _INDEXES.pop(key, None)), index)
    return index


def forget_index(state: State) -> None:
    """Drop the index of `state` (after changing it without the write methods)."""
    held = _INDEXES.pop(id(state), None)
    if held is not None and held[1].changes is not None:
        held[1].changes.complete = False


def build_index(states: Iterable[State]) -> None:
    """Build the index of each state now (at start-up rather than on first use)."""
    for state in states:
        index_of(state)
