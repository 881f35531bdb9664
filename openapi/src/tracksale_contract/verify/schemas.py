"""OpenAPI 3.0 response schemas as strict JSON Schema (draft 4) validators.

The document's schemas are OAS 3.0: `nullable` instead of a `null` type, and objects
open to any extra member. To see drift, the conversion makes every object with
declared `properties` closed (an undeclared member is an error), folds `allOf` of
objects into one object, and turns `nullable` into a `null` type or enum value.
"""

from __future__ import annotations

import functools
from typing import Any

from jsonschema import Draft4Validator, FormatChecker  # type: ignore[import-untyped]

from tracksale_contract._documents import inline_refs, load_spec

_INT_RANGES = {"int32": 2**31, "int64": 2**63}

_OAS_ONLY = ("nullable", "example", "discriminator", "readOnly", "writeOnly", "xml", "deprecated")


def _format_checker() -> FormatChecker:
    """jsonschema's checks plus the OAS integer formats (range of a signed integer)."""
    checker = FormatChecker()
    for name, bound in _INT_RANGES.items():

        def check(value: object, bound: int = bound) -> bool:
            if isinstance(value, int) and not isinstance(value, bool):
                return -bound <= value < bound
            return True

        checker.checks(name)(check)
    return checker


def _merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    """One object schema from an `allOf` whose members are all objects."""
    parts = schema["allOf"]
    if not all(isinstance(p, dict) and _is_object(p) for p in parts):
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    merged["type"] = "object"
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in parts:
        properties.update(part.get("properties", {}))
        required.extend(r for r in part.get("required", []) if r not in required)
    merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def to_json_schema(schema: Any) -> Any:
    """A strict draft-4 copy of an OAS 3.0 schema whose `$ref`s are already inlined."""
    if isinstance(schema, list):
        return [to_json_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "allOf" in schema:
        schema = _merge_all_of(schema)
    out = {k: to_json_schema(v) for k, v in schema.items() if k not in _OAS_ONLY}
    if "properties" in schema:
        out["properties"] = {k: to_json_schema(v) for k, v in schema["properties"].items()}
        out.setdefault("additionalProperties", False)
    if schema.get("nullable") is True:
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "type" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


class ResponseSchemas:
    """The validator of each (operationId, HTTP status) the document describes."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = inline_refs(spec if spec is not None else load_spec())
        self._checker = _format_checker()

    def operation(self, operation_id: str) -> tuple[str, dict[str, Any]]:
        """The path template and the operation object of `operation_id`."""
        for path, item in self.spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    if method != "get":
                        raise ValueError(f"{operation_id} is not a read-only operation")
                    return path, operation
        raise KeyError(operation_id)

    def read_only_operations(self) -> list[str]:
        """Every GET operation of the document, in document order."""
        return [
            item["get"]["operationId"]
            for item in self.spec["paths"].values()
            if isinstance(item.get("get"), dict)
        ]

    def documented_statuses(self, operation_id: str) -> list[str]:
        """The response codes the document gives the operation."""
        return list(self.operation(operation_id)[1]["responses"])

    @functools.cache  # noqa: B019 - one instance per run; keeps validators built once
    def validator(self, operation_id: str, status: int) -> Draft4Validator | None:
        """The validator of the JSON body of this answer, or None if undocumented."""
        responses = self.operation(operation_id)[1]["responses"]
        response = responses.get(str(status)) or responses.get("default")
        if response is None:
            return None
        content = response.get("content", {}).get("application/json")
        if content is None or "schema" not in content:
            return None
        return Draft4Validator(to_json_schema(content["schema"]), format_checker=self._checker)
