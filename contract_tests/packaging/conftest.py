"""Fixtures of the packaging tests: the built wheels and fresh virtual environments.

The wheels are built once per session with `uv build --all-packages`; each
environment is made by `uv venv` in a temporary folder outside the checkout, and
filled with `uv pip install`, pinned to `uv.lock` through `uv export` constraints, so
what is installed is what another team's project would get from the wheels.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DISTRIBUTIONS = ("tracksale_client", "tracksale_contract", "tracksale_mock")


def _uv() -> str:
    found = shutil.which("uv")
    if found is None:
        pytest.fail("uv is not on PATH")
    return found


def run(command: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a command outside this checkout's environment; fail with its output."""
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        pytest.fail(f"{' '.join(command)} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The three wheels, built from this checkout."""
    out = tmp_path_factory.mktemp("dist")
    run([_uv(), "build", "--all-packages", "--wheel", "--out-dir", str(out), "-q"], ROOT)
    found = {name: next(out.glob(f"{name}-*.whl")) for name in DISTRIBUTIONS}
    return found


@pytest.fixture(scope="session")
def constraints(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every third-party pin of uv.lock, as a constraints file."""
    path = tmp_path_factory.mktemp("pins") / "constraints.txt"
    command = [_uv(), "export", "--all-packages", "--all-groups", "--no-emit-workspace"]
    command += ["--no-hashes", "--frozen", "-q", "-o", str(path)]
    run(command, ROOT)
    return path


@dataclass(frozen=True)
class Venv:
    """A fresh virtual environment outside the checkout."""

    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def distributions(self) -> dict[str, str]:
        """Installed distribution name -> version."""
        listed = run([_uv(), "pip", "list", "--python", str(self.python), "--format", "json"], HERE)
        return {row["name"]: row["version"] for row in json.loads(listed.stdout)}

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())


@pytest.fixture(scope="session")
def make_venv(tmp_path_factory: pytest.TempPathFactory, constraints: Path) -> Callable[..., Venv]:
    """Create a venv and install `requirements` (wheel paths or names) into it."""

    def make(name: str, *requirements: str) -> Venv:
        path = tmp_path_factory.mktemp("venvs") / name
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        run([_uv(), "venv", "-q", "--python", version, str(path)], path.parent)
        venv = Venv(path)
        command = [_uv(), "pip", "install", "-q", "--python", str(venv.python)]
        run([*command, "-c", str(constraints), *requirements], path.parent)
        return venv

    return make
