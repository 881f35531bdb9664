"""Cost of decoding large bodies into the generated models, as a multiple of ``json.loads``.

    uv run python -m benchmarks.client_decode [--rounds 15] [--rows 10000] [--no-stock]
                                              [--clock cpu|wall]

Two deterministic bodies of ``--rows`` rows, valid against the contract (a sample is
checked): GET /v2/report/answer (``AnswerReportRow`` list) and one page of GET /dispatch
(``PagedDispatchReport``). Each is timed, in one process and interleaved round by round
(the order rotates), as:

    (a)  json.loads alone, garbage collector on as usual: the baseline
    (a*) json.loads alone with the GC paused, for reference
    (b)  json.loads + models through tracksale_client.decode_rows/decode_model:
         custom templates, GC paused (what the runtime does)
    (c)  the same json.loads + from_dict with the GC left on
    (d)  stock-template models, GC paused (same helper)
    (e)  stock-template models, GC on: the client before the custom template

(d) and (e) need the client generated again with openapi-python-client's own
templates, into a temporary folder (``--no-stock`` skips them). Times are this
process's CPU time by default (``--clock wall`` for elapsed time), which other jobs on
a shared machine disturb far less; ratios are medians of the per-round ratios to (a)
in the same round. The target: (b) within 3x of (a).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from openapi_schema_validator import OAS30Validator

from tracksale_client import decode_model, decode_rows
from tracksale_client._decoding import gc_paused
from tracksale_contract import load_resolved, write_whole
from tracksale_generated.models import AnswerReportRow, PagedDispatchReport

ROOT = Path(__file__).resolve().parent.parent
STOCK_PACKAGE = "stock_generated_client"
TARGET = 3.0
SAMPLE = 300  # rows checked against the contract's schemas

Row = dict[str, Any]
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}

FIRST_NAMES = ["Mariana", "João", "Ana", "Carlos", "Beatriz", "Rafael", "Luíza", "Pedro"]
LAST_NAMES = ["Souza", "Silva", "Oliveira", "Santos", "Pereira", "Costa", "Almeida", "Gomes"]
CAMPAIGNS = [(1201, "Pós-venda Loja"), (1202, "Atendimento SAC"), (1305, "Entrega Expressa")]
CHANNELS = ["Email", "SMS", "WhatsApp", "Link", "API"]
STATUSES = ["Não precisa contatar", "Pendente Cliente", "Em tratamento", "Finalizado"]
PRIORITIES = ["Nenhuma", "Baixa", "Média", "Alta"]
CATEGORIES = [(11, "Atendimento"), (12, "Entrega"), (13, "Preço"), (14, "Produto")]
JUSTIFICATIONS = ["Rapidez", "Cordialidade", "Prazo", "Qualidade", "Embalagem"]
TAGS = [
    ("Loja", ["Paulista", "Centro", "Barra"]),
    ("Cidade", ["São Paulo", "Rio"]),
    ("Plano", [""]),
]
LOT_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
COMMENTS = [
    "Atendimento rápido.<br>Voltarei com certeza.",
    "Produto chegou com a embalagem danificada,\nmas a troca foi fácil.",
    "Ótimo!",
    "Demorou mais do que o prometido para entregar. <b>Prazo</b> não cumprido.",
]


# --------------------------------------------------------------------------- bodies


class RowMaker:
    """Deterministic rows; nullable fields are null about 30% of the time."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def maybe(self, value: Any) -> Any:
        return None if self.rnd.random() < 0.3 else value

    def tags(self) -> list[Row]:
        chosen = self.rnd.sample(TAGS, self.rnd.randint(0, len(TAGS)))
        return [{"name": name, "value": self.rnd.choice(values)} for name, values in chosen]

    def extra_answers(self, first_id: int) -> list[Row]:
        answers = []
        for number in range(self.rnd.randint(0, 2)):
            answer: Row = {
                "question_id": first_id + number,
                "title": f"Pergunta {first_id + number}",
                "score": self.maybe(self.rnd.randint(0, 10)),
                "comment": self.maybe(self.rnd.choice(COMMENTS)),
            }
            if self.rnd.random() < 0.3:
                answer["option"] = self.maybe("Indicação de amigo")
            answers.append(answer)
        return answers

    def justifications(self, grouped: bool) -> list[Any]:
        picked = self.rnd.sample(JUSTIFICATIONS, self.rnd.randint(0, 3))
        if grouped:  # justifReturn=level
            return [{"name": "Atendimento", "children": picked}] if picked else []
        out: list[Any] = list(picked)  # justifReturn=array, some JSON-encoded translations
        if self.rnd.random() < 0.3:
            out.append(json.dumps({"pt-br": "Cordialidade", "en": "Kindness"}))
        return out

    def answer_row(self, number: int) -> Row:
        rnd, maybe = self.rnd, self.maybe
        first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
        login = f"{first.lower()}.{last.lower()}{number}"
        code, campaign = rnd.choice(CAMPAIGNS)
        sent = 1764150000 - number * 61
        row: Row = {
            "time": sent + rnd.randint(60, 86400),
            "type": rnd.choice(CHANNELS),
            "name": f"{first} {last}",
            "email": maybe(f"{login}@example.com.br"),
            "identification": maybe(f"CLI-{number:06d}"),
            "phone": maybe(f"55119{rnd.randrange(10**8):08d}"),
            "alternative_email": maybe(f"{login}@empresa.com.br"),
            "alternative_phone": maybe(f"55219{rnd.randrange(10**8):08d}"),
            "nps_answer": maybe(rnd.randint(0, 10)),
            "last_nps_answer": maybe(rnd.randint(0, 10)),
            "nps_comment": maybe(rnd.choice(COMMENTS)),
            "campaign_name": campaign,
            "campaign_code": code,
            "lot_code": maybe("LT" + "".join(rnd.choices(LOT_CHARS, k=7))),
            "id": 6800000 + number,
            "deadline": maybe(sent + 3 * 86400),
            "elapsed_time": maybe(rnd.randint(5, 900)),
            "dispatch_time": maybe(sent),
            "reminder_time": maybe(sent + 86400),
            "status": rnd.choice(STATUSES),
            "priority": rnd.choice(PRIORITIES),
            "assignee": maybe(rnd.choice(["Ana Ribeiro", "Bruno Lima", "Carla Dias"])),
            "picture": maybe(f"https://cdn.example.com.br/avatar/{number}.png"),
            "categories": [
                {"id": cid, "name": name} if rnd.random() < 0.7 else {"name": name}
                for cid, name in rnd.sample(CATEGORIES, rnd.randint(0, 2))
            ],
            "justifications": self.justifications(grouped=number % 2 == 0),
        }
        if rnd.random() < 0.7:  # tags=1
            row["tags"] = self.tags()
        if rnd.random() < 0.5:  # campaigns with extra questions
            row["review"] = self.extra_answers(501)
            row["nps_secondary"] = self.extra_answers(505)
            row["open_question"] = self.extra_answers(508)
            row["csat"] = self.extra_answers(510)
        if rnd.random() < 0.5:  # return_update_time=1
            row["update_time"] = maybe(sent + rnd.randint(86400, 5 * 86400))
        return row

    def dispatch_row(self, number: int) -> Row:
        rnd, maybe = self.rnd, self.maybe
        first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
        code, campaign = rnd.choice(CAMPAIGNS)
        sent = 1764150000 - (number // 500) * 3600
        answered = rnd.random() < 0.25
        customer: Row = {
            "name": maybe(f"{first} {last}"),
            "identification": maybe(f"CLI-{number:06d}"),
            "email": maybe(f"{first.lower()}.{last.lower()}{number}@example.com.br"),
            "phone": maybe(f"55119{rnd.randrange(10**8):08d}"),
            "dispatch_time": maybe(sent + rnd.randint(0, 600)),
            "status": rnd.choice(["Sent", "Sent", "Sent", "Bounced", "Scheduled"]),
            "has_answered": answered,
            "survey_opened": answered or rnd.random() < 0.3,
            "tags": self.tags(),
        }
        return {
            "campaign": {"code": code, "name": campaign},
            "lot": {
                "create_time": sent,
                "dispatch_code": f"LT{(number // 500):07d}",
                "status": "Executed",
                "channel": rnd.choice(CHANNELS[:3]),
            },
            "customer": customer,
        }


def check_against_contract(schema_name: str, body: Any) -> None:
    """Raise when ``body`` does not match the contract's ``schema_name``."""
    schema = load_resolved()["components"]["schemas"][schema_name]
    OAS30Validator(schema).validate(body)


def build_bodies(rows: int) -> tuple[bytes, bytes]:
    """The answer report and one dispatch page, encoded as the API sends them."""
    maker = RowMaker(seed=20261126)
    answers = [maker.answer_row(number) for number in range(rows)]
    dispatches = [maker.dispatch_row(number) for number in range(rows)]
    check_against_contract("AnswerReport", answers[:SAMPLE])
    page: Row = {"code": 200, "status": "success", "data": dispatches[:SAMPLE]}
    check_against_contract("PagedDispatchReport", page)
    page["data"] = dispatches
    return json.dumps(answers).encode(), json.dumps(page).encode()


def null_share(raw: bytes) -> float:
    """Share of nulls among the scalar values of a body."""
    counts = [0, 0]

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            counts[0] += value is None
            counts[1] += 1

    walk(json.loads(raw))
    return counts[0] / max(counts[1], 1)


# --------------------------------------------------------------------------- stock client


def generate_stock_models(parent: Path) -> ModuleType:
    """The document generated with openapi-python-client's own templates (as ./codegen.sh
    does, without --custom-template-path), imported as ``stock_generated_client``."""
    output = parent / STOCK_PACKAGE
    scripts = sysconfig.get_path("scripts")  # ruff, for the post-hooks of codegen.yaml
    env = {**os.environ, "PATH": os.pathsep.join([scripts, os.environ.get("PATH", "")])}
    command = [sys.executable, "-m", "openapi_python_client", "generate"]
    document = write_whole(parent / "tracksale-whole.yaml")
    command += ["--path", str(document), "--config", str(ROOT / "codegen.yaml")]
    command += ["--meta", "none", "--output-path", str(output)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"openapi-python-client failed:\n{done.stdout}{done.stderr}")
    spec = importlib.util.spec_from_file_location(
        STOCK_PACKAGE, output / "__init__.py", submodule_search_locations=[str(output)]
    )
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[STOCK_PACKAGE] = package
    spec.loader.exec_module(package)
    return importlib.import_module(f"{STOCK_PACKAGE}.models")


# --------------------------------------------------------------------------- timing


@dataclass
class Variant:
    key: str
    label: str
    run: Callable[[], object]


def time_rounds(
    variants: list[Variant], rounds: int, clock: Callable[[], float]
) -> dict[str, list[float]]:
    """Seconds per call, round by round; each call starts after a full collection and
    its result is freed outside the timed region."""
    times: dict[str, list[float]] = {variant.key: [] for variant in variants}
    for number in range(rounds):
        shift = number % len(variants)
        for variant in variants[shift:] + variants[:shift]:
            gc.collect()
            start = clock()
            result = variant.run()
            elapsed = clock() - start
            del result
            times[variant.key].append(elapsed)
    return times


def deferred_collection(
    run: Callable[[], object], clock: Callable[[], float], repeats: int = 5
) -> float:
    """Median extra seconds a full collection takes while ``run``'s result is alive:
    an upper bound of the GC work a paused decode leaves for later."""
    extra = []
    for _ in range(repeats):
        gc.collect()
        start = clock()
        gc.collect()
        empty = clock() - start
        result = run()
        start = clock()
        gc.collect()
        extra.append(clock() - start - empty)
        del result
    return statistics.median(extra)


def report(
    title: str, raw: bytes, variants: list[Variant], rounds: int, clock: Callable[[], float]
) -> float:
    """Time ``variants`` and print the table; return the median ratio (b)/(a)."""
    times = time_rounds(variants, rounds, clock)
    base = times["a"]

    def ratio(key: str, to: str = "a") -> float:
        return statistics.median(t / b for t, b in zip(times[key], times[to], strict=True))

    print(
        f"\n{title}: {len(raw) / 1e6:.1f} MB of JSON; null: {null_share(raw):.0%} of all scalar"
        " values, about 30% of the nullable fields"
    )
    print(f"  {'':58} {'median':>9} {'ratio to (a)':>13}")
    for variant in variants:
        median_ms = statistics.median(times[variant.key]) * 1e3
        line = f"  {variant.label:58} {median_ms:7.1f} ms {ratio(variant.key):12.2f}x"
        if variant.key == "b":
            line += f"   {'within' if ratio('b') <= TARGET else 'OVER'} the {TARGET:g}x target"
        print(line)
    print(f"  (b) / (a*), the decode's cost over a GC-paused json.loads: {ratio('b', 'a*'):.2f}x")
    decoder = next(variant for variant in variants if variant.key == "b")
    deferred = deferred_collection(decoder.run, clock)
    print(
        f"  GC work (b) defers: a full collection with its result alive takes "
        f"{deferred * 1e3:.1f} ms more ({deferred / statistics.median(base):.2f}x of (a))"
    )
    return ratio("b")


@contextmanager
def stock_models(enabled: bool) -> Iterator[ModuleType | None]:
    if not enabled:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="stock-client-") as folder:
        yield generate_stock_models(Path(folder))


