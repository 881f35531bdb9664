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
from pathlib import Path
from typing import Any

from tracksale_mock.seed.generate import DEFAULT_WIDGET_KEY, REFERENCE_TIME, SEED, generate
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.model import State

SEED_PATH = Path(__file__).parent / "data" / "seed.json"

__all__ = ["DEFAULT_WIDGET_KEY", "SEED_PATH", "document", "dumps", "load_seed", "parse_seed"]


def document(state: State, reference_time: int) -> dict[str, Any]:
    """The seed-file object for a state whose times are relative to `reference_time`
    (members equal to their defaults left out)."""
    return {"reference_time": reference_time, **state.to_json(omit_defaults=True)}


def dumps(doc: dict[str, Any]) -> str:
    """The seed file's exact text: one top-level key, or one list item, per line."""

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = []
    for key, value in doc.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"  {compact(item)}" for item in value)
            lines.append(f" {compact(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {compact(key)}: {compact(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def parse_seed(doc: object, now: int) -> State:
    """The state of a seed-file object, its times moved to be relative to `now`.

    Raise ValueError when the object is not a valid seed.
    """
    if not isinstance(doc, dict):
        raise ValueError("a seed file holds a JSON object")
    data = dict(doc)
    reference = data.pop("reference_time", None)
    if not isinstance(reference, int) or isinstance(reference, bool):
        raise ValueError("a seed file needs an integer 'reference_time'")
    state = State.from_json(data)
    state.shift_times(now - reference)
    return state


def load_seed(clock: MockClock, path: Path = SEED_PATH) -> State:
    """Read a seed file; raise ValueError (or OSError) when it cannot be used."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: not JSON ({error})") from error
    try:
        return parse_seed(doc, int(clock.now()))
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error


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
