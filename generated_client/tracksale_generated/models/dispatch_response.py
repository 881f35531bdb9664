from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "msg",
        "dispatch_code",
        "status",
        "campaign",
        "duplicated_customers",
        "invalid_customers",
    )
)


@_attrs_define
class DispatchResponse:
    """The outcome of a dispatch request.

    Attributes:
        msg (str): `Customers have been successfully added!` for a draft lot,
            `Dispatch executed!` for a scheduled one.
        dispatch_code (None | str): Code of the lot the customers went to. Null when a dispatch without
            `schedule_time` inserted nobody and the campaign had no open draft lot:
            no empty draft lot is opened then (the mock's rule; the documentation
            shows no such answer).
        status (DispatchStatus): Counters of a dispatch request.
        campaign (DispatchCampaign): The campaign a dispatch went to.
        duplicated_customers (list[NotInsertedCustomer] | Unset): Only with `getNotInserted=1`.
        invalid_customers (list[NotInsertedCustomer] | Unset): Only with `getNotInserted=1`.
    """

    msg: str
    dispatch_code: None | str
    status: DispatchStatus
    campaign: DispatchCampaign
    duplicated_customers: list[NotInsertedCustomer] | Unset = UNSET
    invalid_customers: list[NotInsertedCustomer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        dispatch_code: None | str
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
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        _duplicated_customers = src_dict.get("duplicated_customers", UNSET)
        duplicated_customers: list[NotInsertedCustomer] | Unset = (
            UNSET
            if isinstance(_duplicated_customers, Unset)
            else [NotInsertedCustomer.from_dict(_i) for _i in _duplicated_customers]
        )
        _invalid_customers = src_dict.get("invalid_customers", UNSET)
        invalid_customers: list[NotInsertedCustomer] | Unset = (
            UNSET
            if isinstance(_invalid_customers, Unset)
            else [NotInsertedCustomer.from_dict(_i) for _i in _invalid_customers]
        )
        dispatch_response = cls(
            src_dict["msg"],
            src_dict["dispatch_code"],
            DispatchStatus.from_dict(src_dict["status"]),
            DispatchCampaign.from_dict(src_dict["campaign"]),
            duplicated_customers,
            invalid_customers,
        )
        if len(src_dict) > 4 and not _KNOWN_KEYS.issuperset(src_dict):
            dispatch_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
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


from ..models.dispatch_campaign import DispatchCampaign  # noqa: E402
from ..models.dispatch_status import DispatchStatus  # noqa: E402
from ..models.not_inserted_customer import NotInsertedCustomer  # noqa: E402
