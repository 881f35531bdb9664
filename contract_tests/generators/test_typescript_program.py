"""A TypeScript program calls every operation through typescript-fetch and openapi-fetch.

`every_operation.ts` passes `tsc --strict` without `as any` against the generated
clients (the `typescript_program` fixture fails otherwise), then runs with node
against the mock: every call must answer 2xx.
"""

from __future__ import annotations

import json
from pathlib import Path

from contract_tests.generators.conftest import need, run
from tracksale_contract import load_spec, operations
from tracksale_mock.seed.load import SEED_PATH
from tracksale_mock.serving import RunningMock


def test_the_program_has_no_type_escape_hatch() -> None:
    source = (Path(__file__).parent / "typescript" / "every_operation.ts").read_text("utf-8")
    assert " as any" not in source and "@ts-" not in source


def test_every_operation_answers_2xx_from_the_mock(
    typescript_program: Path, tracksale_mock: RunningMock
) -> None:
    node = need("node", "Node.js, for the TypeScript checks")
    widget = json.loads(SEED_PATH.read_text("utf-8"))["widgets"][0]["key"]
    done = run(
        [node, "dist/every_operation.js"],
        cwd=typescript_program,
        TRACKSALE_BASE_URL=tracksale_mock.url,
        TRACKSALE_TOKEN=tracksale_mock.token,
        TRACKSALE_WIDGET_KEY=widget,
    )
    called = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("ok ")}
    assert called == set(operations(load_spec()))
    assert done.stdout.strip().endswith("all 41 calls answered 2xx"), done.stdout
