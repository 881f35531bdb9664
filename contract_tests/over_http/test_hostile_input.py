"""Hostile input over real HTTP: every crafted request gets a clear 4xx `ApiError`,
changes nothing and costs bounded memory; every authenticated request is counted.

Runs on both stores (the plugin's `tracksale_mock` is parametrized), so the stores
answer alike, surrogates included.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from contract_tests.over_http._support import seed
from tracksale_generated.models import ApiError
from tracksale_mock.config import DEFAULT_MAX_BODY_BYTES, RateLimit
from tracksale_mock.http.asgi import parse_authorization
from tracksale_mock.serving import RunningMock

CAMPAIGN: int = seed()["campaigns"][0]["code"]
DISPATCH = f"/v2/campaign/{CAMPAIGN}/dispatch"
JSON = {"content-type": "application/json"}


@pytest.fixture
def client(tracksale_mock: RunningMock) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"bearer {tracksale_mock.token}"}
    with httpx.Client(base_url=tracksale_mock.url, headers=headers, timeout=60) as http:
        yield http


def state_of(client: httpx.Client) -> Any:
    """The mock's state (without the dump's own time)."""
    state = client.get("/_mock/state").raise_for_status().json()
    state.pop("reference_time", None)
    return state


def assert_refused(reply: httpx.Response, status: int, words: str) -> None:
    assert reply.status_code == status, reply.text[:300]
    assert reply.headers["content-type"] == "application/json"
    body = reply.json()
    assert body["error"] == "invalid_request"
    assert words in " ".join([body["message"], *body.get("details", [])])


def dispatch_body(name: str) -> str:
    return '{"customers": [{"name": "' + name + '", "email": "hostil@example.com"}]}'


@pytest.mark.parametrize(
    ("label", "body", "words"),
    [
        ("deep arrays", '{"customers": ' + "[" * 10_000 + "]" * 10_000 + "}", "nests deeper"),
        ("deep objects", '{"a": ' * 10_000 + "1" + "}" * 10_000, "nests deeper"),
        ("depth 33", '{"customers": ' + "[" * 33 + "]" * 33 + "}", "nests deeper"),
        ("a 5,000-digit integer", '{"customers": [' + "9" * 5_000 + "]}", "digits"),
        ("a 101-digit integer", '{"customers": [-' + "9" * 101 + "]}", "digits"),
        ("an infinite number", '{"customers": [1e999]}', "too large"),
        ("NaN", '{"customers": [NaN]}', "not JSON"),
    ],
)
def test_bodies_beyond_the_json_limits_are_400s(
    client: httpx.Client, label: str, body: str, words: str
) -> None:
    before = state_of(client)
    assert_refused(client.post(DISPATCH, content=body, headers=JSON), 400, words)
    assert state_of(client) == before


@pytest.mark.parametrize(
    ("escaped", "name"),
    [
        ("\\ud83d\\ude00", "\U0001f600"),  # a pair: one character
        ("\\ud800", "\ud800"),  # lone surrogates: valid JSON, kept as they are
        ("a\\udc00b", "a\udc00b"),
    ],
)
def test_surrogates_are_kept_alike_by_both_stores(
    client: httpx.Client, escaped: str, name: str
) -> None:
    reply = client.post(DISPATCH, content=dispatch_body(escaped), headers=JSON)
    assert reply.status_code == 200, reply.text
    assert reply.json()["status"]["inserted"] == 1
    lots = state_of(client)["lots"]
    assert name in [c["name"] for lot in lots for c in lot["customers"]]


def test_a_huge_integer_for_the_clock_is_a_400(client: httpx.Client) -> None:
    before = client.get("/_mock/clock").json()
    for body in ('{"advance": ' + "9" * 5_000 + "}", '{"now": ' + "9" * 5_000 + "}"):
        assert_refused(client.post("/_mock/clock", content=body, headers=JSON), 400, "digits")
    assert client.get("/_mock/clock").json()["now"] - before["now"] < 60


@pytest.mark.parametrize(
    "path",
    [
        "/v2/campaign/" + "9" * 5_000,
        "/v2/widget/" + "k" * 5_000,
        "/v2/campaign/" + "9" * 5_000 + "/dispatch",
        "/_mock/captcha/" + "c" * 5_000 + "/solve",
    ],
)
def test_huge_path_parameters_are_400s(client: httpx.Client, path: str) -> None:
    method = "POST" if path.endswith(("dispatch", "solve")) else "GET"
    reply = client.request(method, path, content=dispatch_body("x"), headers=JSON)
    assert_refused(reply, 400, "path parameters have at most")


def test_huge_query_integers_are_400s(client: httpx.Client) -> None:
    for path in ("/v2/report/answer?limit=" + "9" * 5_000, "/dispatch?page=" + "9" * 5_000):
        assert client.get(path).status_code == 400


def test_a_body_over_the_limit_is_a_413_before_it_is_read(client: httpx.Client) -> None:
    before = state_of(client)
    big = dispatch_body("x" * 20_000_000)
    reply = client.post(DISPATCH, content=big, headers=JSON)
    assert reply.status_code == 413, reply.text[:200]
    assert reply.json()["error"] == "invalid_request"
    assert str(DEFAULT_MAX_BODY_BYTES) in reply.json()["message"]
    assert state_of(client) == before


def test_a_streamed_body_over_the_limit_is_refused(
    tracksale_mock_factory: Callable[..., RunningMock],
) -> None:
    mock = tracksale_mock_factory(max_body_bytes=10_000)
    headers = {"Authorization": f"bearer {mock.token}", **JSON}

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        yield b'{"customers": [{"email": "a@b.com", "name": "'
        for _ in range(50):
            yield b"x" * 1_000
        yield b'"}]}'

    with httpx.Client(timeout=60) as http:
        chunked = http.post(mock.url + DISPATCH, content=chunks(), headers=headers)
        sized = http.post(mock.url + DISPATCH, content=dispatch_body("x" * 20_000), headers=headers)
        fits = http.post(mock.url + DISPATCH, content=dispatch_body("x" * 100), headers=headers)
    assert chunked.status_code in (400, 413), chunked.text
    assert sized.status_code == 413, sized.text
    assert fits.status_code == 200, fits.text


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("bearer token", ("bearer", "token")),
        ("Bearer token", ("bearer", "token")),
        ("BEARER token", ("bearer", "token")),
        ("bEaReR token", ("bearer", "token")),
        ("bearer\ttoken", ("bearer", "token")),
        ("bearer    token", ("bearer", "token")),
        (" bearer \t token \t", ("bearer", "token")),
        ("bearer\xa0token", None),
        ("bearer", None),
        ("bearer   ", None),
        ("", None),
    ],
)
def test_one_parser_reads_the_authorization_header(
    value: str, parsed: tuple[str, str] | None
) -> None:
    assert parse_authorization(value) == parsed


def authorization_values(token: str) -> list[tuple[bytes, bool]]:
    """Headers as sent on the wire, and whether they authenticate."""
    return [
        (f"bearer {token}".encode(), True),
        (f"BeArEr {token}".encode(), True),
        (f"bearer\t{token}".encode(), True),
        (f"bearer    {token}".encode(), True),
        (f"bearer\xa0{token}".encode("latin-1"), False),
        (f"bearer\u00a0{token}".encode(), False),
    ]


def test_every_authenticated_request_is_counted(
    tracksale_mock_factory: Callable[..., RunningMock],
) -> None:
    quota = 5
    mock = tracksale_mock_factory(rate_limit=RateLimit(quota, 300))
    statuses: dict[bytes, list[int]] = {}
    with httpx.Client(base_url=mock.url, timeout=30) as http:
        for value, _ in authorization_values(mock.token):
            statuses[value] = [
                http.get("/v2/campaign", headers={b"authorization": value}).status_code
                for _ in range(4)
            ]
    passed = sum(s.count(200) for s in statuses.values())
    for value, authenticates in authorization_values(mock.token):
        if not authenticates:
            assert statuses[value] == [401] * 4, value
        else:
            assert set(statuses[value]) <= {200, 405}, (value, statuses[value])
    # 16 authenticated requests, whatever their spelling, share one quota of 5.
    assert passed == quota, statuses


def test_a_crash_is_logged_with_its_traceback_and_answered_without_internals(
    tracksale_mock_factory: Callable[..., RunningMock],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mock = tracksale_mock_factory()

    def broken(**kwargs: object) -> object:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(mock.mock.operations, "list_campaigns", broken)
    with caplog.at_level(logging.ERROR, logger="tracksale_mock"):
        # The handler was resolved at start-up: break what it calls instead.
        monkeypatch.setattr(mock.mock.operations.store, "read", broken)
        reply = httpx.get(
            mock.url + "/v2/campaign", headers={"Authorization": f"bearer {mock.token}"}
        )
    assert reply.status_code == 500
    assert reply.json() == {"error": "server_error", "message": "The mock server failed."}
    ApiError.from_dict(reply.json())  # a kind the contract names
    crashes = [r for r in caplog.records if r.exc_info and r.exc_info[0] is RuntimeError]
    assert crashes, [r.getMessage() for r in caplog.records]
    trace = crashes[0].exc_info
    assert trace is not None and trace[2] is not None
    assert "secret internals" in logging.Formatter().formatException(trace)
