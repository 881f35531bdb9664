from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtraAnswer")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "question_id",
        "title",
        "score",
        "comment",
        "option",
    )
)


@_attrs_define
class ExtraAnswer:
    """The answer to a Review, secondary NPS, Open Question or CSAT question. The
    documentation shows these lists only empty; this shape is the mock's.

        Attributes:
            question_id (int):
            title (str):
            score (int | None):
            comment (None | str):
            option (None | str | Unset): The chosen option, for Single Choice questions.
    """

    question_id: int
    title: str
    score: int | None
    comment: None | str
    option: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        title = self.title

        score: int | None
        score = self.score

        comment: None | str
        comment = self.comment

        option: None | str | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        else:
            option = self.option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_id": question_id,
                "title": title,
                "score": score,
                "comment": comment,
            }
        )
        if option is not UNSET:
            field_dict["option"] = option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        extra_answer = cls(
            src_dict["question_id"],
            src_dict["title"],
            src_dict["score"],
            src_dict["comment"],
            src_dict.get("option", UNSET),
        )
        if len(src_dict) > 4 and not _KNOWN_KEYS.issuperset(src_dict):
            extra_answer.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return extra_answer

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
