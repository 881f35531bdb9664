"""`tracksale-mock`: run the mock server. Every option also reads an environment variable.

Start-up checks everything that can fail before serving (options, seed file, Redis,
the port), and a failure is one line on stderr with an exit code of `EXIT_CODES`.
The socket is bound before the app is built, so `--port 0` gets a free port whose
number the banner and `--ready-file` report; both appear only once the server answers.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import uvicorn
from uvicorn.supervisors import Multiprocess

from tracksale_mock.cli_options import ENV, Options, parse_count, parse_instant, redact
from tracksale_mock.config import (
    ADMIN_PREFIX,
    DEFAULT_HOST,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_PORT,
    DEFAULT_TOKEN,
    MockConfig,
    RateLimit,
)
from tracksale_mock.http.public_url import check_public_url, socket_url
from tracksale_mock.readiness import ReadyWatch
from tracksale_mock.seed.check import seed_file_problem
from tracksale_mock.shared.connection import (
    DEFAULT_NAMESPACE,
    check_namespace,
    connect,
    is_redis_url,
)

__all__ = [
    "EXIT_CODES",
    "app_from_environment",
    "build_parser",
    "config_environment",
    "config_from_args",
    "main",
    "parse_instant",
    "redact",
]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_LISTEN = 3
EXIT_SEED = 4
EXIT_STORE = 5
EXIT_CODES = {
    EXIT_OK: "stopped normally (Ctrl-C or SIGTERM)",
    1: "an unexpected error (a bug: please report it, with the traceback)",
    EXIT_USAGE: "an option or TRACKSALE_MOCK_* variable is invalid",
    EXIT_LISTEN: "cannot listen on --host/--port (port busy, address not here, no permission)",
    EXIT_SEED: "the seed file cannot be read or is not a valid seed",
    EXIT_STORE: "the Redis store cannot be reached at start",
}


def fail(code: int, message: str) -> NoReturn:
    """Print `message` as one line on stderr and exit with `code`."""
    line = " ".join(message.split())
    print(f"tracksale-mock: error: {line}", file=sys.stderr)
    raise SystemExit(code)


def parse_store(text: str) -> str | None:
    """`memory` (None) or a Redis URL (`redis://HOST:PORT/DB`, `rediss://`, `unix://`)."""
    if text.strip().lower() == "memory":
        return None
    if not is_redis_url(text.strip()):
        raise ValueError(f"{text!r} is neither 'memory' nor redis://HOST:PORT/DB")
    return text.strip()


def parse_rate(text: str) -> RateLimit:
    return RateLimit.parse(text)


def parse_token(text: str) -> str:
    if "," in text:
        raise ValueError("a token cannot contain ','")
    if not text.strip():
        raise ValueError("a token cannot be empty")
    return text.strip()


def _exit_codes_text() -> str:
    return "exit codes:\n" + "\n".join(f"  {code}  {what}" for code, what in EXIT_CODES.items())


def build_parser() -> argparse.ArgumentParser:
    """The parser; a value not given comes from its `TRACKSALE_MOCK_*` variable, then
    from the built-in default. One `add` per option."""
    options = Options(
        on_error=lambda message: fail(EXIT_USAGE, message),
        prog="tracksale-mock",
        description=(
            "A stateful mock of the Tracksale API v2 (and the v3 paged dispatch report),\n"
            "served from openapi/tracksale.yaml, with Swagger UI at /ui/. Every option\n"
            f"also reads the environment variable shown ({ENV}*)."
        ),
        epilog=_exit_codes_text(),
    )
    add, flag = options.add, options.add_flag
    add("--host", env="HOST", default=DEFAULT_HOST, example="0.0.0.0", help="address to listen on")
    add(
        "--port",
        env="PORT",
        default=str(DEFAULT_PORT),
        example="0 (a free port: read it from the banner or --ready-file)",
        parse=parse_count(0, 65535, "a port"),
        help="port to listen on",
    )
    add(
        "--public-url",
        env="PUBLIC_URL",
        shown_default="the address listened on, e.g. http://127.0.0.1:8080",
        example="http://mock:8080",
        parse=check_public_url,
        help="base of the URLs the mock hands out (CAPTCHA pages, redirects, the docs "
        "page's server); set it when clients reach the mock by another name",
    )
    add(
        "--ready-file",
        env="READY_FILE",
        example="/tmp/mock.json",
        parse=Path,
        help="once the mock answers, write this JSON file {url, port, token, pid}; "
        "removed when it stops",
    )
    add(
        "--token",
        dest="tokens",
        env="TOKENS",
        shown_default=DEFAULT_TOKEN,
        example="--token abc --token def, or TRACKSALE_MOCK_TOKENS=abc,def",
        parse=parse_token,
        action="append",
        help="an accepted token; repeat for more",
    )
    add(
        "--rate-limit",
        env="RATE_LIMIT",
        default="1000/300s",
        example="5/60s (format: REQUESTS/PERIOD, PERIOD in s or m)",
        parse=parse_rate,
        help="requests per period per token before the 405 CAPTCHA lock",
    )
    flag(
        "--captcha-until-solved",
        env="CAPTCHA_UNTIL_SOLVED",
        help="keep a locked token locked until its CAPTCHA is solved through "
        f"POST {ADMIN_PREFIX}/captcha/ID/solve, not just until the window frees capacity",
    )
    add(
        "--now",
        env="NOW",
        shown_default="the real time",
        example="2026-11-26, 2026-11-26T12:00:00-03:00 or 1764158400",
        parse=parse_instant,
        help="start the mock clock at this instant (Unix seconds or ISO date/time, UTC "
        "unless an offset is given)",
    )
    add(
        "--seed-file",
        env="SEED_FILE",
        shown_default="the built-in seed, tracksale_mock/seed/data/seed.json",
        example="my-seed.json (format: tracksale_mock/seed/data/README.md)",
        parse=Path,
        help="state to start from and reset to",
    )
    flag("--strict", env="STRICT", help="also validate every response against the document")
    flag(
        "--no-admin",
        dest="admin",
        action="store_false",
        env="NO_ADMIN",
        help=f"turn off the mock-only endpoints under {ADMIN_PREFIX}",
    )
    add(
        "--store",
        env="STORE",
        default="memory",
        example="redis://127.0.0.1:6379/0",
        parse=parse_store,
        help="where the state, mock clock, quota counts and CAPTCHAs live: 'memory' (this "
        "process) or redis://HOST:PORT/DB, shared by every worker and replica naming the "
        "same Redis and namespace",
    )
    add(
        "--store-namespace",
        env="STORE_NAMESPACE",
        default=DEFAULT_NAMESPACE,
        example="ci-42",
        parse=check_namespace,
        help="prefix of the mock's Redis keys: replicas sharing one Redis as separate "
        "mocks use different namespaces",
    )
    add(
        "--workers",
        env="WORKERS",
        default="1",
        example="2",
        parse=parse_count(1, 64, "a worker count"),
        help="worker processes (more than 1 needs --store redis://...)",
    )
    add(
        "--max-body-bytes",
        env="MAX_BODY_BYTES",
        default=str(DEFAULT_MAX_BODY_BYTES),
        example="10000000",
        parse=parse_count(1, 2**40, "a body size in bytes"),
        help="larger request bodies get 413",
    )
    add(
        "--log-level",
        env="LOG_LEVEL",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="uvicorn's log level",
    )
    return options.parser


def config_from_args(args: argparse.Namespace) -> MockConfig:
    return MockConfig(
        tokens=tuple(args.tokens or ()) or (DEFAULT_TOKEN,),
        rate_limit=args.rate_limit,
        captcha_until_solved=args.captcha_until_solved,
        now=args.now,
        seed_file=args.seed_file,
        strict=args.strict,
        admin=args.admin,
        store=args.store,
        store_namespace=args.store_namespace,
        public_url=args.public_url,
        max_body_bytes=args.max_body_bytes,
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
        "MAX_BODY_BYTES": str(config.max_body_bytes),
    }
    if config.now is not None:
        env["NOW"] = repr(config.now)
    if config.seed_file is not None:
        env["SEED_FILE"] = str(config.seed_file)
    if config.public_url is not None:
        env["PUBLIC_URL"] = config.public_url
    return {ENV + name: value for name, value in env.items()}


def app_from_environment() -> Any:
    """The mock's ASGI app configured by the TRACKSALE_MOCK_* variables alone: the
    factory each `--workers` process imports (`tracksale_mock.cli:app_from_environment`)."""
    from tracksale_mock.http.app import create_app

    return create_app(config_from_args(build_parser().parse_args([])))


def describe_tokens(tokens: Sequence[str]) -> str:
    """The accepted tokens for the banner: the documented dev token in full, others masked."""
    shown = [t if t == DEFAULT_TOKEN else f"{t[:3]}… ({len(t)} characters)" for t in tokens]
    return ", ".join(shown)


def check_options(args: argparse.Namespace) -> None:
    """Refuse combinations no single option's parser can see (exit 2)."""
    if args.workers > 1 and args.store is None:
        fail(
            EXIT_USAGE,
            "--workers above 1 needs --store redis://HOST:PORT/DB: with the memory store "
            "each worker would keep its own state and quota",
        )
    if args.ready_file is not None and not args.ready_file.parent.is_dir():
        fail(EXIT_USAGE, f"--ready-file {args.ready_file}: its folder does not exist")


