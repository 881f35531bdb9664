"""The mock's operations: one method per operationId of the document.

Arguments are the document's parameters in snake_case (query flags arrive as the
strings '0', '1', 'false', 'true'); request bodies come as `body`. Each method
returns the JSON-able body of the 200 answer, built afresh (never shared with the
state), or raises `InvalidRequest` (400) or `NotFound` (404). Writes are atomic: a
failing call changes nothing, as each write checks everything that can fail before it
changes the state (see `Store`).
"""

from __future__ import annotations

from typing import Any

from tracksale_mock.domain import (
    answering,
    audience,
    campaigns,
    dispatch_reports,
    dispatching,
    enrichment,
    inputs,
    reports,
    widgets,
)
from tracksale_mock.domain.dates import period
from tracksale_mock.state.clock import MockClock
from tracksale_mock.state.store import Store


class Operations:
    """The API's behaviour over a `Store`, at the time of a `MockClock`."""

    def __init__(self, store: Store, clock: MockClock) -> None:
        self.store = store
        self.clock = clock

    def _now(self) -> int:
        return int(self.clock.now())

    # campaigns and widgets

    def list_campaigns(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        dispatch_limits: str | None = None,
    ) -> list[dict[str, Any]]:
        now = self._now()
        when = period(start, end, now)
        limits = inputs.flag(dispatch_limits, "dispatch_limits")
        with self.store.read() as state:
            return campaigns.listing(state, when, now, limits)

    def get_campaign(
        self,
        *,
        campaign_code: int,
        start: str | None = None,
        end: str | None = None,
        dispatch_limits: str | None = None,
    ) -> list[dict[str, Any]]:
        now = self._now()
        when = period(start, end, now)
        limits = inputs.flag(dispatch_limits, "dispatch_limits")
        with self.store.read() as state:
            campaign = campaigns.require(state, campaign_code)
            return [campaigns.view(state, campaign, when, now, limits)]

    def get_widget(self, *, key: str) -> dict[str, Any]:
        with self.store.read() as state:
            return widgets.widget_view(state, key, self._now())

    def check_can_impact(self, *, campaign_code: int, body: dict[str, Any]) -> dict[str, Any]:
        with self.store.read() as state:
            return audience.can_impact(state, campaign_code, body, self._now())

    def create_survey_links(self, *, campaign_code: int, body: dict[str, Any]) -> dict[str, Any]:
        links = audience.survey_links(campaign_code, body)
        with self.store.read() as state:
            campaigns.require(state, campaign_code)
        return links

    # dispatches

    def dispatch_customers(
        self, *, campaign_code: int, body: dict[str, Any], get_not_inserted: str | None = None
    ) -> dict[str, Any]:
        listed = inputs.flag(get_not_inserted, "getNotInserted")
        with self.store.write() as state:
            return dispatching.dispatch(state, campaign_code, body, listed, self._now())

    def send_dispatch_lot(
        self, *, campaign_code: int, dispatch_code: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        with self.store.write() as state:
            return dispatching.send(state, campaign_code, dispatch_code, body, self._now())

    def list_draft_lots(self, *, campaign_code: int) -> dict[str, Any]:
        with self.store.read() as state:
            return dispatching.drafts(state, campaign_code)

    def discard_draft_lot(self, *, campaign_code: int, lot_code: str) -> dict[str, Any]:
        with self.store.write() as state:
            return dispatching.discard(state, campaign_code, lot_code)

    # answers

    def insert_answer(
        self, *, body: dict[str, Any], return_answer_id: str | None = None
    ) -> dict[str, Any]:
        with_ids = inputs.flag(return_answer_id, "return_answer_id")
        with self.store.write() as state:
            return answering.insert_answer(state, body, with_ids, self._now())

    def insert_answers(self, *, body: dict[str, Any]) -> dict[str, Any]:
        with self.store.write() as state:
            return answering.insert_answers(state, body, self._now())

    def insert_note(self, *, body: dict[str, Any]) -> dict[str, Any]:
        with self.store.write() as state:
            return enrichment.insert_note(state, body, self._now())

    def fill_empty_tags(self, *, body: dict[str, Any]) -> dict[str, Any]:
        with self.store.write() as state:
            return enrichment.fill_empty_tags(state, body)

    # reports

    def get_answer_report(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        limit: int = 10,
        tags: str | None = None,
        justif_return: str = "level",
        codes: str | None = None,
        review: str | None = None,
        nps_secondary: str | None = None,
        open_question: str | None = None,
        csat: str | None = None,
        return_update_time: str | None = None,
    ) -> list[dict[str, Any]]:
        when = period(start, end, self._now())
        rows = inputs.bounded(limit, "limit", -1)
        shape = inputs.choice(justif_return, "justifReturn", ("level", "array"))
        options: dict[str, Any] = {
            "tags": inputs.flag(tags, "tags"),
            "justif_return": shape,
            "review": inputs.flag(review, "review"),
            "nps_secondary": inputs.flag(nps_secondary, "nps_secondary"),
            "open_question": inputs.flag(open_question, "open_question"),
            "csat": inputs.flag(csat, "csat"),
            "update_time": inputs.flag(return_update_time, "return_update_time"),
        }
        chosen = inputs.codes(codes)
        with self.store.read() as state:
            return reports.answer_report(state, when, chosen, rows, options)

    def get_dispatch_report(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        codes: str | None = None,
        channel: str | None = None,
    ) -> list[dict[str, Any]]:
        now = self._now()
        when, chosen = period(start, end, now), inputs.codes(codes)
        with_channel = inputs.flag(channel, "channel")
        with self.store.read() as state:
            return dispatch_reports.dispatch_report(state, when, chosen, with_channel, now)

    def get_nps_report(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        compare: str | None = None,
        codes: str | None = None,
    ) -> dict[str, Any]:
        when, chosen = period(start, end, self._now()), inputs.codes(codes)
        with_compare = inputs.flag(compare, "compare")
        with self.store.read() as state:
            return reports.nps_report(state, when, chosen, with_compare)

    def get_category_report(
        self, *, start: str | None = None, end: str | None = None, codes: str | None = None
    ) -> list[dict[str, Any]]:
        when, chosen = period(start, end, self._now()), inputs.codes(codes)
        with self.store.read() as state:
            return reports.category_report(state, when, chosen)

    def get_status_report(
        self, *, start: str | None = None, end: str | None = None, codes: str | None = None
    ) -> list[dict[str, Any]]:
        when, chosen = period(start, end, self._now()), inputs.codes(codes)
        with self.store.read() as state:
            return reports.status_report(state, when, chosen)

    def list_paged_dispatches(
        self,
        *,
        start: str | None = None,
        end: str | None = None,
        codes: str | None = None,
        channel: str | None = None,
        tags: str | None = None,
        page: int = 1,
        limit: int = 100,
    ) -> dict[str, Any]:
        now = self._now()
        when, chosen = period(start, end, now), inputs.codes(codes)
        flags = (inputs.flag(channel, "channel"), inputs.flag(tags, "tags"))
        number = inputs.bounded(page, "page", 1)
        size = inputs.bounded(limit, "limit", 100, 10_000)
        with self.store.read() as state:
            return dispatch_reports.paged_report(state, when, chosen, flags, number, size, now)

    def get_paged_dispatch_lot(
        self,
        *,
        dispatch_code: str,
        channel: str | None = None,
        tags: str | None = None,
        page: int = 1,
        limit: int = 100,
    ) -> dict[str, Any]:
        flags = (inputs.flag(channel, "channel"), inputs.flag(tags, "tags"))
        number = inputs.bounded(page, "page", 1)
        size = inputs.bounded(limit, "limit", 100, 10_000)
        with self.store.read() as state:
            return dispatch_reports.paged_lot(
                state, dispatch_code, flags, number, size, self._now()
            )
