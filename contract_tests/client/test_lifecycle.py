"""Construction, transports and closing."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from contract_tests.client.conftest import TOKEN, FakeServer
from tracksale_client import Tracksale
from tracksale_generated.api.campaigns import list_campaigns


class SyncOnly(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[])


@pytest.mark.parametrize("token", ["", " padded ", "two\nlines"])
def test_malformed_tokens_are_refused_without_echoing_them(token: str) -> None:
    with pytest.raises(ValueError) as caught:
        Tracksale(token)
    assert token.strip() == "" or token.strip() not in str(caught.value)


def test_a_sync_only_transport_leaves_async_use_unavailable() -> None:
    api = Tracksale(TOKEN, transport=SyncOnly(), pacing=False)
    assert list_campaigns.sync(client=api.client) == []
    with pytest.raises(RuntimeError, match="no async transport"):
        asyncio.run(list_campaigns.asyncio(client=api.client))


def test_context_managers_close_the_pools(server: FakeServer) -> None:
    with Tracksale(TOKEN, transport=server.transport, pacing=False) as api:
        list_campaigns.sync(client=api.client)
    assert api.client.get_httpx_client().is_closed

    async def main() -> Tracksale:
        async with Tracksale(TOKEN, transport=server.transport, pacing=False) as api:
            await list_campaigns.asyncio(client=api.client)
        return api

    closed = asyncio.run(main())
    assert closed.client.get_async_httpx_client().is_closed
    assert closed.client.get_httpx_client().is_closed


def test_the_default_network_transports_are_built_without_sending() -> None:
    api = Tracksale(TOKEN, pacing=False)
    assert repr(api) == (
        "Tracksale(production hosts, pacer=None, retries=RetryPolicy(attempts=3, "
        "backoff=0.5, max_backoff=8.0, max_retry_after=60.0))"
    )
    timeout = api.client.get_httpx_client().timeout
    assert (timeout.connect, timeout.read) == (5.0, 30.0)
    api.close()
