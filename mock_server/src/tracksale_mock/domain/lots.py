"""Lots as the reports see them: codes, display labels and who was sent what when.

A sent lot is stored as `scheduled` or `executed`; a scheduled lot counts as
executed once the mock clock reaches its `schedule_time`, so statuses follow the
clock without any background job.
"""

from __future__ import annotations

from tracksale_mock.domain.dates import Period
from tracksale_mock.state.index import index_of
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
    return index_of(state).take_lot_code(lot_code)


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


def count_sent(state: State, period: Period, codes: set[int] | None) -> int:
    """How many customers were sent a survey in the period."""
    return index_of(state).sent_count(period.start, period.end, codes)
