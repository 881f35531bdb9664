from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PagedDispatchRow")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "campaign",
        "lot",
        "customer",
    )
)


@_attrs_define
class PagedDispatchRow:
    """One customer of one lot.

    Attributes:
        campaign (ReportCampaign): The campaign of a lot.
        lot (PagedLot): The lot of a paged row.
        customer (DispatchedCustomer): A customer of a lot.
    """

    campaign: ReportCampaign
    lot: PagedLot
    customer: DispatchedCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        lot = self.lot.to_dict()

        customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
                "lot": lot,
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        paged_dispatch_row = cls(
            ReportCampaign.from_dict(src_dict["campaign"]),
            PagedLot.from_dict(src_dict["lot"]),
            DispatchedCustomer.from_dict(src_dict["customer"]),
        )
        if len(src_dict) > 3 and not _KNOWN_KEYS.issuperset(src_dict):
            paged_dispatch_row.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return paged_dispatch_row

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
from ..models.paged_lot import PagedLot  # noqa: E402
from ..models.report_campaign import ReportCampaign  # noqa: E402
