from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "customers",
        "schedule_time",
    )
)


@_attrs_define
class DispatchRequest:
    """Customers to survey and, optionally, when.

    Attributes:
        customers (list[Customer]): At most 500 customers per request.
        schedule_time (int | str | Unset): Unix time in seconds (up to 2100-01-01) in a request body, as an integer or
            as
            a string of digits. The documentation types it as an integer; a public PHP
            integration sends PHP's `date("U")`, a digit string, for `schedule_time`
            (from integrations), so both forms are accepted wherever a body carries a
            timestamp. Negative numbers, decimals, signs, spaces and leading zeros stay
            invalid.
             Example: 1764151200.
    """

    customers: list[Customer]
    schedule_time: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customers = []
        for customers_item_data in self.customers:
            customers_item = customers_item_data.to_dict()
            customers.append(customers_item)

        schedule_time: int | str | Unset
        if isinstance(self.schedule_time, Unset):
            schedule_time = UNSET
        else:
            schedule_time = self.schedule_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customers": customers,
            }
        )
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        dispatch_request = cls(
            [Customer.from_dict(_i) for _i in src_dict["customers"]],
            src_dict.get("schedule_time", UNSET),
        )
        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            dispatch_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return dispatch_request

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


from ..models.customer import Customer  # noqa: E402
