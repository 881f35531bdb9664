from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InsertStatus")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "invalid",
        "inserted",
    )
)


@_attrs_define
class InsertStatus:
    """Counters of an answer insertion.

    Attributes:
        invalid (int):
        inserted (int):
    """

    invalid: int
    inserted: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invalid = self.invalid

        inserted = self.inserted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invalid": invalid,
                "inserted": inserted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        insert_status = cls(
            src_dict["invalid"],
            src_dict["inserted"],
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            insert_status.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return insert_status

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
