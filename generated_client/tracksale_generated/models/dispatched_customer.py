from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchedCustomer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "identification",
        "email",
        "phone",
        "dispatch_time",
        "status",
        "has_answered",
        "survey_opened",
        "tags",
    )
)


@_attrs_define
class DispatchedCustomer:
    """A customer of a lot.

    Attributes:
        name (None | str):
        identification (None | str):
        email (None | str):
        phone (None | str):
        dispatch_time (int | None): Unix seconds the survey was sent.
        status (str): Sending status of this customer.
        has_answered (bool):
        survey_opened (bool | Unset): Only in the paged report.
        tags (list[Tag] | Unset): Tags of a customer or an answer.
    """

    name: None | str
    identification: None | str
    email: None | str
    phone: None | str
    dispatch_time: int | None
    status: str
    has_answered: bool
    survey_opened: bool | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        identification: None | str
        identification = self.identification

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        dispatch_time: int | None
        dispatch_time = self.dispatch_time

        status = self.status

        has_answered = self.has_answered

        survey_opened = self.survey_opened

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
                "name": name,
                "identification": identification,
                "email": email,
                "phone": phone,
                "dispatch_time": dispatch_time,
                "status": status,
                "has_answered": has_answered,
            }
        )
        if survey_opened is not UNSET:
            field_dict["survey_opened"] = survey_opened
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
        dispatched_customer = cls(
            src_dict["name"],
            src_dict["identification"],
            src_dict["email"],
            src_dict["phone"],
            src_dict["dispatch_time"],
            src_dict["status"],
            src_dict["has_answered"],
            src_dict.get("survey_opened", UNSET),
            tags,
        )
        if len(src_dict) > 7 and not _KNOWN_KEYS.issuperset(src_dict):
            dispatched_customer.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return dispatched_customer

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
