"""Reading models: a field the answer did not carry is ``UNSET``; ``or_none`` makes it None."""

from __future__ import annotations

from typing import TypeVar

from tracksale_generated.types import Unset

T = TypeVar("T")


def or_none(value: T | Unset) -> T | None:
    """``value``, or None when the answer did not carry it (``UNSET``).

    >>> from tracksale_generated.types import UNSET
    >>> or_none(UNSET) is None, or_none(0)
    (True, 0)

    "Was it sent?" is ``not isinstance(value, Unset)``; a field that was sent as JSON
    ``null`` is None already.
    """
    return None if isinstance(value, Unset) else value
