from typing import Literal

QuestionType = Literal[
    "CSAT", "NPS", "Open Question", "Review", "Secondary NPS", "Single Choice"
]

QUESTION_TYPE_VALUES: set[QuestionType] = {
    "CSAT",
    "NPS",
    "Open Question",
    "Review",
    "Secondary NPS",
    "Single Choice",
}


def check_question_type(value: str) -> QuestionType:
    if value in QUESTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUESTION_TYPE_VALUES!r}"
    )
