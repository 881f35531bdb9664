from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_key import CustomerKey
    from ..models.tag import Tag


T = TypeVar("T", bound="FillEmptyTagsRequest")


@_attrs_define
class FillEmptyTagsRequest:
    """Tags to fill on one answer, found by `answer_id` or by `customer`. At most
    50 tags.

        Attributes:
            tags (list[Tag]):
            answer_id (int | Unset): The answer to tag. Without it, `customer` is required.
            campaign_code (str | Unset): A campaign code sent as a string, as the documentation's tables say. Example: 1201.
            customer (CustomerKey | Unset): Finds a customer's answers: give at least one of `email`, `phone` and
                `identification`; `campaign_code` narrows the search.
    """

    tags: list[Tag]
    answer_id: int | Unset = UNSET
    campaign_code: str | Unset = UNSET
    customer: CustomerKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        answer_id = self.answer_id

        campaign_code = self.campaign_code

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )
        if answer_id is not UNSET:
            field_dict["answer_id"] = answer_id
        if campaign_code is not UNSET:
            field_dict["campaign_code"] = campaign_code
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_key import CustomerKey  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = Tag.from_dict(tags_item_data)

            tags.append(tags_item)

        answer_id = d.pop("answer_id", UNSET)

        campaign_code = d.pop("campaign_code", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: CustomerKey | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerKey.from_dict(_customer)

        fill_empty_tags_request = cls(
            tags=tags,
            answer_id=answer_id,
            campaign_code=campaign_code,
            customer=customer,
        )

        fill_empty_tags_request.additional_properties = d
        return fill_empty_tags_request

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
