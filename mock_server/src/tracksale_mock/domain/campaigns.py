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

from tracksale_mock.domain.activity import Activity, CampaignActivity
from tracksale_mock.domain.dates import Period, calendar_windows
from tracksale_mock.errors import NotFound
from tracksale_mock.state.model import Campaign, State


def require(state: State, code: int) -> Campaign:
    """The campaign with this code, or NotFound."""
    campaign = state.campaign(code)
    if campaign is None:
        raise NotFound(f"Campaign {code} does not exist.")
    return campaign


def _limits(campaign: Campaign, index: CampaignActivity, now: int) -> dict[str, Any] | None:
    if campaign.dispatch_limits is None:
        return None
    windows = calendar_windows(now)
    result: dict[str, Any] = {}
    for name, window in windows.items():
        limit = getattr(campaign.dispatch_limits, name)
        remaining = None
        if limit is not None:
            remaining = max(0, limit - index.sent(window))
        result[name] = {"limit": limit, "remaining": remaining}
    return result


def view(
    activity: Activity, campaign: Campaign, period: Period, now: int, limits: bool
) -> dict[str, Any]:
    """The `Campaign` body of one campaign (`activity` indexes the same state)."""
    index = activity.campaign(campaign.code)
    counts = index.counts(period)
    body: dict[str, Any] = {
        "name": campaign.name,
        "code": campaign.code,
        "description": campaign.description,
        "detractors": counts.detractors,
        "passives": counts.passives,
        "promoters": counts.promoters,
        "dispatches": index.sent(period),
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


def listing(
    state: State, activity: Activity, period: Period, now: int, limits: bool
) -> list[dict[str, Any]]:
    """Every campaign, oldest first (`activity` indexes `state`)."""
    ordered = sorted(state.campaigns, key=lambda c: (c.create_time, c.code))
    return [view(activity, c, period, now, limits) for c in ordered]
