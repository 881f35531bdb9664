"""The text of a mock seed file, written the same way by the mock and by the recorder.

The mock's seed generator and `tracksale verify --record` both write seed files; the
format is one top-level member, or one list item, per line, so that diffs of a seed
stay readable. It lives here because both packages depend on this one.
"""

from __future__ import annotations

import json
from typing import Any


def seed_text(seed: dict[str, Any]) -> str:
    """The seed file's exact text: one top-level member, or one list item, per line."""

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    members = []
    for key, value in seed.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"  {compact(item)}" for item in value)
            members.append(f" {compact(key)}: [\n{items}\n ]")
        else:
            members.append(f" {compact(key)}: {compact(value)}")
    return "{\n" + ",\n".join(members) + "\n}\n"
