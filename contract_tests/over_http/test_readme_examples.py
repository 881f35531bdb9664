"""Every Python block of the README type-checks under ``mypy --strict`` and runs against
the mock (its ``http://127.0.0.1:8080`` replaced by the test mock's address)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tracksale_client import Tracksale
from tracksale_mock.serving import RunningMock

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
README_URL = "http://127.0.0.1:8080"


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 3


def test_every_example_passes_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, block in enumerate(BLOCKS):
        path = tmp_path / f"readme_example_{number}.py"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_every_example_runs_against_the_mock(
    number: int,
    tracksale_mock: RunningMock,
    tracksale_api: Tracksale,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = BLOCKS[number].replace(README_URL, tracksale_mock.url)
    namespace: dict[str, object] = {"__name__": f"readme_example_{number}"}
    exec(compile(source, f"README.md block {number}", "exec"), namespace)
    for name, value in namespace.items():
        if name.startswith("test_") and callable(value):
            value(tracksale_api, tracksale_mock)
    assert capsys.readouterr().out or any(n.startswith("test_") for n in namespace)
