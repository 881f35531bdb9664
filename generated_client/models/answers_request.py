from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_answers import CustomerAnswers


T = TypeVar("T", bound="AnswersRequest")


@_attrs_define
class AnswersRequest:
    """Complete answers to insert into one campaign.

    Attributes:
        campaign_code (str): A campaign code sent as a string, as the documentation's tables say. Example: 1201.
        data (list[CustomerAnswers]):
    """

    campaign_code: str
    data: list[CustomerAnswers]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.customer_answers import CustomerAnswers  # noqa: PLC0415

        d = dict(src_dict)
        campaign_code = d.pop("campaign_code")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CustomerAnswers.from_dict(data_item_data)

            data.append(data_item)

        answers_request = cls(
            campaign_code=campaign_code,
            data=data,
        )

        answers_request.additional_properties = d
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
