from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionAnswer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "question_id",
        "score",
        "justification",
        "option",
        "comment",
    )
)


@_attrs_define
class QuestionAnswer:
    """The answer to one question. NPS and Secondary NPS questions take a `score`
    from 0 to 10, CSAT and Review a `score` from 1 to 5, each with an optional
    `justification`; Single Choice takes an `option` among the question's
    `options`; Open Question takes a non-empty `comment`. A question whose
    `optional` is true may be skipped, or answered without a value.

        Attributes:
            question_id (int): Id of the question, from the campaign's `questions`.
            score (int | str | Unset): The score, as a number or a numeric string.
            justification (str | Unset): Comment on the score.
            option (str | Unset): The chosen option of a Single Choice question.
            comment (str | Unset): The text of an Open Question answer.
    """

    question_id: int
    score: int | str | Unset = UNSET
    justification: str | Unset = UNSET
    option: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        score: int | str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        justification = self.justification

        option = self.option

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_id": question_id,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if justification is not UNSET:
            field_dict["justification"] = justification
        if option is not UNSET:
            field_dict["option"] = option
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        question_answer = cls(
            src_dict["question_id"],
            src_dict.get("score", UNSET),
            src_dict.get("justification", UNSET),
            src_dict.get("option", UNSET),
            src_dict.get("comment", UNSET),
        )
        if len(src_dict) > 1 and not _KNOWN_KEYS.issuperset(src_dict):
            question_answer.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return question_answer

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
