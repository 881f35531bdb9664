"""`tracksale-contract[verify]` in another team's environment: the command, no mock."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from contract_tests.packaging.conftest import HERE, Venv, run


@pytest.fixture(scope="module")
def verify_venv(make_venv: Callable[..., Venv], wheels: dict[str, Path]) -> Venv:
    contract = f"tracksale-contract[verify] @ {wheels['tracksale_contract'].as_uri()}"
    return make_venv("with-verify", contract, str(wheels["tracksale_client"]))


def test_the_extra_brings_the_check_without_the_mock(verify_venv: Venv) -> None:
    installed = {name.lower() for name in verify_venv.distributions()}
    assert {"tracksale-contract", "tracksale-client", "jsonschema", "faker"} <= installed
    assert not installed & {"tracksale-mock", "connexion", "uvicorn", "redis", "prance"}


def test_the_command_runs_from_the_installed_documents(verify_venv: Venv) -> None:
    command = str(verify_venv.path / "bin" / "tracksale")
    assert "READ-ONLY" in run([command, "verify", "--help"], HERE).stdout
    # Nothing listens on port 9: the run cannot complete, and says so with exit 2.
    argv = [command, "verify", "--token", "t", "--base-url", "http://127.0.0.1:9"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no answer" in done.stdout