def answer_variants(raw: bytes, stock: ModuleType | None) -> list[Variant]:
    from_dict = AnswerReportRow.from_dict
    variants = [
        Variant("a", "(a)  json.loads", lambda: json.loads(raw)),
        Variant("a*", "(a*) json.loads, GC paused (reference)", lambda: paused_loads(raw)),
        Variant(
            "b",
            "(b)  decode_rows(AnswerReportRow): custom, GC paused",
            lambda: decode_rows(AnswerReportRow, raw),
        ),
        Variant(
            "c",
            "(c)  json.loads + from_dict: custom, GC on",
            lambda: [from_dict(row) for row in json.loads(raw)],
        ),
    ]
    if stock is not None:
        stock_row = stock.AnswerReportRow
        stock_from_dict = stock_row.from_dict
        variants += [
            Variant(
                "d",
                "(d)  decode_rows(stock AnswerReportRow): GC paused",
                lambda: decode_rows(stock_row, raw),
            ),
            Variant(
                "e",
                "(e)  json.loads + stock from_dict, GC on (before)",
                lambda: [stock_from_dict(row) for row in json.loads(raw)],
            ),
        ]
    return variants


def page_variants(raw: bytes, stock: ModuleType | None) -> list[Variant]:
    variants = [
        Variant("a", "(a)  json.loads", lambda: json.loads(raw)),
        Variant("a*", "(a*) json.loads, GC paused (reference)", lambda: paused_loads(raw)),
        Variant(
            "b",
            "(b)  decode_model(PagedDispatchReport): custom, GC paused",
            lambda: decode_model(PagedDispatchReport, raw),
        ),
        Variant(
            "c",
            "(c)  json.loads + from_dict: custom, GC on",
            lambda: PagedDispatchReport.from_dict(json.loads(raw)),
        ),
    ]
    if stock is not None:
        stock_page = stock.PagedDispatchReport
        variants += [
            Variant(
                "d",
                "(d)  decode_model(stock PagedDispatchReport): GC paused",
                lambda: decode_model(stock_page, raw),
            ),
            Variant(
                "e",
                "(e)  json.loads + stock from_dict, GC on (before)",
                lambda: stock_page.from_dict(json.loads(raw)),
            ),
        ]
    return variants


