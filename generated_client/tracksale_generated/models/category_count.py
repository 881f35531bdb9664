from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CategoryCount")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "color",
        "total",
        "nps",
    )
)


@_attrs_define
class CategoryCount:
    """Answers of a category in the period.

    Attributes:
        id (int):
        name (str):
        color (str):
        total (int):
        nps (float):
    """

    id: int
    name: str
    color: str
    total: int
    nps: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        color = self.color

        total = self.total

        nps = self.nps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "color": color,
                "total": total,
                "nps": nps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        category_count = cls(
            src_dict["id"],
            src_dict["name"],
            src_dict["color"],
            src_dict["total"],
            src_dict["nps"],
        )
        if len(src_dict) > 5 and not _KNOWN_KEYS.issuperset(src_dict):
            category_count.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return category_count

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
