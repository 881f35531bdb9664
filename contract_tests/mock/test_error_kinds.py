"""Every error kind the mock can answer with is one the contract's `ErrorKind` names,
so a client that checks the enum can read every error body."""

from __future__ import annotations

import importlib
import pkgutil

import tracksale_mock
from tracksale_contract import load_spec
from tracksale_mock.errors import MockError
from tracksale_mock.http.errors import _KINDS


def _error_classes() -> set[type[MockError]]:
    """MockError and every subclass defined anywhere in the mock's package."""
    for module in pkgutil.walk_packages(tracksale_mock.__path__, "tracksale_mock."):
        importlib.import_module(module.name)
    found: set[type[MockError]] = set()
    todo: list[type[MockError]] = [MockError]
    while todo:
        kind = todo.pop()
        found.add(kind)
        todo += kind.__subclasses__()
    return found


def test_every_kind_the_mock_answers_is_in_the_contract() -> None:
    named = set(load_spec()["components"]["schemas"]["ErrorKind"]["enum"])
    classes = _error_classes()
    assert len(classes) > 3
    kinds = {kind.kind for kind in classes} | set(_KINDS.values())
    assert kinds <= named, kinds - named
    # The 500 kind is among them: a write whose outcome the shared store cannot tell.
    assert "server_error" in kinds
