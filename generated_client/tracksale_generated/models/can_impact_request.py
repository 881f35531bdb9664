from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CanImpactRequest")


@_attrs_define
class CanImpactRequest:
    """The customer to check, by at least one of three keys.

    Attributes:
        email (str | Unset): Customer email.
        phone (str | Unset): Customer phone.
        identification (str | Unset): Your own unique identification of the customer.
    """

    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    identification: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone = self.phone

        identification = self.identification

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if identification is not UNSET:
            field_dict["identification"] = identification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        can_impact_request = cls(
            src_dict.get("email", UNSET),
            src_dict.get("phone", UNSET),
            src_dict.get("identification", UNSET),
        )
        return can_impact_request
