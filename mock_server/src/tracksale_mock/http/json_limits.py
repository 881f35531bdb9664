"""Request bodies read as JSON within limits, so that no body can crash the mock.

Python's `json` nests as deep as the interpreter's stack allows (a 10,000-deep array
raises `RecursionError`), reads integers of any size (over 4,300 digits it raises
`ValueError`, and big ones cost quadratic time) and reads `1e999` as infinity. Here
each of these is a clear 400: at most `MAX_DEPTH` levels, integers of at most
`MAX_DIGITS` digits, finite numbers. Lone surrogates (`"\\ud800"`) are valid JSON
and are kept, by both stores alike (the Redis store writes them as `\\u` escapes).
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 32
MAX_DIGITS = 100


class JsonLimitError(ValueError):
    """The body is JSON the mock does not accept; the message says why."""


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise JsonLimitError(
            f"an integer in the body has {len(text)} digits; at most {MAX_DIGITS} are accepted"
        )
    return int(text)


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonLimitError(f"a number in the body is too large ({text[:24]})")
    return value


def _constant(name: str) -> Any:
    raise JsonLimitError(f"{name} is not JSON")


def load(text: str) -> Any:
    """`text` as JSON, or `JsonLimitError` (a `json.JSONDecodeError` when it is no JSON)."""
    try:
        value = json.loads(text, parse_int=_integer, parse_float=_number, parse_constant=_constant)
    except RecursionError:
        raise JsonLimitError(f"the body nests deeper than {MAX_DEPTH} levels") from None
    check(value)
    return value


def check(value: Any) -> None:
    """Raise `JsonLimitError` when `value` nests deeper than `MAX_DEPTH`."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, dict):
            items: Any = node.values()
        elif isinstance(node, list):
            items = node
        else:
            continue
        if depth >= MAX_DEPTH:
            raise JsonLimitError(f"the body nests deeper than {MAX_DEPTH} levels")
        pending.extend((item, depth + 1) for item in items)
