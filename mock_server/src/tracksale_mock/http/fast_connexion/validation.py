"""connexion's request and response validation with the per-request set-up moved to start-up.

connexion 3.3 validates exactly as the document says, but rebuilds its tools on every
request: a URI parser, a `ParameterValidator`, a deep copy of each parameter and a
jsonschema validator per parameter, a body validator and its schema validator, and a
media-type table. The classes here keep the same checks and the same errors, and build
each of those once:

* `VALIDATOR_MAP` (for `validator_map=`) holds validators that compile each schema
  once and reuse it. A parameter error also names the parameter:
  `0 is less than the minimum of 1 (query parameter 'limit')`.
* `PreparedRequestValidationMiddleware` replaces connexion's
  `RequestValidationMiddleware`; each operation keeps its URI parser, parameter
  validator and accepted media types from start-up on.
"""

from __future__ import annotations

import collections
import contextvars
import json
import threading
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread
from connexion import utils
from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem, UnsupportedMediaTypeProblem
from connexion.json_schema import Draft4RequestValidator, Draft4ResponseValidator
from connexion.middleware.request_validation import (
    RequestValidationAPI,
    RequestValidationMiddleware,
    RequestValidationOperation,
)
from connexion.operations import AbstractOperation
from connexion.utils import is_null, is_nullable
from connexion.validators import (
    FormDataValidator,
    JSONRequestBodyValidator,
    JSONResponseBodyValidator,
    MultiPartFormDataValidator,
    ParameterValidator,
    TextResponseBodyValidator,
)
from jsonschema import Draft4Validator, ValidationError  # type: ignore[import-untyped]
from starlette.types import ASGIApp, Receive, Scope, Send

from tracksale_mock.http import json_limits

_FORMATS = Draft4Validator.FORMAT_CHECKER
_CACHE_LIMIT = 4096


