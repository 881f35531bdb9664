"""Widgets: openings counted over the current calendar day, week and month.

`limit_reached` names the first of daily, weekly and monthly whose limit is set
(above 0) and whose openings reached it, or is null.
"""

from __future__ import annotations

from typing import Any

from tracksale_mock.domain.dates import calendar_windows
from tracksale_mock.errors import NotFound
from tracksale_mock.state.model import State


def widget_view(state: State, key: str, now: int) -> dict[str, Any]:
    """The `Widget` body for this key, or NotFound."""
    widget = next((w for w in state.widgets if w.key == key), None)
    if widget is None:
        raise NotFound(f"Widget {key} does not exist.")
    windows = calendar_windows(now)
    views = {
        name: sum(1 for t in widget.view_times if t in window and t <= now)
        for name, window in windows.items()
    }
    limits = {name: getattr(widget.limits, name) for name in windows}
    reached = next((n for n in windows if limits[n] > 0 and views[n] >= limits[n]), None)
    return {
        "id": widget.id,
        "name": widget.name,
        "views": views,
        "limits": {
            **limits,
            "has_limit": any(limit > 0 for limit in limits.values()),
            "limit_reached": reached,
        },
    }
