from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoteByAnswerId")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "comment",
        "answer_id",
    )
)


@_attrs_define
class NoteByAnswerId:
    """A note for the answer with this id.

    Attributes:
        comment (str): Text of the note.
        answer_id (int): The answer to annotate.
    """

    comment: str
    answer_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        answer_id = self.answer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "answer_id": answer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        note_by_answer_id = cls(
            src_dict["comment"],
            src_dict["answer_id"],
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            note_by_answer_id.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return note_by_answer_id

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
