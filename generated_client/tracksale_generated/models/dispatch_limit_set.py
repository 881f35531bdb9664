from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchLimitSet")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "daily",
        "weekly",
        "monthly",
    )
)


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
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        dispatch_limit_set = cls(
            SendingLimit.from_dict(src_dict["daily"]),
            SendingLimit.from_dict(src_dict["weekly"]),
            SendingLimit.from_dict(src_dict["monthly"]),
        )
        if len(src_dict) > 3 and not _KNOWN_KEYS.issuperset(src_dict):
            dispatch_limit_set.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
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


from ..models.sending_limit import SendingLimit  # noqa: E402
