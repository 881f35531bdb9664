"""Decode large JSON bodies into generated models with the cyclic garbage collector paused.

Why pause it: CPython's cyclic GC starts a collection every few hundred new container
objects, and a full (oldest-generation) one each time the surviving containers have
grown by a quarter. Decoding a 10,000-row report creates well over 100,000 dicts,
lists and attrs instances that stay alive while it runs, so a small process runs
several full collections during the decode, each walking the whole, growing result:
they cost more than the parse itself, and they cannot find anything to free.
Pausing is safe because decoding creates no reference cycles (plain JSON values and
models that point only at their children), and reference counting still frees every
object as soon as it is dropped while the collector is off. The new objects are
still examined once: the first allocation after the pause starts a young collection
over all that survive (a large share of what remains of the cost, but one pass
instead of several full ones). For small bodies (a hundred rows) pausing gains
nothing; from about a thousand rows it does.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

M_co = TypeVar("M_co", covariant=True)

_lock = threading.Lock()
_depth = 0
_restore = False


class FromDict(Protocol[M_co]):
    """A generated model class: anything with ``from_dict(mapping) -> model``."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic GC disabled, then put back the state it had.

    The state is restored even when the block raises. Nested and concurrent uses
    (threads) share one pause: the collector comes back, if it was on before the
    first of them, when the last one ends. Keep the block short and free of I/O:
    the pause is process-wide.
    """
    global _depth, _restore
    with _lock:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()


def decode_rows(model: FromDict[M_co], raw: bytes | bytearray | str) -> list[M_co]:
    """Decode a JSON array of objects (e.g. the answer report) into ``model`` instances.

    >>> from tracksale_generated.models import AnswerReportRow
    >>> rows = decode_rows(AnswerReportRow, response.content)  # doctest: +SKIP

    Errors are those of ``json.loads`` and of ``model.from_dict`` (``KeyError`` for a
    missing required key, ...); a body that is not an array raises ``TypeError``. The
    cyclic GC is paused meanwhile, see the module's docstring.
    """
    with gc_paused():
        data = json.loads(raw)
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array, got {type(data).__name__}")
        from_dict = model.from_dict
        rows = [from_dict(item) for item in data]
        del data  # free the parsed dicts now: the collection after the pause skips them
    return rows


def decode_model(model: FromDict[M_co], raw: bytes | bytearray | str) -> M_co:
    """Decode one JSON document (e.g. a page of the paged dispatch report) into ``model``.

    Same errors and the same GC pause as ``decode_rows``.
    """
    with gc_paused():
        return model.from_dict(json.loads(raw))
