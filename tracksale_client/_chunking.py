"""Split long customer lists into requests of at most 500, without ever retrying one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

from tracksale_client._errors import ChunkedRequestError, TracksaleError, expect_reply

T = TypeVar("T")
R = TypeVar("R")

MAX_CUSTOMERS_PER_REQUEST = 500


def chunked(items: Iterable[T], size: int = MAX_CUSTOMERS_PER_REQUEST) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one may be shorter)."""
    if size < 1:
        raise ValueError("size must be >= 1")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def check_chunk_size(size: int) -> int:
    """``size`` if the API accepts that many customers in one request."""
    if not 1 <= size <= MAX_CUSTOMERS_PER_REQUEST:
        raise ValueError(f"size must be between 1 and {MAX_CUSTOMERS_PER_REQUEST}")
    return size


def send_chunks(
    items: Iterable[T], size: int, send: Callable[[list[T]], object], kind: type[R]
) -> list[R]:
    """Send each chunk in order; stop at the first failure with a ``ChunkedRequestError``."""
    results: list[R] = []
    accepted = 0
    for chunk in chunked(items, check_chunk_size(size)):
        try:
            results.append(expect_reply(send(chunk), kind))
        except TracksaleError as error:
            raise ChunkedRequestError(error, results=results, accepted_items=accepted) from error
        accepted += len(chunk)
    return results


async def asend_chunks(
    items: Iterable[T], size: int, send: Callable[[list[T]], Awaitable[object]], kind: type[R]
) -> list[R]:
    """Async twin of ``send_chunks``."""
    results: list[R] = []
    accepted = 0
    for chunk in chunked(items, check_chunk_size(size)):
        try:
            results.append(expect_reply(await send(chunk), kind))
        except TracksaleError as error:
            raise ChunkedRequestError(error, results=results, accepted_items=accepted) from error
        accepted += len(chunk)
    return results
