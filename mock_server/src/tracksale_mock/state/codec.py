"""Plain dataclass trees to and from JSON-able data, and fast deep copies.

Supported member types: int, str, bool, Literal of strings, nested dataclasses,
lists of these, and `X | None`. Decoding is strict: unknown keys, missing required
keys and wrong types raise ValueError naming the place.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, Literal, TypeVar, get_args, get_origin

T = TypeVar("T")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(kind: Any, value: object, where: str) -> Any:
    """`value` checked against the type `kind`, with dataclasses built from dicts."""
    origin = get_origin(kind)
    if origin is Literal:
        if value not in get_args(kind):
            raise ValueError(f"{where}: {value!r} is not one of {list(get_args(kind))}")
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in get_args(kind):
            return None
        (inner,) = [a for a in get_args(kind) if a is not type(None)]
        return decode(inner, value, where)
    if origin is list:
        if not isinstance(value, list):
            raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
        (item,) = get_args(kind)
        return [decode(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, value, where)
    expected = {bool: bool, int: int, str: str}.get(kind)
    if expected is None:
        raise TypeError(f"{where}: unsupported type {kind!r}")
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise ValueError(f"{where}: expected {expected.__name__}, got {value!r}")
    return value


def _decode_dataclass(cls: type[T], value: object, where: str) -> T:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object, got {type(value).__name__}")
    assert dataclasses.is_dataclass(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise ValueError(f"{where}: unknown keys {unknown}")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for name, spec in fields.items():
        if name in value:
            kwargs[name] = decode(hints[name], value[name], f"{where}.{name}")
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise ValueError(f"{where}: missing key {name!r}")
    return cls(**kwargs)


@functools.cache
def _clone_plan(cls: type) -> tuple[tuple[str, int], ...]:
    """The members of `cls` that need more than a reference copy: 1 for a dataclass,
    2 for a list of dataclasses, 3 for a list of plain values."""
    plan = []
    for name, hint in _hints(cls).items():
        inner = hint
        if get_origin(hint) in (typing.Union, types.UnionType):
            (inner,) = [a for a in get_args(hint) if a is not type(None)]
        if get_origin(inner) is list:
            (item,) = get_args(inner)
            plan.append((name, 2 if dataclasses.is_dataclass(item) else 3))
        elif dataclasses.is_dataclass(inner):
            plan.append((name, 1))
    return tuple(plan)


def clone(obj: Any) -> Any:
    """Copy a tree of dataclasses, lists and immutable leaves."""
    members = obj.__dict__.copy()
    kind_of: type = type(obj)
    for name, kind in _clone_plan(kind_of):
        value = members[name]
        if value is None:
            continue
        if kind == 1:
            members[name] = clone(value)
        elif kind == 2:
            members[name] = [clone(item) for item in value]
        else:
            members[name] = list(value)
    copied: Any = object.__new__(kind_of)
    copied.__dict__.update(members)
    return copied


@functools.cache
def _defaults(cls: type) -> dict[str, Any]:
    """The default value of each member of `cls` that has one."""
    found: dict[str, Any] = {}
    for spec in dataclasses.fields(cls):
        if spec.default is not dataclasses.MISSING:
            found[spec.name] = spec.default
        elif spec.default_factory is not dataclasses.MISSING:
            found[spec.name] = spec.default_factory()
    return found


def encode(obj: Any, *, lean: bool = False) -> dict[str, Any]:
    """A dataclass tree as JSON-able dicts; `lean` leaves out default-valued members."""
    kind_of: type = type(obj)
    encoded: dict[str, Any] = obj.__dict__.copy()
    for name, kind in _clone_plan(kind_of):
        value = encoded[name]
        if value is None:
            continue
        if kind == 1:
            encoded[name] = encode(value, lean=lean)
        elif kind == 2:
            encoded[name] = [encode(item, lean=lean) for item in value]
        else:
            encoded[name] = list(value)
    if lean:
        defaults = _defaults(kind_of)
        for name, default in defaults.items():
            if encoded[name] == default:
                del encoded[name]
    return encoded
