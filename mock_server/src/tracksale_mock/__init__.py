"""The Tracksale API v2 mock server: a stateful twin of the API served from its contract.

Layers, from the outside in: `http/` (connexion app, middlewares, errors), `domain/`
(one method per operationId and the rules behind them), `state/` (the model, the
memory store, the clock, the quota), with `shared/` (the same on Redis) and `seed/`
(the starting state). `cli`, `serving` and `pytest_plugin` are the ways to run it.

The names below are imported on first use, so importing this package (as the pytest
plugin does) loads neither connexion nor the server.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracksale_mock.config import MockConfig, RateLimit
    from tracksale_mock.http.app import MockServer, create_app
    from tracksale_mock.serving import RunningMock, start_mock

_EXPORTS = {
    "MockConfig": "tracksale_mock.config",
    "RateLimit": "tracksale_mock.config",
    "MockServer": "tracksale_mock.http.app",
    "create_app": "tracksale_mock.http.app",
    "RunningMock": "tracksale_mock.serving",
    "start_mock": "tracksale_mock.serving",
}

__all__ = ["MockConfig", "MockServer", "RateLimit", "RunningMock", "create_app", "start_mock"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tracksale_mock' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
