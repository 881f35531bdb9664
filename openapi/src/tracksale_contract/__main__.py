"""`python -m tracksale_contract validate [PATH]`: validate an OpenAPI document."""

from __future__ import annotations

import sys
from pathlib import Path

from tracksale_contract._documents import SPEC_PATH, validate


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "validate" or len(argv) > 2:
        print("usage: python -m tracksale_contract validate [PATH]", file=sys.stderr)
        return 2
    path = Path(argv[1]) if len(argv) == 2 else SPEC_PATH
    validate(path)
    print(f"{path.name}: valid OpenAPI 3.0 (prance, openapi-spec-validator, strict)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
