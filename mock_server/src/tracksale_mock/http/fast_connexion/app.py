"""connexion 3.3 with its per-request set-up done once, at start-up.

connexion's behaviour stays as it is; these subclasses only stop it from rebuilding,
on every request, things that depend on the operation alone:

* `PreparedAsyncApp`: connexion decorates the handler anew for every request (a
  `StarletteDecorator`, `inspect.signature` of the handler, the parameter and response
  wrappers). Here each operation decorates its handler once, with connexion's
  decorators barely changed: parameter names are turned into snake_case through a
  cache rather than `inflection`'s regular expressions each time, a body that is not
  a form is not parsed for files, and the documented media types the response is
  matched against are read once.
* `FastJsonifier`: connexion's jsonifier with orjson doing the encoding.
* `bearer_security`: connexion inspects the check function's signature twice per
  request; here once.
* `PrefixedSwaggerUIMiddleware`: connexion's Swagger UI middleware runs every request
  through its router (and the router's trailing-slash retry) before passing it on;
  here a request goes there only when its path starts like one of the UI's routes.
* `MemoizedRoutingMiddleware`: connexion's router matches each request's path
  against every route's regular expression; here the outcome is kept per path.
* `middleware_stack`: connexion's default stack with these classes in place, and the
  mock's own middlewares where `add_middleware` would have put them.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from copy import deepcopy
from typing import Any

from connexion import AsyncApp
from connexion.apps.asynchronous import AsyncApi, AsyncASGIApp, AsyncOperation
from connexion.context import context
from connexion.decorators import StarletteDecorator
from connexion.decorators.parameter import (
    CONTEXT_NAME,
    AsyncParameterDecorator,
    _get_body_argument,
    _get_file_arguments,
    _get_query_defaults,
    _get_val_from_param,
    _query_args_helper,
    pythonic,
    sanitized,
    unwrap_decorators,
)
from connexion.decorators.response import AsyncResponseDecorator
from connexion.exceptions import OAuthProblem, OAuthResponseProblem
from connexion.jsonifier import Jsonifier
from connexion.lifecycle import ConnexionRequest
from connexion.middleware import ConnexionMiddleware
from connexion.middleware.abstract import ROUTING_CONTEXT
from connexion.middleware.exceptions import ExceptionMiddleware
from connexion.middleware.request_validation import RequestValidationMiddleware
from connexion.middleware.routing import RoutingMiddleware
from connexion.middleware.security import SecurityMiddleware
from connexion.middleware.swagger_ui import SwaggerUIMiddleware
from connexion.operations import AbstractOperation, OpenAPIOperation
from connexion.security import NO_VALUE, BearerSecurityHandler
from connexion.utils import deep_merge, inspect_function_arguments
from starlette.routing import BaseRoute, Mount, Router
from starlette.types import ASGIApp, Receive, Scope, Send

from tracksale_mock.http.asgi import header, parse_authorization
from tracksale_mock.http.fast_connexion.validation import PreparedRequestValidationMiddleware

try:
    import orjson
except ImportError:  # pragma: no cover - a dependency; connexion's encoder otherwise
    orjson = None  # type: ignore[assignment]

# Parameter names are the document's: a bounded cache never misses in practice.
_pythonic = functools.lru_cache(maxsize=4096)(pythonic)
_sanitized = functools.lru_cache(maxsize=4096)(sanitized)


async def _files(request: ConnexionRequest) -> Any:
    """`request.files()`, without parsing anything when the body is not a form.

    Starlette parses a form only for `multipart/form-data` and
    `application/x-www-form-urlencoded` bodies and finds no files in any other, so
    for those the answer is known without reading the body.
    """
    content_type = next((v for k, v in request.scope["headers"] if k == b"content-type"), None)
    if content_type is None or b"form" not in content_type.lower():
        return {}
    return await request.files()


class _RequestBodyOf:
    """What connexion's body helpers read of an operation, its look-ups per media type
    kept (connexion builds a media-type table for each `body_schema` call)."""

    def __init__(self, operation: OpenAPIOperation) -> None:
        self._operation = operation
        self.is_request_body_defined = operation.is_request_body_defined
        self._schemas: dict[str | None, dict[str, Any]] = {}

    def body_name(self, content_type: str | None) -> str:
        name: str = self._operation.body_name(content_type)
        return name

    def body_schema(self, content_type: str | None = None) -> dict[str, Any]:
        schema = self._schemas.get(content_type)
        if schema is None:
            schema = self._operation.body_schema(content_type)
            if len(self._schemas) < 64:  # media types come from requests: keep a few
                self._schemas[content_type] = schema
        return schema


class _OperationArguments:
    """connexion 3.3's `prep_kwargs`/`get_arguments` for one OpenAPI operation, with
    what depends on the operation alone (its parameter definitions by name, query
    defaults, body name) worked out once. Each step below names the connexion
    function it follows; the values go through connexion's own helpers."""

    def __init__(
        self,
        operation: OpenAPIOperation,
        arguments: list[str],
        has_kwargs: bool,
        sanitize: Callable[[str], str],
    ) -> None:
        self.operation = _RequestBodyOf(operation)
        self.arguments = arguments
        self.has_kwargs = has_kwargs
        self.sanitize = sanitize
        parameters = operation.parameters
        self.path_definitions = {p["name"]: p for p in parameters if p["in"] == "path"}
        self.query_definitions = {p["name"]: p for p in parameters if p["in"] == "query"}
        self.query_defaults = _get_query_defaults(self.query_definitions)
        self.trace = operation.method.upper() == "TRACE"
        self.has_body = self.operation.is_request_body_defined
        # `_maybe_get_body`: an OpenAPI operation's body name does not depend on the
        # content type (`x-body-name`, else "body").
        self.wants_body = sanitize(operation.body_name(None)) in arguments or has_kwargs

    def body(self, request: ConnexionRequest) -> Any:
        """`_maybe_get_body` (its Swagger 2 form case aside)."""
        return request.get_body() if self.wants_body else None

    def kwargs(self, request: ConnexionRequest, body: Any, files: Any) -> dict[str, Any]:
        """`prep_kwargs` with `get_arguments`."""
        sanitize, arguments, has_kwargs = self.sanitize, self.arguments, self.has_kwargs
        found: dict[str, Any] = {}
        for name, value in request.path_params.items():  # _get_path_arguments
            definition = self.path_definitions.get(name)
            found[sanitize(name)] = (
                value if definition is None else _get_val_from_param(value, definition)
            )
        query = deepcopy(self.query_defaults)
        if request.scope.get("query_string"):  # else the parsed query is {}
            query = deep_merge(query, request.query_params)
        found.update(  # _get_query_arguments
            _query_args_helper(self.query_definitions, query, arguments, has_kwargs, sanitize)
        )
        # Without a request body in the document nor files, neither the body nor the
        # files add anything, whatever the content type.
        if not self.trace and (self.has_body or files):
            content_type = request.mimetype
            found.update(
                _get_body_argument(
                    body,
                    operation=self.operation,
                    arguments=arguments,
                    has_kwargs=has_kwargs,
                    sanitize=sanitize,
                    content_type=content_type,
                )
            )
            schema = self.operation.body_schema(content_type)
            found.update(_get_file_arguments(files, arguments, schema, has_kwargs))
        kwargs = {sanitize(k): v for k, v in found.items()}
        for key, value in context.items():
            if has_kwargs or key in arguments:
                kwargs[key] = value
        if CONTEXT_NAME in arguments:
            kwargs[CONTEXT_NAME] = context
        return kwargs


