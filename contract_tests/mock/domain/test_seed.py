"""The committed seed file: regenerable, well formed, rich enough, always recent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_tests.mock.domain.conftest import DAY, NOW
from tracksale_mock.seed.generate import REFERENCE_TIME, generate
from tracksale_mock.seed.load import (
    DEFAULT_WIDGET_KEY,
    SEED_PATH,
    document,
    dumps,
    load_seed,
    parse_seed,
)
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.model import QUESTION_TYPES, State


def test_committed_seed_is_what_the_generator_writes() -> None:
    expected = dumps(document(generate(), REFERENCE_TIME))
    assert SEED_PATH.read_text(encoding="utf-8") == expected, (
        "stale seed: run python -m tracksale_mock.seed.load --out "
        "mock_server/src/tracksale_mock/seed/data/seed.json"
    )
    assert SEED_PATH.stat().st_size < 400_000


def test_loading_moves_every_time_relative_to_the_clock(tmp_path: Path) -> None:
    raw = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    newest = max(a["time"] for a in raw["answers"])
    later = MockClock(start=NOW + 5 * DAY)
    state = load_seed(later)
    shift = int(later.now()) - raw["reference_time"]
    assert max(a.time for a in state.answers) - newest == pytest.approx(shift, abs=2)
    assert all(a.time <= int(later.now()) for a in state.answers)


def test_seed_content(seed_state: State) -> None:
    state = seed_state
    assert {c.main_channel for c in state.campaigns} == {"email", "sms", "whatsapp"}
    assert all(c.questions[0].type == "NPS" for c in state.campaigns)
    asked = {q.type for c in state.campaigns for q in c.questions}
    assert asked == set(QUESTION_TYPES)
    people = {c.email for lot in state.lots for c in lot.customers}
    assert 50 <= len(people) <= 70
    assert sum(lot.status == "executed" for lot in state.lots) >= 5
    assert sum(lot.status == "draft" for lot in state.lots) == 1
    assert 250 <= len(state.answers) <= 350
    oldest = min(a.time for a in state.answers)
    assert oldest >= NOW - 90 * DAY and max(a.time for a in state.answers) <= NOW
    assert {"Pendente Cliente", "Não precisa contatar"} <= {s.name for s in state.statuses}
    assert any(a.category_ids for a in state.answers)
    assert any(a.notes for a in state.answers)
    assert any(a.justifications for a in state.answers)
    assert any(t.value == "" for a in state.answers for t in a.tags)
    assert {a.priority for a in state.answers} >= {"Nenhuma", "Alta"}
    assert [w.key for w in state.widgets] == [DEFAULT_WIDGET_KEY]


def test_seed_answers_agree_with_lots(seed_state: State) -> None:
    for answer in seed_state.answers:
        if answer.lot_code is None:
            continue
        lot = seed_state.lot(answer.lot_code)
        assert lot is not None and lot.campaign_code == answer.campaign_code
        customer = next(c for c in lot.customers if c.email == answer.email)
        assert customer.has_answered and customer.dispatch_time == answer.dispatch_time


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "JSON object"),
        ({"campaigns": []}, "reference_time"),
        ({"reference_time": "now"}, "reference_time"),
        ({"reference_time": 0, "lots": {}}, "expected a list"),
    ],
)
def test_bad_seed_documents_are_refused(doc: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_seed(doc, NOW)


def test_a_replacement_seed_file_loads(tmp_path: Path) -> None:
    custom = tmp_path / "seed.json"
    custom.write_text(json.dumps({"reference_time": 100, "widgets": []}), encoding="utf-8")
    assert load_seed(MockClock(start=NOW), custom) == State()
    custom.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not JSON"):
        load_seed(MockClock(start=NOW), custom)
