"""Every operation's output validates against the document's 200 response schema."""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

from contract_tests.mock.domain.conftest import DAY, NOW, day
from tracksale_contract import load_resolved, operations
from tracksale_mock.domain.operations import Operations

FLAGS_ON: dict[str, Any] = {
    "tags": "1",
    "review": "1",
    "nps_secondary": "1",
    "open_question": "1",
    "csat": "1",
}
LONG: dict[str, Any] = {"start": day(NOW - 89 * DAY), "end": day(NOW + 2 * DAY)}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@functools.cache
def response_schemas() -> dict[str, dict[str, Any]]:
    spec = load_resolved()
    found = {}
    for op_id, (method, path) in operations(spec).items():
        responses = spec["paths"][path][method.lower()]["responses"]
        found[op_id] = responses["200"]["content"]["application/json"]["schema"]
    return found


def draft_code(ops: Operations) -> str:
    code: str = ops.list_draft_lots(campaign_code=1201)["lot"][0]["code"]
    return code


Call = Callable[[Operations], Any]
CALLS: dict[str, list[Call]] = {
    "listCampaigns": [
        lambda o: o.list_campaigns(),
        lambda o: o.list_campaigns(dispatch_limits="1", **LONG),
    ],
    "getCampaign": [
        lambda o: o.get_campaign(campaign_code=1202, dispatch_limits="true"),
        lambda o: o.get_campaign(campaign_code=1204, dispatch_limits="1", **LONG),
    ],
    "getWidget": [lambda o: o.get_widget(key="wdg-4f2a9c")],
    "checkCanImpact": [lambda o: o.check_can_impact(campaign_code=1201, body={"phone": "551"})],
    "createSurveyLinks": [
        lambda o: o.create_survey_links(
            campaign_code=1201,
            body={"customers": [{"email": "a@example.com", "identification": None}]},
        )
    ],
    "dispatchCustomers": [
        lambda o: o.dispatch_customers(
            campaign_code=1201,
            body={"customers": [{"email": "x@example.com"}, {"email": "bad"}]},
            get_not_inserted="1",
        ),
        lambda o: o.dispatch_customers(
            campaign_code=1203, body={"customers": [{"phone": "5511988887777"}], "schedule_time": 0}
        ),
    ],
    "sendDispatchLot": [
        lambda o: o.send_dispatch_lot(
            campaign_code=1201, dispatch_code=draft_code(o), body={"time": 0}
        )
    ],
    "listDraftLots": [lambda o: o.list_draft_lots(campaign_code=1201)],
    "discardDraftLot": [lambda o: o.discard_draft_lot(campaign_code=1201, lot_code=draft_code(o))],
    "insertAnswer": [
        lambda o: o.insert_answer(
            body={
                "campaign_code": "1201",
                "answers": [{"name": "A", "email": "a@b.co", "score": 1}],
            },
            return_answer_id="1",
        )
    ],
    "insertAnswers": [
        lambda o: o.insert_answers(
            body={
                "campaign_code": "1204",
                "data": [
                    {"name": "A", "email": "a@b.co", "answers": [{"question_id": 801, "score": 3}]}
                ],
            }
        )
    ],
    "insertNote": [lambda o: o.insert_note(body={"comment": "ok", "answer_id": 6805001})],
    "fillEmptyTags": [
        lambda o: o.fill_empty_tags(
            body={"answer_id": 6805001, "tags": [{"name": "A", "value": "b"}]}
        )
    ],
    "getAnswerReport": [
        lambda o: o.get_answer_report(limit=-1, **LONG),
        lambda o: o.get_answer_report(
            limit=-1, justif_return="array", return_update_time="1", **FLAGS_ON, **LONG
        ),
    ],
    "getDispatchReport": [
        lambda o: o.get_dispatch_report(**LONG),
        lambda o: o.get_dispatch_report(channel="1", **LONG),
    ],
    "getNpsReport": [
        lambda o: o.get_nps_report(compare="1", **LONG),
        lambda o: o.get_nps_report(codes="424242"),
    ],
    "getCategoryReport": [lambda o: o.get_category_report(**LONG)],
    "getStatusReport": [lambda o: o.get_status_report(**LONG)],
    "listPagedDispatches": [
        lambda o: o.list_paged_dispatches(limit=10_000, **LONG),
        lambda o: o.list_paged_dispatches(channel="1", tags="1", page=2, **LONG),
    ],
    "getPagedDispatchLot": [
        lambda o: o.get_paged_dispatch_lot(dispatch_code=draft_code(o), channel="1", tags="1"),
    ],
}


def test_every_operation_has_a_method_and_a_check() -> None:
    assert set(CALLS) == set(response_schemas())
    for op_id in CALLS:
        assert callable(getattr(Operations, snake(op_id))), op_id


def test_method_parameters_follow_the_document() -> None:
    spec = load_resolved()
    for op_id, (method, path) in operations(spec).items():
        operation = spec["paths"][path][method.lower()]
        declared = [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]
        required = {snake(p["name"]) for p in declared if p.get("required")}
        optional = {snake(p["name"]) for p in declared} - required
        if "requestBody" in operation:
            required.add("body")
        signature = inspect.signature(getattr(Operations, snake(op_id)))
        params = {n: p for n, p in signature.parameters.items() if n != "self"}
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values()), op_id
        without_default = {n for n, p in params.items() if p.default is inspect.Parameter.empty}
        assert without_default == required, op_id
        assert set(params) - without_default == optional, op_id
        for parameter in declared:
            default = parameter["schema"].get("default")
            if default is not None:
                assert params[snake(parameter["name"])].default == default, op_id


@pytest.mark.parametrize("op_id", sorted(CALLS))
def test_output_validates(ops: Operations, op_id: str) -> None:
    validator = OAS30Validator(response_schemas()[op_id])
    for call in CALLS[op_id]:
        body = call(ops)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
        assert not errors, errors[:5]
        assert body or op_id in ("getCategoryReport",), f"{op_id}: empty output proves little"
