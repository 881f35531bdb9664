"""Every model of `generated_client` round-trips whatever its schema in the document allows.

For each component schema the generator turns into something, data is generated from the
schema itself and decoded and re-encoded by the generated code. Generation: the schema is
translated into JSON Schema (below); hypothesis-jsonschema's `from_schema` generates every
leaf value from it, and objects, arrays and unions are composed here from the same
translated schema with Hypothesis's public strategies, because hypothesis-jsonschema 0.23.1
cannot generate objects on the Hypothesis in uv.lock (see "generation" below). Every
generated value is checked against the OpenAPI 3.0 schema as written
(openapi-schema-validator), so neither the translation nor the composition can widen what is
tested. Arrays get at most 2 items and open objects at most 2 generated unknown keys,
holding small JSON values; 25 examples per object component, 40 per union or array site,
derandomized.

* object components (NpsReport's `allOf` included): `Model.from_dict(data).to_dict()` must
  give the data back. Each generated example is checked as generated and in up to four
  variants of it: with an unknown top-level key holding a nested value added (the schemas
  leave `additionalProperties` open; the models keep such keys in `additional_properties`
  and `to_dict()` re-emits them), with unknown keys spelled like the model's Python
  attributes (`type_`, `additional_properties`), with every nullable top-level property set
  to null, and with every optional top-level property left out (variants the schema does
  not allow, such as an empty CanImpactRequest, are skipped). Unknown keys at every depth also come
  from the generation itself, wherever a schema leaves them open.
* the union components: `Justification` (oneOf string | JustificationGroup) and the inline
  `QuestionAnswer.score` (oneOf integer | string) through the model property that holds
  them; `NoteRequest` and `FillEmptyTagsRequest` (anyOf two objects, request bodies only)
  through the operation that sends them: every branch whose schema accepts the value must
  decode it and send it (`_get_kwargs(body=...)["json"]`) back equal, whichever branch
  that is. Every branch must be reached at least once.
* the array components: through each operation that answers with one
  (`_parse_response` of an `httpx.Response` holding the data, then `to_dict()` of every
  item); those only used inside objects (`TagList`, `FillTagList`) through those objects.
* the enum components become `Literal` aliases with a `*_VALUES` set and a `check_*`
  function: these must hold exactly the document's values, and the `check_*` function must
  accept each value and refuse any other.
* the scalar components (`DateOrDateTime`, `UnixTime`, ...) are inlined by the generator
  and have nothing of their own; the meta-tests make sure that stays so.

How values are compared: with `==` (for pytest's diff) and then as canonical JSON
(`json.dumps(..., sort_keys=True)`), which tells `True` from `1` and `1` from `1.0`, and
fails if `to_dict()` returns anything that is not plain JSON data. So:

* dates (`format: date`): the generator decodes them into `datetime.date` (checked, for
  top-level properties) and encodes them with `isoformat()`; only valid dates are generated,
  written `YYYY-MM-DD`, and they must come back as the same string.
* nullables: `null` must come back as `null` and an absent property must stay absent (a
  canonical-JSON comparison of dicts tells the two apart).
* unions: the value must come back equal, whatever branch decoded it.
* unknown keys: kept, with their values, wherever a schema allows them.
* `from_dict` must not change its input.

OpenAPI 3.0 schemas are not JSON Schema: `to_json_schema` below translates them (`nullable`
becomes an `anyOf` with `null`, `format: int32`/`int64` become the bounds they mean, `date`
is kept, annotations are dropped) and refuses any keyword it does not know, so a new
keyword in the document makes this module fail until someone decides how to test it.

The models are found by their schema name in `tracksale_generated.models`, through the
`class_overrides` of `codegen.yaml`. The meta-tests at the end check that every component
schema of the document is covered by one of the tests above, and every export of
`tracksale_generated.models` comes from one, so a new schema cannot be skipped silently;
each parametrized test also asserts that hypothesis ran examples for its case.
"""

from __future__ import annotations

import copy
import datetime
import functools
import importlib
import json
import keyword
import pkgutil
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, Self, cast, get_args

import attrs
import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from openapi_schema_validator import OAS30Validator, OAS31Validator, oas30_format_checker

import tracksale_generated.api
import tracksale_generated.models
from tracksale_contract import inline_refs, load_spec
from tracksale_generated.client import Client

