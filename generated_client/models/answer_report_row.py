from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.extra_answer import ExtraAnswer
    from ..models.justification_group import JustificationGroup
    from ..models.tag import Tag


T = TypeVar("T", bound="AnswerReportRow")


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
        from ..models.justification_group import JustificationGroup  # noqa: PLC0415

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
        from ..models.category import Category  # noqa: PLC0415
        from ..models.extra_answer import ExtraAnswer  # noqa: PLC0415
        from ..models.justification_group import JustificationGroup  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        time = d.pop("time")

        type_ = d.pop("type")

        name = d.pop("name")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_identification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identification = _parse_identification(d.pop("identification"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_alternative_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        alternative_email = _parse_alternative_email(d.pop("alternative_email"))

        def _parse_alternative_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        alternative_phone = _parse_alternative_phone(d.pop("alternative_phone"))

        def _parse_nps_answer(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        nps_answer = _parse_nps_answer(d.pop("nps_answer"))

        def _parse_last_nps_answer(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_nps_answer = _parse_last_nps_answer(d.pop("last_nps_answer"))

        def _parse_nps_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nps_comment = _parse_nps_comment(d.pop("nps_comment"))

        campaign_name = d.pop("campaign_name")

        campaign_code = d.pop("campaign_code")

        def _parse_lot_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lot_code = _parse_lot_code(d.pop("lot_code"))

        id = d.pop("id")

        def _parse_deadline(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        deadline = _parse_deadline(d.pop("deadline"))

        def _parse_elapsed_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        elapsed_time = _parse_elapsed_time(d.pop("elapsed_time"))

        def _parse_dispatch_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dispatch_time = _parse_dispatch_time(d.pop("dispatch_time"))

        def _parse_reminder_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reminder_time = _parse_reminder_time(d.pop("reminder_time"))

        status = d.pop("status")

        priority = d.pop("priority")

        def _parse_assignee(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignee = _parse_assignee(d.pop("assignee"))

        def _parse_picture(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        picture = _parse_picture(d.pop("picture"))

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = Category.from_dict(categories_item_data)

            categories.append(categories_item)

        justifications = []
        _justifications = d.pop("justifications")
        for justifications_item_data in _justifications:

            def _parse_justifications_item(data: object) -> JustificationGroup | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_justification_type_1 = (
                        JustificationGroup.from_dict(data)
                    )

                    return componentsschemas_justification_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JustificationGroup | str, data)

            justifications_item = _parse_justifications_item(justifications_item_data)

            justifications.append(justifications_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for componentsschemas_tag_list_item_data in _tags:
                componentsschemas_tag_list_item = Tag.from_dict(
                    componentsschemas_tag_list_item_data
                )

                tags.append(componentsschemas_tag_list_item)

        _review = d.pop("review", UNSET)
        review: list[ExtraAnswer] | Unset = UNSET
        if _review is not UNSET:
            review = []
            for review_item_data in _review:
                review_item = ExtraAnswer.from_dict(review_item_data)

                review.append(review_item)

        _nps_secondary = d.pop("nps_secondary", UNSET)
        nps_secondary: list[ExtraAnswer] | Unset = UNSET
        if _nps_secondary is not UNSET:
            nps_secondary = []
            for nps_secondary_item_data in _nps_secondary:
                nps_secondary_item = ExtraAnswer.from_dict(nps_secondary_item_data)

                nps_secondary.append(nps_secondary_item)

        _open_question = d.pop("open_question", UNSET)
        open_question: list[ExtraAnswer] | Unset = UNSET
        if _open_question is not UNSET:
            open_question = []
            for open_question_item_data in _open_question:
                open_question_item = ExtraAnswer.from_dict(open_question_item_data)

                open_question.append(open_question_item)

        _csat = d.pop("csat", UNSET)
        csat: list[ExtraAnswer] | Unset = UNSET
        if _csat is not UNSET:
            csat = []
            for csat_item_data in _csat:
                csat_item = ExtraAnswer.from_dict(csat_item_data)

                csat.append(csat_item)

        def _parse_update_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        update_time = _parse_update_time(d.pop("update_time", UNSET))

        answer_report_row = cls(
            time=time,
            type_=type_,
            name=name,
            email=email,
            identification=identification,
            phone=phone,
            alternative_email=alternative_email,
            alternative_phone=alternative_phone,
            nps_answer=nps_answer,
            last_nps_answer=last_nps_answer,
            nps_comment=nps_comment,
            campaign_name=campaign_name,
            campaign_code=campaign_code,
            lot_code=lot_code,
            id=id,
            deadline=deadline,
            elapsed_time=elapsed_time,
            dispatch_time=dispatch_time,
            reminder_time=reminder_time,
            status=status,
            priority=priority,
            assignee=assignee,
            picture=picture,
            categories=categories,
            justifications=justifications,
            tags=tags,
            review=review,
            nps_secondary=nps_secondary,
            open_question=open_question,
            csat=csat,
            update_time=update_time,
        )

        answer_report_row.additional_properties = d
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
