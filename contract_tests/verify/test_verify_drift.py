"""`tracksale verify` against an upstream that drifts: each change found where it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from contract_tests.verify._support import serve, verify
from contract_tests.verify.drifting import DriftingUpstream
from tracksale_mock.config import MockConfig
from tracksale_mock.http.app import MockServer


def _findings(report: dict[str, Any], operation: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {(d["path"], d["kind"]): d for d in report["operations"][operation]["drift"]}


def test_each_drift_is_reported_at_its_path_and_operation(tmp_path: Path) -> None:
    upstream = DriftingUpstream(MockServer(MockConfig()).app)
    with serve(upstream) as url:
        status, report = verify(url, "tracksale-mock-token", tmp_path)
    changes = upstream.changes
    assert status == 1

    campaigns = _findings(report, "listCampaigns")
    assert campaigns["$[].main_channel", "missing"]["count"] == changes["renamed main_channel"]
    unexpected = campaigns["$[].channel", "unexpected"]
    assert (
        unexpected["count"] == changes["renamed main_channel"] and unexpected["actual"] == "string"
    )
    enum = campaigns["$[].questions[].type", "enum"]
    assert enum["actual"] == "'Matrix'" and enum["count"] == changes["enum question type"]
    assert "'Secondary NPS'" in enum["expected"]
    assert len(campaigns) == 3

    nps = _findings(report, "getNpsReport")
    assert nps == {
        ("$.nps", "type"): {
            "path": "$.nps",
            "kind": "type",
            "expected": "number",
            "actual": "string",
            "count": changes["nps as string"],
        }
    }

    answers = _findings(report, "getAnswerReport")
    assert answers["$[].lot_code", "missing"]["count"] == changes["dropped lot_code"]
    null = answers["$[].campaign_code", "nullability"]
    assert (null["expected"], null["actual"]) == ("integer", "null")
    assert null["count"] == changes["null campaign_code"]
    assert len(answers) == 2

    for operation in ("listPagedDispatches", "getPagedDispatchLot"):
        paged = _findings(report, operation)
        assert paged["$.data[].lot.create_time", "format"]["expected"] == "int64"
        assert paged["$.data[].lot.create_time", "constraint"]["expected"] == "maximum 4102444800"
    huge = sum(
        d["count"]
        for op in ("listPagedDispatches", "getPagedDispatchLot")
        for d in report["operations"][op]["drift"]
        if d["kind"] == "format"
    )
    assert huge == changes["huge create_time"]

    untouched = {"getCampaign", "getWidget", "listDraftLots", "getDispatchReport"}
    untouched |= {"getCategoryReport", "getStatusReport"}
    for operation in untouched:
        assert report["operations"][operation]["drift"] == [], operation
    # A rename is two findings (missing + unexpected), a huge time two (format + maximum).
    twice = changes["renamed main_channel"] + changes["huge create_time"]
    assert report["drift_total"] == sum(changes.values()) + twice
