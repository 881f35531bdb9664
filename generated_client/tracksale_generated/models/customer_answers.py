from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAnswers")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "answers",
        "email",
        "phone",
        "identification",
        "create_time",
        "tags",
    )
)


@_attrs_define
class CustomerAnswers:
    """One customer's answers to every question, in the campaign's order.

    Attributes:
        name (str):
        answers (list[QuestionAnswer]):
        email (str | Unset):
        phone (str | Unset):
        identification (str | Unset):
        create_time (int | str | Unset): Unix time in seconds (up to 2100-01-01) in a request body, as an integer or as
            a string of digits. The documentation types it as an integer; a public PHP
            integration sends PHP's `date("U")`, a digit string, for `schedule_time`
            (from integrations), so both forms are accepted wherever a body carries a
            timestamp. Negative numbers, decimals, signs, spaces and leading zeros stay
            invalid.
             Example: 1764151200.
        tags (list[Tag] | Unset): Tags of a customer or an answer.
    """

    name: str
    answers: list[QuestionAnswer]
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    identification: str | Unset = UNSET
    create_time: int | str | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        email = self.email

        phone = self.phone

        identification = self.identification

        create_time: int | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for componentsschemas_tag_list_item_data in self.tags:
                componentsschemas_tag_list_item = (
                    componentsschemas_tag_list_item_data.to_dict()
                )
                tags.append(componentsschemas_tag_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "answers": answers,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if identification is not UNSET:
            field_dict["identification"] = identification
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        _tags = src_dict.get("tags", UNSET)
        tags: list[Tag] | Unset = (
            UNSET if isinstance(_tags, Unset) else [Tag.from_dict(_i) for _i in _tags]
        )
        customer_answers = cls(
            src_dict["name"],
            [QuestionAnswer.from_dict(_i) for _i in src_dict["answers"]],
            src_dict.get("email", UNSET),
            src_dict.get("phone", UNSET),
            src_dict.get("identification", UNSET),
            src_dict.get("create_time", UNSET),
            tags,
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            customer_answers.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return customer_answers

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


from ..models.question_answer import QuestionAnswer  # noqa: E402
from ..models.tag import Tag  # noqa: E402
