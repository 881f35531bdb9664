"""The README's any-CI recipe, run as written: `uv tool run` the mock from this
repository in the background, wait on its ready file, curl a few operations, stop it.

It needs `uv` and `curl` (skipped locally without them, failing under CI). The mock
comes from this working tree's `mock_server/` (the path form of `--from`); the git
form is checked to install the same command.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SECONDS = 300


def _needs(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        message = f"the any-CI recipe needs {', '.join(missing)}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def recipe() -> str:
    """The shell block that follows `<!-- any-ci-recipe -->` in the README."""
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- any-ci-recipe -->\n```sh\n(.*?)```", text, re.S)
    assert found, "README lost its any-CI recipe"
    return found[1]


def test_the_readme_recipe_runs(tmp_path: Path) -> None:
    _needs("uv", "curl", "sed")
    env = {**os.environ, "MOCK_FROM": str(ROOT / "mock_server")}
    env.pop("VIRTUAL_ENV", None)  # the caller has no Python project
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", recipe()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=SECONDS,
    )
    assert done.returncode == 0, done.stdout + done.stderr + _log(tmp_path)
    assert '"status":"ok"' in done.stdout  # the health check
    assert '"inserted":1' in done.stdout  # the dispatch
    campaigns = json.loads((tmp_path / "campaigns.json").read_text(encoding="utf-8"))
    page = json.loads((tmp_path / "dispatches.json").read_text(encoding="utf-8"))
    assert campaigns and page["status"] == "success" and page["data"]
    assert not (tmp_path / "mock-ready.json").exists()  # removed when it stopped
    assert "Tracksale mock server ready on http://127.0.0.1:" in _log(tmp_path)


def test_the_git_form_installs_the_same_command(tmp_path: Path) -> None:
    _needs("uv", "git")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    source = f"git+file://{ROOT}#subdirectory=mock_server"
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    done = subprocess.run(
        ["uv", "tool", "run", "--from", source, "tracksale-mock", "--help"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=SECONDS,
    )
    assert done.returncode == 0, done.stderr
    assert "--ready-file" in done.stdout and "exit codes:" in done.stdout


def _log(folder: Path) -> str:
    log = folder / "mock.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""
