"""Reports over the answers of a period: answers, NPS, categories and statuses.

* Answer report: newest first (by time, then id); `limit` rows, -1 for all.
  Justifications `level` gives each chosen justification with its children;
  `array` gives one flat list: each justification's children, or the justification
  itself when it has none. The extra lists hold the answers to the questions of that
  type, in the campaign's question order.
* NPS report: `dispatches` counts customers sent a survey in the period; see `nps`
  for the arithmetic. `compare` covers the period of equal length just before.
* Category and status reports count the period's answers per category or status,
  listing only those with answers (ordered by id); a category's NPS is over its
  scored answers.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from tracksale_mock.domain import nps
from tracksale_mock.domain.dates import Period
from tracksale_mock.state.index import index_of
from tracksale_mock.state.model import Answer, Campaign, ExtraAnswer, Justification, State

EXTRA_LISTS = {
    "review": "Review",
    "nps_secondary": "Secondary NPS",
    "open_question": "Open Question",
    "csat": "CSAT",
}


def answers_in(state: State, period: Period, codes: set[int] | None) -> list[Answer]:
    """The period's answers of the chosen campaigns, oldest first."""
    return list(index_of(state).answers_in(period.start, period.end, codes))


def _justifications(items: list[Justification], shape: str) -> list[Any]:
    if shape == "level":
        return [{"name": j.name, "children": list(j.children)} for j in items]
    return [child for j in items for child in (j.children or [j.name])]


class _Names:
    """Campaigns, statuses and categories by id, looked up once per report."""

    def __init__(self, state: State) -> None:
        self.campaigns: dict[int, Campaign] = {}
        for campaign in state.campaigns:
            self.campaigns.setdefault(campaign.code, campaign)
        self.statuses: dict[int, str] = {}
        for status in state.statuses:
            self.statuses.setdefault(status.id, status.name)
        self.categories = {c.id: c.name for c in state.categories}

    @cached_property
    def questions(self) -> dict[int, tuple[dict[int, int], dict[int, str]]]:
        """Per campaign: each question's position and title."""
        return {
            code: (
                {q.id: i for i, q in enumerate(campaign.questions)},
                {q.id: q.title for q in campaign.questions},
            )
            for code, campaign in self.campaigns.items()
        }


def _extras(names: _Names, answer: Answer, kind: str) -> list[dict[str, Any]]:
    order, titles = names.questions.get(answer.campaign_code, ({}, {}))
    chosen: list[ExtraAnswer] = [e for e in answer.extra_answers if e.type == kind]
    chosen.sort(key=lambda e: order.get(e.question_id, len(order)))
    return [
        {
            "question_id": e.question_id,
            "title": titles.get(e.question_id, ""),
            "score": e.score,
            "comment": e.comment,
        }
        for e in chosen
    ]


def _row(names: _Names, answer: Answer, options: dict[str, Any]) -> dict[str, Any]:
    campaign = names.campaigns.get(answer.campaign_code)
    status = "" if answer.status_id is None else names.statuses.get(answer.status_id, "")
    categories = names.categories
    row: dict[str, Any] = {
        "time": answer.time,
        "type": answer.type,
        "name": answer.name,
        "email": answer.email,
        "identification": answer.identification,
        "phone": answer.phone,
        "alternative_email": answer.alternative_email,
        "alternative_phone": answer.alternative_phone,
        "nps_answer": answer.nps_answer,
        "last_nps_answer": answer.last_nps_answer,
        "nps_comment": answer.nps_comment,
        "campaign_name": campaign.name if campaign else "",
        "campaign_code": answer.campaign_code,
        "lot_code": answer.lot_code,
        "id": answer.id,
        "deadline": answer.deadline,
        "elapsed_time": answer.elapsed_time,
        "dispatch_time": answer.dispatch_time,
        "reminder_time": answer.reminder_time,
        "status": status,
        "priority": answer.priority,
        "assignee": answer.assignee,
        "picture": answer.picture,
    }
    if options["tags"]:
        row["tags"] = [{"name": t.name, "value": t.value} for t in answer.tags]
    row["categories"] = [
        {"id": c, "name": categories[c]} for c in answer.category_ids if c in categories
    ]
    row["justifications"] = _justifications(answer.justifications, options["justif_return"])
    for name, kind in EXTRA_LISTS.items():
        if options[name]:
            row[name] = _extras(names, answer, kind)
    if options["update_time"]:
        row["update_time"] = answer.update_time
    return row


def answer_report(
    state: State,
    period: Period,
    codes: set[int] | None,
    limit: int,
    options: dict[str, Any],
) -> list[dict[str, Any]]:
    """The `AnswerReport` body. `options` holds the flags by their row names, plus
    `justif_return` and `update_time`."""
    names = _Names(state)
    newest = index_of(state).newest(period.start, period.end, codes, limit)
    return [_row(names, a, options) for a in newest]


def nps_report(
    state: State, period: Period, codes: set[int] | None, compare: bool
) -> dict[str, Any]:
    """The `NpsReport` body."""

    index = index_of(state)

    def figures(when: Period) -> dict[str, Any]:
        counts = index.counts(when.start, when.end, codes)
        sent = index.sent_count(when.start, when.end, codes)
        return nps.figures_of(counts.promoters, counts.passives, counts.detractors, sent)

    body = figures(period)
    if compare:
        body["compare"] = figures(period.previous())
    return body


def category_report(state: State, period: Period, codes: set[int] | None) -> list[dict[str, Any]]:
    """The `CategoryReport` body."""
    answers = answers_in(state, period, codes)
    rows = []
    for category in sorted(state.categories, key=lambda c: c.id):
        tagged = [a for a in answers if category.id in a.category_ids]
        if tagged:
            rows.append(
                {
                    "id": category.id,
                    "name": category.name,
                    "color": category.color,
                    "total": len(tagged),
                    "nps": nps.score(a.nps_answer for a in tagged),
                }
            )
    return rows


def status_report(state: State, period: Period, codes: set[int] | None) -> list[dict[str, Any]]:
    """The `StatusReport` body."""
    answers = answers_in(state, period, codes)
    rows = []
    for status in sorted(state.statuses, key=lambda s: s.id):
        total = sum(1 for a in answers if a.status_id == status.id)
        if total:
            rows.append(
                {"id": status.id, "name": status.name, "total": total, "color": status.color}
            )
    return rows
