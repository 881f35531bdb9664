"""Campaigns with their questions, period counters and sending limits.

Counters of a period: `answers` counts the campaign's answers in it, `comments` those
with a non-empty comment, `promoters`/`passives`/`detractors` the scored ones by class,
and `dispatches` the customers sent the survey in it. `dispatch_limits.remaining` is
the limit minus the customers sent (or scheduled) in the current UTC calendar day,
week (from Monday) or month, never below 0; the mock reports limits but does not
refuse sendings over them.
"""

from __future__ import annotations

from typing import Any

from tracksale_mock.domain.dates import Period, calendar_windows
from tracksale_mock.errors import NotFound
from tracksale_mock.state.index import CampaignIndex, index_of
from tracksale_mock.state.model import Campaign, State


def require(state: State, code: int) -> Campaign:
    """The campaign with this code, or NotFound."""
    campaign = state.campaign(code)
    if campaign is None:
        raise NotFound(f"Campaign {code} does not exist.")
    return campaign


def _limits(campaign: Campaign, index: CampaignIndex, now: int) -> dict[str, Any] | None:
    if campaign.dispatch_limits is None:
        return None
    windows = calendar_windows(now)
    result: dict[str, Any] = {}
    for name, window in windows.items():
        limit = getattr(campaign.dispatch_limits, name)
        remaining = None
        if limit is not None:
            remaining = max(0, limit - index.sent_between(window.start, window.end))
        result[name] = {"limit": limit, "remaining": remaining}
    return result


def view(
    state: State, campaign: Campaign, period: Period, now: int, limits: bool
) -> dict[str, Any]:
    """The `Campaign` body of one campaign."""
    index = index_of(state).campaign(campaign.code)
    counts = index.counts(period.start, period.end)
    body: dict[str, Any] = {
        "name": campaign.name,
        "code": campaign.code,
        "description": campaign.description,
        "detractors": counts.detractors,
        "passives": counts.passives,
        "promoters": counts.promoters,
        "dispatches": index.sent_between(period.start, period.end),
        "comments": counts.comments,
        "answers": counts.answers,
        "main_channel": campaign.main_channel,
        "create_time": campaign.create_time,
        "questions": [
            {
                "id": q.id,
                "type": q.type,
                "title": q.title,
                "question": q.question,
                "secondary": q.secondary,
                "options": list(q.options) if q.type == "Single Choice" else [],
                "optional": q.optional,
            }
            for q in campaign.questions
        ],
    }
    if limits:
        body["dispatch_limits"] = _limits(campaign, index, now)
    return body


def listing(state: State, period: Period, now: int, limits: bool) -> list[dict[str, Any]]:
    """Every campaign, oldest first."""
    ordered = sorted(state.campaigns, key=lambda c: (c.create_time, c.code))
    return [view(state, c, period, now, limits) for c in ordered]
