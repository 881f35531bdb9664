from typing import Literal

Flag = Literal["0", "1", "false", "true"]

FLAG_VALUES: set[Flag] = {
    "0",
    "1",
    "false",
    "true",
}


def check_flag(value: str) -> Flag:
    if value in FLAG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_VALUES!r}")
