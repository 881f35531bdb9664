"""The Redis store's records: one hash field per entity, and how a process applies
the records other processes wrote to its own copy, through the state's index.

Keys under the namespace (`{ns}:`), each a hash:

* `meta`: `campaigns`, `widgets`, `statuses`, `categories`, `counters` (each
  member's JSON) and `next-slot` (the slot the next new lot gets);
* `answers`: an answer's position in `state.answers` -> its JSON (answers are
  only ever appended);
* `lots`: a lot's slot (a number given once, in creation order, never reused) ->
  its JSON without customers;
* `lot:{slot}`: a customer's position in that lot -> its JSON (customers are only
  ever appended).

A record is `(key, field, JSON)`, the JSON None when the field was deleted.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Iterable
from typing import Any, get_args, get_origin

import orjson

from tracksale_mock.state.codec import decode
from tracksale_mock.state.index import Changes, forget_index, index_of
from tracksale_mock.state.model import Answer, Counters, Lot, LotCustomer, State

META = ("campaigns", "widgets", "statuses", "categories", "counters")
NEXT_SLOT = "next-slot"
META_KEY, ANSWERS, LOTS = "meta", "answers", "lots"
Record = tuple[str, str, bytes | None]

# What the indexes hold of an answer and of a lot's customer: a change to these that
# came by another way than the index's own writes makes the index rebuild.
_ANSWER_KEYS: tuple[str, ...] = ("id", "campaign_code", "time", "email", "phone")
_ANSWER_KEYS += ("identification", "nps_answer", "nps_comment")
_CUSTOMER_KEYS = ("email", "phone", "identification", "dispatch_time", "has_answered")
_LOT_KEYS = ("code", "campaign_code", "status", "schedule_time")


class NeedsFullLoad(Exception):
    """The records do not fit the local copy: read the whole state again."""


def lot_key(slot: int) -> str:
    return f"lot:{slot}"


# Encoding: orjson straight from the dataclasses; what orjson refuses (lone
# surrogates, integers beyond 64 bits, which the memory store keeps too) with `json`.


def dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, default=vars).encode()  # dataclasses as their members


def loads(payload: bytes) -> Any:
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        return json.loads(payload)  # what `dumps` wrote with `json`


def loads_many(payloads: list[bytes]) -> list[Any]:
    """Several JSON values, parsed in one call when orjson takes them all."""
    try:
        found: list[Any] = orjson.loads(b"[" + b",".join(payloads) + b"]")
    except orjson.JSONDecodeError:
        return [loads(p) for p in payloads]
    return found


@functools.cache
def _lot_header_fields() -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(Lot) if f.name != "customers")


def lot_header(lot: Lot) -> bytes:
    """A lot's JSON without its customers."""
    return dumps({name: getattr(lot, name) for name in _lot_header_fields()})


# Decoding the JSON the store wrote: only the shape is checked.


@functools.cache
def _plan(cls: type) -> tuple[frozenset[str], tuple[tuple[str, int, Any], ...]]:
    """The member names of a dataclass, and how to rebuild each member that needs it:
    1 a dataclass, 2 a list of dataclasses, 3 a list of plain values."""
    names = frozenset(f.name for f in dataclasses.fields(cls))
    steps = []
    for name, hint in typing.get_type_hints(cls).items():
        inner = hint
        if get_origin(hint) in (typing.Union, types.UnionType):
            (inner,) = [a for a in get_args(hint) if a is not type(None)]
        if get_origin(inner) is list:
            (item,) = get_args(inner)
            steps.append((name, 2 if dataclasses.is_dataclass(item) else 3, item))
        elif dataclasses.is_dataclass(inner):
            steps.append((name, 1, inner))
    return names, tuple(steps)


def build(cls: type, data: dict[str, Any], where: str) -> Any:
    """A `cls` from its JSON data (another mock version's: read strictly)."""
    names, steps = _plan(cls)
    if data.keys() != names:
        # Written by another version of the mock: the strict reader fills defaults in
        # or says what is wrong.
        return decode(cls, data, where)
    for name, kind, inner in steps:
        value = data[name]
        if value is None:
            continue
        if kind == 1:
            data[name] = build(inner, value, f"{where}.{name}")
        elif kind == 2:
            data[name] = [build(inner, item, f"{where}.{name}") for item in value]
    built: Any = object.__new__(cls)
    built.__dict__.update(data)
    return built


@functools.cache
def _meta_types() -> dict[str, tuple[bool, Any]]:
    found: dict[str, tuple[bool, Any]] = {}
    for name, kind, inner in _plan(State)[1]:
        found[name] = (kind == 2, inner)
    return found


def _meta_value(name: str, payload: bytes) -> Any:
    is_list, inner = _meta_types()[name]
    data = loads(payload)
    if is_list:
        return [build(inner, item, f"state.{name}") for item in data]
    return build(inner, data, f"state.{name}")


def _lot(header: bytes, customers: list[bytes], where: str) -> Lot:
    data = loads(header)
    data["customers"] = loads_many(customers)
    lot: Lot = build(Lot, data, where)
    return lot


