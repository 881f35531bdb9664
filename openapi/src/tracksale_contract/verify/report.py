"""The drift report, as text for people and as JSON for CI.

Both say, per operation, how many answers were checked and, per JSON path and kind,
what the contract says, what came back and how often. Exit codes: 0 no drift, 1
drift, 2 the run could not complete (stopped early, or nothing was checked).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tracksale_contract.verify.plan import PlanOptions
from tracksale_contract.verify.runner import RunResult

NO_DRIFT, DRIFT, COULD_NOT_RUN = 0, 1, 2


@dataclass(frozen=True)
class Target:
    """Where a run went: a base URL, or None for the production hosts."""

    base_url: str | None

    def __str__(self) -> str:
        return self.base_url or "https://api.tracksale.co + https://apiv3.track.co"


def exit_code(result: RunResult) -> int:
    """0 when no drift, 1 on drift, 2 when the run stopped early or checked nothing."""
    if result.stopped is not None or not result.tally.responses:
        return COULD_NOT_RUN
    return DRIFT if result.tally.total else NO_DRIFT


def to_json(
    result: RunResult, operations: list[str], target: Target, options: PlanOptions
) -> dict[str, Any]:
    """The report as a JSON-able object."""
    grouped = result.tally.by_operation()
    return {
        "target": str(target),
        "period": {"start": options.start, "end": options.end},
        "requests": result.requests,
        "calls": result.calls,
        "stopped": result.stopped,
        "exit_code": exit_code(result),
        "drift_total": result.tally.total,
        "unchecked": result.unchecked(operations),
        "operations": {
            op: {
                "responses": result.tally.responses[op],
                "drift": [
                    {
                        "path": d.path,
                        "kind": d.kind,
                        "expected": d.expected,
                        "actual": d.actual,
                        "count": count,
                    }
                    for d, count in grouped.get(op, [])
                ],
            }
            for op in operations
        },
    }


def render(report: dict[str, Any]) -> str:
    """The report as text."""
    lines = [
        f"tracksale verify: {report['requests']} requests to {report['target']}, "
        f"period {report['period']['start']} .. {report['period']['end']}",
        "",
        f"{'operation':<22} {'answers':>7} {'drift':>7}",
    ]
    for op, entry in report["operations"].items():
        total = sum(d["count"] for d in entry["drift"])
        lines.append(f"{op:<22} {entry['responses']:>7} {total:>7}")
    for op, entry in report["operations"].items():
        if not entry["drift"]:
            continue
        lines += ["", f"{op}:"]
        for d in entry["drift"]:
            lines.append(
                f"  {d['path']}  {d['kind']}: contract {d['expected']}; "
                f"got {d['actual']}  (x{d['count']})"
            )
    if report["unchecked"]:
        lines += ["", "not checked (no answer): " + ", ".join(report["unchecked"])]
    if report["stopped"]:
        lines += ["", f"stopped early: {report['stopped']}"]
    verdict = {NO_DRIFT: "no drift", DRIFT: "DRIFT", COULD_NOT_RUN: "could not run"}
    lines += ["", f"result: {verdict[report['exit_code']]} (exit {report['exit_code']})"]
    return "\n".join(lines) + "\n"
