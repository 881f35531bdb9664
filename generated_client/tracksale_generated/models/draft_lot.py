from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftLot")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "code",
        "create_time",
        "total_dispatches",
    )
)


@_attrs_define
class DraftLot:
    """A lot gathering customers until it is sent.

    Attributes:
        code (str):
        create_time (int): Unix time in seconds (up to 2100-01-01). Example: 1764151200.
        total_dispatches (int): Customers in the lot.
    """

    code: str
    create_time: int
    total_dispatches: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        create_time = self.create_time

        total_dispatches = self.total_dispatches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "create_time": create_time,
                "total_dispatches": total_dispatches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        draft_lot = cls(
            src_dict["code"],
            src_dict["create_time"],
            src_dict["total_dispatches"],
        )
        if len(src_dict) > 3 and not _KNOWN_KEYS.issuperset(src_dict):
            draft_lot.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return draft_lot

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
