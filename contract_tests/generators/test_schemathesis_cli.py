"""The schemathesis CLI, run as an outsider runs it, finds nothing.

Every phase (examples, coverage, fuzzing, stateful) against a mock on a real port,
started with a quota large enough for the run, with a fixed seed, from the
repository root so that `schemathesis.toml` applies. The CI run is bounded
(`MAX_EXAMPLES`); TRACKSALE_DEEP_FUZZ=1 runs the outsider's `--max-examples 200`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from contract_tests.generators.conftest import ROOT
from tracksale_mock.config import RateLimit
from tracksale_mock.serving import RunningMock

DEEP = os.environ.get("TRACKSALE_DEEP_FUZZ") == "1"
MAX_EXAMPLES = 200 if DEEP else 8
SEED = os.environ.get("TRACKSALE_FUZZ_SEED", "20261126")
TIMEOUT = 3600 if DEEP else 600


def test_schemathesis_cli_reports_no_failure(
    tracksale_mock_factory: Callable[..., RunningMock],
) -> None:
    mock = tracksale_mock_factory(rate_limit=RateLimit(10**9, 300.0))
    st = Path(sys.executable).parent / "st"
    command = [str(st), "run", f"{mock.url}/openapi.json",
               "--header", f"Authorization: bearer {mock.token}",
               "--phases", "examples,coverage,fuzzing,stateful",
               "--max-examples", str(MAX_EXAMPLES), "--seed", SEED,
               "--generation-database", "none", "--no-color"]  # fmt: skip
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "20 selected / 20 total" in output, output
    # The summary line: "No issues found", or warnings only (such as a link's
    # `$response.body#/lot/0/code` when a campaign has no draft lot), never a failure.
    (summary,) = [
        line for line in output.splitlines() if line.startswith("=====") and " in " in line
    ]
    assert "failure" not in summary and "error" not in summary, output
