"""The mock's whole state as plain dataclasses, and its JSON form.

`State.to_json()` gives plain dicts and lists (the shape of the seed file);
`State.from_json()` reads them back strictly: unknown keys, wrong types and dangling
references raise `ValueError`, so a hand-edited seed file fails early and clearly.
All times are Unix seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from tracksale_mock.state.codec import clone, decode, encode

QuestionType = Literal["NPS", "CSAT", "Single Choice", "Review", "Open Question", "Secondary NPS"]
QUESTION_TYPES: tuple[str, ...] = get_args(QuestionType)
Channel = Literal["email", "sms", "whatsapp"]
LotStatus = Literal["draft", "scheduled", "executed"]


@dataclass
class Tag:
    """A named value on a customer or an answer; an empty value is still to be filled."""

    name: str
    value: str


@dataclass
class Question:
    """A campaign question; `options` and `optional` are the mock's own settings."""

    id: int
    type: QuestionType
    title: str
    question: str
    secondary: str | None = None
    options: list[str] = field(default_factory=list)
    optional: bool = False


@dataclass
class DispatchLimits:
    """Sendings allowed per calendar day, week and month; None means no limit."""

    daily: int | None = None
    weekly: int | None = None
    monthly: int | None = None


@dataclass
class Campaign:
    """A survey campaign; its first question is the main NPS question."""

    code: int
    name: str
    description: str | None
    main_channel: Channel
    create_time: int
    questions: list[Question]
    dispatch_limits: DispatchLimits | None = None


@dataclass
class LotCustomer:
    """A customer inside a lot, with what happened to its survey."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    identification: str | None = None
    tags: list[Tag] = field(default_factory=list)
    finish_time: int | None = None
    dispatch_time: int | None = None
    status: str = "Sent"
    has_answered: bool = False
    survey_opened: bool = False


@dataclass
class Lot:
    """A dispatch lot: a draft gathering customers, or a sending at `schedule_time`."""

    code: str
    campaign_code: int
    create_time: int
    status: LotStatus
    channel: Channel
    schedule_time: int | None = None
    customers: list[LotCustomer] = field(default_factory=list)


@dataclass
class Justification:
    """A chosen justification and the child justifications chosen under it."""

    name: str
    children: list[str] = field(default_factory=list)


@dataclass
class ExtraAnswer:
    """The answer to a question other than the main NPS one."""

    question_id: int
    type: QuestionType
    score: int | None = None
    comment: str | None = None
    option: str | None = None


@dataclass
class Note:
    """An internal note on an answer."""

    comment: str
    time: int


@dataclass
class Answer:
    """One customer's answer to a campaign, with its treatment data."""

    id: int
    campaign_code: int
    time: int
    type: str
    name: str
    email: str | None = None
    phone: str | None = None
    identification: str | None = None
    alternative_email: str | None = None
    alternative_phone: str | None = None
    nps_answer: int | None = None
    last_nps_answer: int | None = None
    nps_comment: str | None = None
    lot_code: str | None = None
    deadline: int | None = None
    elapsed_time: int | None = None
    dispatch_time: int | None = None
    reminder_time: int | None = None
    status_id: int | None = None
    priority: str = "Nenhuma"
    assignee: str | None = None
    picture: str | None = None
    tags: list[Tag] = field(default_factory=list)
    category_ids: list[int] = field(default_factory=list)
    justifications: list[Justification] = field(default_factory=list)
    extra_answers: list[ExtraAnswer] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    update_time: int | None = None


@dataclass
class WidgetLimits:
    """Opening limits of a widget; 0 means no limit."""

    daily: int = 0
    weekly: int = 0
    monthly: int = 0


@dataclass
class Widget:
    """An embedded survey widget and the times it was opened."""

    key: str
    id: int
    name: str
    view_times: list[int] = field(default_factory=list)
    limits: WidgetLimits = field(default_factory=WidgetLimits)


@dataclass
class Label:
    """A treatment status or an answer category."""

    id: int
    name: str
    color: str


@dataclass
class Counters:
    """Sources of new identifiers."""

    next_answer_id: int = 1
    next_lot_number: int = 1


