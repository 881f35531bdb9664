"""`create_app`: the mock server as a connexion 3 ASGI app built from the contract."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio.to_thread
import connexion
from connexion.exceptions import ResolverError
from connexion.operations import AbstractOperation
from connexion.resolver import Resolution, Resolver

from tracksale_contract import MOCK_ADMIN_SPEC_PATH, inline_refs, load_spec
from tracksale_mock.config import ADMIN_PREFIX, DEFAULT_TOKEN, MockConfig
from tracksale_mock.domain.operations import Operations
from tracksale_mock.http import errors as http_errors
from tracksale_mock.http.admin import AdminOperations
from tracksale_mock.http.docs_page import DocsApi, DocsPageMiddleware
from tracksale_mock.http.fast_connexion.app import (
    FastJsonifier,
    Middleware,
    PreparedAsyncApp,
    bearer_security,
    middleware_stack,
)
from tracksale_mock.http.fast_connexion.validation import VALIDATOR_MAP
from tracksale_mock.http.forcing import ForcedResponses
from tracksale_mock.http.middleware import (
    BodyLimitMiddleware,
    ForcingMiddleware,
    PathLimitMiddleware,
    RequestIdMiddleware,
    ThrottleMiddleware,
)
from tracksale_mock.http.public_url import PublicRedirectMiddleware
from tracksale_mock.seed.load import SEED_PATH, load_seed
from tracksale_mock.shared.backend import shared_backends
from tracksale_mock.shared.request_view import RequestViewMiddleware
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.codec import bulk_allocation
from tracksale_mock.state.model import State
from tracksale_mock.state.store import MemoryStore, Store
from tracksale_mock.state.throttle import Throttle


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


class MethodResolver(Resolver):
    """Resolves operationId `listCampaigns` to `handlers.list_campaigns`; with
    `blocking`, the handlers run in worker threads (they call Redis)."""

    def __init__(self, handlers: object, *, blocking: bool = False) -> None:
        super().__init__()
        self.handlers = handlers
        self.blocking = blocking

    def resolve(self, operation: AbstractOperation) -> Resolution:
        operation_id = operation.operation_id
        method = getattr(self.handlers, _snake(operation_id), None)
        if method is None:
            raise ResolverError(f"the mock has no handler for {operation_id}")
        wrap = _in_thread if self.blocking else _as_coroutine
        return Resolution(wrap(method), operation_id)


def _as_coroutine(method: Callable[..., Any]) -> Callable[..., Any]:
    """Run a quick synchronous handler on the event loop rather than in a thread.

    `functools.wraps` keeps the signature visible, so connexion passes exactly the
    parameters the handler declares.
    """

    @functools.wraps(method)
    async def handler(**kwargs: Any) -> Any:
        return method(**kwargs)

    handler.__signature__ = inspect.signature(method)  # type: ignore[attr-defined]
    return handler


def _in_thread(method: Callable[..., Any]) -> Callable[..., Any]:
    """Run a handler that waits for Redis in a worker thread (with the request's
    context), so a stalled Redis never stalls the event loop."""

    @functools.wraps(method)
    async def handler(**kwargs: Any) -> Any:
        return await anyio.to_thread.run_sync(functools.partial(method, **kwargs))

    handler.__signature__ = inspect.signature(method)  # type: ignore[attr-defined]
    return handler


def _token_check(tokens: frozenset[str]) -> Callable[[str], dict[str, Any] | None]:
    """The bearer check against the configured tokens (connexion matches the scheme
    case-insensitively)."""

    def check(token: str) -> dict[str, Any] | None:
        return {"sub": "mock-user"} if token in tokens else None

    return check


BEARER_SCHEME = "bearerAuth"


def _served_spec(prefilled_token: str | None) -> dict[str, Any]:
    """The document as the mock serves it: one host for everything.

    The docs page replaces the top-level servers with the mock's own URL; the
    path-level servers of the v3 report are dropped too, so Swagger UI's "Try it out"
    reaches the mock rather than production. The bearer scheme says which token to use.
    """
    spec = load_spec()
    for item in spec["paths"].values():
        item.pop("servers", None)
    scheme = spec["components"]["securitySchemes"][BEARER_SCHEME]
    which = (
        f"This page is already authorized with the mock's token `{prefilled_token}`."
        if prefilled_token
        else "Use a token the mock was started with (`--token`)."
    )
    scheme["description"] = (
        f"{scheme['description'].rstrip()}\n\n**On this mock.** {which} In the dialog, "
        "paste the token alone: Swagger UI adds the scheme (a pasted `bearer ` is dropped)."
    )
    return spec


def _load_long_lived(path: Path, clock: MockClock) -> State:
    """`load_seed` for a server, which keeps the state until a reset replaces it."""
    with bulk_allocation(long_lived=True):
        return load_seed(clock, path)


class MockServer:
    """One mock instance: its clock, state, throttle and the ASGI app serving them."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        seed_path = config.seed_file or SEED_PATH
        self.load_seed: Callable[[MockClock], State]
        self.load_seed = functools.partial(_load_long_lived, seed_path)
        self.clock: MockClock
        self.store: Store
        self.throttle: Throttle
        if config.store is None:
            self.clock = MockClock(config.now)
            self.store = MemoryStore(self.load_seed(self.clock), long_lived=True)
            self.throttle = Throttle(config.rate_limit, until_solved=config.captcha_until_solved)
        else:
            shared = shared_backends(config, self.load_seed)
            self.clock, self.store, self.throttle = shared.clock, shared.store, shared.throttle
        self.operations = Operations(self.store, self.clock)
        self.admin = AdminOperations(
            self.store,
            self.clock,
            self.throttle,
            self.load_seed,
            store_kind="memory" if config.store is None else "redis",
        )
        self.app = self._build()

    def _build(self) -> connexion.AsyncApp:
        tokens = frozenset(self.config.tokens)
        # The documented dev token is public; other tokens never appear on a page.
        prefilled = DEFAULT_TOKEN if DEFAULT_TOKEN in tokens else None
        served = _served_spec(prefilled)
        docs = [DocsApi("", "Tracksale API (mock)", served, BEARER_SCHEME)]
        if self.config.admin:
            docs.append(DocsApi(ADMIN_PREFIX, "Mock controls", load_spec(MOCK_ADMIN_SPEC_PATH)))
        public_url = self.config.public_url
        # connexion's default stack with its per-request set-up moved to start-up
        # (fast_connexion, fast_validation), and the mock's middlewares where
        # `add_middleware(position=BEFORE_...)` would put them.
        shared = self.config.store is not None
        outer: list[Middleware] = [
            RequestIdMiddleware,
            functools.partial(PublicRedirectMiddleware, public_url=public_url),
            functools.partial(
                DocsPageMiddleware, apis=docs, public_url=public_url, token=prefilled
            ),
            functools.partial(BodyLimitMiddleware, max_bytes=self.config.max_body_bytes),
            PathLimitMiddleware,
        ]
        middlewares = middleware_stack(
            # With a shared store, each request reads the clock and the state's
            # version once (request_view).
            before_exception=outer + ([RequestViewMiddleware] if shared else []),
            before_security=[
                functools.partial(
                    ThrottleMiddleware,
                    throttle=self.throttle,
                    tokens=tokens,
                    blocking=shared,
                    public_url=public_url,
                )
            ],
            before_validation=[
                functools.partial(
                    ForcingMiddleware, forced=ForcedResponses(inline_refs(load_spec()))
                ),
            ],
        )
        app = PreparedAsyncApp(__name__, middlewares=middlewares, jsonifier=FastJsonifier())
        app.add_api(
            served,
            base_path="",
            resolver=MethodResolver(self.operations, blocking=shared),
            pythonic_params=True,
            strict_validation=True,
            validate_responses=self.config.strict,
            validator_map=VALIDATOR_MAP,
            security_map={"bearer": bearer_security(_token_check(tokens))},
            name="tracksale",
        )
        if self.config.admin:
            app.add_api(
                load_spec(MOCK_ADMIN_SPEC_PATH),
                base_path=ADMIN_PREFIX,
                resolver=MethodResolver(self.admin, blocking=shared),
                pythonic_params=True,
                strict_validation=True,
                validate_responses=self.config.strict,
                validator_map=VALIDATOR_MAP,
                name="mock-admin",
            )
        http_errors.install(app)
        return app


def create_app(config: MockConfig | None = None, **options: Any) -> connexion.AsyncApp:
    """The mock server's ASGI app; `options` override fields of `config`."""
    base = config or MockConfig()
    if options:
        base = MockConfig(**{**base.__dict__, **options})
    return MockServer(base).app
