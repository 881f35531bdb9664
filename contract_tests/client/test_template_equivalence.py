"""The custom model template decodes exactly like openapi-python-client's own.

``generated_client/`` is generated with ``codegen_templates/model.py.jinja``, a faster
``from_dict``. Here the same document is generated again with the stock templates into a
temporary folder (imported as ``stock_generated_client``), and every model must give
the same result with both: the same objects (same classes, field values and leftover
keys, hence the same ``to_dict()``) for the document's examples, and the same exception
type when one key is missing, has the wrong type or the whole input is not an object.

The inputs are every named example of every response, and of every request body,
followed into nested objects: a value is an example of a model wherever the (resolved)
schema at that point is one of the document's components.
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import tracksale_generated.models
from tracksale_contract import load_resolved, write_whole

ROOT = Path(__file__).resolve().parents[2]
STOCK_PACKAGE = "stock_generated_client"

MODEL_NAMES = sorted(
    name
    for name in tracksale_generated.models.__all__
    if attrs.has(getattr(tracksale_generated.models, name))
)

# Values put in place of one key's value, and in place of a whole object.
WRONG_VALUES: list[Any] = [None, 12345, 1.5, "text", True, [], [1], {}, {"x": 1}]
NOT_OBJECTS: list[Any] = [None, 12345, "text", [], [1], [["a", "b"]], ["ab"]]
EXTRA_KEY = "x_undocumented"


def generate_stock_client(parent: Path) -> ModuleType:
    """Generate the document with the stock templates, as ./codegen.sh does otherwise."""
    output = parent / STOCK_PACKAGE
    scripts = sysconfig.get_path("scripts")  # ruff, for the post-hooks of codegen.yaml
    env = {**os.environ, "PATH": os.pathsep.join([scripts, os.environ.get("PATH", "")])}
    command = [sys.executable, "-m", "openapi_python_client", "generate"]
    document = write_whole(parent / "tracksale-whole.yaml")
    command += ["--path", str(document), "--config", str(ROOT / "codegen.yaml")]
    command += ["--meta", "none", "--output-path", str(output)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    spec = importlib.util.spec_from_file_location(
        STOCK_PACKAGE, output / "__init__.py", submodule_search_locations=[str(output)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[STOCK_PACKAGE] = package
    spec.loader.exec_module(package)
    return importlib.import_module(f"{STOCK_PACKAGE}.models")


@pytest.fixture(scope="module")
def stock_models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    try:
        yield generate_stock_client(tmp_path_factory.mktemp("stock"))
    finally:
        for name in [n for n in sys.modules if n.partition(".")[0] == STOCK_PACKAGE]:
            del sys.modules[name]


def _examples() -> dict[str, list[dict[str, Any]]]:
    """Model name -> distinct example objects found for it in the document."""
    spec = load_resolved()
    components = {
        name: schema
        for name, schema in spec["components"]["schemas"].items()
        if name in MODEL_NAMES
    }
    found: dict[str, dict[str, dict[str, Any]]] = {}

    def walk(schema: dict[str, Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, dict):
            for name, component in components.items():
                if component == schema:
                    found.setdefault(name, {})[json.dumps(value, sort_keys=True)] = value
            properties = schema.get("properties", {})
            for key, item in value.items():
                if key in properties:
                    walk(properties[key], item)
            for part in schema.get("allOf", []):
                walk(part, value)
            for part in schema.get("oneOf", []) + schema.get("anyOf", []):
                if set(part.get("required", [])) <= value.keys():
                    walk(part, value)
        elif isinstance(value, list) and "items" in schema:
            for item in value:
                walk(schema["items"], item)

    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            bodies = [
                response.get("content", {}) for response in operation.get("responses", {}).values()
            ]
            bodies.append(operation.get("requestBody", {}).get("content", {}))
            for content in bodies:
                for media in content.values():
                    for example in media.get("examples", {}).values():
                        walk(media["schema"], example["value"])
    return {name: list(values.values()) for name, values in found.items()}


def _inputs(example: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The example, then broken or unusual variants of it, each with a label."""
    yield "as documented", example
    yield "with an undocumented key", {**example, EXTRA_KEY: {"nested": [1, None]}}
    for key in example:
        yield f"without {key!r}", {k: v for k, v in example.items() if k != key}
        for wrong in WRONG_VALUES:
            yield f"{key!r} = {wrong!r}", {**example, key: wrong}
    for value in NOT_OBJECTS:
        yield f"not an object: {value!r}", value


def _shape(value: Any) -> Any:
    """A comparable picture of a decoded value: classes by name, UNSET, values with types."""
    if attrs.has(type(value)):
        fields = {f.name: _shape(getattr(value, f.name)) for f in attrs.fields(type(value))}
        return (type(value).__name__, fields)
    if type(value).__name__ == "Unset":  # each package has its own Unset class
        return "UNSET"
    if isinstance(value, list):
        return [_shape(item) for item in value]
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    return (type(value).__name__, value)


def _outcome(from_dict: Callable[[Mapping[str, Any]], Any], data: Any) -> tuple[Any, ...]:
    try:
        decoded = from_dict(copy.deepcopy(data))
        return ("decoded", _shape(decoded), decoded.to_dict())
    except Exception as error:
        return ("raised", type(error).__name__)


@pytest.fixture(scope="module")
def examples() -> dict[str, list[dict[str, Any]]]:
    return _examples()


def test_the_stock_client_is_generated_with_the_same_models(stock_models: ModuleType) -> None:
    assert sorted(stock_models.__all__) == sorted(tracksale_generated.models.__all__)
    stock_file = Path(str(stock_models.__file__)).parent / "answer_report_row.py"
    committed_file = Path(str(tracksale_generated.models.__file__)).parent / "answer_report_row.py"
    assert "d = dict(src_dict)" in stock_file.read_text()
    assert "d = dict(src_dict)" not in committed_file.read_text(), "custom template not used"


@pytest.mark.parametrize("model_name", MODEL_NAMES)
def test_custom_from_dict_matches_stock(
    stock_models: ModuleType, examples: dict[str, list[dict[str, Any]]], model_name: str
) -> None:
    found = examples.get(model_name)
    assert found, f"{model_name}: no example in openapi/tracksale.yaml reaches this model"
    custom = getattr(tracksale_generated.models, model_name).from_dict
    stock = getattr(stock_models, model_name).from_dict
    assert _outcome(custom, found[0])[0] == "decoded"
    differences = []
    for number, example in enumerate(found):
        for label, data in _inputs(example):
            expected, got = _outcome(stock, data), _outcome(custom, data)
            if expected != got:
                differences.append(
                    f"example {number}, {label}:\n  stock  {expected!r:.400}\n  custom {got!r:.400}"
                )
    assert not differences, f"{len(differences)} differences:\n" + "\n".join(differences[:3])
