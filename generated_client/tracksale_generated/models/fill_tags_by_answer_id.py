from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FillTagsByAnswerId")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "answer_id",
        "tags",
    )
)


@_attrs_define
class FillTagsByAnswerId:
    """Tags for the answer with this id.

    Attributes:
        answer_id (int): The answer to tag.
        tags (list[Tag]): The tags to fill, at most 50.
    """

    answer_id: int
    tags: list[Tag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer_id = self.answer_id

        tags = []
        for componentsschemas_fill_tag_list_item_data in self.tags:
            componentsschemas_fill_tag_list_item = (
                componentsschemas_fill_tag_list_item_data.to_dict()
            )
            tags.append(componentsschemas_fill_tag_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answer_id": answer_id,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        fill_tags_by_answer_id = cls(
            src_dict["answer_id"],
            [Tag.from_dict(_i) for _i in src_dict["tags"]],
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            fill_tags_by_answer_id.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return fill_tags_by_answer_id

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


from ..models.tag import Tag  # noqa: E402
