"""`--record`: a seed the mock loads, with no personal value left, and the same shapes."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from contract_tests.verify._support import verify, verify_run
from tracksale_contract.verify.anonymise import Anonymiser
from tracksale_contract.verify.drift import json_type
from tracksale_contract.verify.plan import Call
from tracksale_contract.verify.runner import RunResult
from tracksale_mock.seed.load import SEED_PATH, parse_seed
from tracksale_mock.serving import RunningMock

PERSON_FIELDS: tuple[str, ...] = ("name", "email", "phone", "identification")
PERSON_FIELDS += ("alternative_email", "alternative_phone", "nps_comment", "assignee", "picture")


def _personal(seed: dict[str, Any]) -> dict[str, set[str]]:
    """The personal values of a seed file, by kind ('tag' for tag values)."""
    found: dict[str, set[str]] = {}

    def add(kind: str, value: object) -> None:
        if isinstance(value, str) and value:
            found.setdefault(kind, set()).add(value)

    people = [*seed["answers"], *(c for lot in seed["lots"] for c in lot.get("customers", []))]
    for person in people:
        for name in PERSON_FIELDS:
            add(name, person.get(name))
        for tag in person.get("tags", []):
            add("tag", tag["value"])
        for extra in person.get("extra_answers", []):
            add("comment", extra.get("comment"))
        for note in person.get("notes", []):
            add("comment", note["comment"])
    return found


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _shape(body: Any, path: str = "$") -> Counter[tuple[str, str]]:
    """How many values of each JSON type sit at each path."""
    shape: Counter[tuple[str, str]] = Counter({(path, json_type(body)): 1})
    if isinstance(body, dict):
        for key, value in body.items():
            shape += _shape(value, f"{path}.{key}")
    elif isinstance(body, list):
        for item in body:
            shape += _shape(item, f"{path}[]")
    return shape


def _calls(result: RunResult) -> list[tuple[Call, int, Any]]:
    return result.seen.answers


@pytest.fixture
def recorded(fresh_mock: RunningMock, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    path = tmp_path / "seed.json"
    status, _ = verify(fresh_mock.url, fresh_mock.token, tmp_path, "--record", str(path))
    assert status == 0
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_the_recorded_seed_loads(recorded: tuple[Path, dict[str, Any]]) -> None:
    _, seed = recorded
    state = parse_seed(seed, seed["reference_time"])
    original = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    assert {c.code for c in state.campaigns} == {c["code"] for c in original["campaigns"]}
    assert len(state.answers) > 100 and state.lots and state.widgets


def test_no_personal_value_is_left(
    recorded: tuple[Path, dict[str, Any]], fresh_mock: RunningMock
) -> None:
    path, seed = recorded
    original = _personal(json.loads(SEED_PATH.read_text(encoding="utf-8")))
    every_original = set().union(*original.values())
    written = set(_strings(seed))
    assert not written & every_original
    text = path.read_text(encoding="utf-8")
    for kind in ("name", "email", "phone", "identification", "nps_comment", "assignee"):
        assert not [value for value in original[kind] if value in text], kind
    assert fresh_mock.token not in text
    assert "wdg-4f2a9c" not in text  # the widget key identifies the account's widget


def test_the_same_person_gets_the_same_fake_values(recorded: tuple[Path, dict[str, Any]]) -> None:
    _, seed = recorded
    original = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    before = {a["id"]: a for a in original["answers"]}
    mapping: dict[tuple[str, str], str] = {}
    pairs = [(before[a["id"]], a) for a in seed["answers"]]
    lots = {lot["code"]: lot for lot in original["lots"]}
    for lot in seed["lots"]:
        if lot["code"] in lots and lot["status"] == "executed":
            pairs += list(zip(lots[lot["code"]]["customers"], lot["customers"], strict=True))
    assert len(pairs) > 300
    for old, new in pairs:
        for name in ("name", "email", "phone", "identification"):
            if old.get(name):
                assert mapping.setdefault((name, old[name]), new[name]) == new[name]
    fakes = Counter((kind, fake) for (kind, _), fake in mapping.items())
    assert max(fakes.values()) == 1  # distinct people stay distinct
    # Scores are kept, and every date is as old (relative to the file's reference
    # time) as it was, give or take the seconds between the mock's start and the run.
    for answer in seed["answers"]:
        old = before[answer["id"]]
        assert old.get("nps_answer") == answer["nps_answer"]
        age, age_now = (
            original["reference_time"] - old["time"],
            seed["reference_time"] - answer["time"],
        )
        assert abs(age - age_now) < 120


def test_the_mock_on_the_recording_answers_with_the_same_shapes(
    recorded: tuple[Path, dict[str, Any]],
    fresh_mock: RunningMock,
    tracksale_mock_factory: Callable[..., RunningMock],
) -> None:
    path, seed = recorded
    record = ("--record", "unused.json", "--widget-key")
    first, _ = verify_run(fresh_mock.url, fresh_mock.token, *record, "wdg-4f2a9c")
    replica = tracksale_mock_factory(seed_file=path)
    key = seed["widgets"][0]["key"]
    second, _ = verify_run(replica.url, replica.token, *record, key)
    assert second.tally.total == 0 and second.stopped is None
    before, after = _calls(first), _calls(second)
    assert [(c.operation, c.params) for c, _, _ in before] == [
        (c.operation, c.params) for c, _, _ in after
    ]
    for (call, status, body), (_, status_again, body_again) in zip(before, after, strict=True):
        assert status == status_again == 200, call.label()
        assert _shape(body) == _shape(body_again), call.label()
        if call.operation in ("getNpsReport", "getStatusReport", "getCategoryReport", "getWidget"):
            assert body == body_again, call.label()


def test_fake_values_are_consistent_and_seeded() -> None:
    one, two, other = Anonymiser(0), Anonymiser(0), Anonymiser(1)
    names = ["Ana Souza", "João Lima", "Ana Souza"]
    assert [one.name(n) for n in names] == [two.name(n) for n in reversed(names)][::-1]
    assert one.name("Ana Souza") != other.name("Ana Souza")
    phone = one.phone("5511987654321") or ""
    assert phone[:2] == "55" and len(phone) == 13
    assert one.identification("CLI-000123") != "CLI-000123"
    assert (one.identification("CLI-000123") or "")[3] == "-"
    assert one.comment("Muito bom.<br>Voltarei") is not None
    assert (one.comment("Muito bom.<br>Voltarei") or "").count("<br>") == 1
    assert one.email(None) is None and one.tag_value("") == ""
