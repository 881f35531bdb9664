from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_key import CustomerKey
    from ..models.tag import Tag


T = TypeVar("T", bound="FillTagsByCustomer")


@_attrs_define
class FillTagsByCustomer:
    """Tags for the customer's most recent answer, optionally in one campaign.

    Attributes:
        customer (CustomerKey): Finds a customer's answers: give at least one of `email`, `phone` and
            `identification`; `campaign_code` narrows the search.
        tags (list[Tag]): The tags to fill, at most 50.
        campaign_code (str | Unset): A campaign code sent as a string, as the documentation's tables say. Example: 1201.
    """

    customer: CustomerKey
    tags: list[Tag]
    campaign_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        tags = []
        for componentsschemas_fill_tag_list_item_data in self.tags:
            componentsschemas_fill_tag_list_item = (
                componentsschemas_fill_tag_list_item_data.to_dict()
            )
            tags.append(componentsschemas_fill_tag_list_item)

        campaign_code = self.campaign_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "tags": tags,
            }
        )
        if campaign_code is not UNSET:
            field_dict["campaign_code"] = campaign_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_key import CustomerKey  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        customer = CustomerKey.from_dict(d.pop("customer"))

        tags = []
        _tags = d.pop("tags")
        for componentsschemas_fill_tag_list_item_data in _tags:
            componentsschemas_fill_tag_list_item = Tag.from_dict(
                componentsschemas_fill_tag_list_item_data
            )

            tags.append(componentsschemas_fill_tag_list_item)

        campaign_code = d.pop("campaign_code", UNSET)

        fill_tags_by_customer = cls(
            customer=customer,
            tags=tags,
            campaign_code=campaign_code,
        )

        fill_tags_by_customer.additional_properties = d
        return fill_tags_by_customer

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
