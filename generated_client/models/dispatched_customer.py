from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="DispatchedCustomer")


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
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_identification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identification = _parse_identification(d.pop("identification"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_dispatch_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dispatch_time = _parse_dispatch_time(d.pop("dispatch_time"))

        status = d.pop("status")

        has_answered = d.pop("has_answered")

        survey_opened = d.pop("survey_opened", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for componentsschemas_tag_list_item_data in _tags:
                componentsschemas_tag_list_item = Tag.from_dict(
                    componentsschemas_tag_list_item_data
                )

                tags.append(componentsschemas_tag_list_item)

        dispatched_customer = cls(
            name=name,
            identification=identification,
            email=email,
            phone=phone,
            dispatch_time=dispatch_time,
            status=status,
            has_answered=has_answered,
            survey_opened=survey_opened,
            tags=tags,
        )

        dispatched_customer.additional_properties = d
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
