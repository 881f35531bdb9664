from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedLot")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "create_time",
        "dispatch_code",
        "status",
        "channel",
    )
)


@_attrs_define
class PagedLot:
    """The lot of a paged row.

    Attributes:
        create_time (int): Unix time in seconds (up to 2100-01-01). Example: 1764151200.
        dispatch_code (str):
        status (str):
        channel (str | Unset): Only with `channel`.
    """

    create_time: int
    dispatch_code: str
    status: str
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        dispatch_code = self.dispatch_code

        status = self.status

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_time": create_time,
                "dispatch_code": dispatch_code,
                "status": status,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        paged_lot = cls(
            src_dict["create_time"],
            src_dict["dispatch_code"],
            src_dict["status"],
            src_dict.get("channel", UNSET),
        )
        if len(src_dict) > 3 and not _KNOWN_KEYS.issuperset(src_dict):
            paged_lot.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return paged_lot

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
