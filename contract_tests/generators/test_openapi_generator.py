"""openapi-generator (the PyPI jar) accepts both documents and its clients work unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.generators.conftest import DOCUMENTS, Generated, openapi_generator, run
from tracksale_mock.serving import RunningMock


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_validate_finds_no_error_or_warning(document: str) -> None:
    path, _ = DOCUMENTS[document]
    done = run([*openapi_generator(), "validate", "--recommend", "-i", str(path)])
    assert "No validation issues detected." in done.stdout, done.stdout


# Run in a fresh interpreter, with only the generated packages on the path.
PYTHON_PROBE = """
import sys
import tracksale_v2, tracksale_v3

base = sys.argv[1] if len(sys.argv) > 1 else None
v2 = tracksale_v2.Configuration(host=base, access_token="tracksale-mock-token")
v3 = tracksale_v3.Configuration(host=base, access_token="tracksale-mock-token")
print(v2.host, v3.host)
if base:
    campaigns = tracksale_v2.CampaignsApi(tracksale_v2.ApiClient(v2)).list_campaigns()
    page = tracksale_v3.ReportsApi(tracksale_v3.ApiClient(v3)).list_paged_dispatches(limit=100)
    print(len(campaigns), page.code)
"""


def probe(generated: Generated, *args: str) -> list[str]:
    paths = [str(generated.client("python", name)) for name in DOCUMENTS]
    done = subprocess.run(
        [sys.executable, "-c", PYTHON_PROBE, *args],
        env={"PYTHONPATH": ":".join(paths)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.split()


def test_python_clients_compile(python_clients: Generated) -> None:
    for name in DOCUMENTS:
        package = python_clients.client("python", name) / f"tracksale_{name}"
        run([sys.executable, "-m", "compileall", "-q", str(package)])


def test_python_clients_reach_each_host_by_default(python_clients: Generated) -> None:
    assert probe(python_clients) == [host for _, host in DOCUMENTS.values()]


def test_python_clients_reach_the_mock_through_one_base_url(
    python_clients: Generated, tracksale_mock: RunningMock
) -> None:
    hosts_and_answers = probe(python_clients, tracksale_mock.url)
    assert hosts_and_answers[:2] == [tracksale_mock.url] * 2
    assert int(hosts_and_answers[2]) > 0 and hosts_and_answers[3] == "200"


def test_typescript_fetch_defaults_to_each_documents_host(typescript_program: Path) -> None:
    for name, (_, host) in DOCUMENTS.items():
        runtime = (typescript_program / f"tsf-{name}" / "runtime.ts").read_text(encoding="utf-8")
        assert f'export const BASE_PATH = "{host}"' in runtime
