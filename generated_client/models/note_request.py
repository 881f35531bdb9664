from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.note_filter import NoteFilter


T = TypeVar("T", bound="NoteRequest")


@_attrs_define
class NoteRequest:
    """A note and the answer it belongs to, by `answer_id` or by `filter`.

    Attributes:
        comment (str): Text of the note.
        answer_id (int | Unset): The answer to annotate. Without it, `filter` is required.
        filter_ (NoteFilter | Unset): Finds the answer to annotate: a customer key (at least one of `email`,
            `phone` and `identification`) and the period to search, both dates required.
    """

    comment: str
    answer_id: int | Unset = UNSET
    filter_: NoteFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        answer_id = self.answer_id

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
            }
        )
        if answer_id is not UNSET:
            field_dict["answer_id"] = answer_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.note_filter import NoteFilter  # noqa: PLC0415

        d = dict(src_dict)
        comment = d.pop("comment")

        answer_id = d.pop("answer_id", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: NoteFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = NoteFilter.from_dict(_filter_)

        note_request = cls(
            comment=comment,
            answer_id=answer_id,
            filter_=filter_,
        )

        note_request.additional_properties = d
        return note_request

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