def check_seed(config: MockConfig) -> None:
    """Exit 4 unless the seed file can be read and loaded. With the memory store its
    state is kept for the app this process builds next, so a large seed is parsed once."""
    if config.seed_file is not None:
        problem = seed_file_problem(config.seed_file, keep=config.store is None)
        if problem:
            fail(EXIT_SEED, problem)


def check_store(config: MockConfig) -> None:
    """Exit 5 unless the Redis store answers (a mock then rides out later outages)."""
    if config.store is None:
        return
    import redis

    try:
        connect(config.store).ping()
    except redis.RedisError as error:
        detail = str(error).split("\n")[0] or type(error).__name__
        fail(EXIT_STORE, f"cannot reach the Redis store {redact(config.store)}: {detail}")


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one); exit 3 if impossible."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        reason = error.strerror or str(error)
        if isinstance(error, socket.gaierror):
            reason = f"unknown host ({reason})"
        fail(EXIT_LISTEN, f"cannot listen on {host}:{port}: {reason}")
    sock.set_inheritable(True)
    return sock


def banner(config: MockConfig, url: str, store_text: str) -> Callable[[], None]:
    """What to print once the server answers: URL, tokens, docs, controls, quota, store."""
    lines = [
        f"Tracksale mock server ready on {url}",
        f"  tokens: {describe_tokens(config.tokens)}",
        f"  docs:   {url}/ui/",
        f"  admin:  {url}{ADMIN_PREFIX}" if config.admin else "  admin:  off (--no-admin)",
        f"  quota:  {config.rate_limit} per token",
        f"  store:  {store_text}",
    ]
    return lambda: print("\n".join(lines), file=sys.stderr, flush=True)


