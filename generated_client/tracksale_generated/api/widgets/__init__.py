"""Resource classes of the `widgets` operations (generated; see codegen_templates/)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from ...models import *  # noqa: F403
from ...types import (
    DEFAULT_WINDOW,
    AsyncInvoker,
    CodesInput,
    DateInput,
    Invoker,
    RawResponse,
)
from . import get_widget


class Widgets:
    """The `widgets` operations."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return WidgetsWithRawResponse(self._invoker)

    def get(
        self,
        key: str,
    ) -> Widget:
        """Get a widget.

        Reads a widget by the key shown while customizing it: its name, how often it
        was opened today, this week and this month, and its opening limits.

        Low level: ``get_widget`` (GET ``/v2/widget/{key}``).
        """
        response: RawResponse[Widget] = self._invoker.call(
            get_widget,
            (key,),
            {},
            None,
        )
        return response.parsed


class WidgetsWithRawResponse:
    """The `widgets` operations, each returning the status, headers and request id with the model."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def get(
        self,
        key: str,
    ) -> RawResponse[Widget]:
        """Get a widget.

        Reads a widget by the key shown while customizing it: its name, how often it
        was opened today, this week and this month, and its opening limits.

        Low level: ``get_widget`` (GET ``/v2/widget/{key}``).
        """
        response: RawResponse[Widget] = self._invoker.call(
            get_widget,
            (key,),
            {},
            None,
        )
        return response


class AsyncWidgets:
    """The `widgets` operations (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return AsyncWidgetsWithRawResponse(self._invoker)

    async def get(
        self,
        key: str,
    ) -> Widget:
        """Get a widget.

        Reads a widget by the key shown while customizing it: its name, how often it
        was opened today, this week and this month, and its opening limits.

        Low level: ``get_widget`` (GET ``/v2/widget/{key}``).
        """
        response: RawResponse[Widget] = await self._invoker.call(
            get_widget,
            (key,),
            {},
            None,
        )
        return response.parsed


class AsyncWidgetsWithRawResponse:
    """The `widgets` operations, each returning the status, headers and request id with the model (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get(
        self,
        key: str,
    ) -> RawResponse[Widget]:
        """Get a widget.

        Reads a widget by the key shown while customizing it: its name, how often it
        was opened today, this week and this month, and its opening limits.

        Low level: ``get_widget`` (GET ``/v2/widget/{key}``).
        """
        response: RawResponse[Widget] = await self._invoker.call(
            get_widget,
            (key,),
            {},
            None,
        )
        return response
