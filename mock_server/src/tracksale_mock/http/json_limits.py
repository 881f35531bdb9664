"""Request bodies read as JSON within limits, so that no body can crash the mock.

Python's `json` nests as deep as the interpreter's stack allows (a 10,000-deep array
raises `RecursionError`), reads integers of any size (over 4,300 digits it raises
`ValueError`, and big ones cost quadratic time), reads `1e999` as infinity and lets
lone surrogates (`"\\ud800"`) through, which the Redis store cannot encode. Here each
of these is a clear 400 for every store alike: at most `MAX_DEPTH` levels, integers
that fit in 64 bits, finite numbers, and strings of valid Unicode.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_DEPTH = 32
INT64 = 2**63
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class JsonLimitError(ValueError):
    """The body is JSON the mock does not accept; the message says why."""


def _integer(text: str) -> int:
    if len(text) > 20 or not -INT64 <= (value := int(text)) < INT64:
        raise JsonLimitError(f"an integer in the body does not fit in 64 bits ({text[:24]}…)")
    return value


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
    check(value, strings=_SURROGATE_ESCAPE.search(text) is not None)
    return value


def check(value: Any, *, strings: bool = True) -> None:
    """Raise `JsonLimitError` when `value` nests deeper than `MAX_DEPTH` or (with
    `strings`) holds a string that is not valid Unicode."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, dict):
            items: Any = node.values()
            if strings:
                for key in node:
                    _valid(key)
        elif isinstance(node, list):
            items = node
        else:
            if strings and isinstance(node, str):
                _valid(node)
            continue
        if depth >= MAX_DEPTH:
            raise JsonLimitError(f"the body nests deeper than {MAX_DEPTH} levels")
        pending.extend((item, depth + 1) for item in items)


def _valid(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonLimitError(
            "a string in the body holds a lone surrogate (\\ud800-\\udfff): not valid Unicode"
        ) from None
