"""Lots as the reports see them: codes, display labels and who was sent what when.

A sent lot is stored as `scheduled` or `executed`; a scheduled lot counts as
executed once the mock clock reaches its `schedule_time`, so statuses follow the
clock without any background job.
"""

from __future__ import annotations

from collections.abc import Iterator

from tracksale_mock.domain.dates import Period
from tracksale_mock.state.model import Channel, Lot, LotCustomer, State

CHANNEL_LABELS: dict[Channel, str] = {"email": "Email", "sms": "SMS", "whatsapp": "WhatsApp"}
_CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CODE_SPACE = 36**7
_CODE_SCRAMBLE = 2_654_435_761  # odd and not a multiple of 3: a bijection modulo 36**7


def lot_code(number: int) -> str:
    """The code of the lot numbered `number`: 'LT' and 7 letters or digits."""
    value = (number * _CODE_SCRAMBLE) % _CODE_SPACE
    chars = []
    for _ in range(7):
        value, rest = divmod(value, 36)
        chars.append(_CODE_ALPHABET[rest])
    return "LT" + "".join(reversed(chars))


def next_lot_code(state: State) -> str:
    """Take a fresh lot code from the state's counter."""
    while True:
        code = lot_code(state.counters.next_lot_number)
        state.counters.next_lot_number += 1
        if state.lot(code) is None:
            return code


def is_sent(lot: Lot) -> bool:
    """Whether the lot left the draft stage (scheduled or executed)."""
    return lot.status != "draft"


def lot_status(lot: Lot, now: int) -> str:
    """The lot's status label: Draft, Scheduled or Executed."""
    if lot.status == "draft":
        return "Draft"
    if lot.schedule_time is not None and lot.schedule_time > now:
        return "Scheduled"
    return "Executed"


def customer_status(lot: Lot, customer: LotCustomer, now: int) -> str:
    """The sending status of one customer of a lot."""
    label = lot_status(lot, now)
    return customer.status if label == "Executed" else label


def sent_in(
    state: State, period: Period, codes: set[int] | None
) -> Iterator[tuple[Lot, LotCustomer]]:
    """Each customer of a sent lot whose dispatch time falls in the period."""
    start, end = period.start, period.end
    for lot in state.lots:
        if not is_sent(lot) or (codes is not None and lot.campaign_code not in codes):
            continue
        for customer in lot.customers:
            when = customer.dispatch_time
            if when is not None and start <= when < end:
                yield lot, customer


def count_sent(state: State, period: Period, codes: set[int] | None) -> int:
    """How many customers were sent a survey in the period."""
    return sum(1 for _ in sent_in(state, period, codes))
