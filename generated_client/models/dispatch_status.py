from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchStatus")


@_attrs_define
class DispatchStatus:
    """Counters of a dispatch request.

    Attributes:
        duplicated (int): Customers already in the lot.
        invalid (int): Customers with an empty or malformed main channel.
        inserted (int): Customers added to the lot.
    """

    duplicated: int
    invalid: int
    inserted: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duplicated = self.duplicated

        invalid = self.invalid

        inserted = self.inserted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duplicated": duplicated,
                "invalid": invalid,
                "inserted": inserted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duplicated = d.pop("duplicated")

        invalid = d.pop("invalid")

        inserted = d.pop("inserted")

        dispatch_status = cls(
            duplicated=duplicated,
            invalid=invalid,
            inserted=inserted,
        )

        dispatch_status.additional_properties = d
        return dispatch_status

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
