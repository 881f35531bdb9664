"""Locate, load and validate the hand-authored OpenAPI documents."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

from tracksale_contract._combine import combine


def _openapi_dir() -> Path:
    """The folder holding the YAML documents: inside an installed wheel, or `openapi/`
    of a checkout (this file is `openapi/src/tracksale_contract/_documents.py`)."""
    packaged = Path(__file__).parent / "documents"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2]


#: The operations of `https://api.tracksale.co` (and every shared component).
SPEC_PATH = _openapi_dir() / "tracksale.yaml"
#: The paged dispatch report of `https://apiv3.track.co`; it references `SPEC_PATH`.
V3_SPEC_PATH = _openapi_dir() / "tracksale-v3.yaml"
MOCK_ADMIN_SPEC_PATH = _openapi_dir() / "mock-admin.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _load_cached(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return data


@functools.cache
def _whole_cached(v2_path: Path, v3_path: Path) -> dict[str, Any]:
    return combine(_load_cached(v2_path), _load_cached(v3_path))


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """A fresh copy of one document as written (references kept), or, without
    `path`, of the whole API: both documents joined (`_combine`), local references only."""
    if path is None:
        return copy.deepcopy(_whole_cached(SPEC_PATH, V3_SPEC_PATH))
    return copy.deepcopy(_load_cached(path))


def write_whole(target: Path) -> Path:
    """Write the whole API as one YAML document (for tools that read one file)."""
    text = yaml.safe_dump(load_spec(), sort_keys=False, allow_unicode=True, width=100)
    target.write_text(text, encoding="utf-8")
    return target


@functools.cache
def _resolved_cached(path: Path | None) -> dict[str, Any]:
    from prance import ResolvingParser

    options: dict[str, Any] = {"backend": "openapi-spec-validator", "strict": True, "lazy": False}
    if path is None:
        whole = yaml.safe_dump(load_spec(), sort_keys=False, allow_unicode=True)
        parser = ResolvingParser(spec_string=whole, **options)
    else:
        parser = ResolvingParser(str(path), **options)
    spec = parser.specification
    assert isinstance(spec, dict)
    return spec


def load_resolved(path: Path | None = None) -> dict[str, Any]:
    """One document, or without `path` the whole API, validated by prance and
    openapi-spec-validator, references resolved."""
    return copy.deepcopy(_resolved_cached(path))


def inline_refs(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of a document whose local `$ref`s are replaced by what they point to.

    Cheap and dependency-free, for run-time use (the mock server); it does not
    validate. The document has no recursive schemas, so the result is finite.
    """

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                target: Any = spec
                for part in ref[2:].split("/"):
                    target = target[part.replace("~1", "/").replace("~0", "~")]
                return resolve(target)
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    resolved: dict[str, Any] = resolve(spec)
    return resolved


def validate(path: Path | None = None) -> None:
    """Raise prance's ValidationError when the document is not valid OpenAPI 3.0;
    without `path`, check both documents and the whole API they make."""
    if path is not None:
        _resolved_cached(path)
        return
    for document in (SPEC_PATH, V3_SPEC_PATH, None):
        _resolved_cached(document)


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Map each operationId to its (METHOD, path)."""
    found: dict[str, tuple[str, str]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is not None:
                found[operation["operationId"]] = (method.upper(), path)
    return found
