"""The pytest plugin's fixtures, used as another project would."""

from __future__ import annotations

from tracksale_client import Tracksale
from tracksale_generated.api.campaigns import list_campaigns
from tracksale_generated.models.campaign import Campaign
from tracksale_mock.serving import RunningMock


def test_the_fixtures_give_a_running_mock_and_a_client(
    tracksale_mock: RunningMock, tracksale_api: Tracksale
) -> None:
    assert tracksale_mock.url.startswith("http://127.0.0.1:")
    campaigns = list_campaigns.sync(client=tracksale_api.client)
    assert isinstance(campaigns, list) and campaigns
    assert all(isinstance(c, Campaign) for c in campaigns)
