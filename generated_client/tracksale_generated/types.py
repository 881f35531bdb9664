"""Contains some shared types for properties"""

import datetime
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from types import ModuleType
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field or parameter that is absent (not sent, not received)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# What the resource methods accept; the runtime turns each into the wire format.
DateInput = datetime.date | datetime.datetime | str
"""A day (``date``), a naive local ``datetime``, or the documented ``YYYY-MM-DD[THH:mm:ss]`` text."""
CodesInput = Iterable[int] | str
"""Campaign codes: any iterable of ints (or the comma-separated text the API takes)."""
DEFAULT_WINDOW = datetime.timedelta(days=1)
"""How much of a period a windowed iterator (``x-period-iterator``) asks for at a time."""


@define
class RawResponse(Generic[T]):
    """A successful answer: its status, headers and request id with the parsed model."""

    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    parsed: T
    http_response: Any


class Invoker(Protocol):
    """Sends one operation's request for a resource class and parses the success answer.

    ``operation`` is the generated module (``_get_kwargs`` and ``_build_response``);
    ``path`` holds the path parameters in order, ``query`` the other parameters by
    Python name, ``body`` either a model or ``(model class, field values)``; values are
    the resource method's natural ones (None: absent) and the invoker converts them.
    """

    def call(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        body: Any,
    ) -> RawResponse[Any]: ...

    def pages(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        body: Any,
    ) -> Iterator[Any]:
        """The rows (``data``) of pages 1, 2, ... until one holds fewer than ``limit``."""

    def windows(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        period: tuple[Any, Any],
        window: datetime.timedelta,
        oldest_first: bool,
    ) -> Iterator[Any]:
        """The rows of ``period`` (``start``, ``end``) asked ``window`` by window with ``limit=-1``.

        Newest first (each window's rows as the API gives them, newest window first), or
        the reverse with ``oldest_first``; arguments are checked at the call.
        """


class AsyncInvoker(Protocol):
    """The async twin of ``Invoker``."""

    async def call(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        body: Any,
    ) -> RawResponse[Any]: ...

    def pages(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        body: Any,
    ) -> AsyncIterator[Any]:
        """The async twin of ``Invoker.pages``."""

    def windows(
        self,
        operation: ModuleType,
        path: tuple[Any, ...],
        query: dict[str, Any],
        period: tuple[Any, Any],
        window: datetime.timedelta,
        oldest_first: bool,
    ) -> AsyncIterator[Any]:
        """The async twin of ``Invoker.windows``."""


__all__ = [
    "UNSET",
    "DEFAULT_WINDOW",
    "AsyncInvoker",
    "CodesInput",
    "DateInput",
    "File",
    "FileTypes",
    "Invoker",
    "RawResponse",
    "RequestFiles",
    "Response",
    "Unset",
]
