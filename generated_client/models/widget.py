from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.widget_counts import WidgetCounts
    from ..models.widget_limits import WidgetLimits


T = TypeVar("T", bound="Widget")


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
        from ..models.widget_counts import WidgetCounts  # noqa: PLC0415
        from ..models.widget_limits import WidgetLimits  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        views = WidgetCounts.from_dict(d.pop("views"))

        limits = WidgetLimits.from_dict(d.pop("limits"))

        widget = cls(
            id=id,
            name=name,
            views=views,
            limits=limits,
        )

        widget.additional_properties = d
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