@dataclass
class State:
    """Everything the mock knows. New answers get the first of `statuses`."""

    campaigns: list[Campaign] = field(default_factory=list)
    lots: list[Lot] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)
    statuses: list[Label] = field(default_factory=list)
    categories: list[Label] = field(default_factory=list)
    counters: Counters = field(default_factory=Counters)

    def campaign(self, code: int) -> Campaign | None:
        """The campaign with this code, if any."""
        return next((c for c in self.campaigns if c.code == code), None)

    def lot(self, code: str) -> Lot | None:
        """The lot with this code, if any."""
        return next((lot for lot in self.lots if lot.code == code), None)

    def answer(self, answer_id: int) -> Answer | None:
        """The answer with this id, if any."""
        return next((a for a in self.answers if a.id == answer_id), None)

    def to_json(self, *, omit_defaults: bool = False) -> dict[str, Any]:
        """A deep, JSON-able copy of the state; optionally without the members that
        equal their defaults (`from_json` restores them)."""
        return encode(self, lean=omit_defaults)

    def clone(self) -> State:
        """A deep copy, several times faster than `copy.deepcopy`."""
        copied = clone(self)
        assert isinstance(copied, State)
        return copied

    @classmethod
    def from_json(cls, data: object) -> State:
        """Read a state dumped by `to_json`; raise ValueError when it is malformed."""
        state = decode(cls, data, "state")
        assert isinstance(state, State)
        check_references(state)
        return state

    def shift_times(self, seconds: int) -> None:
        """Move every instant of the state by `seconds` (durations stay as they are)."""

        def move(value: int | None) -> int | None:
            return None if value is None else max(0, value + seconds)

        for campaign in self.campaigns:
            campaign.create_time = max(0, campaign.create_time + seconds)
        for lot in self.lots:
            lot.create_time = max(0, lot.create_time + seconds)
            lot.schedule_time = move(lot.schedule_time)
            for customer in lot.customers:
                customer.finish_time = move(customer.finish_time)
                customer.dispatch_time = move(customer.dispatch_time)
        for answer in self.answers:
            answer.time = max(0, answer.time + seconds)
            answer.deadline = move(answer.deadline)
            answer.dispatch_time = move(answer.dispatch_time)
            answer.reminder_time = move(answer.reminder_time)
            answer.update_time = move(answer.update_time)
            for note in answer.notes:
                note.time = max(0, note.time + seconds)
        for widget in self.widgets:
            widget.view_times = [max(0, t + seconds) for t in widget.view_times]


def _unique(values: list[Any], what: str) -> set[Any]:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what} {value!r}")
        seen.add(value)
    return seen


def check_references(state: State) -> None:
    """Raise ValueError when identifiers repeat or point at nothing."""
    campaigns = _unique([c.code for c in state.campaigns], "campaign code")
    statuses = _unique([s.id for s in state.statuses], "status id")
    categories = _unique([c.id for c in state.categories], "category id")
    lots = _unique([lot.code for lot in state.lots], "lot code")
    answer_ids = _unique([a.id for a in state.answers], "answer id")
    _unique([w.key for w in state.widgets], "widget key")
    for campaign in state.campaigns:
        _unique([q.id for q in campaign.questions], f"question id in campaign {campaign.code}")
        if not campaign.questions or campaign.questions[0].type != "NPS":
            raise ValueError(f"campaign {campaign.code} must start with its NPS question")
    for lot in state.lots:
        if lot.campaign_code not in campaigns:
            raise ValueError(f"lot {lot.code}: unknown campaign {lot.campaign_code}")
    for answer in state.answers:
        where = f"answer {answer.id}"
        if answer.campaign_code not in campaigns:
            raise ValueError(f"{where}: unknown campaign {answer.campaign_code}")
        if answer.status_id is not None and answer.status_id not in statuses:
            raise ValueError(f"{where}: unknown status {answer.status_id}")
        if set(answer.category_ids) - categories:
            raise ValueError(f"{where}: unknown categories {answer.category_ids}")
        if answer.lot_code is not None and answer.lot_code not in lots:
            raise ValueError(f"{where}: unknown lot {answer.lot_code}")
    if answer_ids and state.counters.next_answer_id <= max(answer_ids):
        raise ValueError("counters.next_answer_id must exceed every answer id")