ROOT = Path(__file__).resolve().parents[2]
CODEGEN_CONFIG = ROOT / "codegen.yaml"

# Bounded and reproducible: the same examples on every run, none kept between runs.
# No deadline: what is bounded is the whole module's run time, not one example's.
ROUND_TRIP_SETTINGS = settings(max_examples=25, derandomize=True, database=None, deadline=None)
# Union sites and array responses: fewer cases, more examples each so every branch shows up.
SITE_SETTINGS = settings(max_examples=40, derandomize=True, database=None, deadline=None)

# A key no schema declares, added to every example whose schema leaves extra keys open.
UNKNOWN_KEY = "x_roundtrip_unknown"
UNKNOWN_VALUE: Any = {"nested": [1, 2.5, None, True, "ü"], "empty": {}}


# --------------------------------------------------------------------------- the document

SPEC: dict[str, Any] = load_spec()
RAW_SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
SCHEMAS: dict[str, Any] = inline_refs(SPEC)["components"]["schemas"]
REF_PREFIX = "#/components/schemas/"


def ref_name(schema: Any) -> str | None:
    """The component a `{"$ref": ...}` points to, or None."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            return ref[len(REF_PREFIX) :]
    return None


def kind(schema: Mapping[str, Any]) -> str:
    """What the generator makes of a component: object, enum, union, array or scalar."""
    if "enum" in schema:
        return "enum"
    if "oneOf" in schema or "anyOf" in schema:
        return "union"
    if schema.get("type") == "object" or "allOf" in schema or "properties" in schema:
        return "object"
    if schema.get("type") == "array":
        return "array"
    if schema.get("type") in ("string", "integer", "number", "boolean"):
        return "scalar"
    raise AssertionError(f"unclassified component schema: {schema}")


def components_of_kind(wanted: str) -> list[str]:
    return sorted(name for name, schema in RAW_SCHEMAS.items() if kind(schema) == wanted)


def object_parts(schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """The schema and, for `allOf`, the object schemas it combines."""
    yield schema
    for part in schema.get("allOf", []):
        yield from object_parts(part)


def properties_of(schema: Mapping[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in object_parts(schema):
        found.update(part.get("properties", {}))
    return found


def required_of(schema: Mapping[str, Any]) -> set[str]:
    return {name for part in object_parts(schema) for name in part.get("required", [])}


def allows_unknown_keys(schema: Mapping[str, Any]) -> bool:
    return all(part.get("additionalProperties", True) is not False for part in object_parts(schema))


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# ------------------------------------------------------- OpenAPI 3.0 schema -> JSON Schema

# Copied unchanged: they mean the same in OpenAPI 3.0 and JSON Schema draft 7.
_SAME_MEANING = frozenset(
    {
        "type",
        "enum",
        "multipleOf",
        "maximum",
        "minimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "required",
    }
)
# Annotations: they restrict nothing, so they are dropped.
_ANNOTATIONS = frozenset({"description", "example", "title", "default", "deprecated"})
# Integer formats restrict the range; `date` is a JSON Schema format too (RFC 3339 full-date).
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_KEPT_FORMATS = frozenset({"date"})


def to_json_schema(schema: Any) -> Any:
    """Translate an inlined OpenAPI 3.0 schema object into JSON Schema draft 7."""
    if not isinstance(schema, dict):
        raise TypeError(f"not a schema object: {schema!r}")
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _SAME_MEANING:
            out[key] = copy.deepcopy(value)
        elif key in _ANNOTATIONS or key.startswith("x-") or key == "nullable":
            pass
        elif key == "properties":
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in ("items", "not"):
            out[key] = to_json_schema(value)
        elif key == "additionalProperties":
            out[key] = value if isinstance(value, bool) else to_json_schema(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [to_json_schema(sub) for sub in value]
        elif key in ("exclusiveMinimum", "exclusiveMaximum"):
            # OpenAPI 3.0 (like draft 4) flags the bound as exclusive; draft 7 gives the bound.
            pass
        elif key == "format":
            if value in _INTEGER_RANGES:
                low, high = _INTEGER_RANGES[value]
                out["minimum"] = max(low, schema.get("minimum", low))
                out["maximum"] = min(high, schema.get("maximum", high))
            elif value in _KEPT_FORMATS:
                out[key] = value
            else:
                raise NotImplementedError(f"decide how to generate `format: {value}`")
        else:
            raise NotImplementedError(f"no JSON Schema translation for `{key}` in {schema}")
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if schema.get(flag) is True:
            out[flag] = out.pop(bound)
    if schema.get("nullable") is True:
        return {"anyOf": [{"type": "null"}, out]}
    return out


def not_null(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The schema without its own `nullable`: what a model class stands for."""
    return {key: value for key, value in schema.items() if key != "nullable"}


