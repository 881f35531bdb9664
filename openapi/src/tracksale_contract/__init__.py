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

__all__ = [
    "MOCK_ADMIN_SPEC_PATH",
    "SPEC_PATH",
    "V3_SPEC_PATH",
    "inline_refs",
    "load_resolved",
    "load_spec",
    "operations",
    "validate",
    "write_whole",
]
