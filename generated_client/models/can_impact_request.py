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
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        identification = d.pop("identification", UNSET)

        can_impact_request = cls(
            email=email,
            phone=phone,
            identification=identification,
        )

        return can_impact_request