class _Stopped(Exception):
    """SIGTERM arrived (after uvicorn's graceful shutdown)."""


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise _Stopped


def main(argv: Sequence[str] | None = None) -> int:
    """Run the mock until Ctrl-C or SIGTERM; exit codes in `EXIT_CODES`."""
    args = build_parser().parse_args(argv)
    check_options(args)
    config = config_from_args(args)
    check_seed(config)
    check_store(config)
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    listening = socket_url(host, port)
    config = MockConfig(**{**config.__dict__, "public_url": config.public_url or listening})
    url = config.public_url or listening
    store_text = (
        "memory"
        if config.store is None
        else f"{redact(config.store)} (namespace {config.store_namespace}), "
        f"{args.workers} worker(s)"
    )
    watch = ReadyWatch(
        probe_url=listening + (f"{ADMIN_PREFIX}/health" if config.admin else "/"),
        ready_file=args.ready_file,
        facts={"url": url, "port": port, "token": config.tokens[0], "pid": os.getpid()},
        on_ready=banner(config, url, store_text),
    )
    # uvicorn stops gracefully on SIGTERM, then raises it again for the handler found
    # before it started: this one, so the ready file is removed and the exit code is 0.
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    from tracksale_mock.http.app import create_app  # tracksale_mock.http quiets connexion

    try:
        if args.workers == 1:
            server_config = uvicorn.Config(
                create_app(config), host=host, port=port, log_level=args.log_level
            )
            watch.start()
            uvicorn.Server(server_config).run(sockets=[sock])
        else:
            os.environ.update(config_environment(config))
            server_config = uvicorn.Config(
                "tracksale_mock.cli:app_from_environment",
                factory=True,
                workers=args.workers,
                host=host,
                port=port,
                log_level=args.log_level,
            )
            watch.start()
            Multiprocess(server_config, sockets=[sock]).run()
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        watch.stop()
        sock.close()
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
