"""The OpenAPI documents of the toolkit, as files and as parsed, validated data."""

from tracksale_contract._documents import (
    MOCK_ADMIN_SPEC_PATH,
    SPEC_PATH,
    V3_SPEC_PATH,
    inline_refs,
    load_resolved,
    load_spec,
    operations,
    validate,
    write_whole,
)
from tracksale_contract._seed_text import seed_text

__all__ = [
    "MOCK_ADMIN_SPEC_PATH",
    "SPEC_PATH",
    "V3_SPEC_PATH",
    "inline_refs",
    "load_resolved",
    "load_spec",
    "operations",
    "seed_text",
    "validate",
    "write_whole",
]
