"""A small app of another team, written against the installed client only.

The packaging tests copy it into a fresh environment holding the client wheel alone
and type-check it with `mypy --strict`, no overrides: the installed packages must carry
their types (PEP 561), and the app must need no `Any` or `isinstance` to use them.
"""

from __future__ import annotations

from datetime import date

from tracksale_client import (
    AsyncTracksale,
    Campaign,
    Customer,
    DispatchResponse,
    NotFoundError,
    ThrottledError,
    Tracksale,
)


def campaign_names(api: Tracksale) -> list[str]:
    """The names of the account's campaigns."""
    return [campaign.name for campaign in api.campaigns.list(start=date(2026, 11, 1))]


def find_campaign(api: Tracksale, code: int) -> Campaign | None:
    """One campaign, or None when the account has no such code."""
    try:
        found = api.campaigns.get(code)
    except NotFoundError:
        return None
    return found[0] if found else None


def answered(api: Tracksale) -> int:
    """How many customers of the paged dispatch report have answered."""
    rows = api.reports.iter_paged_dispatches(start=date(2026, 1, 1))
    return sum(1 for row in rows if row.customer.has_answered)


def invite(api: Tracksale, people: list[tuple[str, str]]) -> list[DispatchResponse]:
    """Dispatch a survey to everyone, 500 a request at most."""
    customers = [Customer(name=name, email=email) for name, email in people]
    return api.dispatch_in_chunks(1201, customers)


def locked(api: Tracksale) -> float | None:
    """How long the mock says to wait when asked to answer as if locked."""
    try:
        api.with_options(headers={"Prefer": "code=405"}).campaigns.list()
    except ThrottledError as error:
        return error.retry_after
    return None


async def count_async(token: str, base_url: str) -> int:
    async with AsyncTracksale(token=token, base_url=base_url) as api:
        return len(await api.campaigns.list())


def main() -> None:
    with Tracksale(token="tracksale-mock-token", base_url="http://127.0.0.1:8080") as api:
        print(campaign_names(api), find_campaign(api, 1201), answered(api), locked(api))
        print(invite(api, [("Ana", "ana@example.com")]))


if __name__ == "__main__":
    main()
