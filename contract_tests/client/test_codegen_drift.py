"""`./codegen.sh --check` keeps `generated_client/` in step with `openapi/tracksale.yaml`.

* On the repository as it is, the check passes.
* On a copy of what the check reads (the workspace: `openapi/`, `codegen.yaml`,
  `codegen.sh`, `codegen_templates/`, `generated_client/`, `tracksale_client/`,
  `mock_server/`, `pyproject.toml`, `uv.lock` and `README.md`, which the build metadata
  names; `uv run` needs every workspace member), with a property
  added to a response schema and an operationId renamed in the copied document, the check
  fails and names exactly the generated files that change. `codegen.sh` finds everything
  relative to its own folder, so the copy needs no change to it; `uv run` there builds the
  copy's own environment from `uv.lock` (from uv's cache), leaving this checkout's alone.
  The copy leaves out bytecode caches (`__pycache__`), which the check ignores.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tracksale_contract import load_spec

ROOT = Path(__file__).resolve().parents[2]
# What `codegen.sh` reads, and what `uv run` needs to build the environment it runs in.
CHECK_INPUTS = (
    "openapi",
    "codegen.yaml",
    "codegen.sh",
    "codegen_templates",
    "generated_client",
    "tracksale_client",
    "mock_server",
    "pyproject.toml",
    "uv.lock",
    "README.md",
)
NO_CACHES = shutil.ignore_patterns("__pycache__", "*.pyc")
# One run of codegen.sh validates the document and generates the client: ~10 s.
CODEGEN_TIMEOUT = 300

# The drift introduced into the copied document, and the files it must make the check name.
CHANGED_RESPONSE_SCHEMA = "NoteResponse"  # the 200 answer of insertNote
ADDED_PROPERTY = "note_id"
RENAMED_OPERATION = ("getWidget", "fetchWidget")
RENAMED_METHOD = ("getNpsReport", "net_promoter_score")  # its x-method-name changes
EXPECTED_NAMED = {
    "generated_client/tracksale_generated/models/note_response.py",  # differs
    "generated_client/tracksale_generated/api/widgets/get_widget.py",  # committed only
    "generated_client/tracksale_generated/api/widgets/fetch_widget.py",  # regenerated only
    # The resource classes: Widgets calls fetch_widget, Reports.nps is renamed, and
    # Resources.widgets names its operations.
    "generated_client/tracksale_generated/api/widgets/__init__.py",
    "generated_client/tracksale_generated/api/reports/__init__.py",
    "generated_client/tracksale_generated/api/__init__.py",
}

_DIFFERS = re.compile(r"^Files (\S+) and \S+ differ$")
_ONLY_IN = re.compile(r"^Only in (\S+): (\S+)$")


def named_paths(output: str) -> set[str]:
    """The paths a failed check names (its `diff -r -q` lines, made relative)."""
    found: set[str] = set()
    for line in output.splitlines():
        if differs := _DIFFERS.match(line):
            found.add(differs.group(1))
        elif only := _ONLY_IN.match(line):
            found.add(f"{only.group(1)}/{only.group(2)}")
    return found


def codegen_env() -> dict[str, str]:
    """This environment, less what would point `uv run` in a copy at this checkout's venv
    (and so re-install this project into it from the copy) or stop it from syncing."""
    dropped = {"VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT", "UV_NO_SYNC", "UV_OFFLINE_SYNC"}
    return {key: value for key, value in os.environ.items() if key not in dropped}


def run_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(root / "codegen.sh"), "--check"],
        cwd=root,
        env=codegen_env(),
        capture_output=True,
        text=True,
        timeout=CODEGEN_TIMEOUT,
        check=False,
    )


def output_of(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"


@pytest.fixture(scope="module")
def checkout_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What the check reads, copied without bytecode caches. Tests that change it restore it."""
    copy_root = tmp_path_factory.mktemp("codegen-drift")
    for name in CHECK_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy_root / name, ignore=NO_CACHES)
        elif source.exists():
            (copy_root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy_root / name)
        elif name != "codegen_templates":  # the only optional one, as in codegen.sh
            raise FileNotFoundError(source)
    return copy_root


@pytest.fixture
def document_restored(checkout_copy: Path) -> Iterator[Path]:
    """The copied document's path; its original text is put back afterwards."""
    path = checkout_copy / "openapi" / "tracksale.yaml"
    original = path.read_bytes()
    try:
        yield path
    finally:
        path.write_bytes(original)


def test_committed_client_matches_the_document() -> None:
    result = run_check(ROOT)
    assert result.returncode == 0, output_of(result)
    assert "generated_client/ matches the document" in result.stdout, output_of(result)


def test_check_names_the_files_a_document_change_affects(document_restored: Path) -> None:
    spec = load_spec(document_restored)
    schema = spec["components"]["schemas"][CHANGED_RESPONSE_SCHEMA]
    assert ADDED_PROPERTY not in schema["properties"]
    schema["properties"][ADDED_PROPERTY] = {"type": "integer", "description": "The note's id."}
    old_id, new_id = RENAMED_OPERATION
    renamed = 0
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == old_id:
                operation["operationId"] = new_id
                renamed += 1
            if isinstance(operation, dict) and operation.get("operationId") == RENAMED_METHOD[0]:
                operation["x-method-name"] = RENAMED_METHOD[1]
                renamed += 1
    assert renamed == 2, f"operationIds {old_id}, {RENAMED_METHOD[0]} found {renamed} times"
    document_restored.write_text(
        yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )

    result = run_check(document_restored.parent.parent)

    assert result.returncode == 1, output_of(result)
    assert "generated_client/ is out of date" in result.stderr, output_of(result)
    assert "run ./codegen.sh and commit the result" in result.stderr, output_of(result)
    assert named_paths(result.stderr) == EXPECTED_NAMED, output_of(result)