class _PreparedParameterDecorator(AsyncParameterDecorator):  # type: ignore[misc]
    """connexion's parameter decorator (connexion 3.3's `AsyncParameterDecorator.
    __call__`) for one operation: its arguments prepared (`_OperationArguments`), its
    name conversion cached, and no form parsing for bodies that are not forms."""

    def __init__(
        self, *, framework: Any, pythonic_params: bool, operation: AbstractOperation
    ) -> None:
        super().__init__(framework=framework, pythonic_params=pythonic_params)
        self.sanitize_fn = _pythonic if pythonic_params else _sanitized
        self.operation = operation

    def __call__(self, function: Callable[..., Any]) -> Callable[..., Any]:
        arguments, has_kwargs = inspect_function_arguments(unwrap_decorators(function))
        if not isinstance(self.operation, OpenAPIOperation):
            decorated: Callable[..., Any] = super().__call__(function)
            return decorated
        prepared = _OperationArguments(self.operation, arguments, has_kwargs, self.sanitize_fn)

        @functools.wraps(function)
        async def wrapper(request: ConnexionRequest) -> Any:
            body = prepared.body(request)
            while asyncio.iscoroutine(body):
                body = await body
            return await function(**prepared.kwargs(request, body, await _files(request)))

        return wrapper


class _PreparedResponseDecorator(AsyncResponseDecorator):  # type: ignore[misc]
    """connexion's response decorator with the operation's media types read once."""

    def __init__(self, *, framework: Any, jsonifier: Jsonifier, produces: list[str]) -> None:
        super().__init__(framework=framework, jsonifier=jsonifier)
        self._produces = produces

    def _infer_content_type(self, data: Any, headers: dict[str, str]) -> str | None:
        # connexion's inference, short-cut for what a handler returns here: no headers
        # and one media type (or none) documented.
        produces = self._produces
        if data is not None and not produces:
            produces = ["application/json"]
        if headers or len(produces) > 1:
            inferred: str | None = AsyncResponseDecorator._infer_content_type(data, headers)
            return inferred
        return produces[0] if produces else None


