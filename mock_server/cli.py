"""`tracksale-mock`: run the mock server. Every option also reads an environment variable."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import uvicorn

from mock_server.config import (
    ADMIN_PREFIX,
    DEFAULT_HOST,
    DEFAULT_PORT,
    DEFAULT_TOKEN,
    MockConfig,
    RateLimit,
)

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
        help="state to start from and reset to (format: mock_server/data/README.md) [SEED_FILE]",
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
    )


def describe_tokens(tokens: Sequence[str]) -> str:
    """The accepted tokens for the banner: the documented dev token in full, others masked."""
    shown = [t if t == DEFAULT_TOKEN else f"{t[:3]}… ({len(t)} characters)" for t in tokens]
    return ", ".join(shown)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = config_from_args(args)
    # connexion imports starlette's test client, which warns about httpx at import.
    warnings.filterwarnings("ignore", message=".*starlette.testclient", module="connexion")
    from mock_server.app import create_app

    app = create_app(config)
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
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
