from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_type import QuestionType, check_question_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Question")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "title",
        "question",
        "secondary",
        "options",
        "optional",
    )
)


@_attrs_define
class Question:
    """One question of a campaign, in the campaign's order.

    Attributes:
        id (int): Question id, used by `insertAnswers`.
        type_ (QuestionType): The six kinds of question a campaign can ask.
        title (str): Short title.
        question (str): Text shown to the customer.
        secondary (None | str | Unset): Follow-up text, asking why, where the question has one.
        options (list[str] | Unset): The options of a Single Choice question, the only values `insertAnswers`
            accepts as its `option`; empty for the other types. (Inferred: the
            documentation's answer rules say the option must be one the customer could
            choose, but its campaign listing does not show the options.)
        optional (bool | Unset): True when the question may be left unanswered: `insertAnswers` then accepts
            a customer's answers without it, or with it and no value. (Inferred: the
            documentation's answer rules speak of questions "configured as optional",
            but its campaign listing does not show the setting.)
    """

    id: int
    type_: QuestionType
    title: str
    question: str
    secondary: None | str | Unset = UNSET
    options: list[str] | Unset = UNSET
    optional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        title = self.title

        question = self.question

        secondary: None | str | Unset
        if isinstance(self.secondary, Unset):
            secondary = UNSET
        else:
            secondary = self.secondary

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        optional = self.optional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "title": title,
                "question": question,
            }
        )
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if options is not UNSET:
            field_dict["options"] = options
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        question = cls(
            src_dict["id"],
            check_question_type(src_dict["type"]),
            src_dict["title"],
            src_dict["question"],
            src_dict.get("secondary", UNSET),
            src_dict.get("options", UNSET),
            src_dict.get("optional", UNSET),
        )
        if len(src_dict) > 4 and not _KNOWN_KEYS.issuperset(src_dict):
            question.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return question

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