class _PreparedDecorator(StarletteDecorator):  # type: ignore[misc]
    """connexion's Starlette decorator using the prepared parameter and response
    decorators of one operation."""

    def __init__(self, *, operation: AbstractOperation, **options: Any) -> None:
        super().__init__(**options)
        self._operation = operation
        self._produces = list(set(operation.produces))

    def decorate(self, function: Callable[..., Any]) -> Callable[..., Any]:
        # connexion 3.3's `BaseDecorator.decorate`, with the prepared decorators.
        function = self._sync_async_decorator(function)
        function = _PreparedParameterDecorator(
            framework=self.framework,
            pythonic_params=self.pythonic_params,
            operation=self._operation,
        )(function)
        decorated: Callable[..., Any] = _PreparedResponseDecorator(
            framework=self.framework, jsonifier=self.jsonifier, produces=self._produces
        )(function)
        return decorated


class PreparedAsyncOperation(AsyncOperation):  # type: ignore[misc]
    """connexion's `AsyncOperation`, its handler decorated once.

    connexion's version rebuilds the decoration on each call and reads the scope,
    `receive` and the operation's URI parser from its request context; the scope and
    `receive` it reads there are the ones this call gets (the `ContextMiddleware` just
    before sets them), and the URI parser depends on the operation alone.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        jsonifier: Jsonifier,
        operation_id: str,
        pythonic_params: bool,
        *,
        operation: AbstractOperation,
    ) -> None:
        super().__init__(fn, jsonifier, operation_id, pythonic_params)
        decorator = _PreparedDecorator(
            pythonic_params=pythonic_params, jsonifier=jsonifier, operation=operation
        )
        parser_class = operation.uri_parser_class
        self._uri_parser = parser_class(operation.parameters, operation.body_definition())
        self._decorated = decorator.decorate(fn)

    @classmethod
    def from_operation(
        cls, operation: AbstractOperation, *, pythonic_params: bool, jsonifier: Jsonifier
    ) -> PreparedAsyncOperation:
        return cls(
            operation.function,
            jsonifier,
            operation.operation_id,
            pythonic_params,
            operation=operation,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = ConnexionRequest(scope, receive, uri_parser=self._uri_parser)
        response = await self._decorated(request)
        await response(scope, receive, send)


class _PreparedAsyncApi(AsyncApi):  # type: ignore[misc]
    def make_operation(self, operation: AbstractOperation) -> PreparedAsyncOperation:
        return PreparedAsyncOperation.from_operation(
            operation, pythonic_params=self.pythonic_params, jsonifier=self.jsonifier
        )


class _PreparedASGIApp(AsyncASGIApp):  # type: ignore[misc]
    api_cls = _PreparedAsyncApi


class PreparedAsyncApp(AsyncApp):  # type: ignore[misc]
    """`connexion.AsyncApp` whose operations decorate their handlers once."""

    def __init__(self, import_name: str, **options: Any) -> None:
        super().__init__(import_name, **options)
        # The app that calls the handlers; APIs are added to it only when the middleware
        # stack is built (first request), so swapping it now is complete.
        self._middleware_app = _PreparedASGIApp()
        self.middleware.app = self._middleware_app


class FastJsonifier(Jsonifier):  # type: ignore[misc]
    """connexion's jsonifier encoding with orjson, falling back to connexion's own.

    JSON encoding is the largest single cost of a report's answer (30 us for the 2.7 KB
    campaign list here, 70 us for ten answer rows); orjson does it about ten times
    faster. Its output is the same JSON written compactly, with non-ASCII characters as
    UTF-8 rather than `\\u` escapes. What orjson refuses (integers beyond 64 bits,
    non-string keys, decimals) goes to connexion's encoder, as does everything when
    orjson is not installed.
    """

    def dumps(self, data: Any, **kwargs: Any) -> str:
        if orjson is not None and not kwargs:
            try:
                return orjson.dumps(data).decode() + "\n"
            except TypeError:  # orjson.JSONEncodeError
                pass
        encoded: str = super().dumps(data, **kwargs)
        return encoded


def bearer_security(check: Callable[[str], dict[str, Any] | None]) -> type[BearerSecurityHandler]:
    """connexion's bearer handler calling `check(token)`, its signature inspected once.

    The scheme is matched case-insensitively and a token `check` refuses (None) is
    "Provided token is not valid", as with connexion's own handler.
    """

    class CheckedBearer(BearerSecurityHandler):  # type: ignore[misc]
        def _resolve_func(self, security_scheme: dict[str, Any]) -> Callable[..., Any]:
            return check

        @staticmethod
        def get_auth_header_value(request: ConnexionRequest) -> tuple[str | None, Any]:
            # The mock's one parser of the header (`asgi.parse_authorization`), which
            # the throttle uses too, rather than connexion's `split()`.
            value = header(request.scope, b"authorization")
            if not value:
                return None, None
            parsed = parse_authorization(value)
            if parsed is None:
                raise OAuthProblem(detail="Invalid authorization header")
            return parsed

        def _generic_check(self, func: Callable[..., Any], exception_msg: str) -> Any:
            wants_scopes = self._accepts_kwarg(func, self.required_scopes_kw)
            wants_request = self._accepts_kwarg(func, self.request_kw)

            async def wrapper(
                request: ConnexionRequest, *args: Any, required_scopes: Any = None
            ) -> Any:
                kwargs: dict[str, Any] = {}
                if wants_scopes:
                    kwargs[self.required_scopes_kw] = required_scopes
                if wants_request:
                    kwargs[self.request_kw] = request
                token_info = func(*args, **kwargs)
                while asyncio.iscoroutine(token_info):
                    token_info = await token_info
                if token_info is NO_VALUE:
                    return NO_VALUE
                if token_info is None:
                    raise OAuthResponseProblem(detail=exception_msg)
                return token_info

            return wrapper

    return CheckedBearer


def _route_prefixes(routes: Sequence[BaseRoute], base: str = "") -> list[str]:
    """The fixed beginning of every path these routes can serve."""
    prefixes = []
    for route in routes:
        path = base + str(getattr(route, "path", ""))
        if isinstance(route, Mount) and isinstance(route.app, Router):
            # A path the inner router does not serve goes to its default: the next app.
            prefixes += _route_prefixes(route.app.routes, path)
        else:
            # A trailing slash less, for the router's retry with the slash toggled.
            prefixes.append(path.split("{", 1)[0].rstrip("/"))
    return prefixes


class PrefixedSwaggerUIMiddleware(SwaggerUIMiddleware):  # type: ignore[misc]
    """connexion's Swagger UI middleware, skipped for paths none of its routes serves.

    Every route of the UI (spec documents, UI page, static files, per API base path)
    starts with a fixed prefix; a path that starts with none of them would only fall
    through the router (including its trailing-slash retry) to the next app, which is
    where it goes directly. Behind a `root_path` the router decides, as before.
    """

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self._prefixes: tuple[str, ...] = ()

    def add_api(self, *args: Any, **kwargs: Any) -> None:
        super().add_api(*args, **kwargs)
        self._prefixes = tuple(set(_route_prefixes(self.router.routes)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and not scope.get("root_path")
            and not scope["path"].startswith(self._prefixes)
        ):
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


Middleware = Callable[..., ASGIApp]
"""A middleware class, or a `functools.partial` of one: called with the next app."""


_FRESH_ROUTE: ContextVar[tuple[str, str, str] | None] = ContextVar("fresh_route", default=None)


class MemoizedRoutingMiddleware(RoutingMiddleware):  # type: ignore[misc]
    """connexion's routing middleware, remembering where each request path went.

    Starlette's router matches a path against the routes' regular expressions one by
    one, through a mount per API, on every request. Where a request goes depends only
    on its method, path and root path, and the routes are fixed once the app starts:
    so the operation, API base path and path parameters found for a request are kept,
    and a later request with the same method and path goes straight on, with the
    scope the router would have passed (a copy with `path_params` and connexion's
    routing extension). Paths that reached no operation (404, 405, redirects) are not
    kept and go through the router each time; at most `LIMIT` paths are kept.
    """

    LIMIT = 4096

    def __init__(self, app: ASGIApp) -> None:
        self._next_app = app
        self._known: dict[tuple[str, str, str], tuple[str, str, dict[str, Any]]] = {}
        # The operations connexion's router reaches call `self.app`: see what they pass.
        super().__init__(self._routed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._next_app(scope, receive, send)
            return
        key = (scope["method"], scope["path"], scope.get("root_path", ""))
        known = self._known.get(key)
        if known is None:
            fresh = "path_params" not in scope and ROUTING_CONTEXT not in scope.get(
                "extensions", {}
            )
            token = _FRESH_ROUTE.set(key if fresh else None)
            try:
                await super().__call__(scope, receive, send)
            finally:
                _FRESH_ROUTE.reset(token)
            return
        operation_id, base_path, path_params = known
        routed = dict(scope)  # a copy, as `RoutingOperation` passes it on
        routed.setdefault("path_params", {}).update(path_params)
        routing = routed.setdefault("extensions", {}).setdefault(ROUTING_CONTEXT, {})
        routing.update({"api_base_path": base_path, "operation_id": operation_id})
        await self._next_app(routed, receive, send)

    async def _routed(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = _FRESH_ROUTE.get()
        if key is not None and len(self._known) < self.LIMIT:
            _FRESH_ROUTE.set(None)
            routing = scope.get("extensions", {}).get(ROUTING_CONTEXT, {})
            if routing.get("operation_id") is not None:
                self._known[key] = (
                    routing["operation_id"],
                    routing["api_base_path"],
                    dict(scope.get("path_params", {})),
                )
        await self._next_app(scope, receive, send)


def middleware_stack(
    *,
    before_exception: Sequence[Middleware] = (),
    before_security: Sequence[Middleware] = (),
    before_validation: Sequence[Middleware] = (),
) -> list[Middleware]:
    """connexion's default middlewares with the prepared ones in place, and others
    inserted where `add_middleware(position=BEFORE_...)` would put them."""
    replaced: dict[Any, Any] = {
        SwaggerUIMiddleware: PrefixedSwaggerUIMiddleware,
        RoutingMiddleware: MemoizedRoutingMiddleware,
        RequestValidationMiddleware: PreparedRequestValidationMiddleware,
    }
    inserted: dict[Any, Sequence[Middleware]] = {
        ExceptionMiddleware: before_exception,
        SecurityMiddleware: before_security,
        RequestValidationMiddleware: before_validation,
    }
    stack: list[Middleware] = []
    for middleware in ConnexionMiddleware.default_middlewares:
        stack += inserted.get(middleware, ())
        stack.append(replaced.get(middleware, middleware))
    return stack
