from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatched_customer import DispatchedCustomer
    from ..models.report_campaign import ReportCampaign


T = TypeVar("T", bound="DispatchReportLot")


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
        from ..models.dispatched_customer import DispatchedCustomer  # noqa: PLC0415
        from ..models.report_campaign import ReportCampaign  # noqa: PLC0415

        d = dict(src_dict)
        campaign = ReportCampaign.from_dict(d.pop("campaign"))

        dispatch_code = d.pop("dispatch_code")

        status = d.pop("status")

        create_time = d.pop("create_time")

        customers = []
        _customers = d.pop("customers")
        for customers_item_data in _customers:
            customers_item = DispatchedCustomer.from_dict(customers_item_data)

            customers.append(customers_item)

        channel = d.pop("channel", UNSET)

        dispatch_report_lot = cls(
            campaign=campaign,
            dispatch_code=dispatch_code,
            status=status,
            create_time=create_time,
            customers=customers,
            channel=channel,
        )

        dispatch_report_lot.additional_properties = d
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
