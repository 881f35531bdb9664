"""The OpenAPI document itself: valid, lint-clean, complete, with valid examples."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

from tracksale_contract import (
    SPEC_PATH,
    V3_SPEC_PATH,
    load_resolved,
    load_spec,
    operations,
    validate,
)

ROOT = Path(__file__).resolve().parents[2]

# Every operation the public documentation describes, with the URL it documents
# (or, where it leaves the URL out, the one integrations use).
DOCUMENTED_OPERATIONS = {
    "listCampaigns": ("GET", "/v2/campaign"),
    "getCampaign": ("GET", "/v2/campaign/{campaign_code}"),
    "getWidget": ("GET", "/v2/widget/{key}"),
    "checkCanImpact": ("POST", "/v2/campaign/{campaign_code}/can-impact"),
    "createSurveyLinks": ("POST", "/v2/campaign/{campaign_code}/survey-links"),
    "dispatchCustomers": ("POST", "/v2/campaign/{campaign_code}/dispatch"),
    "sendDispatchLot": ("POST", "/v2/campaign/{campaign_code}/dispatch/{dispatch_code}"),
    "listDraftLots": ("GET", "/v2/campaign/{campaign_code}/draft-lot"),
    "discardDraftLot": ("POST", "/v2/campaign/{campaign_code}/discard-lot/{lot_code}"),
    "insertAnswer": ("POST", "/v2/answer"),
    "insertAnswers": ("POST", "/v2/answers"),
    "insertNote": ("POST", "/v2/note"),
    "fillEmptyTags": ("POST", "/v2/fill-empty-tags"),
    "getAnswerReport": ("GET", "/v2/report/answer"),
    "getDispatchReport": ("GET", "/v2/report/dispatch"),
    "getNpsReport": ("GET", "/v2/report/nps"),
    "getCategoryReport": ("GET", "/v2/report/category"),
    "getStatusReport": ("GET", "/v2/report/status"),
    "listPagedDispatches": ("GET", "/dispatch"),
    "getPagedDispatchLot": ("GET", "/dispatch/{dispatch_code}"),
}
V3_HOST = "https://apiv3.track.co"
V2_HOST = "https://api.tracksale.co"


def test_document_is_valid_openapi_30() -> None:
    validate(SPEC_PATH)
    assert load_spec()["openapi"] == "3.0.3"


def test_every_documented_operation_is_present() -> None:
    found = operations(load_spec())
    missing = {op: where for op, where in DOCUMENTED_OPERATIONS.items() if found.get(op) != where}
    assert not missing, f"operations missing or at the wrong URL: {missing}"
    extra = set(found) - set(DOCUMENTED_OPERATIONS)
    assert not extra, f"operations the documentation does not describe: {extra}"


def test_hosts() -> None:
    spec = load_spec()
    assert [s["url"] for s in spec["servers"]] == [V2_HOST]
    for path, item in spec["paths"].items():
        expected = None if path.startswith("/v2/") else [V3_HOST]
        actual = [s["url"] for s in item["servers"]] if "servers" in item else None
        assert actual == expected, path


def _operation_items(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item in spec["paths"].values():
        for method in ("get", "post"):
            if method in item:
                yield item[method]["operationId"], item[method]


def test_operation_style() -> None:
    spec = load_spec()
    for op_id, operation in _operation_items(spec):
        assert op_id[0].islower() and "_" not in op_id, op_id
        assert len(operation["tags"]) == 1 and operation["tags"][0].islower(), op_id
        assert operation.get("summary") and operation.get("description"), op_id


def test_every_operation_documents_auth_and_throttle_errors() -> None:
    spec = load_spec()
    for op_id, operation in _operation_items(spec):
        responses = operation["responses"]
        assert responses["401"] == {"$ref": "#/components/responses/Unauthorized"}, op_id
        assert responses["405"] == {"$ref": "#/components/responses/Throttled"}, op_id
        assert responses["400"] == {"$ref": "#/components/responses/BadRequest"}, op_id
        assert responses["503"] == {"$ref": "#/components/responses/ServiceUnavailable"}, op_id
        has_identifier = "{" in DOCUMENTED_OPERATIONS[op_id][1] or "requestBody" in operation
        if has_identifier:
            assert responses["404"] == {"$ref": "#/components/responses/NotFound"}, op_id


def _media_with_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for op_id, operation in _operation_items(spec):
        body = operation.get("requestBody")
        if body:
            for media in body["content"].values():
                yield f"{op_id} request", media
        for status, response in operation["responses"].items():
            for media in response.get("content", {}).values():
                yield f"{op_id} {status}", media


def test_every_response_has_named_examples() -> None:
    spec = load_resolved()
    for where, media in _media_with_examples(spec):
        assert media.get("examples"), f"{where}: no named examples"


def test_every_example_validates_against_its_schema() -> None:
    spec = load_resolved()
    checked = 0
    for where, media in _media_with_examples(spec):
        validator = OAS30Validator(media["schema"])
        for name, example in media["examples"].items():
            errors = [e.message for e in validator.iter_errors(example["value"])]
            assert not errors, f"{where} example {name!r}: {errors}"
            checked += 1
    for name, parameter in spec["components"]["parameters"].items():
        if "example" in parameter:
            errors = list(OAS30Validator(parameter["schema"]).iter_errors(parameter["example"]))
            assert not errors, f"parameter {name}: {errors}"
    assert checked >= 40


def test_an_invalid_example_is_caught() -> None:
    """The example check above is not vacuous: a broken example fails it."""
    spec = load_resolved()
    media = spec["paths"]["/v2/report/nps"]["get"]["responses"]["200"]["content"]
    schema = media["application/json"]["schema"]
    broken = dict(media["application/json"]["examples"]["period"]["value"], nps="high")
    assert list(OAS30Validator(schema).iter_errors(broken))


def _spectral() -> list[str]:
    binary = ROOT / "node_modules" / ".bin" / "spectral"
    if not binary.exists():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install Spectral (package.json)"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    return [str(binary)]


def test_spectral_oas_ruleset_is_clean() -> None:
    result = subprocess.run(
        [
            *_spectral(),
            "lint",
            "--quiet",
            "--format=json",
            "--ruleset=.spectral.yaml",
            SPEC_PATH,
            V3_SPEC_PATH,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    problems = json.loads(result.stdout or "[]")
    summary = [f"{p['code']} {'.'.join(map(str, p['path']))}: {p['message']}" for p in problems]
    assert not summary, "\n".join(summary)


@pytest.mark.parametrize("flag", ["0", "1", "true", "false"])
def test_flags_accept_what_integrators_send(flag: str) -> None:
    schema = load_resolved()["components"]["schemas"]["Flag"]
    assert not list(OAS30Validator(schema).iter_errors(flag))


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2017-01-31", True),
        ("2017-01-31T12:00:00", True),
        ("31/01/2017", False),
        ("2017-13-01", False),
        ("2017-01-31T25:00:00", False),
    ],
)
def test_dates_accept_both_documented_forms(value: str, valid: bool) -> None:
    schema = load_resolved()["components"]["schemas"]["DateOrDateTime"]
    assert (not list(OAS30Validator(schema).iter_errors(value))) is valid
