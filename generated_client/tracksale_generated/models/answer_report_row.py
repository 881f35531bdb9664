from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerReportRow")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "time",
        "type",
        "name",
        "email",
        "identification",
        "phone",
        "alternative_email",
        "alternative_phone",
        "nps_answer",
        "last_nps_answer",
        "nps_comment",
        "campaign_name",
        "campaign_code",
        "lot_code",
        "id",
        "deadline",
        "elapsed_time",
        "dispatch_time",
        "reminder_time",
        "status",
        "priority",
        "assignee",
        "picture",
        "categories",
        "justifications",
        "tags",
        "review",
        "nps_secondary",
        "open_question",
        "csat",
        "update_time",
    )
)


@_attrs_define
class AnswerReportRow:
    """One answer. Types of `time`, `nps_answer`, `campaign_code`, `id` and
    `elapsed_time`, and which fields may be null, come from integrations.

        Attributes:
            time (int): Unix time in seconds (up to 2100-01-01). Example: 1764151200.
            type_ (str): Channel the answer came by (Email, SMS, WhatsApp, Link, API...).
            name (str):
            email (None | str):
            identification (None | str):
            phone (None | str):
            alternative_email (None | str):
            alternative_phone (None | str):
            nps_answer (int | None): Score from 0 to 10.
            last_nps_answer (int | None): The customer's previous score in this campaign.
            nps_comment (None | str): The comment; it may hold HTML markup and newlines.
            campaign_name (str):
            campaign_code (int):
            lot_code (None | str):
            id (int): Answer id.
            deadline (int | None): Unix seconds by which the answer should be treated.
            elapsed_time (int | None): Seconds the customer took to answer.
            dispatch_time (int | None):
            reminder_time (int | None):
            status (str): Treatment status, a localized display string.
            priority (str): Priority, a localized display string.
            assignee (None | str):
            picture (None | str):
            categories (list[Category]):
            justifications (list[JustificationGroup | str]):
            tags (list[Tag] | Unset): Tags of a customer or an answer.
            review (list[ExtraAnswer] | Unset):
            nps_secondary (list[ExtraAnswer] | Unset):
            open_question (list[ExtraAnswer] | Unset):
            csat (list[ExtraAnswer] | Unset):
            update_time (int | None | Unset): Only with `return_update_time`.
    """

    time: int
    type_: str
    name: str
    email: None | str
    identification: None | str
    phone: None | str
    alternative_email: None | str
    alternative_phone: None | str
    nps_answer: int | None
    last_nps_answer: int | None
    nps_comment: None | str
    campaign_name: str
    campaign_code: int
    lot_code: None | str
    id: int
    deadline: int | None
    elapsed_time: int | None
    dispatch_time: int | None
    reminder_time: int | None
    status: str
    priority: str
    assignee: None | str
    picture: None | str
    categories: list[Category]
    justifications: list[JustificationGroup | str]
    tags: list[Tag] | Unset = UNSET
    review: list[ExtraAnswer] | Unset = UNSET
    nps_secondary: list[ExtraAnswer] | Unset = UNSET
    open_question: list[ExtraAnswer] | Unset = UNSET
    csat: list[ExtraAnswer] | Unset = UNSET
    update_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        type_ = self.type_

        name = self.name

        email: None | str
        email = self.email

        identification: None | str
        identification = self.identification

        phone: None | str
        phone = self.phone

        alternative_email: None | str
        alternative_email = self.alternative_email

        alternative_phone: None | str
        alternative_phone = self.alternative_phone

        nps_answer: int | None
        nps_answer = self.nps_answer

        last_nps_answer: int | None
        last_nps_answer = self.last_nps_answer

        nps_comment: None | str
        nps_comment = self.nps_comment

        campaign_name = self.campaign_name

        campaign_code = self.campaign_code

        lot_code: None | str
        lot_code = self.lot_code

        id = self.id

        deadline: int | None
        deadline = self.deadline

        elapsed_time: int | None
        elapsed_time = self.elapsed_time

        dispatch_time: int | None
        dispatch_time = self.dispatch_time

        reminder_time: int | None
        reminder_time = self.reminder_time

        status = self.status

        priority = self.priority

        assignee: None | str
        assignee = self.assignee

        picture: None | str
        picture = self.picture

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        justifications = []
        for justifications_item_data in self.justifications:
            justifications_item: dict[str, Any] | str
            if isinstance(justifications_item_data, JustificationGroup):
                justifications_item = justifications_item_data.to_dict()
            else:
                justifications_item = justifications_item_data
            justifications.append(justifications_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for componentsschemas_tag_list_item_data in self.tags:
                componentsschemas_tag_list_item = (
                    componentsschemas_tag_list_item_data.to_dict()
                )
                tags.append(componentsschemas_tag_list_item)

        review: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review, Unset):
            review = []
            for review_item_data in self.review:
                review_item = review_item_data.to_dict()
                review.append(review_item)

        nps_secondary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nps_secondary, Unset):
            nps_secondary = []
            for nps_secondary_item_data in self.nps_secondary:
                nps_secondary_item = nps_secondary_item_data.to_dict()
                nps_secondary.append(nps_secondary_item)

        open_question: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_question, Unset):
            open_question = []
            for open_question_item_data in self.open_question:
                open_question_item = open_question_item_data.to_dict()
                open_question.append(open_question_item)

        csat: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.csat, Unset):
            csat = []
            for csat_item_data in self.csat:
                csat_item = csat_item_data.to_dict()
                csat.append(csat_item)

        update_time: int | None | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        else:
            update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "type": type_,
                "name": name,
                "email": email,
                "identification": identification,
                "phone": phone,
                "alternative_email": alternative_email,
                "alternative_phone": alternative_phone,
                "nps_answer": nps_answer,
                "last_nps_answer": last_nps_answer,
                "nps_comment": nps_comment,
                "campaign_name": campaign_name,
                "campaign_code": campaign_code,
                "lot_code": lot_code,
                "id": id,
                "deadline": deadline,
                "elapsed_time": elapsed_time,
                "dispatch_time": dispatch_time,
                "reminder_time": reminder_time,
                "status": status,
                "priority": priority,
                "assignee": assignee,
                "picture": picture,
                "categories": categories,
                "justifications": justifications,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if review is not UNSET:
            field_dict["review"] = review
        if nps_secondary is not UNSET:
            field_dict["nps_secondary"] = nps_secondary
        if open_question is not UNSET:
            field_dict["open_question"] = open_question
        if csat is not UNSET:
            field_dict["csat"] = csat
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

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
        _review = src_dict.get("review", UNSET)
        review: list[ExtraAnswer] | Unset = (
            UNSET
            if isinstance(_review, Unset)
            else [ExtraAnswer.from_dict(_i) for _i in _review]
        )
        _nps_secondary = src_dict.get("nps_secondary", UNSET)
        nps_secondary: list[ExtraAnswer] | Unset = (
            UNSET
            if isinstance(_nps_secondary, Unset)
            else [ExtraAnswer.from_dict(_i) for _i in _nps_secondary]
        )
        _open_question = src_dict.get("open_question", UNSET)
        open_question: list[ExtraAnswer] | Unset = (
            UNSET
            if isinstance(_open_question, Unset)
            else [ExtraAnswer.from_dict(_i) for _i in _open_question]
        )
        _csat = src_dict.get("csat", UNSET)
        csat: list[ExtraAnswer] | Unset = (
            UNSET
            if isinstance(_csat, Unset)
            else [ExtraAnswer.from_dict(_i) for _i in _csat]
        )
        answer_report_row = cls(
            src_dict["time"],
            src_dict["type"],
            src_dict["name"],
            src_dict["email"],
            src_dict["identification"],
            src_dict["phone"],
            src_dict["alternative_email"],
            src_dict["alternative_phone"],
            src_dict["nps_answer"],
            src_dict["last_nps_answer"],
            src_dict["nps_comment"],
            src_dict["campaign_name"],
            src_dict["campaign_code"],
            src_dict["lot_code"],
            src_dict["id"],
            src_dict["deadline"],
            src_dict["elapsed_time"],
            src_dict["dispatch_time"],
            src_dict["reminder_time"],
            src_dict["status"],
            src_dict["priority"],
            src_dict["assignee"],
            src_dict["picture"],
            [Category.from_dict(_i) for _i in src_dict["categories"]],
            [_parse_justifications_item(_i) for _i in src_dict["justifications"]],
            tags,
            review,
            nps_secondary,
            open_question,
            csat,
            src_dict.get("update_time", UNSET),
        )
        if len(src_dict) > 25 and not _KNOWN_KEYS.issuperset(src_dict):
            answer_report_row.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return answer_report_row

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


from ..models.category import Category  # noqa: E402
from ..models.extra_answer import ExtraAnswer  # noqa: E402
from ..models.justification_group import JustificationGroup  # noqa: E402
from ..models.tag import Tag  # noqa: E402


def _parse_justifications_item(data: object) -> JustificationGroup | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_justification_type_1 = JustificationGroup.from_dict(data)

        return componentsschemas_justification_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(JustificationGroup | str, data)
