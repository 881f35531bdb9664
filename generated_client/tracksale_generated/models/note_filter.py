from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteFilter")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "start_date",
        "end_date",
        "email",
        "phone",
        "identification",
        "campaign_code",
    )
)


@_attrs_define
class NoteFilter:
    """Finds the answer to annotate: a customer key (at least one of `email`,
    `phone` and `identification`) and the period to search, both dates required.

        Attributes:
            start_date (datetime.date): `YYYY-MM-DD`.
            end_date (datetime.date): `YYYY-MM-DD`.
            email (str | Unset):
            phone (str | Unset):
            identification (str | Unset):
            campaign_code (int | str | Unset): A campaign code in a request body, as a string of digits (the documentation's
                tables) or as an integer. The documentation's samples only show the
                placeholder `"campaign_code"`, while `listCampaigns` returns codes as integers
                (`"code": 1201`) and integrations pass them on as they got them, so both forms
                are accepted (from integrations). Negative numbers, decimals, empty strings
                and non-digits stay invalid.
                 Example: 1201.
    """

    start_date: datetime.date
    end_date: datetime.date
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    identification: str | Unset = UNSET
    campaign_code: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        email = self.email

        phone = self.phone

        identification = self.identification

        campaign_code: int | str | Unset
        if isinstance(self.campaign_code, Unset):
            campaign_code = UNSET
        else:
            campaign_code = self.campaign_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if identification is not UNSET:
            field_dict["identification"] = identification
        if campaign_code is not UNSET:
            field_dict["campaign_code"] = campaign_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        note_filter = cls(
            datetime.date.fromisoformat(src_dict["start_date"]),
            datetime.date.fromisoformat(src_dict["end_date"]),
            src_dict.get("email", UNSET),
            src_dict.get("phone", UNSET),
            src_dict.get("identification", UNSET),
            src_dict.get("campaign_code", UNSET),
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            note_filter.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return note_filter

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
