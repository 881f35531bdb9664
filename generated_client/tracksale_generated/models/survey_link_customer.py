from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyLinkCustomer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "survey_link",
        "name",
        "email",
        "phone",
        "identification",
        "tags",
    )
)


@_attrs_define
class SurveyLinkCustomer:
    """A customer with the link to its survey.

    Attributes:
        survey_link (str): The customer's survey URL, `https://tracksale.co/s/<hash>`.
        name (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        identification (None | str | Unset):
        tags (list[Tag] | Unset): Tags of a customer or an answer.
    """

    survey_link: str
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    identification: None | str | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey_link = self.survey_link

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey_link": survey_link,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        _tags = src_dict.get("tags", UNSET)
        tags: list[Tag] | Unset = (
            UNSET if isinstance(_tags, Unset) else [Tag.from_dict(_i) for _i in _tags]
        )
        survey_link_customer = cls(
            src_dict["survey_link"],
            src_dict.get("name", UNSET),
            src_dict.get("email", UNSET),
            src_dict.get("phone", UNSET),
            src_dict.get("identification", UNSET),
            tags,
        )
        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            survey_link_customer.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return survey_link_customer

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


from ..models.tag import Tag  # noqa: E402
