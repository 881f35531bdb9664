from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "code",
        "description",
        "detractors",
        "passives",
        "promoters",
        "dispatches",
        "comments",
        "answers",
        "main_channel",
        "create_time",
        "questions",
        "dispatch_limits",
    )
)


@_attrs_define
class Campaign:
    """A survey campaign. The counters cover the period of `start`/`end`. `code` and
    `create_time` are integers (from integrations; the documentation's example
    shows strings).

        Attributes:
            name (str): Campaign name.
            code (int): Campaign code, used in every campaign URL.
            description (None | str): Campaign description.
            detractors (int): Answers scored 0 to 6 in the period.
            passives (int): Answers scored 7 or 8 in the period.
            promoters (int): Answers scored 9 or 10 in the period.
            dispatches (int): Customers sent the survey in the period.
            comments (int): Answers with a comment in the period.
            answers (int): Answers in the period.
            main_channel (str): Channel the campaign surveys by, such as `email`, `sms` or `whatsapp`.
            create_time (int): Unix time in seconds (up to 2100-01-01). Example: 1764151200.
            questions (list[Question]): The questions, in the order customers answer them.
            dispatch_limits (DispatchLimitSet | None | Unset): The campaign's sending limits per day, week and month. Only
                with
                `dispatch_limits=1`; null when the campaign has no limits (from integrations).
    """

    name: str
    code: int
    description: None | str
    detractors: int
    passives: int
    promoters: int
    dispatches: int
    comments: int
    answers: int
    main_channel: str
    create_time: int
    questions: list[Question]
    dispatch_limits: DispatchLimitSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        description: None | str
        description = self.description

        detractors = self.detractors

        passives = self.passives

        promoters = self.promoters

        dispatches = self.dispatches

        comments = self.comments

        answers = self.answers

        main_channel = self.main_channel

        create_time = self.create_time

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        dispatch_limits: dict[str, Any] | None | Unset
        if isinstance(self.dispatch_limits, Unset):
            dispatch_limits = UNSET
        elif isinstance(self.dispatch_limits, DispatchLimitSet):
            dispatch_limits = self.dispatch_limits.to_dict()
        else:
            dispatch_limits = self.dispatch_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
                "description": description,
                "detractors": detractors,
                "passives": passives,
                "promoters": promoters,
                "dispatches": dispatches,
                "comments": comments,
                "answers": answers,
                "main_channel": main_channel,
                "create_time": create_time,
                "questions": questions,
            }
        )
        if dispatch_limits is not UNSET:
            field_dict["dispatch_limits"] = dispatch_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        _dispatch_limits = src_dict.get("dispatch_limits", UNSET)
        dispatch_limits: DispatchLimitSet | None | Unset = (
            UNSET
            if isinstance(_dispatch_limits, Unset)
            else _parse_dispatch_limits(_dispatch_limits)
        )
        campaign = cls(
            src_dict["name"],
            src_dict["code"],
            src_dict["description"],
            src_dict["detractors"],
            src_dict["passives"],
            src_dict["promoters"],
            src_dict["dispatches"],
            src_dict["comments"],
            src_dict["answers"],
            src_dict["main_channel"],
            src_dict["create_time"],
            [Question.from_dict(_i) for _i in src_dict["questions"]],
            dispatch_limits,
        )
        if len(src_dict) > 12 and not _KNOWN_KEYS.issuperset(src_dict):
            campaign.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return campaign

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


from ..models.dispatch_limit_set import DispatchLimitSet  # noqa: E402
from ..models.question import Question  # noqa: E402


def _parse_dispatch_limits(data: object) -> DispatchLimitSet | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_dispatch_limit_set_type_0 = DispatchLimitSet.from_dict(data)

        return componentsschemas_dispatch_limit_set_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DispatchLimitSet | None | Unset, data)
