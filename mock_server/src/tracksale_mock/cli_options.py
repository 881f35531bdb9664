"""The CLI's option machinery: one `add` call per option, help that shows the default,
the environment variable and an example, values parsed with one-line errors."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, NoReturn

ENV = "TRACKSALE_MOCK_"
TRUE = {"1", "true", "yes", "on"}


class _Parser(argparse.ArgumentParser):
    """argparse, but an error is one line (no usage block) with our exit code."""

    def __init__(self, *args: Any, on_error: Callable[[str], NoReturn], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_error = on_error

    def error(self, message: str) -> NoReturn:
        self._on_error(f"{message} (see --help)")


class Options:
    """Builds the parser: `add` one option, with its variable, default and example."""

    def __init__(self, *, on_error: Callable[[str], NoReturn], **parser: Any) -> None:
        self.parser = _Parser(
            on_error=on_error, formatter_class=argparse.RawDescriptionHelpFormatter, **parser
        )
        self.on_error = on_error

    def add(
        self,
        flag: str,
        *,
        env: str,
        help: str,
        default: str | None = None,
        shown_default: str | None = None,
        example: str | None = None,
        parse: Callable[[str], Any] | None = None,
        **argparse_options: Any,
    ) -> None:
        """An option `flag` read from `TRACKSALE_MOCK_{env}` when not given.

        `default` is text, parsed like a given value; `parse` turns text into the value
        and raises ValueError with a message saying what is wrong. With
        `action="append"` the option may be repeated, the variable holds a
        comma-separated list, and given options replace the variable's list.
        """
        variable = ENV + env
        notes = [f"default: {shown_default or default or 'none'}", f"env {variable}"]
        if example:
            notes.append(f"e.g. {example}")
        initial: Any = os.environ.get(variable, default)
        if parse is not None:
            argparse_options["type"] = _typed(parse, variable)
        if argparse_options.get("action") == "append":
            argparse_options["action"] = _AppendReplacingDefault
            initial = self._env_list(initial or "", variable, parse or str)
        self.parser.add_argument(
            flag,
            default=initial,
            help=f"{help} ({'; '.join(notes)})",
            **argparse_options,
        )

    def add_flag(self, flag: str, *, env: str, help: str, **argparse_options: Any) -> None:
        """An on/off option, on when given or when `TRACKSALE_MOCK_{env}` is 1/true/yes/on."""
        variable = ENV + env
        on = os.environ.get(variable, "").strip().lower() in TRUE
        argparse_options.setdefault("action", "store_true")
        default = not on if argparse_options["action"] == "store_false" else on
        self.parser.add_argument(
            flag,
            default=default,
            help=f"{help} (default: off; env {variable}=1)",
            **argparse_options,
        )

    def _env_list(self, text: str, variable: str, parse: Callable[[str], Any]) -> list[Any] | None:
        try:
            values = [parse(item) for item in text.split(",") if item.strip()]
        except ValueError as error:
            self.on_error(f"{variable}: {error}")
        return values or None


class _AppendReplacingDefault(argparse.Action):
    """`append`, except that the first given value replaces the default list."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        current = getattr(namespace, self.dest, None)
        kept = [] if current is None or current is self.default else list(current)
        setattr(namespace, self.dest, [*kept, values])


def _typed(parse: Callable[[str], Any], variable: str) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return parse(text)
        except ValueError as error:
            source = f" (from {variable})" if os.environ.get(variable) == text else ""
            raise argparse.ArgumentTypeError(f"{error}{source}") from None

    return convert


def parse_instant(text: str) -> float:
    """Unix seconds, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (UTC unless an offset is given)."""
    if text.strip().lstrip("-").replace(".", "", 1).isdigit():
        return float(text)
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{text!r} is not Unix seconds or an ISO date/time like 2026-11-26T12:00:00"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def parse_count(low: int, high: int, what: str) -> Callable[[str], int]:
    """A parser of whole numbers from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise ValueError(f"{text!r} is not {what} (a whole number)") from None
        if value < low:
            raise ValueError(f"{what} must be at least {low}, not {value}")
        if value > high:
            raise ValueError(f"{what} must be at most {high}, not {value}")
        return value

    return parse


def redact(url: str) -> str:
    """A store URL without its password."""
    scheme, sep, rest = url.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not at:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{place}" if ":" in credentials else f"{scheme}{sep}***@{place}"
