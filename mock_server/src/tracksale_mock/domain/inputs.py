"""Reading request values defensively.

connexion validates requests against the document first, but operations can be
called directly too; whatever the schema would refuse becomes `InvalidRequest` here,
never a KeyError or TypeError.
"""

from __future__ import annotations

import re
from typing import Any

from tracksale_mock.errors import InvalidRequest
from tracksale_mock.state.model import Tag

_DIGITS = re.compile(r"^[0-9]{1,9}$")
# A Unix time as a string of digits: no sign, no leading zero (the contract's UnixTimeDigits).
_TIME_DIGITS = re.compile(r"^(0|[1-9][0-9]{0,9})$")
#: The latest Unix time a body may carry (2100-01-01), as the contract's UnixTime says.
MAX_UNIX_TIME = 4102444800
_CODES = re.compile(r"^[0-9]{1,9}(,[0-9]{1,9})*$")


def _bad(where: str, problem: str) -> InvalidRequest:
    return InvalidRequest("The request does not match the API contract.", [f"{where}: {problem}"])


def obj(value: object, where: str) -> dict[str, Any]:
    """`value` as a JSON object."""
    if not isinstance(value, dict):
        raise _bad(where, "expected an object")
    return value


def objects(value: object, where: str, *, max_items: int | None = None) -> list[dict[str, Any]]:
    """`value` as a non-empty list of JSON objects."""
    if not isinstance(value, list) or not value:
        raise _bad(where, "expected a non-empty list")
    if max_items is not None and len(value) > max_items:
        raise _bad(where, f"at most {max_items} items per request")
    return [obj(item, f"{where}[{i}]") for i, item in enumerate(value)]


def text(data: dict[str, Any], key: str, where: str, *, nullable: bool = True) -> str | None:
    """An optional string member; None when absent (or null, where allowed)."""
    value = data.get(key)
    if value is None and (nullable or key not in data):
        return None
    if not isinstance(value, str):
        raise _bad(f"{where}.{key}", "expected a string")
    return value


def integer(data: dict[str, Any], key: str, where: str) -> int | None:
    """An optional integer member (booleans are not integers); None when absent."""
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise _bad(f"{where}.{key}", "expected an integer")
    return value


def unix_time(data: dict[str, Any], key: str, where: str) -> int | None:
    """An optional Unix time from 0 to 2100-01-01: an integer or a string of digits
    (integrations send PHP's `date("U")`; the contract's `UnixTimeInput`)."""
    if key not in data:
        return None
    value = data[key]
    if isinstance(value, str) and _TIME_DIGITS.match(value):
        value = int(value)
    elif not isinstance(value, int) or isinstance(value, bool):
        raise _bad(f"{where}.{key}", "expected Unix seconds, as an integer or a string of digits")
    if not 0 <= value <= MAX_UNIX_TIME:
        raise _bad(f"{where}.{key}", f"must be from 0 to {MAX_UNIX_TIME}")
    return value


def tags(data: dict[str, Any], key: str, where: str, *, max_items: int | None = None) -> list[Tag]:
    """An optional list of `{name, value}` tags."""
    if key not in data:
        return []
    value = data[key]
    if not isinstance(value, list):
        raise _bad(f"{where}.{key}", "expected a list of tags")
    if max_items is not None and len(value) > max_items:
        raise _bad(f"{where}.{key}", f"at most {max_items} tags")
    found = []
    for i, item in enumerate(value):
        here = f"{where}.{key}[{i}]"
        tag = obj(item, here)
        name, content = tag.get("name"), tag.get("value")
        if not isinstance(name, str) or not name:
            raise _bad(here, "'name' must be a non-empty string")
        if not isinstance(content, str):
            raise _bad(here, "'value' must be a string")
        found.append(Tag(name, content))
    return found


def campaign_code(value: object, where: str) -> int:
    """A campaign code sent as a digit string or as an integer (`listCampaigns` gives
    integers; the contract's `CampaignCodeInput`)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 999_999_999:
        return value
    if not isinstance(value, str) or not _DIGITS.match(value):
        raise _bad(where, "expected the campaign code as a string of digits or an integer")
    return int(value)


def flag(value: object, name: str) -> bool:
    """A yes/no switch: '1'/'true' is on, '0'/'false'/absent is off."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("1", "true", "0", "false"):
        return value.lower() in ("1", "true")
    raise _bad(name, "expected one of 0, 1, false, true")


def codes(value: object) -> set[int] | None:
    """The `codes` filter: None for every campaign, else the listed codes."""
    if value is None:
        return None
    if not isinstance(value, str) or not _CODES.match(value):
        raise _bad("codes", "expected comma-separated campaign codes such as 52,51,50")
    return {int(code) for code in value.split(",")}


def bounded(value: object, name: str, low: int, high: int | None = None) -> int:
    """An integer query parameter within [low, high]."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise _bad(name, "expected an integer")
    if value < low or (high is not None and value > high):
        limit = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise _bad(name, f"{value} is out of range ({limit})")
    return value


def choice(value: object, name: str, allowed: tuple[str, ...]) -> str:
    """One of a few allowed strings."""
    if not isinstance(value, str) or value not in allowed:
        raise _bad(name, f"expected one of {', '.join(allowed)}")
    return value
