"""A small app of another team, written against the installed client only.

The packaging tests copy it into a fresh environment holding the client wheel alone
and type-check it with `mypy --strict`, no overrides: the installed packages must carry
their types (PEP 561), and the app must need no `Any` to use them.
"""

from __future__ import annotations

from tracksale_client import ApiError, Campaign, Customer, NotFoundError, Tracksale
from tracksale_generated.api.campaigns import get_campaign, list_campaigns


def campaign_names(api: Tracksale) -> list[str]:
    """The names of the account's campaigns."""
    campaigns = list_campaigns.sync(client=api.client, start="2026-11-01")
    if campaigns is None or isinstance(campaigns, ApiError):
        return []
    return [campaign.name for campaign in campaigns]


def find_campaign(api: Tracksale, code: int) -> Campaign | None:
    """One campaign, or None when the account has no such code."""
    try:
        found = get_campaign.sync(code, client=api.client)
    except NotFoundError:
        return None
    if found is None or isinstance(found, ApiError) or not found:
        return None
    return found[0]


def answered(api: Tracksale) -> int:
    """How many customers of the paged dispatch report have answered."""
    return sum(
        1 for row in api.iter_paged_dispatches(start="2026-11-01") if row.customer.has_answered
    )


def newcomer(name: str, email: str) -> Customer:
    return Customer(name=name, email=email)


def main() -> None:
    with Tracksale(token="tracksale-mock-token", base_url="http://127.0.0.1:8080") as api:
        print(campaign_names(api), find_campaign(api, 1201), answered(api))
        api.dispatch_in_chunks(1201, [newcomer("Ana", "ana@example.com")])


if __name__ == "__main__":
    main()
