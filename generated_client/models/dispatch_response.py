from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatch_campaign import DispatchCampaign
    from ..models.dispatch_status import DispatchStatus
    from ..models.not_inserted_customer import NotInsertedCustomer


T = TypeVar("T", bound="DispatchResponse")


@_attrs_define
class DispatchResponse:
    """The outcome of a dispatch request.

    Attributes:
        msg (str): `Customers have been successfully added!` for a draft lot,
            `Dispatch executed!` for a scheduled one.
        dispatch_code (str): Code of the lot the customers went to.
        status (DispatchStatus): Counters of a dispatch request.
        campaign (DispatchCampaign): The campaign a dispatch went to.
        duplicated_customers (list[NotInsertedCustomer] | Unset): Only with `getNotInserted=1`.
        invalid_customers (list[NotInsertedCustomer] | Unset): Only with `getNotInserted=1`.
    """

    msg: str
    dispatch_code: str
    status: DispatchStatus
    campaign: DispatchCampaign
    duplicated_customers: list[NotInsertedCustomer] | Unset = UNSET
    invalid_customers: list[NotInsertedCustomer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        dispatch_code = self.dispatch_code

        status = self.status.to_dict()

        campaign = self.campaign.to_dict()

        duplicated_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.duplicated_customers, Unset):
            duplicated_customers = []
            for duplicated_customers_item_data in self.duplicated_customers:
                duplicated_customers_item = duplicated_customers_item_data.to_dict()
                duplicated_customers.append(duplicated_customers_item)

        invalid_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_customers, Unset):
            invalid_customers = []
            for invalid_customers_item_data in self.invalid_customers:
                invalid_customers_item = invalid_customers_item_data.to_dict()
                invalid_customers.append(invalid_customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msg": msg,
                "dispatch_code": dispatch_code,
                "status": status,
                "campaign": campaign,
            }
        )
        if duplicated_customers is not UNSET:
            field_dict["duplicated_customers"] = duplicated_customers
        if invalid_customers is not UNSET:
            field_dict["invalid_customers"] = invalid_customers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispatch_campaign import DispatchCampaign  # noqa: PLC0415
        from ..models.dispatch_status import DispatchStatus  # noqa: PLC0415
        from ..models.not_inserted_customer import NotInsertedCustomer  # noqa: PLC0415

        d = dict(src_dict)
        msg = d.pop("msg")

        dispatch_code = d.pop("dispatch_code")

        status = DispatchStatus.from_dict(d.pop("status"))

        campaign = DispatchCampaign.from_dict(d.pop("campaign"))

        _duplicated_customers = d.pop("duplicated_customers", UNSET)
        duplicated_customers: list[NotInsertedCustomer] | Unset = UNSET
        if _duplicated_customers is not UNSET:
            duplicated_customers = []
            for duplicated_customers_item_data in _duplicated_customers:
                duplicated_customers_item = NotInsertedCustomer.from_dict(
                    duplicated_customers_item_data
                )

                duplicated_customers.append(duplicated_customers_item)

        _invalid_customers = d.pop("invalid_customers", UNSET)
        invalid_customers: list[NotInsertedCustomer] | Unset = UNSET
        if _invalid_customers is not UNSET:
            invalid_customers = []
            for invalid_customers_item_data in _invalid_customers:
                invalid_customers_item = NotInsertedCustomer.from_dict(
                    invalid_customers_item_data
                )

                invalid_customers.append(invalid_customers_item)

        dispatch_response = cls(
            msg=msg,
            dispatch_code=dispatch_code,
            status=status,
            campaign=campaign,
            duplicated_customers=duplicated_customers,
            invalid_customers=invalid_customers,
        )

        dispatch_response.additional_properties = d
        return dispatch_response

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
