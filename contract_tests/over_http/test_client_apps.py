"""The issue-10 app, before (generated functions) and after (resource methods), against
the mock: both do the same work and get the same results."""

from __future__ import annotations

import inspect
import re

import pytest

from contract_tests.client.apps import new_api, old_api
from tracksale_client import Tracksale

CAMPAIGN = 1201


@pytest.mark.parametrize("app", [old_api, new_api], ids=["generated-functions", "resources"])
def test_the_app_runs_against_the_mock(app: object, tracksale_api: Tracksale) -> None:
    result = app.run(tracksale_api, CAMPAIGN)  # type: ignore[attr-defined]
    assert result["campaigns"] and result["rows"] > 0
    assert result["inserted"] == 1 and result["missing"] and result["locked"]


def test_the_resource_app_is_shorter_and_needs_no_isinstance() -> None:
    old, new = inspect.getsource(old_api), inspect.getsource(new_api)
    assert len(new.splitlines()) < len(old.splitlines())
    assert len(re.findall(r"\bisinstance\(", new)) == 0 < len(re.findall(r"\bisinstance\(", old))
