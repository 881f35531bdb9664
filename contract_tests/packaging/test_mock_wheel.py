"""The mock wheel in another team's project: a polite pytest plugin, under `-W error`."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from contract_tests.packaging.conftest import HERE, Venv, run


@pytest.fixture(scope="module")
def mock_venv(make_venv: Callable[..., Venv], wheels: dict[str, Path]) -> Venv:
    return make_venv("with-mock", *(str(wheel) for wheel in wheels.values()), "pytest")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A consumer project: its tests use the fixtures; every warning is an error."""
    root = tmp_path_factory.mktemp("consumer-project")
    shutil.copy(HERE / "consumer" / "pytest_config.toml", root / "pyproject.toml")
    shutil.copy(HERE / "consumer" / "mock_usage.py", root / "test_mock_usage.py")
    return root


def test_importing_the_plugin_loads_no_server_stack(mock_venv: Venv) -> None:
    code = (
        "import sys, tracksale_mock.pytest_plugin\n"
        "heavy = sorted(m for m in ('connexion', 'uvicorn', 'starlette', 'redis', 'faker',"
        " 'httpx', 'tracksale_client') if m in sys.modules)\n"
        "print(heavy)"
    )
    assert run([str(mock_venv.python), "-c", code], HERE).stdout.strip() == "[]"


def test_a_project_using_the_fixtures_passes_under_w_error(mock_venv: Venv, project: Path) -> None:
    done = run([str(mock_venv.python), "-m", "pytest", "-W", "error", "-q"], project)
    assert "4 passed" in done.stdout, done.stdout


def test_the_plugin_can_be_turned_off(mock_venv: Venv, project: Path) -> None:
    command = [str(mock_venv.python), "-m", "pytest", "-p", "no:tracksale", "-q"]
    done = run([*command, "test_mock_usage.py::test_a_test_without_the_mock"], project)
    assert "1 passed" in done.stdout, done.stdout
    fixtures = run([*command, "--fixtures"], project).stdout
    assert "tracksale_mock" not in fixtures
