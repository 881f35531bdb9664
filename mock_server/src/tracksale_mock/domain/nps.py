"""NPS arithmetic.

Scores 9-10 are promoters, 7-8 passives, 0-6 detractors. Shares are percentages of
the scored answers and the NPS is promoters % minus detractors %, both computed
exactly and then rounded half away from zero to one decimal; a whole result is
given as an integer (45, not 45.0). With no scored answer every share and the NPS
are 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any


def rounded(numerator: int, denominator: int) -> int | float:
    """100 * numerator / denominator to one decimal; 0 when the denominator is 0."""
    if denominator == 0:
        return 0
    value = (Decimal(100 * numerator) / Decimal(denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    return int(value) if value == value.to_integral_value() else float(value)


def counts(scores: Iterable[int | None]) -> tuple[int, int, int]:
    """(promoters, passives, detractors) among the scores; None is no score."""
    promoters = passives = detractors = 0
    for score in scores:
        if score is None:
            continue
        if score >= 9:
            promoters += 1
        elif score >= 7:
            passives += 1
        else:
            detractors += 1
    return promoters, passives, detractors


def score(scores: Iterable[int | None]) -> int | float:
    """The NPS of the scores."""
    promoters, passives, detractors = counts(scores)
    return rounded(promoters - detractors, promoters + passives + detractors)


def figures(scores: Iterable[int | None], dispatches: int) -> dict[str, Any]:
    """The `NpsFigures` body for these scores and dispatch count."""
    return figures_of(*counts(scores), dispatches)


def figures_of(promoters: int, passives: int, detractors: int, dispatches: int) -> dict[str, Any]:
    """The `NpsFigures` body for these counts of scored answers and dispatches."""
    total = promoters + passives + detractors
    return {
        "dispatches": dispatches,
        "promoters": promoters,
        "detractors": detractors,
        "passives": passives,
        "detractors_percentage": rounded(detractors, total),
        "passives_percentage": rounded(passives, total),
        "promoters_percentage": rounded(promoters, total),
        "nps": rounded(promoters - detractors, total),
    }