def paused_loads(raw: bytes) -> Any:
    with gc_paused():
        return json.loads(raw)


def check_same_objects(answers: bytes, page: bytes, stock: ModuleType | None) -> None:
    """The custom and stock models agree on the benchmark's bodies (first rows)."""
    rows = json.loads(answers)[:SAMPLE]
    custom_rows = [AnswerReportRow.from_dict(row).to_dict() for row in rows]
    assert custom_rows == rows, "custom AnswerReportRow does not round-trip"
    if stock is not None:
        assert custom_rows == [stock.AnswerReportRow.from_dict(row).to_dict() for row in rows]
        data = json.loads(page)
        data["data"] = data["data"][:SAMPLE]
        assert PagedDispatchReport.from_dict(data).to_dict() == (
            stock.PagedDispatchReport.from_dict(data).to_dict()
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds (15)")
    parser.add_argument("--rows", type=int, default=10_000, help="rows per body (10000)")
    parser.add_argument("--no-stock", action="store_true", help="skip (d) and (e)")
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="cpu: this process's CPU time, steady on a shared machine (default); wall: elapsed",
    )
    args = parser.parse_args(argv)
    clock = CLOCKS[args.clock]
    if not gc.isenabled():
        parser.error("the garbage collector is disabled in this process")

    answers, page = build_bodies(args.rows)
    with stock_models(not args.no_stock) as stock:
        check_same_objects(answers, page, stock)
        print(
            f"Decoding benchmark: Python {platform.python_version()}, "
            f"GC thresholds {gc.get_threshold()}, {args.rounds} interleaved rounds, "
            f"{args.clock} time, medians; {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        ratios = [
            report(
                f"GET /v2/report/answer, {args.rows:,} AnswerReportRow rows",
                answers,
                answer_variants(answers, stock),
                args.rounds,
                clock,
            ),
            report(
                f"GET /dispatch, one page of {args.rows:,} PagedDispatchRow rows",
                page,
                page_variants(page, stock),
                args.rounds,
                clock,
            ),
        ]
    met = all(ratio <= TARGET for ratio in ratios)
    print(f"\n(b) within {TARGET:g}x of (a) for both bodies: {'yes' if met else 'NO'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
