from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Captcha")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "url",
    )
)


@_attrs_define
class Captcha:
    """The CAPTCHA that a person must solve to unlock a throttled token.

    Attributes:
        id (str): The CAPTCHA reference, also sent in the `X-Captcha` header.
        url (str): Where a person can solve it.
    """

    id: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        captcha = cls(
            src_dict["id"],
            src_dict["url"],
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            captcha.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return captcha

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
