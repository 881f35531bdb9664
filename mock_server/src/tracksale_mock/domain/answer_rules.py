"""The rules one answer to one question must follow (`insertAnswers`).

The answers follow the campaign's questions in order; a question may be left out
only when it is optional. NPS and Secondary NPS scores go from 0 to 10, CSAT and
Review from 1 to 5 (a score may come as a number or a numeric string); Single Choice
needs an `option` among the question's options; Open Question needs a non-empty
`comment`. An optional question may also be answered without a value.

A breach raises `Breach`, whose message says why, for the reply's `msg`. The
contract shows each question's `options` and `optional` in the campaign listing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tracksale_mock.domain import inputs
from tracksale_mock.errors import InvalidRequest
from tracksale_mock.state.model import ExtraAnswer, Question

_SCORE_TEXT = re.compile(r"^(10|[0-9])$")
_RANGES = {"NPS": (0, 10), "Secondary NPS": (0, 10), "CSAT": (1, 5), "Review": (1, 5)}


class Breach(Exception):
    """One customer's answers break a rule; the message says which, for a person."""


@dataclass
class Reply:
    """One question's answer as sent."""

    question_id: int
    score: int | None
    justification: str | None
    option: str | None
    comment: str | None


def score(data: dict[str, Any], where: str) -> int | None:
    """The `score` member as an integer; None when absent."""
    value = data.get("score")
    if value is None and "score" not in data:
        return None
    if isinstance(value, str) and _SCORE_TEXT.match(value):
        return int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidRequest(
            "The request does not match the API contract.",
            [f"{where}.score: expected an integer or a numeric string"],
        )
    return value


def reply(data: dict[str, Any], where: str) -> Reply:
    """One element of a customer's `answers`, structure checked."""
    question_id = inputs.integer(data, "question_id", where)
    if question_id is None:
        raise InvalidRequest("Each answer needs its 'question_id'.", [f"{where}.question_id"])
    return Reply(
        question_id=question_id,
        score=score(data, where),
        justification=inputs.text(data, "justification", where, nullable=False),
        option=inputs.text(data, "option", where, nullable=False),
        comment=inputs.text(data, "comment", where, nullable=False),
    )


def filled(value: str | None) -> str | None:
    """The text, or None when it is empty or blank."""
    return value if value is not None and value.strip() else None


def _missing(question: Question, before: int | None = None) -> Breach:
    where = "" if before is None else f" before question {before} (the campaign's order)"
    return Breach(
        f"question {question.id} ({question.type}) is not optional and has no answer{where}"
    )


def pair(questions: list[Question], replies: list[Reply]) -> list[tuple[Question, Reply]]:
    """Match replies to questions in order, skipping only optional questions."""
    pairs = []
    position = 0
    for given in replies:
        while position < len(questions) and questions[position].id != given.question_id:
            if not questions[position].optional:
                if any(q.id == given.question_id for q in questions[position:]):
                    raise _missing(questions[position], given.question_id)
                if any(q.id == given.question_id for q in questions):
                    raise Breach(f"question {given.question_id} is answered out of order")
                raise Breach(f"question {given.question_id} is not a question of the campaign")
            position += 1
        if position == len(questions):
            if any(q.id == given.question_id for q in questions):
                raise Breach(f"question {given.question_id} is answered out of order")
            raise Breach(f"question {given.question_id} is not a question of the campaign")
        pairs.append((questions[position], given))
        position += 1
    for question in questions[position:]:
        if not question.optional:
            raise _missing(question)
    return pairs


def checked(question: Question, reply: Reply) -> ExtraAnswer:
    """The stored answer to one question; `Breach` when it breaks the question's rule."""
    extra = ExtraAnswer(question.id, question.type)
    if question.type in _RANGES:
        low, high = _RANGES[question.type]
        if reply.score is None:
            if question.optional:
                return extra
            raise Breach(f"question {question.id} ({question.type}) needs a score")
        if not low <= reply.score <= high:
            raise Breach(
                f"score {reply.score} is out of range for question {question.id}"
                f" ({question.type}: {low} to {high})"
            )
        extra.score, extra.comment = reply.score, filled(reply.justification)
    elif question.type == "Single Choice":
        option = filled(reply.option)
        if option is None:
            if question.optional:
                return extra
            raise Breach(f"question {question.id} (Single Choice) needs an option")
        if question.options and option not in question.options:
            raise Breach(f"option {option!r} is not an option of question {question.id}")
        extra.option = option
    else:
        extra.comment = filled(reply.comment)
        if extra.comment is None and not question.optional:
            raise Breach(f"question {question.id} (Open Question) needs a comment")
    return extra
