"""The seed file: the mock's starting state, always recent relative to the mock clock.

Format (JSON, UTF-8): the object `State.to_json()` produces, plus
`"reference_time"`, the Unix time the data was written relative to. Its keys are
`campaigns`, `lots`, `answers`, `widgets`, `statuses`, `categories` and `counters`,
each shaped like the dataclasses of `tracksale_mock.state.model` (unknown keys are refused;
keys with defaults may be left out). On load every instant in it is moved by
`clock.now() - reference_time`, so an answer written one day before the reference
time is one day old whenever the mock starts. Durations (`elapsed_time`) stay.

Regenerate the committed file, byte for byte, with
`python -m tracksale_mock.seed.load --out mock_server/src/tracksale_mock/seed/data/seed.json`.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

import msgspec
import orjson

from tracksale_contract import seed_text
from tracksale_mock.seed.generate import DEFAULT_WIDGET_KEY, REFERENCE_TIME, SEED, generate
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.codec import NOT_FAST, bulk_allocation, fast_decoder
from tracksale_mock.state.model import Answer, Lot, State, check_references

SEED_PATH = Path(__file__).parent / "data" / "seed.json"

__all__ = [
    "DEFAULT_WIDGET_KEY",
    "SEED_PATH",
    "document",
    "dumps",
    "load_seed",
    "parse_seed",
    "parse_unshifted",
    "quick_parse",
    "read_json",
    "read_seed",
]


def document(state: State, reference_time: int) -> dict[str, Any]:
    """The seed-file object for a state whose times are relative to `reference_time`
    (members equal to their defaults left out)."""
    return {"reference_time": reference_time, **state.to_json(omit_defaults=True)}


def dumps(doc: dict[str, Any]) -> str:
    """The seed file's exact text (the format `tracksale verify --record` writes too)."""
    return seed_text(doc)


def parse_seed(doc: object, now: int) -> State:
    """The state of a seed-file object, its times moved to be relative to `now`.

    Raise ValueError when the object is not a valid seed.
    """
    state, reference = parse_unshifted(doc)
    state.shift_times(now - reference)
    return state


def parse_unshifted(doc: object) -> tuple[State, int]:
    """The state of a seed-file object as written, and its reference time."""
    if not isinstance(doc, dict):
        raise ValueError("a seed file holds a JSON object")
    data = dict(doc)
    reference = data.pop("reference_time", None)
    if not isinstance(reference, int) or isinstance(reference, bool):
        raise ValueError("a seed file needs an integer 'reference_time'")
    with bulk_allocation():
        return State.from_json(data), reference


def read_json(text: bytes) -> object:
    """A seed file's JSON: orjson's fast parse, or the standard one for what orjson
    refuses (NaN, huge integers: the loader then names the field) and for the standard
    error message. Raise json.JSONDecodeError (or UnicodeDecodeError)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text.decode("utf-8"))


_TOP = msgspec.json.Decoder(dict[str, msgspec.Raw])
_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])
_ANY = msgspec.json.Decoder()
_BIG_LISTS = {"answers": Answer, "lots": Lot}
_QUICK_FAILURES = (msgspec.MsgspecError, ValueError, RecursionError, *NOT_FAST)


def quick_parse(data: bytes) -> tuple[State, int] | None:
    """`parse_unshifted` of a seed file's bytes, in one pass over its large lists:
    each answer and lot is parsed and built on its own, so a million answers never
    exist as one tree of dicts (several GB). None when anything is amiss: the slow
    path then says what (and is the only one that accepts what this one refuses,
    such as NaN)."""
    try:
        with bulk_allocation():
            top = _TOP.decode(data)
            reference = _ANY.decode(top.pop("reference_time"))
            if type(reference) is not int:
                return None
            built: dict[str, list[Any]] = {}
            for key, kind in _BIG_LISTS.items():
                if key in top:
                    build = fast_decoder(kind)
                    built[key] = [build(_ANY.decode(item)) for item in _ITEMS.decode(top.pop(key))]
            state: State = fast_decoder(State)({key: _ANY.decode(raw) for key, raw in top.items()})
            for key, items in built.items():
                setattr(state, key, items)
            check_references(state)
    except _QUICK_FAILURES:
        return None
    return state, reference


def read_seed(data: bytes) -> tuple[State, int]:
    """A seed file's state as written and its reference time (`parse_unshifted`);
    raise ValueError when it is not a valid seed, json.JSONDecodeError or
    UnicodeDecodeError when it is not JSON."""
    quick = quick_parse(data)
    if quick is not None:
        return quick
    with bulk_allocation():
        return parse_unshifted(read_json(data))


# One parsed seed handed from the start-up check (`seed.check`) to the first
# `load_seed` of the same unchanged file, so a large seed is parsed once at start-up.
_checked: dict[tuple[str, int, int], tuple[State, int]] = {}


def _file_key(path: Path) -> tuple[str, int, int]:
    found = path.stat()
    return os.fspath(path.resolve()), found.st_mtime_ns, found.st_size


def keep_checked(path: Path, state: State, reference: int) -> None:
    """Keep `state`, parsed from `path` (`parse_unshifted`), for the next `load_seed`
    of that file while it is unchanged; it then belongs to that caller."""
    _checked.clear()
    _checked[_file_key(path)] = (state, reference)


def load_seed(clock: MockClock, path: Path = SEED_PATH) -> State:
    """Read a seed file; raise ValueError (or OSError) when it cannot be used. The
    state is the caller's own (a new one each call)."""
    now = int(clock.now())
    if _checked:
        held = _checked.pop(_file_key(path), None)
        _checked.clear()
        if held is not None:
            state, reference = held
            state.shift_times(now - reference)
            return state
    try:
        state, reference = read_seed(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: not JSON ({error})") from error
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error
    state.shift_times(now - reference)
    return state


def main(argv: list[str] | None = None) -> int:
    """Write the generated seed file."""
    parser = argparse.ArgumentParser(prog="python -m tracksale_mock.seed.load", description=__doc__)
    parser.add_argument("--out", type=Path, default=SEED_PATH, help="file to write")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed")
    parser.add_argument("--reference-time", type=int, default=REFERENCE_TIME)
    args = parser.parse_args(argv)
    text = dumps(document(generate(args.seed, args.reference_time), args.reference_time))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