def _contiguous(fields: Iterable[str], start: int, where: str) -> list[int]:
    positions = sorted(int(f) for f in fields)
    if positions != list(range(start, start + len(positions))):
        raise NeedsFullLoad(f"{where}: positions {positions[:5]}... do not follow {start}")
    return positions


@dataclasses.dataclass
class Catalog:
    """Where the entities of a process's copy live in Redis."""

    slots: dict[str, int]  # lot code -> slot
    lots: dict[int, Lot]  # slot -> lot
    next_slot: int
    meta: dict[str, bytes]  # meta member -> its JSON as saved
    positions: dict[int, int] | None = None  # id() of an answer -> position

    def position(self, state: State, answer: Answer) -> int:
        if self.positions is None:
            self.positions = {id(a): i for i, a in enumerate(state.answers)}
        return self.positions[id(answer)]

    def appended(self, state: State, before: int) -> None:
        if self.positions is not None:
            for i in range(before, len(state.answers)):
                self.positions[id(state.answers[i])] = i


# The whole state.


def all_records(state: State) -> tuple[list[Record], Catalog]:
    """Every record of `state`, and its catalog (lots in slots 0, 1, ...)."""
    records: list[Record] = []
    meta = {name: dumps(getattr(state, name)) for name in META}
    records += [(META_KEY, name, payload) for name, payload in meta.items()]
    records.append((META_KEY, NEXT_SLOT, str(len(state.lots)).encode()))
    records += [(ANSWERS, str(i), dumps(a)) for i, a in enumerate(state.answers)]
    for slot, lot in enumerate(state.lots):
        records.append((LOTS, str(slot), lot_header(lot)))
        records += [(lot_key(slot), str(i), dumps(c)) for i, c in enumerate(lot.customers)]
    slots = {lot.code: slot for slot, lot in enumerate(state.lots)}
    lots = dict(enumerate(state.lots))
    return records, Catalog(slots, lots, len(state.lots), meta)


def load_state(
    meta: dict[str, bytes],
    answers: dict[str, bytes],
    lots: dict[str, bytes],
    customers: dict[str, dict[str, bytes]],
) -> tuple[State, Catalog]:
    """The state of the records Redis holds (hash contents by field), and its catalog."""
    state = State()
    for name in META:
        if name in meta:
            setattr(state, name, _meta_value(name, meta[name]))
    order = _contiguous(answers, 0, "answers")
    data = loads_many([answers[str(i)] for i in order])
    state.answers = [build(Answer, item, "state.answers") for item in data]
    by_slot: dict[int, Lot] = {}
    for field in sorted(lots, key=int):
        held = customers.get(field, {})
        names = _contiguous(held, 0, f"lot {field}")
        by_slot[int(field)] = _lot(lots[field], [held[str(i)] for i in names], "state.lots")
    state.lots = list(by_slot.values())
    slots = {lot.code: slot for slot, lot in by_slot.items()}
    next_slot = int(meta.get(NEXT_SLOT, b"0"))
    kept = {name: meta[name] for name in META if name in meta}
    return state, Catalog(slots, by_slot, max(next_slot, len(by_slot)), kept)


# A write's records, from what its index noted.


def changed_records(
    state: State, catalog: Catalog, changes: Changes, answers_before: int
) -> list[Record]:
    """The records of what a write changed (and the catalog brought up to date)."""
    records: list[Record] = []
    for name in META:
        payload = dumps(getattr(state, name))
        if catalog.meta.get(name) != payload:
            records.append((META_KEY, name, payload))
            catalog.meta[name] = payload
    for answer in changes.answers.values():
        where = catalog.position(state, answer)
        records.append((ANSWERS, str(where), dumps(answer)))
    for i in range(answers_before, len(state.answers)):
        records.append((ANSWERS, str(i), dumps(state.answers[i])))
    catalog.appended(state, answers_before)
    removed = {id(lot) for lot in changes.removed}
    for lot in changes.removed:
        slot = catalog.slots.pop(lot.code, None)
        if slot is not None:
            del catalog.lots[slot]
            records.append((LOTS, str(slot), None))
    slot_before = catalog.next_slot
    for key, lot in changes.lots.items():
        if key in removed:
            continue
        slot = catalog.slots.get(lot.code)
        if slot is None:
            slot = catalog.slots[lot.code] = catalog.next_slot
            catalog.lots[slot] = lot
            catalog.next_slot += 1
        records.append((LOTS, str(slot), lot_header(lot)))
        if key in changes.every_customer:
            positions: Iterable[int] = range(len(lot.customers))
        else:
            positions = sorted(changes.customers.get(key, ()))
        customers = lot.customers
        records += [(lot_key(slot), str(i), dumps(customers[i])) for i in positions]
    if catalog.next_slot != slot_before:
        records.append((META_KEY, NEXT_SLOT, str(catalog.next_slot).encode()))
    return records


