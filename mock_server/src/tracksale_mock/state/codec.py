"""Plain dataclass trees to and from JSON-able data, and fast deep copies.

Supported member types: int, str, bool, Literal of strings, nested dataclasses,
lists of these, and `X | None`. Decoding is strict: unknown keys, missing required
keys and wrong types raise ValueError naming the place.

A dataclass is decoded first by a function generated for it (`fast_decoder`): one
pass with exact type tests and no bookkeeping of where it is, fast enough for a
seed of a million answers. When that pass meets anything it does not accept, the
generic decoder takes over for that object, to accept what it would or to name the
place of the problem.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
        try:
            return fast_decoder(kind)(value)
        except NOT_FAST:
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


class _Mismatch(Exception):
    """The fast decoder met something it leaves to the generic one."""


# Whatever the fast decoder raises on an input it does not accept: its own signal,
# a missing key, an unhashable value tested against a Literal.
NOT_FAST = (_Mismatch, KeyError, TypeError)
_EXACT = {bool: "bool", int: "int", str: "str"}


@functools.cache
def fast_decoder(cls: type) -> Callable[[object], Any]:
    """A function that builds `cls` from a dict, or raises one of `NOT_FAST` where
    `decode` would say more (or accept what this one leaves to it)."""
    names: dict[str, Any] = {"cls": cls, "M": _Mismatch}
    lines = ["def decode(value):", "    if type(value) is not dict: raise M"]
    fields = dataclasses.fields(cls)
    names["keys"] = frozenset(f.name for f in fields)
    lines.append("    if not value.keys() <= keys: raise M")
    hints = _hints(cls)
    for number, spec in enumerate(fields):
        target = f"a{number}"
        lines.append(f"    if {spec.name!r} in value:")
        lines.append(f"        v = value[{spec.name!r}]")
        lines += _check_lines(hints[spec.name], "v", target, "        ", names, f"t{number}")
        lines.append("    else:")
        if spec.default is not dataclasses.MISSING:
            names[f"d{number}"] = spec.default
            lines.append(f"        {target} = d{number}")
        elif spec.default_factory is not dataclasses.MISSING:
            names[f"f{number}"] = spec.default_factory
            lines.append(f"        {target} = f{number}()")
        else:
            lines.append("        raise M")
    arguments = ", ".join(f"a{number}" for number in range(len(fields)))
    lines.append(f"    return cls({arguments})")
    exec("\n".join(lines), names)  # code built here from the type hints alone
    decoder: Callable[[object], Any] = names["decode"]
    return decoder


def _check_lines(
    kind: Any, source: str, target: str, indent: str, names: dict[str, Any], tag: str
) -> list[str]:
    """Statements that check `source` against `kind` and set `target` to its value."""
    origin = get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in get_args(kind) if a is not type(None)]
        body = _check_lines(inner, source, target, indent + "    ", names, tag)
        nothing = [f"{indent}if {source} is None:", f"{indent}    {target} = None"]
        return [*nothing, f"{indent}else:", *body]
    if origin is Literal:
        names[tag] = frozenset(get_args(kind))
        return [f"{indent}if {source} not in {tag}: raise M", f"{indent}{target} = {source}"]
    if origin is list:
        (item,) = get_args(kind)
        lines = [f"{indent}if type({source}) is not list: raise M"]
        if isinstance(item, type) and dataclasses.is_dataclass(item):
            names[tag] = fast_decoder(item)
            return [*lines, f"{indent}{target} = [{tag}(x) for x in {source}]"]
        check = _check_lines(item, "x", "x", indent + "    ", names, tag)
        return [*lines, f"{indent}for x in {source}:", *check, f"{indent}{target} = list({source})"]
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        names[tag] = fast_decoder(kind)
        return [f"{indent}{target} = {tag}({source})"]
    exact = _EXACT.get(kind)
    if exact is None:
        raise TypeError(f"unsupported type {kind!r}")
    lines = [f"{indent}if type({source}) is not {exact}: raise M"]
    return lines if source == target else [*lines, f"{indent}{target} = {source}"]


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


_LARGE_TREE = 200_000  # tracked objects: a state of some 20 thousand answers


@contextmanager
def bulk_allocation(*, long_lived: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while a block builds a large tree of new
    objects (a seed, its index): the trees hold no cycles, and each collection the
    block's allocations would set off walks every object made so far (at a million
    answers that is most of the time spent).

    With `long_lived` (a server's state), when the block made a large tree every
    object is then moved out of the collector's reach (`gc.freeze()`): else the first
    collections after the block walk the new tree again, and each full one later
    too. Not for small trees: a freeze also keeps whatever cyclic garbage is waiting
    (a test session that resets its mock before each test would keep it all)."""
    was_enabled = gc.isenabled()
    gc.disable()
    before = gc.get_count()[0]
    try:
        yield
    finally:
        if long_lived and gc.get_count()[0] - before > _LARGE_TREE:
            gc.freeze()
        if was_enabled:
            gc.enable()
