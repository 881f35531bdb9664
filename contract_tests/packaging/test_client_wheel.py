"""The client wheel alone: a small dependency closure, and types a consumer can use."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from contract_tests.packaging.conftest import HERE, Venv, run

# httpx, attrs, python-dateutil and what they need.
MAX_DEPENDENCIES = 12
SERVER_STACK = {
    "connexion",
    "uvicorn",
    "starlette",
    "faker",
    "redis",
    "prance",
    "limits",
    "jsonschema",
    "pyyaml",
}


@pytest.fixture(scope="module")
def client_venv(make_venv: Callable[..., Venv], wheels: dict[str, Path]) -> Venv:
    return make_venv("client-only", str(wheels["tracksale_client"]))


def test_the_client_installs_a_small_closure(client_venv: Venv) -> None:
    installed = {name.lower() for name in client_venv.distributions()}
    dependencies = installed - {"tracksale-client"}
    assert "tracksale-client" in installed
    assert len(dependencies) <= MAX_DEPENDENCIES, sorted(dependencies)
    assert not dependencies & SERVER_STACK, sorted(dependencies & SERVER_STACK)
    assert {"httpx", "attrs", "python-dateutil"} <= dependencies


def test_every_installed_package_is_typed(client_venv: Venv) -> None:
    code = "import tracksale_client, tracksale_generated; print(tracksale_client.__file__)"
    where = Path(run([str(client_venv.python), "-c", code], HERE).stdout.strip()).parent.parent
    for package in ("tracksale_client", "tracksale_generated"):
        assert (where / package / "py.typed").is_file(), package


def test_a_consumer_app_type_checks_strictly(client_venv: Venv, tmp_path: Path) -> None:
    project = tmp_path / "consumer"
    project.mkdir()
    shutil.copy(HERE / "consumer" / "app.py", project / "app.py")
    mypy = Path(sys.executable).parent / "mypy"
    command = [str(mypy), "--strict", "--python-executable", str(client_venv.python)]
    command += ["--cache-dir", str(tmp_path / ".mypy_cache"), "app.py"]
    done = run(command, project)
    assert "Success" in done.stdout, done.stdout
