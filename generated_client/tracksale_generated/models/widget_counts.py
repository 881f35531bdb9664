from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WidgetCounts")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "daily",
        "weekly",
        "monthly",
    )
)


@_attrs_define
class WidgetCounts:
    """How often the widget was opened in the current day, week and month.

    Attributes:
        daily (int):
        weekly (int):
        monthly (int):
    """

    daily: int
    weekly: int
    monthly: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily = self.daily

        weekly = self.weekly

        monthly = self.monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily": daily,
                "weekly": weekly,
                "monthly": monthly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        widget_counts = cls(
            src_dict["daily"],
            src_dict["weekly"],
            src_dict["monthly"],
        )
        if len(src_dict) > 3 and not _KNOWN_KEYS.issuperset(src_dict):
            widget_counts.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return widget_counts

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
