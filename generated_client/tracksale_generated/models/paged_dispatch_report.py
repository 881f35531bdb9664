from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PagedDispatchReport")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "code",
        "status",
        "data",
    )
)


@_attrs_define
class PagedDispatchReport:
    """One page of the paged dispatch report.

    Attributes:
        code (int): Response code, 200 on success.
        status (str): Response status, `success`.
        data (list[PagedDispatchRow]):
    """

    code: int
    status: str
    data: list[PagedDispatchRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        paged_dispatch_report = cls(
            src_dict["code"],
            src_dict["status"],
            [PagedDispatchRow.from_dict(_i) for _i in src_dict["data"]],
        )
        if len(src_dict) > 3 and not _KNOWN_KEYS.issuperset(src_dict):
            paged_dispatch_report.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return paged_dispatch_report

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


from ..models.paged_dispatch_row import PagedDispatchRow  # noqa: E402
