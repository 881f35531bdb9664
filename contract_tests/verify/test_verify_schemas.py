"""The OAS 3.0 to JSON Schema conversion and the sorting of errors into drift kinds."""

from __future__ import annotations

from typing import Any

import pytest

from tracksale_contract.verify.drift import Drift, check_body
from tracksale_contract.verify.schemas import ResponseSchemas, to_json_schema

SCHEMAS = ResponseSchemas()


def _drift(operation: str, body: Any, status: int = 200) -> set[tuple[str, str, str, str]]:
    validator = SCHEMAS.validator(operation, status)
    assert validator is not None
    return {(d.path, d.kind, d.expected, d.actual) for d in check_body(operation, validator, body)}


def _campaign(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "C",
        "code": 1,
        "description": None,
        "detractors": 0,
        "passives": 0,
        "promoters": 0,
        "dispatches": 0,
        "comments": 0,
        "answers": 0,
        "main_channel": "email",
        "create_time": 0,
        "questions": [{"id": 1, "type": "NPS", "title": "t", "question": "q", "secondary": None}],
    }
    body.update(changes)
    return body


def test_nullable_becomes_a_null_type() -> None:
    converted = to_json_schema({"type": "string", "nullable": True, "enum": ["a"]})
    assert converted == {"type": ["string", "null"], "enum": ["a", None]}


def test_all_of_objects_fold_into_one_closed_object() -> None:
    first = {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    second = {"type": "object", "properties": {"b": {"type": "integer"}}}
    converted = to_json_schema({"allOf": [first, second]})
    assert converted["required"] == ["a"] and set(converted["properties"]) == {"a", "b"}
    assert converted["additionalProperties"] is False


def test_a_valid_answer_has_no_drift() -> None:
    assert _drift("listCampaigns", [_campaign(), _campaign(dispatch_limits=None)]) == set()


def test_a_nullable_object_takes_null_but_not_a_string() -> None:
    assert _drift("listCampaigns", [_campaign(dispatch_limits="none")]) == {
        ("$[].dispatch_limits", "type", "object | null", "string")
    }


def test_a_justification_of_neither_shape_is_a_type_drift() -> None:
    row_errors = _drift("getAnswerReport", [{"justifications": [3]}])
    assert ("$[].justifications[]", "type", "string | object", "integer") in row_errors


def test_a_group_justification_is_checked_as_a_group() -> None:
    row_errors = _drift("getAnswerReport", [{"justifications": [{"name": "a"}]}])
    assert ("$[].justifications[].children", "missing", "required", "absent") in row_errors


def test_the_compare_figures_are_checked_too() -> None:
    figures = {
        "dispatches": 1,
        "promoters": 1,
        "detractors": 0,
        "passives": 0,
        "detractors_percentage": 0,
        "passives_percentage": 0,
        "promoters_percentage": 100,
        "nps": 100,
    }
    assert _drift("getNpsReport", {**figures, "compare": figures}) == set()
    assert _drift("getNpsReport", {**figures, "compare": {**figures, "nps": 101}, "x": 1}) == {
        ("$.compare.nps", "constraint", "maximum 100", "integer"),
        ("$.x", "unexpected", "not declared", "integer"),
    }


def test_error_answers_are_checked_against_their_own_schema() -> None:
    assert _drift("getWidget", {"error": "not_found", "message": "m"}, 404) == set()
    assert _drift("getWidget", {"error": "gone", "message": "m"}, 404) == {
        ("$.error", "enum", "one of " + ", ".join(repr(k) for k in _error_kinds()), "'gone'")
    }


def _error_kinds() -> list[str]:
    return list(SCHEMAS.spec["components"]["schemas"]["ErrorKind"]["enum"])


def test_an_undocumented_status_has_no_schema() -> None:
    assert SCHEMAS.validator("getNpsReport", 404) is None


def test_write_operations_are_not_read_only() -> None:
    with pytest.raises(ValueError, match="read-only"):
        SCHEMAS.operation("insertNote")
    assert Drift("a", "$", "type", "x", "y") < Drift("b", "$", "type", "x", "y")
