from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Widget")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "views",
        "limits",
    )
)


@_attrs_define
class Widget:
    """An embedded survey widget.

    Attributes:
        id (int):
        name (str):
        views (WidgetCounts): How often the widget was opened in the current day, week and month.
        limits (WidgetLimits): Opening limits of the widget (0 means none) and which one is reached.
    """

    id: int
    name: str
    views: WidgetCounts
    limits: WidgetLimits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        views = self.views.to_dict()

        limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "views": views,
                "limits": limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        widget = cls(
            src_dict["id"],
            src_dict["name"],
            WidgetCounts.from_dict(src_dict["views"]),
            WidgetLimits.from_dict(src_dict["limits"]),
        )
        if len(src_dict) > 4 and not _KNOWN_KEYS.issuperset(src_dict):
            widget.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return widget

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


from ..models.widget_counts import WidgetCounts  # noqa: E402
from ..models.widget_limits import WidgetLimits  # noqa: E402
