from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnswerRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "campaign_code",
        "answers",
    )
)


@_attrs_define
class AnswerRequest:
    """NPS answers to insert into one campaign.

    Attributes:
        campaign_code (int | str): A campaign code in a request body, as a string of digits (the documentation's
            tables) or as an integer. The documentation's samples only show the
            placeholder `"campaign_code"`, while `listCampaigns` returns codes as integers
            (`"code": 1201`) and integrations pass them on as they got them, so both forms
            are accepted (from integrations). Negative numbers, decimals, empty strings
            and non-digits stay invalid.
             Example: 1201.
        answers (list[NpsAnswer]):
    """

    campaign_code: int | str
    answers: list[NpsAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_code: int | str
        campaign_code = self.campaign_code

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_code": campaign_code,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        answer_request = cls(
            src_dict["campaign_code"],
            [NpsAnswer.from_dict(_i) for _i in src_dict["answers"]],
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            answer_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return answer_request

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


from ..models.nps_answer import NpsAnswer  # noqa: E402
