"""`tracksale verify` against the mock: no drift, GET requests only, stops at 405."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from contract_tests.verify._support import serve, verify
from contract_tests.verify.drifting import MethodLog
from tracksale_client import Tracksale
from tracksale_contract.verify.cli import main
from tracksale_contract.verify.runner import ReadOnlyTransport, WriteRefusedError
from tracksale_contract.verify.schemas import ResponseSchemas
from tracksale_generated.api.answers import insert_note
from tracksale_generated.models.note_by_answer_id import NoteByAnswerId
from tracksale_mock.config import MockConfig, RateLimit
from tracksale_mock.http.app import MockServer
from tracksale_mock.serving import RunningMock

READ_ONLY = ResponseSchemas().read_only_operations()


def test_the_document_has_eleven_read_only_operations() -> None:
    assert len(READ_ONLY) == 11


def test_no_drift_on_every_operation(fresh_mock: RunningMock, tmp_path: Path) -> None:
    status, report = verify(fresh_mock.url, fresh_mock.token, tmp_path)
    assert status == 0, report
    assert report["drift_total"] == 0
    assert report["unchecked"] == []
    assert report["stopped"] is None
    for operation in READ_ONLY:
        entry = report["operations"][operation]
        assert entry["responses"] >= 1 and entry["drift"] == [], operation
    # One request per call: nothing was retried.
    assert report["requests"] == report["calls"]


def test_no_drift_on_the_plugins_session_mock(tracksale_mock: RunningMock, tmp_path: Path) -> None:
    """Whatever time earlier tests moved its clock to, every operation is checked."""
    status, report = verify(tracksale_mock.url, tracksale_mock.token, tmp_path)
    assert (status, report["drift_total"], report["unchecked"]) == (0, 0, [])


def test_only_get_requests_are_sent(tmp_path: Path) -> None:
    """Every request that reached the server, recording included, was a GET."""
    log = MethodLog(MockServer(MockConfig(strict=True)).app)
    with serve(log) as url:
        status, report = verify(
            url, "tracksale-mock-token", tmp_path, "--record", str(tmp_path / "s.json")
        )
    assert status == 0
    assert log.requests and {method for method, _ in log.requests} == {"GET"}
    assert len(log.requests) == report["requests"]


def test_the_guard_refuses_any_other_method() -> None:
    """A write built on the verifier's client fails before reaching any transport."""
    reached: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        reached.append(request)
        return httpx.Response(200, json=[])

    guard = ReadOnlyTransport(httpx.MockTransport(answer))
    with Tracksale("t", base_url="http://api.test", transport=guard, pacing=False) as api:
        with pytest.raises(WriteRefusedError, match="POST"):
            insert_note.sync(client=api.client, body=NoteByAnswerId(comment="x", answer_id=1))
        api.client.get_httpx_client().get("/v2/campaign")
    assert [r.method for r in reached] == ["GET"] and guard.sent == 1


def test_help_says_it_is_read_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    text = capsys.readouterr().out
    assert "READ-ONLY" in text and "GET requests only" in text


def test_stops_at_the_first_405(
    tracksale_mock_factory: Callable[..., RunningMock], tmp_path: Path
) -> None:
    mock = tracksale_mock_factory(rate_limit=RateLimit(5, 300))
    status, report = verify(mock.url, mock.token, tmp_path)
    assert status == 2
    assert "405" in report["stopped"] and "captcha_required" in report["stopped"]
    assert report["requests"] == 6  # five allowed, the sixth locked, then nothing more


def test_a_refused_token_cannot_run(fresh_mock: RunningMock, tmp_path: Path) -> None:
    status, report = verify(fresh_mock.url, "not-a-token", tmp_path)
    assert status == 2 and report["requests"] == 1
    assert "401" in report["stopped"]
    assert "not-a-token" not in (tmp_path / "drift.json").read_text()


def test_no_token_cannot_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKSALE_TOKEN", raising=False)
    assert main(["verify", "--base-url", "http://127.0.0.1:9"]) == 2


def test_the_token_can_come_from_the_environment(
    fresh_mock: RunningMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKSALE_TOKEN", fresh_mock.token)
    report = tmp_path / "r.json"
    status = main(["verify", "--base-url", fresh_mock.url, "--report", str(report)])
    assert status == 0
    # Without a widget key the widget operation goes unchecked, and says so.
    assert '"getWidget"' in report.read_text()
