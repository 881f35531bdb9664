"""`tracksale verify`: the command line of the read-only contract check."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from tracksale_client import Pacer, Quota, Tracksale
from tracksale_contract.verify.anonymise import Anonymiser
from tracksale_contract.verify.plan import PlanOptions
from tracksale_contract.verify.record import Recorder, dumps
from tracksale_contract.verify.report import COULD_NOT_RUN, Target, exit_code, render, to_json
from tracksale_contract.verify.runner import ReadOnlyTransport, Runner, RunResult
from tracksale_contract.verify.schemas import ResponseSchemas

DESCRIPTION = """\
Check that the API still answers as openapi/tracksale.yaml says. Calls every
read-only (GET) operation of the document with the parameter combinations that
change the shape of the answers, paced under the token's quota, and reports the
drift per operation and JSON path. READ-ONLY: it sends GET requests only and never
creates, sends, changes or deletes anything; any other method is refused before it
reaches the network. A full run costs about 25 requests of the 1,000 per 5 minutes
(more with many campaigns, widgets or rows); it stops at the first 405.
Exit status: 0 no drift, 1 drift, 2 could not run."""


def _quota(text: str) -> Quota:
    try:
        limit, _, period = text.partition("/")
        return Quota(int(limit), float(period.rstrip("s")))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not like 1000/300") from error


def parser() -> argparse.ArgumentParser:
    """The `tracksale` argument parser."""
    top = argparse.ArgumentParser(prog="tracksale", description="Tracksale API toolkit commands.")
    commands = top.add_subparsers(dest="command", required=True)
    verify = commands.add_parser(
        "verify",
        description=DESCRIPTION,
        help="check the contract against a live API (read-only)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = verify.add_argument
    add("--token", help="API token (default: $TRACKSALE_TOKEN); never printed or written")
    add(
        "--base-url",
        help="send everything here (a mock, a gateway); default: both production hosts",
    )
    add("--report", type=Path, metavar="FILE", help="also write the report as JSON")
    add(
        "--record", type=Path, metavar="FILE", help="write what was read as an anonymised mock seed"
    )
    add("--days", type=int, default=90, help="report period: the last N days up to today (90)")
    add(
        "--widget-key",
        action="append",
        default=[],
        metavar="KEY",
        help="widget to read (repeatable)",
    )
    add("--campaigns", type=int, default=3, help="campaigns read one by one (3)")
    add("--max-pages", type=int, default=20, help="pages of 10,000 rows of the paged report (20)")
    add(
        "--quota",
        type=_quota,
        default=Quota(1000, 300.0),
        help="pace under LIMIT/SECONDS (1000/300)",
    )
    add("--anonymise-seed", type=int, default=0, help="seed of the fake values (0)")
    add("--timeout", type=float, default=120.0, help="seconds per request (120)")
    return top


def run(args: argparse.Namespace, token: str) -> tuple[RunResult, PlanOptions]:
    """Send the plan and check every answer."""
    options = PlanOptions.last_days(
        args.days,
        widget_keys=tuple(args.widget_key),
        campaigns=args.campaigns,
        max_pages=args.max_pages,
        record=args.record is not None,
    )
    guard = ReadOnlyTransport(httpx.HTTPTransport())
    with Tracksale(
        token,
        base_url=args.base_url,
        pacing=Pacer(args.quota),
        timeout=httpx.Timeout(args.timeout, connect=10.0),
        transport=guard,
    ) as api:
        return Runner(api, ResponseSchemas(), guard).run(options), options


def main(argv: Sequence[str] | None = None) -> int:
    """Run `tracksale verify`; return the exit status."""
    args = parser().parse_args(argv)
    token = args.token or os.environ.get("TRACKSALE_TOKEN")
    if not token:
        print("tracksale verify: give --token or set TRACKSALE_TOKEN", file=sys.stderr)
        return COULD_NOT_RUN
    schemas = ResponseSchemas()
    result, options = run(args, token)
    report = to_json(result, schemas.read_only_operations(), Target(args.base_url), options)
    sys.stdout.write(render(report))
    if args.report is not None:
        args.report.write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if args.record is not None:
        recording = Recorder(
            result.seen, options, Anonymiser(args.anonymise_seed), int(time.time())
        ).record()
        args.record.write_text(dumps(recording.seed), encoding="utf-8")
        seed = recording.seed
        print(
            f"recorded {len(seed['campaigns'])} campaigns, {len(seed['lots'])} lots, "
            f"{len(seed['answers'])} answers, {len(seed['widgets'])} widgets to {args.record}"
        )
        for note in recording.left_out:
            print(f"  left out: {note}")
    return exit_code(result)


if __name__ == "__main__":
    raise SystemExit(main())
