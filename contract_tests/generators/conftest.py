"""Clients other teams generate from the documents, generated once per session.

The tools come from the project's own pins: openapi-generator from the PyPI package
`openapi-generator-cli` (dev group; it needs `java`, Debian `default-jre-headless`),
openapi-typescript, openapi-fetch and TypeScript from package.json (`npm ci`). A
missing `java` or `node` skips these tests locally and fails them under CI.
Generation is slow (openapi-generator starts a JVM per run, ~5-10 s each), so every
client is generated once into a session temporary folder that the tests share.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tracksale_contract import SPEC_PATH, V3_SPEC_PATH

ROOT = Path(__file__).resolve().parents[2]
NODE_BIN = ROOT / "node_modules" / ".bin"
PROGRAM_DIR = Path(__file__).resolve().parent / "typescript"
#: Each document and the host its clients reach in production.
DOCUMENTS = {
    "v2": (SPEC_PATH, "https://api.tracksale.co"),
    "v3": (V3_SPEC_PATH, "https://apiv3.track.co"),
}
GENERATE_TIMEOUT = 300


def need(program: str, why: str) -> str:
    """The path of `program`; skip without it, or fail under CI."""
    found = shutil.which(program)
    if found is None:
        message = f"`{program}` is not installed ({why})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def need_node_tool(name: str) -> str:
    need("node", "Node.js, for the TypeScript checks")
    tool = NODE_BIN / name
    if not tool.exists():
        npm = need("npm", "to install package.json's tools")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    return str(tool)


def run(command: list[str], cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a tool; its whole output goes into the assertion message when it fails."""
    done = subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=GENERATE_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done


def openapi_generator() -> list[str]:
    """The openapi-generator command of the dev group (its jar runs on `java`)."""
    need("java", "Debian package default-jre-headless, for openapi-generator")
    return ["uv", "run", "--quiet", "openapi-generator-cli"]


@dataclass(frozen=True)
class Generated:
    """Where this session's generated clients are."""

    root: Path

    def client(self, generator: str, document: str) -> Path:
        return self.root / f"{generator}-{document}"


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """An empty session folder; the fixtures below fill it, each once."""
    yield Generated(tmp_path_factory.mktemp("generated-clients"))


@pytest.fixture(scope="session")
def python_clients(generated: Generated) -> Generated:
    """openapi-generator's `python` client of each document, package `tracksale_<doc>`."""
    command = openapi_generator()
    for name, (document, _) in DOCUMENTS.items():
        output = generated.client("python", name)
        run([*command, "generate", "-g", "python", "-i", str(document), "-o", str(output),
             f"--package-name=tracksale_{name}"])  # fmt: skip
    return generated


@pytest.fixture(scope="session")
def typescript_program(generated: Generated) -> Path:
    """`every_operation.ts` beside its generated clients (typescript-fetch of each
    document, openapi-typescript types of each), with the repository's node_modules."""
    tsc = need_node_tool("tsc")
    openapi_typescript = need_node_tool("openapi-typescript")
    command = openapi_generator()
    folder = generated.root / "typescript"
    folder.mkdir()
    for name, (document, _) in DOCUMENTS.items():
        output = folder / f"tsf-{name}"
        run([*command, "generate", "-g", "typescript-fetch", "-i", str(document),
             "-o", str(output), "--additional-properties=supportsES6=true"])  # fmt: skip
        run([openapi_typescript, str(document), "-o", str(folder / f"{name}.d.ts")])
    for source in PROGRAM_DIR.iterdir():
        shutil.copy2(source, folder / source.name)
    (folder / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    run([tsc, "-p", "tsconfig.json", "--strict"], cwd=folder)
    return folder


@pytest.fixture(scope="session")
def tracksale_mock_store() -> str | None:
    """The generated clients talk HTTP; the store behind the mock is not what they
    test, so they run on the memory store only (the mock tests cover Redis)."""
    return None
