"""`python -m tracksale_contract validate [PATH]`: validate a document (without PATH:
both documents and the whole API they make).
`python -m tracksale_contract whole OUT`: write the whole API as one YAML document."""

from __future__ import annotations

import sys
from pathlib import Path

from tracksale_contract._documents import validate, write_whole

USAGE = "usage: python -m tracksale_contract validate [PATH] | whole OUT"


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "whole":
        write_whole(Path(argv[1]))
        return 0
    if not argv or argv[0] != "validate" or len(argv) > 2:
        print(USAGE, file=sys.stderr)
        return 2
    path = Path(argv[1]) if len(argv) == 2 else None
    validate(path)
    name = path.name if path else "tracksale.yaml + tracksale-v3.yaml"
    print(f"{name}: valid OpenAPI 3.0 (prance, openapi-spec-validator, strict)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