# Another process's records, applied to this process's copy.


def apply(state: State, catalog: Catalog, records: list[Record]) -> None:
    """Bring `state` to the records' values through its index's writes (the index
    stays true and is not rebuilt); raise `NeedsFullLoad` when they do not fit."""
    meta: dict[str, bytes | None] = {}
    answers: dict[str, bytes | None] = {}
    headers: dict[int, bytes | None] = {}
    customers: dict[int, dict[str, bytes | None]] = {}
    for key, field, payload in records:
        if key == META_KEY:
            meta[field] = payload
        elif key == ANSWERS:
            answers[field] = payload
        elif key == LOTS:
            headers[int(field)] = payload
        elif key.startswith("lot:"):
            customers.setdefault(int(key[4:]), {})[field] = payload
        else:
            raise NeedsFullLoad(f"unknown record key {key!r}")
    index = index_of(state)
    exact = True
    for name, payload in meta.items():
        if payload is None:
            raise NeedsFullLoad(f"meta {name} deleted")
        if name == NEXT_SLOT:
            catalog.next_slot = int(payload)
        elif name in META:
            value = _meta_value(name, payload)
            if isinstance(value, Counters):
                state.counters.__dict__.update(value.__dict__)
            else:
                setattr(state, name, value)
            catalog.meta[name] = payload
    for slot in sorted(headers.keys() | customers.keys()):
        exact &= _apply_lot(state, catalog, slot, headers.get(slot, b""), customers.get(slot, {}))
    before = len(state.answers)
    for field in sorted((f for f in answers if int(f) < before), key=int):
        payload = answers[field]
        if payload is None:
            raise NeedsFullLoad(f"answer {field} deleted")
        old = state.answers[int(field)]
        new = build(Answer, loads(payload), "state.answers")
        exact &= all(getattr(old, k) == getattr(new, k) for k in _ANSWER_KEYS)
        old.__dict__.update(new.__dict__)
    added = _contiguous((f for f in answers if int(f) >= before), before, "answers")
    payloads = [answers[str(i)] for i in added]
    if any(p is None for p in payloads):
        raise NeedsFullLoad("a new answer was deleted")
    for item in loads_many(typing.cast(list[bytes], payloads)):
        index.add_answer(build(Answer, item, "state.answers"))
    catalog.appended(state, before)
    if not exact:
        forget_index(state)


def _apply_lot(
    state: State,
    catalog: Catalog,
    slot: int,
    header: bytes | None,
    customers: dict[str, bytes | None],
) -> bool:
    """Apply one lot's records; False when the index must be rebuilt."""
    index = index_of(state)
    lot = catalog.lots.get(slot)
    if header is None:  # removed
        if lot is None:
            return True
        del catalog.lots[slot], catalog.slots[lot.code]
        if lot.status == "draft":
            index.remove_draft(lot)
            return True
        state.lots[:] = [x for x in state.lots if x is not lot]
        return False
    if lot is None:  # new
        if not header:
            raise NeedsFullLoad(f"lot slot {slot}: customers of an unknown lot")
        order = _contiguous(customers, 0, f"lot {slot}")
        payloads = [customers[str(i)] for i in order]
        if any(p is None for p in payloads):
            raise NeedsFullLoad(f"lot slot {slot}: a customer was deleted")
        lot = _lot(header, typing.cast(list[bytes], payloads), "state.lots")
        index.add_lot(lot)
        catalog.lots[slot], catalog.slots[lot.code] = lot, slot
        return True
    exact = True
    count = len(lot.customers)
    added = _contiguous((f for f in customers if int(f) >= count), count, f"lot {slot}")
    fresh: list[LotCustomer] = []
    for i in added:
        payload = customers[str(i)]
        if payload is None:
            raise NeedsFullLoad(f"lot slot {slot}: a new customer was deleted")
        fresh.append(build(LotCustomer, loads(payload), "state.lots.customers"))
    data = loads(header) if header else None
    if fresh and lot.status != "draft":
        lot.customers.extend(fresh)
        exact = False
    else:
        for customer in fresh:
            index.add_customer(lot, customer)
    if data is not None and lot.status == "draft" and data["status"] != "draft":
        index.send_lot(lot, data["status"], data["schedule_time"])
    for field in sorted((f for f in customers if int(f) < count), key=int):
        payload = customers[field]
        if payload is None:
            raise NeedsFullLoad(f"lot slot {slot}: customer {field} deleted")
        old = lot.customers[int(field)]
        new = build(LotCustomer, loads(payload), "state.lots.customers")
        if new.has_answered and not old.has_answered and old.dispatch_time is not None:
            index.answered(lot, old)
        exact &= all(getattr(old, k) == getattr(new, k) for k in _CUSTOMER_KEYS)
        old.__dict__.update(new.__dict__)
    if data is not None:
        exact &= all(getattr(lot, k) == data[k] for k in _LOT_KEYS if k in data)
        for name in _lot_header_fields():
            if name in data:
                setattr(lot, name, data[name])
    return exact
