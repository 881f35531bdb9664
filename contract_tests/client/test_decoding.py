"""decode_rows/decode_model: the generated models' own results, with the GC paused meanwhile."""

from __future__ import annotations

import asyncio
import gc
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar

import httpx
import pytest

from contract_tests.client.conftest import FakeServer
from contract_tests.client.test_paging import row
from tracksale_client import Tracksale, decode_model, decode_rows
from tracksale_client._decoding import gc_paused
from tracksale_generated.models import PagedDispatchReport, PagedDispatchRow, Tag

TAGS = [{"name": "Loja", "value": "Paulista"}, {"name": "Cidade", "value": ""}]


@pytest.fixture(autouse=True)
def gc_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


class Spy:
    """A model class that records whether the GC was on for each from_dict call."""

    seen: ClassVar[list[bool]] = []

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Tag:
        cls.seen.append(gc.isenabled())
        return Tag.from_dict(src_dict)


def test_decode_rows_gives_the_models_from_dict_gives() -> None:
    rows = decode_rows(Tag, json.dumps(TAGS).encode())
    assert rows == [Tag.from_dict(tag) for tag in TAGS]
    assert decode_rows(Tag, json.dumps(TAGS)) == rows  # str works too
    assert gc.isenabled()


def test_decode_model_decodes_a_page() -> None:
    body = {"code": 200, "status": "success", "data": [row(1), row(2)]}
    page = decode_model(PagedDispatchReport, json.dumps(body).encode())
    assert page == PagedDispatchReport.from_dict(body)
    assert all(isinstance(r, PagedDispatchRow) for r in page.data)
    assert gc.isenabled()


def test_the_gc_is_paused_while_decoding() -> None:
    Spy.seen = []
    decode_rows(Spy, json.dumps(TAGS).encode())
    assert Spy.seen == [False, False]
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b"[{", json.JSONDecodeError),
        (b'[{"name": "Loja"}]', KeyError),
        (b'{"name": "Loja", "value": "x"}', TypeError),
    ],
    ids=["not JSON", "missing key", "not an array"],
)
def test_errors_propagate_and_the_gc_comes_back(body: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode_rows(Tag, body)
    assert gc.isenabled()


def test_a_disabled_gc_stays_disabled() -> None:
    gc.disable()
    decode_rows(Tag, json.dumps(TAGS).encode())
    assert not gc.isenabled()
    with pytest.raises(KeyError):
        decode_model(Tag, b"{}")
    assert not gc.isenabled()


def test_nested_and_concurrent_pauses_end_with_the_last_one() -> None:
    inside = threading.Event()
    release = threading.Event()

    def other() -> None:
        with gc_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with gc_paused():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled(), "the other thread's pause is still running"
    release.set()
    thread.join(5)
    assert gc.isenabled()


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_paging_parses_pages_with_the_gc_paused_but_sends_with_it_on(
    server: FakeServer,
    make_api: Callable[..., Tracksale],
    monkeypatch: pytest.MonkeyPatch,
    flavour: str,
) -> None:
    sending: list[bool] = []
    parsing: list[bool] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sending.append(gc.isenabled())
        data = [row(n) for n in range(100)] if request.url.params["page"] == "1" else []
        return httpx.Response(200, json={"code": 200, "status": "success", "data": data})

    original = PagedDispatchReport.from_dict

    def spy(src_dict: Mapping[str, Any]) -> PagedDispatchReport:
        parsing.append(gc.isenabled())
        return original(src_dict)

    monkeypatch.setattr(PagedDispatchReport, "from_dict", spy)
    server.handler = handle
    api = make_api()

    async def collect() -> list[PagedDispatchRow]:
        return [r async for r in api.aiter_paged_dispatches(limit=100)]

    rows = (
        list(api.iter_paged_dispatches(limit=100)) if flavour == "sync" else asyncio.run(collect())
    )
    assert len(rows) == 100
    assert sending == [True, True] and parsing == [False, False]
    assert gc.isenabled()
