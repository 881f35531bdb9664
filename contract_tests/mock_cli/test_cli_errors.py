"""`tracksale-mock` refuses what it cannot run with one line and a documented exit code,
and its `--help` shows each option's default, variable and an example."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest

from tracksale_mock.cli import EXIT_CODES, build_parser, config_from_args, main
from tracksale_mock.seed.load import SEED_PATH

README = Path(__file__).resolve().parents[2] / "README.md"


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """(exit code, stderr) of a run that must stop before serving."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tracksale-mock: error: "), err
    assert isinstance(exited.value.code, int)
    return exited.value.code, err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--rate-limit", "5"], "write 5/300s"),
        (["--rate-limit", "often"], "REQUESTS/PERIOD"),
        (["--port", "http"], "not a port"),
        (["--port", "70000"], "at most 65535"),
        (["--workers", "0"], "at least 1"),
        (["--now", "tomorrow"], "ISO date/time"),
        (["--public-url", "mock:8080"], "http://HOST:PORT"),
        (["--token", "a,b"], "cannot contain ','"),
        (["--store", "postgres://db"], "neither 'memory' nor redis://"),
        (["--surprise"], "unrecognized arguments: --surprise"),
        (["--ready-file", "/no/such/folder/ready.json"], "folder does not exist"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(
    argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = refused(argv, capsys)
    assert code == 2 and words in err


def test_a_bad_variable_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRACKSALE_MOCK_RATE_LIMIT", "5")
    code, err = refused([], capsys)
    assert code == 2 and "(from TRACKSALE_MOCK_RATE_LIMIT)" in err


def test_a_busy_port_exits_3_before_any_banner(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, err = refused(["--port", str(port)], capsys)
    assert code == 3 and f"cannot listen on 127.0.0.1:{port}" in err


def test_an_unreachable_redis_exits_5(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, never listening: connections are refused
        code, err = refused(["--store", f"redis://:secret@127.0.0.1:{port}/0"], capsys)
    assert code == 5 and f"cannot reach the Redis store redis://:***@127.0.0.1:{port}/0" in err
    assert "secret" not in err


def _seed_with(tmp_path: Path, change: str) -> tuple[Path, int]:
    """The committed seed, pretty-printed, with one change; (path, line of the change)."""
    doc = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    if change == "type":
        doc["answers"][3]["nps_answer"] = "nine"
    elif change == "reference":
        doc["lots"][2]["campaign_code"] = 99999
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    marker = '"nine"' if change == "type" else "99999"
    line = next(i for i, row in enumerate(text.splitlines(), 1) if marker in row)
    path = tmp_path / "seed.json"
    path.write_text(text, encoding="utf-8")
    return path, line


@pytest.mark.parametrize(
    ("change", "words"),
    [("type", "answers[3].nps_answer: expected int"), ("reference", "unknown campaign 99999")],
)
def test_an_invalid_seed_names_the_field_and_line(
    change: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, line = _seed_with(tmp_path, change)
    code, err = refused(["--seed-file", str(path)], capsys)
    assert code == 4
    assert f"seed file {path}, line {line}: " in err and words in err


def test_seed_files_that_cannot_be_read_exit_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "reference_time": 1,\n  "campaigns": [\n}\n', encoding="utf-8")
    code, err = refused(["--seed-file", str(broken)], capsys)
    assert code == 4 and ", line 4 column 1: not JSON" in err
    code, err = refused(["--seed-file", str(tmp_path / "absent.json")], capsys)
    assert code == 4 and "no such file" in err


def test_help_shows_default_variable_and_example_of_every_option() -> None:
    parser = build_parser()
    text = " ".join(parser.format_help().split())
    for action in parser._actions:
        if action.dest == "help":
            continue
        entry = " ".join((action.help or "").split())
        flag = action.option_strings[0]
        assert "default: " in entry and "env TRACKSALE_MOCK_" in entry, flag
        if action.nargs != 0 and not action.choices:
            assert "e.g. " in entry, flag
    assert "REQUESTS/PERIOD" in text


def test_every_exit_code_is_in_the_readme_and_the_help() -> None:
    readme = README.read_text(encoding="utf-8")
    help_text = build_parser().format_help()
    for code in EXIT_CODES:
        assert re.search(rf"^\| `{code}` \|", readme, re.M), f"exit code {code} not in README"
        assert re.search(rf"^  {code}  ", help_text, re.M)


def test_variables_give_defaults_and_options_replace_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKSALE_MOCK_TOKENS", "one,two")
    monkeypatch.setenv("TRACKSALE_MOCK_PUBLIC_URL", "http://mock.example:9/")
    config = config_from_args(build_parser().parse_args([]))
    assert config.tokens == ("one", "two") and config.public_url == "http://mock.example:9"
    config = config_from_args(build_parser().parse_args(["--token", "three"]))
    assert config.tokens == ("three",)
