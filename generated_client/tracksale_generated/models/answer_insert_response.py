from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerInsertResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "msg",
        "status",
        "answers",
    )
)


@_attrs_define
class AnswerInsertResponse:
    """The outcome of inserting answers.

    Attributes:
        msg (str): `<N> Answer inserted`. When some answers were not inserted, the mock
            goes on with why, one reason per answer, for instance
            `0 Answer inserted; data[0]: option 'Outro' is not an option of question
            503`; the documentation's samples show only the first part.
        status (InsertStatus): Counters of an answer insertion.
        answers (list[InsertedAnswer] | Unset): With `return_answer_id=1`, and always for `insertAnswers`.
    """

    msg: str
    status: InsertStatus
    answers: list[InsertedAnswer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        status = self.status.to_dict()

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msg": msg,
                "status": status,
            }
        )
        if answers is not UNSET:
            field_dict["answers"] = answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        _answers = src_dict.get("answers", UNSET)
        answers: list[InsertedAnswer] | Unset = (
            UNSET
            if isinstance(_answers, Unset)
            else [InsertedAnswer.from_dict(_i) for _i in _answers]
        )
        answer_insert_response = cls(
            src_dict["msg"],
            InsertStatus.from_dict(src_dict["status"]),
            answers,
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            answer_insert_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return answer_insert_response

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


from ..models.insert_status import InsertStatus  # noqa: E402
from ..models.inserted_answer import InsertedAnswer  # noqa: E402
