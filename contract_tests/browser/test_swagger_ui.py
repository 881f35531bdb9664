"""Swagger UI at `/ui/`, used as a person would, in Debian's Chromium driven headless.

The page must open authorized with the mock's token, list the mock itself as the
server, and "Try it out" must succeed for a GET, a POST with the documented example
body and the v3 paged report; a token pasted with its `bearer ` scheme must work
too. A screenshot of the page is kept at `artifacts/swagger-ui.png` (CI prints it).
Without Chromium or Playwright the module is skipped locally and fails under CI.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tracksale_mock.config import DEFAULT_TOKEN, MockConfig
from tracksale_mock.serving import RunningMock, start_mock

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT = Path(__file__).resolve().parents[2] / "artifacts" / "swagger-ui.png"
TIMEOUT_MS = 60_000


def _missing() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return "Chromium is not installed (Debian package chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (uv sync)"
    return None


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    running = start_mock(MockConfig(strict=True))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def page(mock: RunningMock) -> Iterator[Any]:
    """The docs page, reached from `/` as a person typing the mock's URL would."""
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
            args=FLAGS,
            headless=True,
        )
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(mock.url + "/")
        page.wait_for_selector(".swagger-ui .info .title")
        yield page
        browser.close()


def _try_it_out(
    page: Any, operation_id: str, screenshot: Path | None = None, **fields: str
) -> tuple[int, Any, str]:
    """Expand an operation, fill `fields`, execute; (status, JSON body, curl shown)."""
    block = page.locator(f"[id$='-{operation_id}']").first
    if not block.locator(".try-out__btn").count():
        block.locator(".opblock-summary").click()
    block.locator(".try-out__btn", has_text="Try it out").click()
    for name, value in fields.items():
        block.locator(f"tr[data-param-name='{name}'] input").fill(value)
    block.locator(".execute").click()
    status_cell = block.locator(".live-responses-table tbody .response-col_status").first
    status_cell.wait_for()
    body = block.locator(".live-responses-table .response-col_description pre").first
    curl = block.locator(".curl-command .curl").first.inner_text()
    status = int(status_cell.inner_text().strip())
    if screenshot is not None:
        block.locator(".execute").scroll_into_view_if_needed()
        screenshot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(screenshot))
    block.locator(".try-out__btn", has_text="Cancel").click()
    return status, json.loads(body.inner_text()), curl


def test_the_page_opens_on_the_mock_authorized(page: Any, mock: RunningMock) -> None:
    assert page.url == f"{mock.url}/ui/"
    assert "Tracksale API" in page.inner_text(".swagger-ui .info .title")
    servers = page.locator(".servers select option").all_inner_texts()
    assert [s.split(" - ")[0] for s in servers] == [mock.url]
    assert "locked" in (page.get_attribute(".auth-wrapper .authorize", "class") or "").split()


def test_try_it_out_lists_campaigns(page: Any, mock: RunningMock) -> None:
    status, body, curl = _try_it_out(page, "listCampaigns")
    assert status == 200
    assert [c["code"] for c in body] == [
        c["code"] for c in mock.mock.admin.dump_state()["campaigns"]
    ]
    assert f"'{mock.url}/v2/campaign" in curl
    assert f"Authorization: Bearer {DEFAULT_TOKEN}" in curl


def test_try_it_out_dispatches_the_example_body(page: Any, mock: RunningMock) -> None:
    status, body, curl = _try_it_out(page, "dispatchCustomers", campaign_code="1201")
    assert status == 200, body
    assert body["status"]["inserted"] >= 1
    lots = mock.mock.admin.dump_state()["lots"]
    assert body["dispatch_code"] in [lot["code"] for lot in lots]
    assert "-d '{" in curl


def test_try_it_out_reads_the_v3_paged_report(page: Any, mock: RunningMock) -> None:
    status, body, curl = _try_it_out(page, "listPagedDispatches", SCREENSHOT, limit="100")
    assert status == 200, body
    assert body["status"] == "success" and body["data"]
    assert f"'{mock.url}/dispatch?" in curl  # the mock, not https://apiv3.track.co
    assert SCREENSHOT.stat().st_size > 10_000


def test_a_token_pasted_with_its_scheme_works(page: Any, mock: RunningMock) -> None:
    page.click(".auth-wrapper .authorize")
    dialog = page.locator(".modal-ux")
    assert DEFAULT_TOKEN in dialog.inner_text()  # the dialog says which token to use
    dialog.locator("button", has_text="Logout").click()
    dialog.locator("input").fill(f"bearer {DEFAULT_TOKEN}")
    dialog.locator(".auth-btn-wrapper .authorize").click()
    dialog.locator("button", has_text="Close").click()
    status, body, curl = _try_it_out(page, "listCampaigns")
    assert status == 200, body
    # Sent once with the scheme, where Swagger UI alone would send `Bearer bearer …` (401).
    assert f"Authorization: Bearer {DEFAULT_TOKEN}'" in curl
