from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_kind import ErrorKind, check_error_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "error",
        "message",
        "details",
        "captcha",
        "retry_after",
    )
)


@_attrs_define
class ApiError:
    """The body of every error answer.

    Attributes:
        error (ErrorKind): Machine-readable kind of an error: `invalid_request` (400), `unauthorized`
            (401), `not_found` (404), `method_not_allowed` (405, wrong HTTP method),
            `captcha_required` (405, the request lock), `service_unavailable` (503) or
            `server_error` (500: the server failed, or could not tell whether a write was
            saved; read before retrying).
        message (str): What went wrong, for a person. Example: Campaign 9999 does not exist..
        details (list[str] | Unset): Each problem found in the request, for `invalid_request`.
        captcha (Captcha | Unset): The CAPTCHA that a person must solve to unlock a throttled token.
        retry_after (int | Unset): For `captcha_required`, seconds until the window frees capacity.
    """

    error: ErrorKind
    message: str
    details: list[str] | Unset = UNSET
    captcha: Captcha | Unset = UNSET
    retry_after: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: str = self.error

        message = self.message

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        captcha: dict[str, Any] | Unset = UNSET
        if not isinstance(self.captcha, Unset):
            captcha = self.captcha.to_dict()

        retry_after = self.retry_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if captcha is not UNSET:
            field_dict["captcha"] = captcha
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            # what stock does to every input: wrong types fail with its exceptions
            src_dict = dict(src_dict)
        _captcha = src_dict.get("captcha", UNSET)
        captcha: Captcha | Unset = (
            UNSET if isinstance(_captcha, Unset) else Captcha.from_dict(_captcha)
        )
        api_error = cls(
            check_error_kind(src_dict["error"]),
            src_dict["message"],
            src_dict.get("details", UNSET),
            captcha,
            src_dict.get("retry_after", UNSET),
        )
        if len(src_dict) > 2 and not _KNOWN_KEYS.issuperset(src_dict):
            api_error.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
            }
        return api_error

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


from ..models.captcha import Captcha  # noqa: E402
