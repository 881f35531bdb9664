from typing import Literal

JustificationFormat = Literal["array", "level"]

JUSTIFICATION_FORMAT_VALUES: set[JustificationFormat] = {
    "array",
    "level",
}


def check_justification_format(value: str) -> JustificationFormat:
    if value in JUSTIFICATION_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JUSTIFICATION_FORMAT_VALUES!r}"
    )
