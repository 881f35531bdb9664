"""`tracksale-mock`: run the mock server. Every option also reads an environment variable."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvicorn

from tracksale_mock.config import (
    ADMIN_PREFIX,
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_TOKEN,
    MockConfig,
    RateLimit,
)
from tracksale_mock.shared.connection import DEFAULT_NAMESPACE, check_namespace, is_redis_url

ENV = "TRACKSALE_MOCK_"


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(ENV + name, default)


def _flag_env(name: str) -> bool:
    return (_env(name) or "").lower() in {"1", "true", "yes", "on"}


def parse_instant(text: str) -> float:
    """Unix seconds, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (UTC unless an offset is given)."""
    if text.strip().lstrip("-").replace(".", "", 1).isdigit():
        return float(text)
    when = datetime.fromisoformat(text.strip())
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def parse_store(text: str) -> str | None:
    """`memory` (None) or a Redis URL (`redis://HOST:PORT/DB`, `rediss://`, `unix://`)."""
    if text.strip().lower() == "memory":
        return None
    if not is_redis_url(text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is neither 'memory' nor redis://HOST:PORT/DB")
    return text.strip()


def parse_namespace(text: str) -> str:
    try:
        return check_namespace(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracksale-mock",
        description=(
            "A stateful mock of the Tracksale API v2 (and the v3 paged dispatch report), "
            "served from openapi/tracksale.yaml. Every option also reads the environment "
            f"variable shown, prefixed {ENV}."
        ),
    )
    add = parser.add_argument
    add("--host", default=_env("HOST", DEFAULT_HOST), help="address to listen on [HOST]")
    add(
        "--port",
        type=int,
        default=int(_env("PORT", str(DEFAULT_PORT)) or DEFAULT_PORT),
        help="port to listen on [PORT]",
    )
    add(
        "--token",
        dest="tokens",
        action="append",
        help=f"an accepted token; repeat for more (default: {DEFAULT_TOKEN}) "
        "[TOKENS, comma-separated]",
    )
    add(
        "--rate-limit",
        default=_env("RATE_LIMIT", "1000/300s"),
        type=RateLimit.parse,
        help="requests per period per token before the 405 CAPTCHA lock [RATE_LIMIT]",
    )
    add(
        "--captcha-until-solved",
        action="store_true",
        default=_flag_env("CAPTCHA_UNTIL_SOLVED"),
        help="keep a locked token locked until its CAPTCHA is solved through "
        f"POST {ADMIN_PREFIX}/captcha/ID/solve, not just until the window frees capacity "
        "[CAPTCHA_UNTIL_SOLVED=1]",
    )
    add(
        "--now",
        default=_env("NOW"),
        type=parse_instant,
        help="start the mock clock at this instant (Unix seconds or ISO date/time, UTC) [NOW]",
    )
    add(
        "--seed-file",
        default=_env("SEED_FILE"),
        type=Path,
        help="state to start from and reset to (format: seed/data/README.md) [SEED_FILE]",
    )
    add(
        "--strict",
        action="store_true",
        default=_flag_env("STRICT"),
        help="also validate every response against the document [STRICT=1]",
    )
    add(
        "--no-admin",
        dest="admin",
        action="store_false",
        default=not _flag_env("NO_ADMIN"),
        help=f"turn off the mock-only endpoints under {ADMIN_PREFIX} [NO_ADMIN=1]",
    )
    add(
        "--store",
        default=_env("STORE", "memory"),
        type=parse_store,
        help="where the state, mock clock, quota counts and CAPTCHAs live: 'memory' (this "
        "process) or redis://HOST:PORT/DB, shared by every worker and replica naming the "
        "same Redis and namespace [STORE]",
    )
    add(
        "--store-namespace",
        default=_env("STORE_NAMESPACE", DEFAULT_NAMESPACE),
        type=parse_namespace,
        help="prefix of the mock's Redis keys: replicas sharing one Redis as separate "
        "mocks use different namespaces [STORE_NAMESPACE]",
    )
    add(
        "--workers",
        type=int,
        default=int(_env("WORKERS", "1") or 1),
        help="worker processes (more than 1 needs --store redis://...) [WORKERS]",
    )
    add(
        "--log-level",
        default=_env("LOG_LEVEL", "info"),
        choices=["critical", "error", "warning", "info", "debug"],
        help="[LOG_LEVEL]",
    )
    return parser


def config_from_args(args: argparse.Namespace) -> MockConfig:
    tokens = args.tokens or [t for t in (_env("TOKENS") or "").split(",") if t.strip()]
    return MockConfig(
        tokens=tuple(t.strip() for t in tokens) or (DEFAULT_TOKEN,),
        rate_limit=args.rate_limit,
        captcha_until_solved=args.captcha_until_solved,
        now=args.now,
        seed_file=args.seed_file,
        strict=args.strict,
        admin=args.admin,
        store=args.store,
        store_namespace=args.store_namespace,
    )


def config_environment(config: MockConfig) -> dict[str, str]:
    """The variables that make `config_from_args` read `config` back (for workers)."""
    flag = {True: "1", False: "0"}
    env = {
        "TOKENS": ",".join(config.tokens),
        "RATE_LIMIT": f"{config.rate_limit.requests}/{config.rate_limit.seconds:f}s",
        "CAPTCHA_UNTIL_SOLVED": flag[config.captcha_until_solved],
        "STRICT": flag[config.strict],
        "NO_ADMIN": flag[not config.admin],
        "STORE": config.store or "memory",
        "STORE_NAMESPACE": config.store_namespace,
    }
    if config.now is not None:
        env["NOW"] = repr(config.now)
    if config.seed_file is not None:
        env["SEED_FILE"] = str(config.seed_file)
    return {ENV + name: value for name, value in env.items()}


def app_from_environment() -> Any:
    """The mock's ASGI app configured by the TRACKSALE_MOCK_* variables alone: the
    factory each `--workers` process imports (`tracksale_mock.cli:app_from_environment`)."""
    warnings.filterwarnings("ignore", message=".*starlette.testclient", module="connexion")
    from tracksale_mock.http.app import create_app

    return create_app(config_from_args(build_parser().parse_args([])))


def describe_tokens(tokens: Sequence[str]) -> str:
    """The accepted tokens for the banner: the documented dev token in full, others masked."""
    shown = [t if t == DEFAULT_TOKEN else f"{t[:3]}… ({len(t)} characters)" for t in tokens]
    return ", ".join(shown)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers > 1 and args.store is None:
        parser.error(
            "--workers above 1 needs --store redis://HOST:PORT/DB: with the memory store "
            "each worker would keep its own state and quota"
        )
    if any("," in token for token in args.tokens or ()):
        parser.error("a token cannot contain ','")
    config = config_from_args(args)
    # connexion imports starlette's test client, which warns about httpx at import.
    warnings.filterwarnings("ignore", message=".*starlette.testclient", module="connexion")
    from tracksale_mock.http.app import create_app

    url = f"http://{args.host}:{args.port}"
    print(f"Tracksale mock server on {url}", file=sys.stderr)
    print(f"  accepted tokens: {describe_tokens(config.tokens)}", file=sys.stderr)
    example_token = DEFAULT_TOKEN if DEFAULT_TOKEN in config.tokens else "TOKEN"
    curl = f"curl -H 'Authorization: bearer {example_token}' {url}/v2/campaign"
    print(f"  try: {curl}", file=sys.stderr)
    print(f"  API docs (Swagger UI): {url}/ui/", file=sys.stderr)
    if config.admin:
        print(f"  mock controls: {url}{ADMIN_PREFIX}/ui/", file=sys.stderr)
    print(f"  quota: {config.rate_limit} per token", file=sys.stderr)
    if config.store is None:
        print("  state: in memory", file=sys.stderr)
    else:
        store = f"{redact(config.store)} (namespace {config.store_namespace})"
        print(f"  state: {store}, {args.workers} worker(s)", file=sys.stderr)
    if args.workers == 1:
        app = create_app(config)
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
        return 0
    os.environ.update(config_environment(config))
    uvicorn.run(
        "tracksale_mock.cli:app_from_environment",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
    )
    return 0


def redact(url: str) -> str:
    """A store URL without its password."""
    scheme, sep, rest = url.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not at:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{place}" if ":" in credentials else f"{scheme}{sep}***@{place}"


if __name__ == "__main__":
    raise SystemExit(main())
