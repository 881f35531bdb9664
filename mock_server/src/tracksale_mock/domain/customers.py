"""Who a customer is: contact validation, normalization and matching.

* An email is valid when it looks like `local@domain.tld` (no spaces, one `@`).
* A phone is valid when, once spaces, dots, dashes and parentheses are removed and
  an optional leading `+` is dropped, it holds 10 to 15 digits (country code
  included, as the service asks).
* Emails compare case-insensitively; phones compare by their digits only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from tracksale_mock.state.index import contact_of, norm_email, norm_id, norm_phone
from tracksale_mock.state.model import Channel

__all__ = ["CustomerKey", "norm_email", "norm_id", "norm_phone", "reaches", "survey_link"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_NOISE = re.compile(r"[\s().-]")
_PHONE = re.compile(r"^\+?[0-9]{10,15}$")
_LINK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SURVEY_LINK_PREFIX = "https://tracksale.co/s/"


def valid_email(email: str | None) -> bool:
    """Whether `email` is a usable email address."""
    return email is not None and _EMAIL.match(email.strip()) is not None


def valid_phone(phone: str | None) -> bool:
    """Whether `phone` is a usable phone number with country code."""
    return phone is not None and _PHONE.match(_PHONE_NOISE.sub("", phone)) is not None


def reaches(channel: Channel, email: str | None, phone: str | None) -> bool:
    """Whether the customer's main channel for a campaign of `channel` is valid."""
    return valid_email(email) if channel == "email" else valid_phone(phone)


@dataclass(frozen=True)
class CustomerKey:
    """The normalized keys a customer is recognized by."""

    email: str | None = None
    phone: str | None = None
    identification: str | None = None

    @classmethod
    def of(cls, email: str | None, phone: str | None, identification: str | None) -> CustomerKey:
        """Build a key from raw contact fields."""
        return cls(*contact_of(email, phone, identification))

    def is_empty(self) -> bool:
        """Whether the key identifies nobody."""
        return self.email is None and self.phone is None and self.identification is None

    def _pairs(self, other: CustomerKey) -> list[tuple[str | None, str | None]]:
        return [
            (self.email, other.email),
            (self.phone, other.phone),
            (self.identification, other.identification),
        ]

    def shares_any(self, other: CustomerKey) -> bool:
        """Whether some key given here equals the same key of `other`."""
        return any(mine is not None and mine == theirs for mine, theirs in self._pairs(other))

    def found_in(self, other: CustomerKey) -> bool:
        """Whether every key given here equals the same key of `other` (a narrowing
        search); an empty key matches nothing."""
        pairs = [(mine, theirs) for mine, theirs in self._pairs(other) if mine is not None]
        return bool(pairs) and all(mine == theirs for mine, theirs in pairs)


def survey_link(campaign_code: int, key: CustomerKey, name: str | None = None) -> str:
    """A stable survey link for this customer in this campaign.

    The customer is identified by its identification, else its email, else its phone,
    else (an anonymous link) its name, so the same customer always gets the same
    link, across calls and restarts.
    """
    if key.identification is not None:
        identity = f"id:{key.identification}"
    elif key.email is not None:
        identity = f"email:{key.email}"
    elif key.phone is not None:
        identity = f"phone:{key.phone}"
    else:
        identity = f"name:{(name or '').strip().casefold()}"
    digest = hashlib.sha256(f"{campaign_code}|{identity}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(10):
        number, rest = divmod(number, len(_LINK_ALPHABET))
        chars.append(_LINK_ALPHABET[rest])
    return SURVEY_LINK_PREFIX + "".join(chars)