# ------------------------------------------------------------------------- "generation"

# hypothesis-jsonschema generates every leaf value (strings with their pattern, length or
# format, numbers with their bounds, enums, null) from its translated schema. Objects, arrays
# and unions are put together here from the same translated schema, with Hypothesis's public
# strategies, because hypothesis-jsonschema 0.23.1 (its latest release) cannot do them here:
# it builds objects with Hypothesis's private `conjecture.utils.many(...).more()`, which
# Hypothesis 6.170 (what uv.lock holds) removed, so any object schema fails with
# "AttributeError: 'many' object has no attribute 'more'"; and it rebuilds the strategies of
# an object's properties on every draw (~0.7 s per example for AnswersRequest, measured with
# that API patched back in), far over this module's time budget.
#
# Generation is bounded: at most MAX_ITEMS items per array (more when minItems asks for
# more) and MAX_UNKNOWN_KEYS unknown keys per open object, holding small JSON values.
# Each item and each nested object is round-tripped in depth through its own model.
MAX_ITEMS = 2
MAX_UNKNOWN_KEYS = 2
_SCALARS: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
)
UNKNOWN_VALUES: st.SearchStrategy[Any] = st.one_of(
    _SCALARS,
    st.lists(_SCALARS, max_size=3),
    st.dictionaries(st.text(max_size=8), _SCALARS, max_size=3),
)
_OBJECT_KEYWORDS = frozenset(
    {"type", "properties", "required", "additionalProperties", "minProperties", "maxProperties"}
)
_ARRAY_KEYWORDS = frozenset({"type", "items", "minItems", "maxItems"})
_COMPOSITE_KEYWORDS = (_OBJECT_KEYWORDS | _ARRAY_KEYWORDS | {"allOf", "anyOf", "oneOf", "not"}) - {
    "type"
}


def strategy_for(json_schema: Any) -> st.SearchStrategy[Any]:
    """Values valid for a translated schema (every test also re-validates them)."""
    return _strategy(canonical(json_schema))


@functools.cache
def _strategy(key: str) -> st.SearchStrategy[Any]:
    schema: dict[str, Any] = json.loads(key)
    excluded = schema.pop("not", None)
    if excluded is not None:
        # `not: {required: [answer_id]}` keeps a "by filter" body apart from the "by id" one.
        if set(excluded) != {"required"}:
            raise NotImplementedError(f"decide how to generate not: {excluded}")
        names = set(excluded["required"])
        return _strategy(canonical(schema)).filter(lambda value: not names <= set(value))
    if "allOf" in schema:
        return strategy_for(merged_all_of(schema))
    if "anyOf" in schema or "oneOf" in schema:
        return _union(schema)
    if schema.get("type") == "object":
        return _object(schema)
    if schema.get("type") == "array":
        return _array(schema)
    if set(schema) & _COMPOSITE_KEYWORDS:
        raise NotImplementedError(f"decide how to generate {schema}")
    # A leaf. `format: date` comes from hypothesis-jsonschema's `st.dates().map(str)`: valid
    # dates only, written `YYYY-MM-DD`, as `date.isoformat()` writes them back.
    leaf: st.SearchStrategy[Any] = from_schema(schema)
    if schema.get("type") == "number":
        # hypothesis-jsonschema draws only floats for `number`; JSON integers (`50`, as
        # servers send whole percentages) are numbers too, and must not come back as `50.0`.
        whole: st.SearchStrategy[Any] = from_schema({**schema, "type": "integer"})
        leaf = st.one_of(whole, leaf)
    return leaf


def merged_all_of(schema: Mapping[str, Any]) -> dict[str, Any]:
    """An `allOf` of plain objects (NpsReport) as one object, as the generator merges it."""
    parts = schema["allOf"]
    if set(schema) != {"allOf"} or any(
        set(part) - {"type", "properties", "required"} or part.get("type") != "object"
        for part in parts
    ):
        raise NotImplementedError(f"decide how to generate {schema}")
    return {
        "type": "object",
        "properties": {k: v for part in parts for k, v in part.get("properties", {}).items()},
        "required": sorted({k for part in parts for k in part.get("required", [])}),
    }


