from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnswersRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "campaign_code",
        "data",
    )
)


@_attrs_define
class AnswersRequest:
    """Complete answers to insert into one campaign.

    Attributes:
        campaign_code (int | str): A campaign code in a request body, as a string of digits (the documentation's
            tables) or as an integer. The documentation's samples only show the
            placeholder `"campaign_code"`, while `listCampaigns` returns codes as integers
            (`"code": 1201`) and integrations pass them on as they got them, so both forms
            are accepted (from integrations). Negative numbers, decimals, empty strings
            and non-digits stay invalid.
             Example: 1201.
        data (list[CustomerAnswers]):
    """

    campaign_code: int | str
    data: list[CustomerAnswers]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_code: int | str
        campaign_code = self.campaign_code

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_code": campaign_code,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        answers_request = cls(
            src_dict["campaign_code"],
            [CustomerAnswers.from_dict(_i) for _i in src_dict["data"]],
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            answers_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return answers_request

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


from ..models.customer_answers import CustomerAnswers  # noqa: E402
