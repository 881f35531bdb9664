from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NpsFigures")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "dispatches",
        "promoters",
        "detractors",
        "passives",
        "detractors_percentage",
        "passives_percentage",
        "promoters_percentage",
        "nps",
    )
)


@_attrs_define
class NpsFigures:
    """NPS figures of a period.

    Attributes:
        dispatches (int):
        promoters (int):
        detractors (int):
        passives (int):
        detractors_percentage (float):
        passives_percentage (float):
        promoters_percentage (float):
        nps (float):
    """

    dispatches: int
    promoters: int
    detractors: int
    passives: int
    detractors_percentage: float
    passives_percentage: float
    promoters_percentage: float
    nps: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dispatches = self.dispatches

        promoters = self.promoters

        detractors = self.detractors

        passives = self.passives

        detractors_percentage = self.detractors_percentage

        passives_percentage = self.passives_percentage

        promoters_percentage = self.promoters_percentage

        nps = self.nps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dispatches": dispatches,
                "promoters": promoters,
                "detractors": detractors,
                "passives": passives,
                "detractors_percentage": detractors_percentage,
                "passives_percentage": passives_percentage,
                "promoters_percentage": promoters_percentage,
                "nps": nps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        nps_figures = cls(
            src_dict["dispatches"],
            src_dict["promoters"],
            src_dict["detractors"],
            src_dict["passives"],
            src_dict["detractors_percentage"],
            src_dict["passives_percentage"],
            src_dict["promoters_percentage"],
            src_dict["nps"],
        )
        if len(src_dict) > 8 and not _KNOWN_KEYS.issuperset(src_dict):
            nps_figures.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return nps_figures

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