def _union(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    if set(schema) not in ({"anyOf"}, {"oneOf"}):
        raise NotImplementedError(f"decide how to generate {schema}")
    branches = schema.get("anyOf") or schema["oneOf"]
    values = st.one_of([strategy_for(branch) for branch in branches])
    if "anyOf" in schema:
        return values
    # The translated schemas are plain JSON Schema, which OAS31Validator (2020-12) reads.
    validators = [OAS31Validator(branch) for branch in branches]
    return values.filter(lambda value: sum(v.is_valid(value) for v in validators) == 1)


def _object(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    if set(schema) - _OBJECT_KEYWORDS:
        raise NotImplementedError(f"decide how to generate {schema}")
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    assert required <= set(properties), f"required but undefined: {required - set(properties)}"
    known = st.fixed_dictionaries(
        {name: strategy_for(sub) for name, sub in properties.items() if name in required},
        optional={
            name: strategy_for(sub) for name, sub in properties.items() if name not in required
        },
    )
    additional = schema.get("additionalProperties", True)
    result: st.SearchStrategy[dict[str, Any]] = known
    if additional is not False:
        values = UNKNOWN_VALUES if additional in (True, {}) else strategy_for(additional)
        unknown = st.dictionaries(
            st.text(max_size=12).filter(lambda key: key not in properties),
            values,
            max_size=MAX_UNKNOWN_KEYS,
        )
        result = st.builds(lambda k, u: {**u, **k}, known, unknown)
    low = schema.get("minProperties", 0)
    high = schema.get("maxProperties", len(properties) + MAX_UNKNOWN_KEYS)
    if low or "maxProperties" in schema:
        result = result.filter(lambda value: low <= len(value) <= high)
    return result


def _array(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    if set(schema) - _ARRAY_KEYWORDS or "items" not in schema:
        raise NotImplementedError(f"decide how to generate {schema}")
    low = schema.get("minItems", 0)
    high = min(schema.get("maxItems", MAX_ITEMS), max(MAX_ITEMS, low))
    return st.lists(strategy_for(schema["items"]), min_size=low, max_size=high)


def oas_validator(schema: Mapping[str, Any]) -> OAS30Validator:
    """Validates as the document means it: OpenAPI 3.0 semantics, formats checked."""
    return OAS30Validator(schema, format_checker=oas30_format_checker)


# ------------------------------------------------------------------ the generated client


class Model(Protocol):
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


@functools.cache
def class_overrides() -> dict[str, dict[str, str]]:
    with CODEGEN_CONFIG.open(encoding="utf-8") as handle:
        config = yaml.safe_load(handle)
    overrides: dict[str, dict[str, str]] = config.get("class_overrides") or {}
    return overrides


def generator_name(name: str) -> str:
    """The class name openapi-python-client gives a component before `class_overrides`.

    A nullable object component becomes a union of None and an object class that the
    generator names after the component with a `Type0` suffix.
    """
    schema = RAW_SCHEMAS[name]
    if schema.get("nullable") is True and kind(schema) == "object":
        return f"{name}Type0"
    return name


def class_name(name: str) -> str:
    generated = generator_name(name)
    return class_overrides().get(generated, {}).get("class_name", generated)


def model_class(name: str) -> type[Model]:
    found = getattr(tracksale_generated.models, class_name(name), None)
    assert isinstance(found, type), f"no class {class_name(name)} in tracksale_generated.models"
    return cast(type[Model], found)


@functools.cache
def api_modules() -> dict[str, ModuleType]:
    """The modules of tracksale_generated.api, by module name (the snake_case operationId)."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(tracksale_generated.api.__path__, "tracksale_generated.api."):
        module = importlib.import_module(info.name)
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[1]] = module
    return found


def operation_module(operation_id: str) -> ModuleType:
    modules = api_modules()
    assert snake(operation_id) in modules, f"no module for operation {operation_id}"
    return modules[snake(operation_id)]


def each_operation() -> Iterator[tuple[str, dict[str, Any]]]:
    for item in SPEC["paths"].values():
        for method in ("get", "put", "post", "delete", "patch"):
            if method in item:
                yield item[method]["operationId"], item[method]


def json_schema_of(content_holder: Mapping[str, Any]) -> Any:
    return content_holder.get("content", {}).get("application/json", {}).get("schema")


# ------------------------------------------------------------------------- comparing


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, allow_nan=False)


def assert_same_json(actual: Any, expected: Any, what: str) -> None:
    assert actual == expected, what
    assert canonical(actual) == canonical(expected), f"{what}: JSON types differ"


def round_trip(model: type[Model], data: dict[str, Any]) -> tuple[Model, dict[str, Any]]:
    before = copy.deepcopy(data)
    decoded = model.from_dict(data)
    assert data == before, f"{model.__name__}.from_dict changed its input"
    return decoded, decoded.to_dict()


# ------------------------------------------------------------------- object components


@dataclass(frozen=True)
class ObjectCase:
    name: str
    schema: dict[str, Any]  # OpenAPI 3.0, inlined, without its own `nullable`
    json_schema: dict[str, Any]

    @functools.cached_property
    def strategy(self) -> st.SearchStrategy[Any]:
        return strategy_for(self.json_schema)

    @functools.cached_property
    def validator(self) -> OAS30Validator:
        return oas_validator(self.schema)

    @property
    def properties(self) -> dict[str, Any]:
        return properties_of(self.schema)

    @property
    def required(self) -> set[str]:
        return required_of(self.schema)


@functools.cache
def object_case(name: str) -> ObjectCase:
    schema = not_null(SCHEMAS[name])
    return ObjectCase(name, schema, to_json_schema(schema))


OBJECT_COMPONENTS = components_of_kind("object")


def variants(
    case: ObjectCase, model: type[Model], data: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The example as generated, then the variants the module docstring lists."""
    yield "as generated", data
    if allows_unknown_keys(case.schema):
        assert UNKNOWN_KEY not in case.properties
        yield "with an unknown key", {**data, UNKNOWN_KEY: copy.deepcopy(UNKNOWN_VALUE)}
        # Unknown keys spelled like the model's own attributes (`type_` for `type`,
        # `additional_properties`) are data like any other.
        attributes = {field.name for field in attrs.fields(cast(Any, model))}
        lookalikes = sorted(attributes - set(case.properties))
        assert "additional_properties" in lookalikes
        yield "with unknown keys named like attributes", {**data, **dict.fromkeys(lookalikes, 0)}
    nullable = {key for key, sub in case.properties.items() if sub.get("nullable") is True}
    if nullable:
        yield "nullable properties null", {**data, **dict.fromkeys(nullable)}
    optional = set(case.properties) - case.required
    if optional & set(data):
        yield "optional properties absent", {k: v for k, v in data.items() if k not in optional}


@pytest.mark.parametrize("name", OBJECT_COMPONENTS)
def test_object_component_round_trips(name: str) -> None:
    case = object_case(name)
    model = model_class(name)
    date_properties = [key for key, sub in case.properties.items() if sub.get("format") == "date"]
    examples = 0

    @ROUND_TRIP_SETTINGS
    @given(case.strategy)
    def check(data: Any) -> None:
        nonlocal examples
        examples += 1
        case.validator.validate(data)  # the translation generated data the document allows
        for what, variant in variants(case, model, data):
            if not case.validator.is_valid(variant):
                continue  # e.g. CanImpactRequest (minProperties: 1) with nothing left
            decoded, encoded = round_trip(model, variant)
            assert_same_json(encoded, variant, f"{name} {what}")
            for key in date_properties:
                if key in variant:
                    assert key.isidentifier() and not keyword.iskeyword(key)
                    value = getattr(decoded, key)
                    assert type(value) is datetime.date, f"{name}.{key} decoded as {value!r}"

    check()
    assert examples > 0, f"hypothesis ran no example for {name}"


def test_closed_object_drops_unknown_keys() -> None:
    """`additionalProperties: false` (CanImpactRequest): the model has no
    `additional_properties`, so `from_dict` silently drops unknown keys instead of refusing
    them. The data is invalid for the schema, so this is no round-trip failure; this test
    pins the behaviour so that a change to it is noticed."""
    closed = [name for name in OBJECT_COMPONENTS if not allows_unknown_keys(SCHEMAS[name])]
    assert closed == ["CanImpactRequest"], "a new closed schema: decide what its model owes"
    for name in closed:
        model = model_class(name)
        assert "additional_properties" not in {a.name for a in attrs.fields(cast(Any, model))}
        data = {"email": "a@example.com"}
        assert model.from_dict({**data, UNKNOWN_KEY: 1}).to_dict() == data


# ------------------------------------------------------------------------------ unions


@dataclass(frozen=True)
class UnionSite:
    """Where a union is decoded: a model property, or an operation's request body."""

    union: str  # the component, or Container.property for an inline union
    container: str  # an object component, or an operationId
    prop: str | None  # None for a request body
    in_array: bool
    schema: dict[str, Any]  # the union, OpenAPI 3.0, inlined

    @property
    def id(self) -> str:
        where = f"{self.container}.{self.prop}" if self.prop else f"{self.container} body"
        return f"{self.union} in {where}{'[]' if self.in_array else ''}"

    @property
    def branches(self) -> list[dict[str, Any]]:
        return union_branches(self.schema)


def union_branches(schema: Mapping[str, Any]) -> list[Any]:
    found: list[Any] = schema.get("oneOf", []) + schema.get("anyOf", [])
    return found


def resolve(raw: Any) -> Any:
    """A schema of the document with its `$ref`s to components inlined."""
    name = ref_name(raw)
    if name:
        return SCHEMAS[name]
    if isinstance(raw, dict):
        return {key: resolve(value) for key, value in raw.items()}
    if isinstance(raw, list):
        return [resolve(item) for item in raw]
    return raw


def union_sites() -> list[UnionSite]:
    sites: list[UnionSite] = []
    for container in OBJECT_COMPONENTS:
        for prop, raw in properties_of(RAW_SCHEMAS[container]).items():
            in_array = raw.get("type") == "array"
            target = raw["items"] if in_array else raw
            name = ref_name(target)
            union = RAW_SCHEMAS[name] if name else target
            if name and kind(union) != "union":
                continue
            if not name and not union_branches(union):
                continue
            site = UnionSite(
                name or f"{container}.{prop}", container, prop, in_array, resolve(union)
            )
            sites.append(site)
    for operation_id, operation in each_operation():
        name = ref_name(json_schema_of(operation.get("requestBody", {})))
        if name and kind(RAW_SCHEMAS[name]) == "union":
            sites.append(UnionSite(name, operation_id, None, False, SCHEMAS[name]))
    return sites


UNION_SITES = union_sites()


def branches_accepting(site: UnionSite, value: Any) -> set[int]:
    validators = [oas_validator(branch) for branch in site.branches]
    return {index for index, validator in enumerate(validators) if validator.is_valid(value)}


@pytest.mark.parametrize("site", UNION_SITES, ids=lambda site: site.id)
def test_union_round_trips_whichever_branch_decodes_it(site: UnionSite) -> None:
    values = strategy_for(to_json_schema(site.schema))
    seen: set[int] = set()
    examples = 0

    if site.prop is not None:
        container = object_case(site.container)
        model = model_class(site.container)
        prop = site.prop

        @SITE_SETTINGS
        @given(container.strategy, values)
        def check_in_model(data: Any, value: Any) -> None:
            nonlocal examples
            examples += 1
            accepting = branches_accepting(site, value)
            assert accepting, f"generated {value!r}, which no branch accepts"
            seen.update(accepting)
            data = {**data, prop: [value] if site.in_array else value}
            container.validator.validate(data)
            _, encoded = round_trip(model, data)
            assert_same_json(encoded, data, f"{site.id}: {value!r}")

        check_in_model()
    else:
        module = operation_module(site.container)
        raw_branches = union_branches(RAW_SCHEMAS[site.union])
        branch_models = [model_class(str(ref_name(branch))) for branch in raw_branches]

        @SITE_SETTINGS
        @given(values)
        def check_body(value: Any) -> None:
            nonlocal examples
            examples += 1
            accepting = branches_accepting(site, value)
            assert accepting, f"generated {value!r}, which no branch accepts"
            seen.update(accepting)
            for index in sorted(accepting):
                decoded, encoded = round_trip(branch_models[index], value)
                what = f"{site.id} as {branch_models[index].__name__}"
                assert_same_json(encoded, value, what)
                sent = module._get_kwargs(body=decoded)["json"]
                assert_same_json(sent, value, f"{what}, as sent")

        check_body()
    assert examples > 0, f"hypothesis ran no example for {site.id}"
    assert seen == set(range(len(site.branches))), f"{site.id}: branches reached {seen}"


# ------------------------------------------------------------------------------ arrays


def array_response_sites() -> list[tuple[str, str]]:
    """(array component, operationId) for each operation answering 200 with one."""
    sites = []
    for operation_id, operation in each_operation():
        ok = operation.get("responses", {}).get("200", {})
        name = ref_name(json_schema_of(ok))
        if name and kind(RAW_SCHEMAS[name]) == "array":
            sites.append((name, operation_id))
    return sorted(sites)


ARRAY_RESPONSE_SITES = array_response_sites()


@pytest.mark.parametrize(("array", "operation_id"), ARRAY_RESPONSE_SITES)
def test_array_response_round_trips(array: str, operation_id: str) -> None:
    schema = SCHEMAS[array]
    validator = oas_validator(schema)
    module = operation_module(operation_id)
    client = Client(base_url="https://api.example.invalid")
    examples = 0

    @SITE_SETTINGS
    @given(strategy_for(to_json_schema(schema)))
    def check(data: Any) -> None:
        nonlocal examples
        examples += 1
        validator.validate(data)
        response = httpx.Response(200, json=data)
        parsed = module._parse_response(client=client, response=response)
        assert isinstance(parsed, list), f"{operation_id} parsed {type(parsed).__name__}"
        encoded = [item.to_dict() for item in parsed]
        assert_same_json(encoded, data, f"{array} from {operation_id}")

    check()
    assert examples > 0


def array_property_sites() -> dict[str, set[str]]:
    """For each array component, the object components with a property that is one."""
    found: dict[str, set[str]] = {}
    for container in OBJECT_COMPONENTS:
        for raw in properties_of(RAW_SCHEMAS[container]).values():
            name = ref_name(raw)
            if name and kind(RAW_SCHEMAS[name]) == "array":
                found.setdefault(name, set()).add(container)
    return found


# ------------------------------------------------------------------------------- enums


ENUM_COMPONENTS = components_of_kind("enum")


@pytest.mark.parametrize("name", ENUM_COMPONENTS)
def test_enum_component_is_a_literal_of_its_values(name: str) -> None:
    values = RAW_SCHEMAS[name]["enum"]
    module_name = snake(class_name(name))
    module = importlib.import_module(f"tracksale_generated.models.{module_name}")
    alias = getattr(tracksale_generated.models, class_name(name))
    assert set(get_args(alias)) == set(values)
    assert getattr(module, f"{module_name.upper()}_VALUES") == set(values)
    check = getattr(module, f"check_{module_name}")
    for value in values:
        assert check(value) == value
    with pytest.raises(TypeError):
        check("not-" + "-".join(values))


# -------------------------------------------------------------------------- meta-tests


def test_every_component_schema_is_covered() -> None:
    by_kind: dict[str, set[str]] = {}
    for name, schema in RAW_SCHEMAS.items():
        by_kind.setdefault(kind(schema), set()).add(name)
    assert set(by_kind) <= {"object", "enum", "union", "array", "scalar"}

    # Objects: each one has its model and its own round-trip case.
    assert by_kind["object"] == set(OBJECT_COMPONENTS)
    for name in OBJECT_COMPONENTS:
        assert issubclass(model_class(name), object)
    # Enums: each one is checked as a Literal.
    assert by_kind["enum"] == set(ENUM_COMPONENTS)
    # Unions: each one is decoded somewhere, and tested there.
    assert by_kind["union"] == {site.union for site in UNION_SITES if site.union in RAW_SCHEMAS}
    # Arrays: each one is an operation's answer (tested through it) or a property of an
    # object (tested through that object's round trip).
    reached = {array for array, _ in ARRAY_RESPONSE_SITES} | set(array_property_sites())
    assert by_kind["array"] == reached
    # Scalars: inlined by the generator, nothing of their own to test.
    for name in by_kind["scalar"]:
        assert not hasattr(tracksale_generated.models, class_name(name)), name


def test_every_generated_model_comes_from_a_tested_component() -> None:
    tested = {class_name(name) for name in OBJECT_COMPONENTS + ENUM_COMPONENTS}
    exported = set(tracksale_generated.models.__all__)
    assert exported == tested


def test_every_class_override_names_a_component() -> None:
    used = {generator_name(name) for name in RAW_SCHEMAS}
    stale = set(class_overrides()) - used
    assert not stale, f"class_overrides in codegen.yaml that match no component: {stale}"
