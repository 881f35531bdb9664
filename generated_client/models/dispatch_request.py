from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="DispatchRequest")


@_attrs_define
class DispatchRequest:
    """Customers to survey and, optionally, when.

    Attributes:
        customers (list[Customer]): At most 500 customers per request.
        schedule_time (int | Unset): Unix time in seconds (up to 2100-01-01). Example: 1764151200.
    """

    customers: list[Customer]
    schedule_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customers = []
        for customers_item_data in self.customers:
            customers_item = customers_item_data.to_dict()
            customers.append(customers_item)

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
        from ..models.customer import Customer  # noqa: PLC0415

        d = dict(src_dict)
        customers = []
        _customers = d.pop("customers")
        for customers_item_data in _customers:
            customers_item = Customer.from_dict(customers_item_data)

            customers.append(customers_item)

        schedule_time = d.pop("schedule_time", UNSET)

        dispatch_request = cls(
            customers=customers,
            schedule_time=schedule_time,
        )

        dispatch_request.additional_properties = d
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
