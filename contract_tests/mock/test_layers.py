"""The mock's layers import inward only, as ARCHITECTURE.md states.

`http → domain → state`: the domain knows neither connexion nor Redis, and the state
layer knows neither the domain nor the HTTP layer. Read from the source with `ast`,
so a forbidden import fails here even when no test happens to execute it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tracksale_mock

PACKAGE = Path(tracksale_mock.__file__).parent
FORBIDDEN = {
    "domain": (
        "connexion",
        "starlette",
        "uvicorn",
        "redis",
        "tracksale_mock.http",
        "tracksale_mock.shared",
    ),
    "state": (
        "connexion",
        "starlette",
        "uvicorn",
        "redis",
        "tracksale_mock.http",
        "tracksale_mock.domain",
        "tracksale_mock.shared",
    ),
    "seed": (
        "connexion",
        "starlette",
        "uvicorn",
        "redis",
        "tracksale_mock.http",
        "tracksale_mock.shared",
    ),
}


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _violations(layer: str) -> list[str]:
    bad: list[str] = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            for prefix in FORBIDDEN[layer]:
                if module == prefix or module.startswith(prefix + "."):
                    bad.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_inward(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert _violations(layer) == []
