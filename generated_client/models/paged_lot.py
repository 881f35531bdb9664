from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedLot")


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
        d = dict(src_dict)
        create_time = d.pop("create_time")

        dispatch_code = d.pop("dispatch_code")

        status = d.pop("status")

        channel = d.pop("channel", UNSET)

        paged_lot = cls(
            create_time=create_time,
            dispatch_code=dispatch_code,
            status=status,
            channel=channel,
        )

        paged_lot.additional_properties = d
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
