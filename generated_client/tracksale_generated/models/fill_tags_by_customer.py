from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FillTagsByCustomer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "customer",
        "tags",
        "campaign_code",
    )
)


@_attrs_define
class FillTagsByCustomer:
    """Tags for the customer's most recent answer, optionally in one campaign. A
    body with an `answer_id` is a `FillTagsByAnswerId` instead.

        Attributes:
            customer (CustomerKey): Finds a customer's answers: give at least one of `email`, `phone` and
                `identification`; `campaign_code` narrows the search.
            tags (list[Tag]): The tags to fill, at most 50.
            campaign_code (int | str | Unset): A campaign code in a request body, as a string of digits (the documentation's
                tables) or as an integer. The documentation's samples only show the
                placeholder `"campaign_code"`, while `listCampaigns` returns codes as integers
                (`"code": 1201`) and integrations pass them on as they got them, so both forms
                are accepted (from integrations). Negative numbers, decimals, empty strings
                and non-digits stay invalid.
                 Example: 1201.
    """

    customer: CustomerKey
    tags: list[Tag]
    campaign_code: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        tags = []
        for componentsschemas_fill_tag_list_item_data in self.tags:
            componentsschemas_fill_tag_list_item = (
                componentsschemas_fill_tag_list_item_data.to_dict()
            )
            tags.append(componentsschemas_fill_tag_list_item)

        campaign_code: int | str | Unset
        if isinstance(self.campaign_code, Unset):
            campaign_code = UNSET
        else:
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
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        fill_tags_by_customer = cls(
            CustomerKey.from_dict(src_dict["customer"]),
            [Tag.from_dict(_i) for _i in src_dict["tags"]],
            src_dict.get("campaign_code", UNSET),
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            fill_tags_by_customer.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
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


from ..models.customer_key import CustomerKey  # noqa: E402
from ..models.tag import Tag  # noqa: E402
