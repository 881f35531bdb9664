"""What came back against what the contract says: drift per operation and JSON path.

jsonschema's errors are sorted into kinds: `missing` (a required member absent),
`unexpected` (a member the contract does not declare), `type`, `nullability` (null
where the contract does not allow it), `enum`, `format`, `constraint` (minimum,
pattern, ...) and `status` (an HTTP status the operation does not document). Array
indices become `[]`, so the same place in every row counts as one finding. Only
enum values are quoted from the answers; other findings name types, never values,
so a report carries no personal data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft4Validator, ValidationError  # type: ignore[import-untyped]

KINDS = (
    "missing",
    "unexpected",
    "type",
    "nullability",
    "enum",
    "format",
    "constraint",
    "status",
)


@dataclass(frozen=True, order=True)
class Drift:
    """One kind of difference at one place of one operation's answers."""

    operation: str
    path: str
    kind: str
    expected: str
    actual: str


def json_type(value: object) -> str:
    """The JSON type name of a decoded value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def json_path(parts: Iterable[str | int]) -> str:
    """`$.a[].b` for the path parts of an instance (indices folded to `[]`)."""
    text = "$"
    for part in parts:
        text += "[]" if isinstance(part, int) else f".{part}"
    return text


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type")
    if declared is None:
        return []
    return list(declared) if isinstance(declared, list) else [declared]


def _branch_type_fits(branch: dict[str, Any], value: object) -> bool:
    types = _types(branch)
    if not types:
        return True
    actual = json_type(value)
    return actual in types or (actual == "integer" and "number" in types)


def _describe(schema: dict[str, Any]) -> str:
    types = _types(schema)
    if types:
        return " | ".join(types)
    options = schema.get("oneOf") or schema.get("anyOf") or []
    return " | ".join(" | ".join(_types(o)) or "schema" for o in options) or "schema"


def classify(operation: str, error: ValidationError) -> list[Drift]:
    """The drift findings of one jsonschema error."""
    path = list(error.absolute_path)
    where = json_path(path)
    keyword = error.validator
    value = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if keyword == "required":
        found = []
        declared = error.validator_value if isinstance(error.validator_value, list) else []
        present = value if isinstance(value, dict) else {}
        for name in declared:
            if name not in present:
                found.append(
                    Drift(operation, json_path([*path, name]), "missing", "required", "absent")
                )
        return found
    if keyword == "additionalProperties":
        declared_names = set(schema.get("properties", {}))
        extra = sorted(set(value) - declared_names) if isinstance(value, dict) else []
        return [
            Drift(
                operation,
                json_path([*path, name]),
                "unexpected",
                "not declared",
                json_type(value[name]),
            )
            for name in extra
        ]
    if keyword == "type":
        expected = _describe(schema)
        kind = "nullability" if value is None else "type"
        return [Drift(operation, where, kind, expected, json_type(value))]
    if keyword == "enum":
        allowed = ", ".join(repr(v) for v in error.validator_value)
        return [Drift(operation, where, "enum", f"one of {allowed}", repr(value))]
    if keyword == "format":
        return [Drift(operation, where, "format", str(error.validator_value), json_type(value))]
    if keyword in ("oneOf", "anyOf"):
        return _classify_choice(operation, error)
    rule = f"{keyword} {error.validator_value!r}"
    return [Drift(operation, where, "constraint", rule, json_type(value))]


def _classify_choice(operation: str, error: ValidationError) -> list[Drift]:
    """A value no branch of a `oneOf`/`anyOf` accepts: the errors of the branch
    whose type fits, or a type finding when none (or several) fit."""
    branches: Sequence[Any] = error.validator_value
    value = error.instance
    fitting = [
        i for i, b in enumerate(branches) if isinstance(b, dict) and _branch_type_fits(b, value)
    ]
    if len(fitting) == 1:
        inner = [e for e in error.context or [] if e.schema_path and e.schema_path[0] == fitting[0]]
        found = [d for e in inner for d in classify(operation, e)]
        if found:
            return found
    where = json_path(list(error.absolute_path))
    expected = _describe(error.schema if isinstance(error.schema, dict) else {})
    kind = "nullability" if value is None else "type"
    return [Drift(operation, where, kind, expected, json_type(value))]


def check_body(operation: str, validator: Draft4Validator, body: object) -> list[Drift]:
    """Every finding in one answer's body (one per error and place)."""
    return [d for e in validator.iter_errors(body) for d in classify(operation, e)]


class DriftTally:
    """Findings counted over all answers, and how many answers each operation gave."""

    def __init__(self) -> None:
        self.counts: Counter[Drift] = Counter()
        self.responses: Counter[str] = Counter()

    def add_response(self, operation: str, findings: Iterable[Drift]) -> None:
        """Count one checked answer and its findings."""
        self.responses[operation] += 1
        self.counts.update(findings)

    @property
    def total(self) -> int:
        """Findings over all answers (each occurrence counted)."""
        return sum(self.counts.values())

    def by_operation(self) -> dict[str, list[tuple[Drift, int]]]:
        """Findings grouped by operation, each sorted by path then kind."""
        grouped: dict[str, list[tuple[Drift, int]]] = {}
        for drift, count in sorted(self.counts.items()):
            grouped.setdefault(drift.operation, []).append((drift, count))
        return grouped
