from typing import Literal

ErrorKind = Literal[
    "captcha_required",
    "invalid_request",
    "method_not_allowed",
    "not_found",
    "server_error",
    "service_unavailable",
    "unauthorized",
]

ERROR_KIND_VALUES: set[ErrorKind] = {
    "captcha_required",
    "invalid_request",
    "method_not_allowed",
    "not_found",
    "server_error",
    "service_unavailable",
    "unauthorized",
}


def check_error_kind(value: str) -> ErrorKind:
    if value in ERROR_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERROR_KIND_VALUES!r}"
    )
