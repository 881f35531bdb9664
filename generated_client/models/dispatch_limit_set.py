from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sending_limit import SendingLimit


T = TypeVar("T", bound="DispatchLimitSet")


@_attrs_define
class DispatchLimitSet:
    """The campaign's sending limits per day, week and month. Only with
    `dispatch_limits=1`; null when the campaign has no limits (from integrations).

        Attributes:
            daily (SendingLimit): A sending limit and what is left of it; both null when unused.
            weekly (SendingLimit): A sending limit and what is left of it; both null when unused.
            monthly (SendingLimit): A sending limit and what is left of it; both null when unused.
    """

    daily: SendingLimit
    weekly: SendingLimit
    monthly: SendingLimit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily = self.daily.to_dict()

        weekly = self.weekly.to_dict()

        monthly = self.monthly.to_dict()

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
        from ..models.sending_limit import SendingLimit  # noqa: PLC0415

        d = dict(src_dict)
        daily = SendingLimit.from_dict(d.pop("daily"))

        weekly = SendingLimit.from_dict(d.pop("weekly"))

        monthly = SendingLimit.from_dict(d.pop("monthly"))

        dispatch_limit_set = cls(
            daily=daily,
            weekly=weekly,
            monthly=monthly,
        )

        dispatch_limit_set.additional_properties = d
        return dispatch_limit_set

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
