from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoteByFilter")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "comment",
        "filter",
    )
)


@_attrs_define
class NoteByFilter:
    """A note for the most recent answer matching the filter. A body with an
    `answer_id` is a `NoteByAnswerId` instead.

        Attributes:
            comment (str): Text of the note.
            filter_ (NoteFilter): Finds the answer to annotate: a customer key (at least one of `email`,
                `phone` and `identification`) and the period to search, both dates required.
    """

    comment: str
    filter_: NoteFilter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        note_by_filter = cls(
            src_dict["comment"],
            NoteFilter.from_dict(src_dict["filter"]),
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            note_by_filter.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return note_by_filter

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


from ..models.note_filter import NoteFilter  # noqa: E402
