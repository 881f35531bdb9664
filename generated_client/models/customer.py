from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer to survey. Which of `email` and `phone` is needed depends on the
    campaign's channel; the other may still be sent (useful for campaign flows).

        Attributes:
            name (str | Unset): Customer name.
            email (str | Unset): Customer email; needed for email campaigns.
            phone (str | Unset): Customer phone with country code; needed for SMS and WhatsApp campaigns.
            identification (None | str | Unset): Your own unique identification of the customer.
            tags (list[Tag] | Unset): Tags of a customer or an answer.
            finish_time (int | Unset): Unix time in seconds (up to 2100-01-01). Example: 1764151200.
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    identification: None | str | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    finish_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone = self.phone

        identification: None | str | Unset
        if isinstance(self.identification, Unset):
            identification = UNSET
        else:
            identification = self.identification

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for componentsschemas_tag_list_item_data in self.tags:
                componentsschemas_tag_list_item = (
                    componentsschemas_tag_list_item_data.to_dict()
                )
                tags.append(componentsschemas_tag_list_item)

        finish_time = self.finish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if identification is not UNSET:
            field_dict["identification"] = identification
        if tags is not UNSET:
            field_dict["tags"] = tags
        if finish_time is not UNSET:
            field_dict["finish_time"] = finish_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        def _parse_identification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identification = _parse_identification(d.pop("identification", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for componentsschemas_tag_list_item_data in _tags:
                componentsschemas_tag_list_item = Tag.from_dict(
                    componentsschemas_tag_list_item_data
                )

                tags.append(componentsschemas_tag_list_item)

        finish_time = d.pop("finish_time", UNSET)

        customer = cls(
            name=name,
            email=email,
            phone=phone,
            identification=identification,
            tags=tags,
            finish_time=finish_time,
        )

        customer.additional_properties = d
        return customer

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