class _CompiledSchemas:
    """jsonschema validators by schema object, built once each.

    Keyed by the schema dict's identity (connexion hands out the same dicts on every
    request); the entry keeps the dict alive, so an id is never reused while cached.
    The cache is emptied when it grows past a bound, so building many apps in one
    process (tests) cannot make it grow without end.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[int, type], tuple[object, Any]] = {}
        self._lock = threading.Lock()

    def get(self, schema: dict[str, Any], kind: type) -> Any:
        key = (id(schema), kind)
        entry = self._entries.get(key)
        if entry is not None and entry[0] is schema:
            return entry[1]
        compiled = kind(schema, format_checker=_FORMATS)
        with self._lock:
            if len(self._entries) >= _CACHE_LIMIT:
                self._entries.clear()
            self._entries[key] = (schema, compiled)
        return compiled


COMPILED = _CompiledSchemas()


class CompiledParameterValidator(ParameterValidator):  # type: ignore[misc]
    """`ParameterValidator` with each parameter's schema compiled once.

    An operation whose parameters are all optional query parameters has nothing to
    check in a request without a query string (no value to validate, none missing,
    none extra): such requests skip the walk through the parameters.
    """

    def __init__(
        self,
        parameters: list[dict[str, Any]],
        uri_parser: Any,
        strict_validation: bool = False,
        security_query_params: list[str] | None = None,
    ) -> None:
        super().__init__(
            parameters,
            uri_parser=uri_parser,
            strict_validation=strict_validation,
            security_query_params=security_query_params,
        )
        # connexion 3.3 appends the path-level parameters to the operation's own list
        # for each middleware that reads the operation, so the same parameter objects
        # appear several times; checking one object once is the same check.
        unique = list({id(p): p for p in parameters}.values())
        self.parameters = collections.defaultdict(list)
        for p in unique:
            self.parameters[p["in"]].append(p)
        self._optional_query_only = all(
            p["in"] == "query" and not p.get("required") for p in unique
        )

    def validate(self, scope: Scope) -> None:
        if self._optional_query_only and not scope.get("query_string"):
            return
        super().validate(scope)

    def validate_parameter(
        self,
        parameter_type: str,
        value: Any,
        param: dict[str, Any],
        param_name: str | None = None,
    ) -> str | None:
        if is_nullable(param) and is_null(value):
            return None
        if value is not None:
            validator = COMPILED.get(param.get("schema", param), Draft4Validator)
            try:
                validator.validate(value)
            except ValidationError as error:
                return f"{error.message} ({parameter_type} parameter '{param.get('name')}')"
            return None
        if param.get("required"):
            return f"Missing {parameter_type} parameter '{param['name']}'"
        return None


# Request bodies from this many characters on are parsed and checked in a thread.
_LARGE_BODY = 16_384
# The body this request's `_parse` has already checked (in the request's context).
_VALIDATED: contextvars.ContextVar[Any] = contextvars.ContextVar("validated_body", default=None)


class CompiledJSONRequestBodyValidator(JSONRequestBodyValidator):  # type: ignore[misc]
    """`JSONRequestBodyValidator` with its schema compiled once, reading the body
    within the limits of `json_limits` (400 beyond them, never a crash)."""

    @property
    def _validator(self) -> Any:
        return COMPILED.get(self._schema, Draft4RequestValidator)

    async def _parse(self, stream: AsyncIterator[bytes], scope: Scope) -> Any:
        body = b"".join([chunk async for chunk in stream]).decode(self._encoding)
        if not body:
            return None
        if len(body) < _LARGE_BODY:
            return self._load(body)
        # A bulk body (500 answers or customers) takes tens of milliseconds to parse
        # and check: in a worker thread, the event loop serves other requests meanwhile
        # (connexion's own `_validate` call then finds it done).
        parsed = await anyio.to_thread.run_sync(self._load_and_validate, body)
        _VALIDATED.set(parsed)
        return parsed

    def _load(self, body: str) -> Any:
        try:
            return json_limits.load(body)
        except json.JSONDecodeError as error:
            raise BadRequestProblem(detail=str(error)) from None
        except json_limits.JsonLimitError as error:
            raise BadRequestProblem(detail=str(error)) from None

    def _load_and_validate(self, body: str) -> Any:
        parsed = self._load(body)
        if parsed is not None or not self._nullable:
            self._validate(parsed)
        return parsed

    def _validate(self, body: Any) -> dict[str, Any] | None:
        if body is not None and _VALIDATED.get() is body:
            _VALIDATED.set(None)
            return None
        result: dict[str, Any] | None = super()._validate(body)
        return result


class CompiledJSONResponseBodyValidator(JSONResponseBodyValidator):  # type: ignore[misc]
    """`JSONResponseBodyValidator` with its schema compiled once."""

    @property
    def validator(self) -> Any:
        return COMPILED.get(self._schema, Draft4ResponseValidator)


class CompiledTextResponseBodyValidator(
    TextResponseBodyValidator,  # type: ignore[misc]
    CompiledJSONResponseBodyValidator,
):
    """`TextResponseBodyValidator` with its schema compiled once."""


VALIDATOR_MAP: dict[str, Any] = {
    "parameter": CompiledParameterValidator,
    "body": MediaTypeDict(
        {
            "*/*json": CompiledJSONRequestBodyValidator,
            "application/x-www-form-urlencoded": FormDataValidator,
            "multipart/form-data": MultiPartFormDataValidator,
        }
    ),
    "response": MediaTypeDict(
        {
            "*/*json": CompiledJSONResponseBodyValidator,
            "text/plain": CompiledTextResponseBodyValidator,
        }
    ),
}


class PreparedRequestValidationOperation(RequestValidationOperation):  # type: ignore[misc]
    """connexion's request validation of one operation, its tools built at start-up.

    `__call__` follows `RequestValidationOperation.__call__` of connexion 3.3 step by
    step; only what depends on the operation alone moved to `__init__`.
    """

    def __init__(
        self,
        next_app: ASGIApp,
        *,
        operation: AbstractOperation,
        strict_validation: bool = False,
        validator_map: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            next_app,
            operation=operation,
            strict_validation=strict_validation,
            validator_map=validator_map,
        )
        uri_parser = operation.uri_parser_class(operation.parameters, operation.body_definition())
        self._uri_parser = uri_parser
        self._parameter_validator = self._validator_map["parameter"](
            operation.parameters,
            uri_parser=uri_parser,
            strict_validation=strict_validation,
            security_query_params=self.security_query_params,
        )
        consumes = operation.consumes
        self._consumes = MediaTypeDict([(c.lower(), None) for c in consumes]) if consumes else None
        self._has_body = bool(operation.request_body)
        self._body_required = operation.request_body.get("required", False)
        self._bodies: dict[str, tuple[dict[str, Any], bool, Any]] = {}
        self._accepted: dict[str, bool] = {}

    def _body(self, mime_type: str) -> tuple[dict[str, Any], bool, Any]:
        """The body schema, whether it is nullable and the body validator class for a
        media type (connexion builds a media-type table for each of these look-ups)."""
        found = self._bodies.get(mime_type)
        if found is None:
            body_validators = self._validator_map["body"]
            found = (
                self._operation.body_schema(mime_type),
                utils.is_nullable(self._operation.body_definition(mime_type)),
                body_validators.get(mime_type),
            )
            if len(self._bodies) < 64:  # media types come from requests: keep a few
                self._bodies[mime_type] = found
        return found

    def validate_mime_type(self, mime_type: str) -> None:
        if self._consumes is None:
            return
        accepted = self._accepted.get(mime_type)
        if accepted is None:
            accepted = mime_type.lower() in self._consumes
            if len(self._accepted) < 64:
                self._accepted[mime_type] = accepted
        if not accepted:
            raise UnsupportedMediaTypeProblem(
                detail=f"Invalid Content-type ({mime_type}), expected {self._operation.consumes}"
            )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self._parameter_validator.validate(scope)
        if not self._has_body:
            # Without a request body the operation accepts no media type (so checks
            # none) and has no body schema: the content type does not matter.
            await self.next_app(scope, receive, send)
            return
        mime_type, encoding = self.extract_content_type(scope["headers"])
        self.validate_mime_type(mime_type)
        schema, nullable, body_validator = self._body(mime_type)
        # Without a validator for the media type connexion skips validation (and logs).
        if schema and body_validator is not None:
            validator = body_validator(
                schema=schema,
                required=self._body_required,
                nullable=nullable,
                encoding=encoding,
                strict_validation=self.strict_validation,
                uri_parser=self._uri_parser,
            )
            receive, scope = await validator.wrap_receive(receive, scope=scope)
        await self.next_app(scope, receive, send)


class PreparedRequestValidationAPI(RequestValidationAPI):  # type: ignore[misc]
    """Builds `PreparedRequestValidationOperation`s."""

    def make_operation(self, operation: AbstractOperation) -> PreparedRequestValidationOperation:
        return PreparedRequestValidationOperation(
            self.next_app,
            operation=operation,
            strict_validation=self.strict_validation,
            validator_map=self.validator_map,
        )


class PreparedRequestValidationMiddleware(RequestValidationMiddleware):  # type: ignore[misc]
    """connexion's `RequestValidationMiddleware` with prepared operations."""

    api_cls = PreparedRequestValidationAPI
