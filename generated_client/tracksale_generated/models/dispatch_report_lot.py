from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchReportLot")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "campaign",
        "dispatch_code",
        "status",
        "create_time",
        "customers",
        "channel",
    )
)


@_attrs_define
class DispatchReportLot:
    """An executed lot with its customers.

    Attributes:
        campaign (ReportCampaign): The campaign of a lot.
        dispatch_code (str):
        status (str): Lot status.
        create_time (int): Unix time in seconds (up to 2100-01-01). Example: 1764151200.
        customers (list[DispatchedCustomer]):
        channel (str | Unset): Only with `channel`.
    """

    campaign: ReportCampaign
    dispatch_code: str
    status: str
    create_time: int
    customers: list[DispatchedCustomer]
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        dispatch_code = self.dispatch_code

        status = self.status

        create_time = self.create_time

        customers = []
        for customers_item_data in self.customers:
            customers_item = customers_item_data.to_dict()
            customers.append(customers_item)

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
                "dispatch_code": dispatch_code,
                "status": status,
                "create_time": create_time,
                "customers": customers,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        dispatch_report_lot = cls(
            ReportCampaign.from_dict(src_dict["campaign"]),
            src_dict["dispatch_code"],
            src_dict["status"],
            src_dict["create_time"],
            [DispatchedCustomer.from_dict(_i) for _i in src_dict["customers"]],
            src_dict.get("channel", UNSET),
        )
        if len(src_dict) > 5 and not _KNOWN_KEYS.issuperset(src_dict):
            dispatch_report_lot.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return dispatch_report_lot

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


from ..models.dispatched_customer import DispatchedCustomer  # noqa: E402
from ..models.report_campaign import ReportCampaign  # noqa: E402
