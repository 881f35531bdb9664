from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchCampaign")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "cod",
    )
)


@_attrs_define
class DispatchCampaign:
    """The campaign a dispatch went to.

    Attributes:
        name (str):
        cod (int): Campaign code (the service names it `cod` here).
    """

    name: str
    cod: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cod = self.cod

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "cod": cod,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        dispatch_campaign = cls(
            src_dict["name"],
            src_dict["cod"],
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            dispatch_campaign.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return dispatch_campaign

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
