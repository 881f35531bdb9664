"""The stores the mock's tests run on: memory and Redis, chosen by TRACKSALE_TEST_STORES.

`TRACKSALE_TEST_STORES=memory` (or `redis`) runs one of them only; by default both,
so the same domain-rule and over-HTTP tests check both stores.
"""

from __future__ import annotations

import os
from uuid import uuid4

import pytest

KNOWN = ("memory", "redis")
STORES = [
    name
    for name in (part.strip() for part in os.environ.get("TRACKSALE_TEST_STORES", "").split(","))
    if name in KNOWN
] or list(KNOWN)

# For tests of the Redis store alone: `pytestmark = NEEDS_REDIS`.
NEEDS_REDIS = pytest.mark.skipif("redis" not in STORES, reason="TRACKSALE_TEST_STORES omits redis")


def fresh_namespace(purpose: str) -> str:
    """A Redis key namespace no other test uses."""
    return f"test-{purpose}-{uuid4().hex[:16]}"
