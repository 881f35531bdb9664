from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsertedAnswer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "answer_id",
        "name",
        "email",
        "phone",
        "identification",
    )
)


@_attrs_define
class InsertedAnswer:
    """A customer whose answer was inserted, with the new answer id.

    Attributes:
        answer_id (int):
        name (str):
        email (None | str | Unset):
        phone (None | str | Unset):
        identification (None | str | Unset):
    """

    answer_id: int
    name: str
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    identification: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer_id = self.answer_id

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
                "answer_id": answer_id,
                "name": name,
            }
        )
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
        inserted_answer = cls(
            src_dict["answer_id"],
            src_dict["name"],
            src_dict.get("email", UNSET),
            src_dict.get("phone", UNSET),
            src_dict.get("identification", UNSET),
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            inserted_answer.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return inserted_answer

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
