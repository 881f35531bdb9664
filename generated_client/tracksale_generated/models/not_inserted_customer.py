from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotInsertedCustomer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "reason",
        "name",
        "email",
        "phone",
        "identification",
    )
)


@_attrs_define
class NotInsertedCustomer:
    """A customer left out of a lot, and why.

    Attributes:
        reason (str): Why the customer was not inserted.
        name (None | str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        identification (None | str | Unset):
    """

    reason: str
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    identification: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        identification: None | str | Unset
        if isinstance(self.identification, Unset):
            identification = UNSET
        else:
            identification = self.identification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
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
        not_inserted_customer = cls(
            src_dict["reason"],
            src_dict.get("name", UNSET),
            src_dict.get("email", UNSET),
            src_dict.get("phone", UNSET),
            src_dict.get("identification", UNSET),
        )
        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            not_inserted_customer.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return not_inserted_customer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
