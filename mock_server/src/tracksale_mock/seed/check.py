"""Check a seed file before the mock starts: one line naming the field and the line.

The loader (`tracksale_mock.seed.load`) says *what* is wrong (`state.answers[3].score: expected
int`, `lot 5: unknown campaign 9`); this module finds *where*, in the file's text, so
a person can jump to it: the path in the message, or the entity it names, is walked
through the JSON text with the standard decoder to the offset of that value.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tracksale_mock.seed.load import keep_checked, parse_unshifted, quick_parse, read_json
from tracksale_mock.state.codec import bulk_allocation

Step = str | int

_PATH = re.compile(r"^state((?:\.\w+|\[\d+\])*)")
_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")
_ENTITY = re.compile(r"^(answer|lot|campaign) ([^\s:]+)")
_UNKNOWN = re.compile(r": unknown keys \['([^']*)'")
_DUPLICATE = re.compile(
    r"^duplicate (campaign code|lot code|answer id|status id|category id|widget key) (.+)$"
)
_LISTS = {
    "answer": ("answers", "id"),
    "lot": ("lots", "code"),
    "campaign": ("campaigns", "code"),
    "campaign code": ("campaigns", "code"),
    "lot code": ("lots", "code"),
    "answer id": ("answers", "id"),
    "status id": ("statuses", "id"),
    "category id": ("categories", "id"),
    "widget key": ("widgets", "key"),
}
# The member a reference message is about, once its entity is found.
_MEMBERS = {
    "unknown campaign": "campaign_code",
    "unknown status": "status_id",
    "unknown categories": "category_ids",
    "unknown lot": "lot_code",
}
_DECODER = json.JSONDecoder()


def seed_file_problem(path: Path, *, keep: bool = False) -> str | None:
    """None when `path` is a usable seed file, else one line saying where and what.

    With `keep`, a usable seed's state is handed to the next `load_seed` of the file
    (`keep_checked`), so that start-up parses a large seed once."""
    try:
        raw = path.read_bytes()
        with bulk_allocation(long_lived=keep):
            quick = quick_parse(raw)
        if quick is not None:
            if keep:
                keep_checked(path, *quick)
            return None
        text = raw.decode("utf-8")
    except FileNotFoundError:
        return f"seed file {path}: no such file"
    except IsADirectoryError:
        return f"seed file {path}: is a directory"
    except PermissionError:
        return f"seed file {path}: permission denied"
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        return f"seed file {path}, line {line}: not UTF-8 text"
    except OSError as error:
        return f"seed file {path}: cannot read it ({error.strerror or error})"
    try:
        with bulk_allocation():
            doc = read_json(raw)
    except json.JSONDecodeError:
        try:
            json.loads(text)  # the standard decoder's message and place
        except json.JSONDecodeError as error:
            where = f"line {error.lineno} column {error.colno}"
            return f"seed file {path}, {where}: not JSON: {error.msg}"
        raise
    del raw
    try:
        state, reference = parse_unshifted(doc)
    except (ValueError, TypeError, RecursionError) as error:
        message = str(error).removeprefix("state.").removeprefix("state: ")
        steps = _steps_of(str(error), doc)
        found = _line_of(text, steps) if steps is not None else None
        where = f", line {found}" if found else ""
        return f"seed file {path}{where}: {message}"
    if keep:
        keep_checked(path, state, reference)
    return None


def _steps_of(message: str, doc: object) -> list[Step] | None:
    """The place in the document that a loader message is about, if it names one."""
    if "reference_time" in message:
        return ["reference_time"]
    if message.startswith("counters."):
        return ["counters", "next_answer_id"]
    match = _PATH.match(message)
    if match:
        steps: list[Step] = [
            m[1] if m[1] is not None else int(m[2]) for m in _STEP.finditer(match[1])
        ]
        unknown = _UNKNOWN.search(message)
        return [*steps, unknown[1]] if unknown else steps
    match = _ENTITY.match(message) or _DUPLICATE.match(message)
    if match and isinstance(doc, dict):
        key, field = _LISTS[match[1]]
        items = doc.get(key)
        if isinstance(items, list):
            # A duplicate is reported at its last occurrence, anything else at its first.
            indexes = [i for i, item in enumerate(items) if _same(item, field, match[2])]
            if message.startswith("duplicate"):
                return [key, indexes[-1], field] if indexes else None
            member = next((m for words, m in _MEMBERS.items() if words in message), None)
            if indexes:
                return [key, indexes[0], *([member] if member else [])]
    return None


def _same(item: object, field: str, wanted: str) -> bool:
    return isinstance(item, dict) and wanted.strip("'\"") == str(item.get(field))


def _line_of(text: str, steps: list[Step]) -> int | None:
    """The 1-based line where the value at `steps` starts, or None if it is not there."""
    offset = _skip_space(text, 0)
    try:
        for step in steps:
            offset = _child(text, offset, step)
    except (ValueError, IndexError):
        return None
    return text.count("\n", 0, offset) + 1


def _child(text: str, offset: int, step: Step) -> int:
    """The offset of member `step` of the object or array starting at `offset`."""
    opening = text[offset]
    if opening not in "{[" or (opening == "{") != isinstance(step, str):
        raise ValueError("not a container of that kind")
    offset = _skip_space(text, offset + 1)
    index = 0
    while text[offset] not in "}]":
        if opening == "{":
            key, offset = _DECODER.raw_decode(text, offset)
            offset = _skip_space(text, _skip_space(text, offset) + 1)  # past ':'
            found = key == step
        else:
            found = index == step
        if found:
            return offset
        _, offset = _DECODER.raw_decode(text, offset)
        offset = _skip_space(text, offset)
        if text[offset] == ",":
            offset = _skip_space(text, offset + 1)
        index += 1
    raise ValueError("no such member")


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t\r\n":
        offset += 1
    return offset
