"""Indexes over a state's answers and sendings, for counting any period quickly.

The campaign counters and the answer report ask, on every request, about a period
that moves with the clock. Scanning every answer and every lot customer for that
made those requests cost in proportion to the whole state. An `Activity` sorts the
answers and sending times once; a period is then two binary searches, and counts
come from prefix sums.

An `Activity` describes one version of the state: the store builds it on demand and
drops it on the next write or reset (`Store.derived`), so it is never stale.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from tracksale_mock.domain.dates import Period
from tracksale_mock.domain.lots import is_sent
from tracksale_mock.state.model import Answer, State


class Counts(NamedTuple):
    """A campaign's answers in a period, by the `Campaign` counters."""

    answers: int
    comments: int
    promoters: int
    passives: int
    detractors: int


def _prefix(flags: list[bool]) -> list[int]:
    return [0, *accumulate(flags)]


@dataclass
class CampaignActivity:
    """One campaign's answers (by time) and sending times (sorted)."""

    answer_times: list[int] = field(default_factory=list)
    comments: list[int] = field(default_factory=lambda: [0])
    promoters: list[int] = field(default_factory=lambda: [0])
    passives: list[int] = field(default_factory=lambda: [0])
    detractors: list[int] = field(default_factory=lambda: [0])
    sent_times: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, answers: list[Answer], sent_times: list[int]) -> CampaignActivity:
        """The index of these answers (sorted by time) and sending times (sorted)."""
        scores = [a.nps_answer for a in answers]
        return cls(
            answer_times=[a.time for a in answers],
            comments=_prefix([bool(a.nps_comment and a.nps_comment.strip()) for a in answers]),
            promoters=_prefix([s is not None and s >= 9 for s in scores]),
            passives=_prefix([s is not None and 7 <= s < 9 for s in scores]),
            detractors=_prefix([s is not None and s < 7 for s in scores]),
            sent_times=sent_times,
        )

    def counts(self, period: Period) -> Counts:
        """The counters of the answers in the period."""
        low = bisect_left(self.answer_times, period.start)
        high = max(low, bisect_left(self.answer_times, period.end))
        return Counts(
            answers=high - low,
            comments=self.comments[high] - self.comments[low],
            promoters=self.promoters[high] - self.promoters[low],
            passives=self.passives[high] - self.passives[low],
            detractors=self.detractors[high] - self.detractors[low],
        )

    def sent(self, period: Period) -> int:
        """How many customers were sent the survey in the period."""
        low = bisect_left(self.sent_times, period.start)
        return max(0, bisect_left(self.sent_times, period.end) - low)


_NOBODY = CampaignActivity()


def _by_time(answer: Answer) -> tuple[int, int]:
    return answer.time, answer.id


class Activity:
    """Answers by time, and each campaign's counters index, of one state."""

    def __init__(self, state: State) -> None:
        self.answers = sorted(state.answers, key=_by_time)
        self.answer_times = [a.time for a in self.answers]
        answers: dict[int, list[Answer]] = {}
        for answer in self.answers:
            answers.setdefault(answer.campaign_code, []).append(answer)
        sent: dict[int, list[int]] = {}
        for lot in state.lots:
            if is_sent(lot):
                times = sent.setdefault(lot.campaign_code, [])
                times += [c.dispatch_time for c in lot.customers if c.dispatch_time is not None]
        self._campaigns = {
            code: CampaignActivity.of(answers.get(code, []), sorted(sent.get(code, [])))
            for code in answers.keys() | sent.keys()
        }

    def campaign(self, code: int) -> CampaignActivity:
        """The index of one campaign (empty when it has no answers nor sendings)."""
        return self._campaigns.get(code, _NOBODY)

    def newest(self, period: Period, codes: set[int] | None, limit: int) -> list[Answer]:
        """The period's answers of the chosen campaigns, newest first (by time, then
        id); at most `limit` of them, all of them when `limit` is negative."""
        low = bisect_left(self.answer_times, period.start)
        high = bisect_left(self.answer_times, period.end)
        found: list[Answer] = []
        for index in range(high - 1, low - 1, -1):
            if len(found) == limit:
                break
            answer = self.answers[index]
            if codes is None or answer.campaign_code in codes:
                found.append(answer)
        return found
