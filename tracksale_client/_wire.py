"""The one place where the resource methods' natural values become the wire format.

The generated resource classes take ``bool`` flags, ``date``/``datetime`` dates, iterables
of campaign codes and ``int`` campaign codes, with ``None`` for "leave it out". This module
converts each argument to what the generated operation function (or body model) declares,
reading that declaration once per function and caching the converters:

* a flag (``Flag``): ``True`` -> ``"1"``, ``False``/``None`` -> left out;
* text (``str``): a ``date`` -> ``YYYY-MM-DD``, a naive ``datetime`` ->
  ``YYYY-MM-DDTHH:mm:ss`` (the account's local time; aware ones are refused), an ``int``
  -> its digits, an iterable of ints -> ``"1201,1202"``, a ``str`` as it is;
* a number (``int``): a ``datetime`` -> Unix seconds (naive ones in this machine's zone);
* anything else as it is; ``None`` -> left out (``UNSET``) everywhere.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cache
from typing import Any

import attrs

from tracksale_generated.models.flag import Flag
from tracksale_generated.types import UNSET, Unset

Converter = Callable[[Any], Any]
_FLAG_VALUES = frozenset(typing.get_args(Flag))


def _flag(value: Any) -> Any:
    if value is None or value is False:
        return UNSET
    if value is True:
        return "1"
    return value  # already a wire value ("1", "true", ...)


def _text(value: Any) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ValueError("the API takes the account's local time: pass a naive datetime")
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Iterable):
        return ",".join(str(_code(item)) for item in value)
    raise TypeError(f"cannot send a {type(value).__name__} as text")


def _code(item: Any) -> int:
    if isinstance(item, bool) or not isinstance(item, int):
        raise TypeError(f"campaign codes are ints, got {item!r}")
    return item


def _number(value: Any) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, datetime):
        return int(value.timestamp())
    return value


def _as_is(value: Any) -> Any:
    return UNSET if value is None else value


def _members(hint: Any) -> set[Any]:
    """The members of a union (``X | Unset``, ``Optional``...) or the type itself."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return {member for arg in typing.get_args(hint) for member in _members(arg)}
    return {hint}


def converter_for(hint: Any, name: str = "") -> Converter:
    """The converter for a parameter or field ``name`` declared as ``hint``."""
    members = _members(hint) - {Unset, type(None)}
    literals = {v for m in members if typing.get_origin(m) is typing.Literal for v in m.__args__}
    if literals and literals <= _FLAG_VALUES:
        return _flag
    if {int, str} <= members:
        # The contract's tolerances (`UnixTimeInput`, `CampaignCodeInput`): send what
        # the documentation shows, Unix times as integers and campaign codes as text.
        return _text if name == "campaign_code" else _number
    if str in members:
        return _text
    if int in members:
        return _number
    return _as_is


@cache
def function_converters(function: Callable[..., Any]) -> tuple[tuple[str, Converter], ...]:
    """``(name, converter)`` for each parameter of a generated operation function, in order."""
    hints = typing.get_type_hints(function)
    names = inspect.signature(function).parameters
    return tuple((name, converter_for(hints[name], name)) for name in names if name in hints)


_model_converters: dict[type[Any], dict[str, Converter]] = {}


def model_converters(model: type[Any]) -> dict[str, Converter]:
    """A converter per field of a generated request model, by its Python name (cached)."""
    converters = _model_converters.get(model)
    if converters is None:
        attrs.resolve_types(model)
        fields = attrs.fields(model)
        converters = {f.alias: converter_for(f.type, f.alias) for f in fields if f.init}
        _model_converters[model] = converters
    return converters


def build_body(model: type[Any], values: dict[str, Any]) -> Any:
    """A ``model`` instance from natural field values (``None``: field left out)."""
    converters = model_converters(model)
    return model(**{name: converters[name](value) for name, value in values.items()})


def operation_arguments(
    get_kwargs: Callable[..., Any], path: tuple[Any, ...], query: dict[str, Any]
) -> tuple[list[Any], dict[str, Any]]:
    """The positional (path) and keyword (query) arguments of ``get_kwargs``, converted."""
    converters = function_converters(get_kwargs)
    positional = [convert(value) for (_, convert), value in zip(converters, path, strict=False)]
    by_name = dict(converters)
    keywords = {name: by_name[name](value) for name, value in query.items()}
    return positional, keywords
