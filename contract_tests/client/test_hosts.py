"""Requests reach the host the contract names: two production hosts, or one base URL."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from contract_tests.client.conftest import MOCK_BASE_URL, TOKEN, FakeServer
from tracksale_client import V2_HOST, V3_HOST, Tracksale
from tracksale_client._hosts import V3_PATH_TEMPLATES, host_for_path
from tracksale_contract import load_spec
from tracksale_generated import AuthenticatedClient, Client
from tracksale_generated.api.campaigns import list_campaigns
from tracksale_generated.api.dispatches import list_draft_lots
from tracksale_generated.api.reports import get_paged_dispatch_lot, list_paged_dispatches

PAGE = {"code": 200, "status": "success", "data": []}


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.startswith("/dispatch"):
        return httpx.Response(200, json=PAGE)
    if request.url.path.endswith("/draft-lot"):
        return httpx.Response(200, json={"lot": []})
    return httpx.Response(200, json=[])


def _document_hosts() -> dict[str, str]:
    """Each path template of the document and the host that serves it."""
    spec = load_spec()
    (default,) = spec["servers"]
    hosts = {}
    for path, item in spec["paths"].items():
        servers = item.get("servers", [default])
        assert len(servers) == 1, f"{path}: one server expected"
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                assert "servers" not in operation, f"{method} {path}: operation-level servers"
        hosts[path] = servers[0]["url"]
    return hosts


def test_v3_table_matches_the_documents_path_level_servers() -> None:
    hosts = _document_hosts()
    assert {path for path, host in hosts.items() if host != V2_HOST} == set(V3_PATH_TEMPLATES)
    assert {hosts[path] for path in V3_PATH_TEMPLATES} == {V3_HOST}
    assert load_spec()["servers"][0]["url"] == V2_HOST


def test_every_documented_path_is_routed_to_its_documented_host() -> None:
    for template, host in _document_hosts().items():
        concrete = re.sub(r"\{[^{}]+\}", "X1", template)
        assert host_for_path(concrete) == host, template


def _urls(server: FakeServer) -> list[str]:
    return [f"{r.url.scheme}://{r.url.netloc.decode()}{r.url.path}" for r in server.requests]


def _call_all(api: Tracksale) -> None:
    list_campaigns.sync(client=api.client)
    list_draft_lots.sync(1201, client=api.client)
    list_paged_dispatches.sync(client=api.client)
    get_paged_dispatch_lot.sync("LT3PZ8W1A", client=api.client)


async def _acall_all(api: Tracksale) -> None:
    await list_campaigns.asyncio(client=api.client)
    await list_draft_lots.asyncio(1201, client=api.client)
    await list_paged_dispatches.asyncio(client=api.client)
    await get_paged_dispatch_lot.asyncio("LT3PZ8W1A", client=api.client)


EXPECTED_PRODUCTION = [
    f"{V2_HOST}/v2/campaign",
    f"{V2_HOST}/v2/campaign/1201/draft-lot",
    f"{V3_HOST}/dispatch",
    f"{V3_HOST}/dispatch/LT3PZ8W1A",
]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_without_base_url_each_path_goes_to_its_production_host(
    server: FakeServer, make_api: Callable[..., Tracksale], flavour: str
) -> None:
    server.handler = _answer
    api = make_api()
    if flavour == "sync":
        _call_all(api)
    else:
        asyncio.run(_acall_all(api))
    assert _urls(server) == EXPECTED_PRODUCTION
    hosts = [request.headers["Host"] for request in server.requests]
    assert hosts == ["api.tracksale.co", "api.tracksale.co", "apiv3.track.co", "apiv3.track.co"]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_with_base_url_every_path_goes_there(
    server: FakeServer, make_api: Callable[..., Tracksale], flavour: str
) -> None:
    server.handler = _answer
    api = make_api(base_url=MOCK_BASE_URL)
    if flavour == "sync":
        _call_all(api)
    else:
        asyncio.run(_acall_all(api))
    paths = ["/v2/campaign", "/v2/campaign/1201/draft-lot", "/dispatch", "/dispatch/LT3PZ8W1A"]
    assert _urls(server) == [MOCK_BASE_URL + path for path in paths]
    assert {request.headers["Host"] for request in server.requests} == {"127.0.0.1:8080"}


def test_query_and_authorization_survive_routing(
    server: FakeServer, make_api: Callable[..., Tracksale]
) -> None:
    server.handler = _answer
    list_paged_dispatches.sync(client=make_api().client, start="2026-11-01", page=3, limit=200)
    (request,) = server.requests
    assert request.url.params["start"] == "2026-11-01"
    assert request.url.params["page"] == "3"
    assert request.headers["Authorization"] == f"bearer {TOKEN}"


def test_the_generated_client_is_the_unauthenticated_one(
    make_api: Callable[..., Tracksale],
) -> None:
    client: Any = make_api().client
    assert isinstance(client, Client)
    assert not isinstance(client, AuthenticatedClient)
