"""Join the two hand-authored documents into the one document of the whole API.

`tracksale.yaml` describes the operations of `https://api.tracksale.co`;
`tracksale-v3.yaml` the paged dispatch report of `https://apiv3.track.co`, with
its host as top-level `servers` so that generators which ignore path-level
servers still route it. The Python client, the mock and the tests want one
document: the v3 paths join the v2 ones carrying their host as path-level
`servers`, the v3 components join the v2 ones, and every reference from one file
into the other becomes a local one (`$ref`s, and link `operationRef`s, which
become `operationId`s).
"""

from __future__ import annotations

import copy
from typing import Any

V2_FILE = "tracksale.yaml"
V3_FILE = "tracksale-v3.yaml"


def _localize(node: Any) -> Any:
    """A copy of `node` whose `$ref`s into either file are local references."""
    if isinstance(node, dict):
        found = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                for prefix in (f"{V2_FILE}#", f"./{V2_FILE}#", f"{V3_FILE}#", f"./{V3_FILE}#"):
                    if value.startswith(prefix):
                        value = "#" + value[len(prefix) :]
                        break
            found[key] = _localize(value)
        return found
    if isinstance(node, list):
        return [_localize(item) for item in node]
    return node


def _pointer_target(document: dict[str, Any], fragment: str) -> Any:
    """What a URI fragment such as `/paths/~1dispatch~1%7Bcode%7D/get` points to."""
    from urllib.parse import unquote

    node: Any = document
    for part in unquote(fragment).lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _link_operation_ids(v2: dict[str, Any], v3: dict[str, Any]) -> None:
    """Turn the v2 links' `operationRef`s into the v3 document into `operationId`s."""
    for item in v2.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for link in response.get("links", {}).values():
                    ref = link.get("operationRef")
                    if not isinstance(ref, str):
                        continue
                    target_file, _, fragment = ref.partition("#")
                    if target_file.removeprefix("./") != V3_FILE:
                        continue
                    target = _pointer_target(v3, fragment)
                    del link["operationRef"]
                    link["operationId"] = target["operationId"]


def combine(v2: dict[str, Any], v3: dict[str, Any]) -> dict[str, Any]:
    """The whole API in one document (inputs are left unchanged)."""
    whole = copy.deepcopy(v2)
    _link_operation_ids(whole, v3)
    servers = v3["servers"]
    for path, item in v3["paths"].items():
        if path in whole["paths"]:
            raise ValueError(f"{path} is described by both {V2_FILE} and {V3_FILE}")
        whole["paths"][path] = {"servers": copy.deepcopy(servers), **_localize(item)}
    for kind, entries in v3.get("components", {}).items():
        target = whole.setdefault("components", {}).setdefault(kind, {})
        for name, entry in entries.items():
            if name in target:
                if kind == "securitySchemes" and target[name]["type"] == entry["type"]:
                    continue  # the same bearer token, described in both files
                raise ValueError(f"components/{kind}/{name} is in both {V2_FILE} and {V3_FILE}")
            target[name] = _localize(entry)
    return whole
