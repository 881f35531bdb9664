"""The operations, one package per tag; ``Resources``/``AsyncResources`` add one attribute per tag."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..types import AsyncInvoker, Invoker

if TYPE_CHECKING:
    from .answers import Answers, AsyncAnswers
    from .campaigns import AsyncCampaigns, Campaigns
    from .dispatches import AsyncDispatches, Dispatches
    from .reports import AsyncReports, Reports
    from .widgets import AsyncWidgets, Widgets


class Resources:
    """One attribute per tag of the document, built on first use; needs ``_invoker``."""

    _invoker: Invoker

    @cached_property
    def campaigns(self) -> Campaigns:
        """The `campaigns` operations: ``list_campaigns``, ``get_campaign``, ``check_can_impact``, ``create_survey_links``."""
        from .campaigns import Campaigns

        return Campaigns(self._invoker)

    @cached_property
    def widgets(self) -> Widgets:
        """The `widgets` operations: ``get_widget``."""
        from .widgets import Widgets

        return Widgets(self._invoker)

    @cached_property
    def dispatches(self) -> Dispatches:
        """The `dispatches` operations: ``dispatch_customers``, ``send_dispatch_lot``, ``list_draft_lots``, ``discard_draft_lot``."""
        from .dispatches import Dispatches

        return Dispatches(self._invoker)

    @cached_property
    def answers(self) -> Answers:
        """The `answers` operations: ``insert_answer``, ``insert_answers``, ``insert_note``, ``fill_empty_tags``."""
        from .answers import Answers

        return Answers(self._invoker)

    @cached_property
    def reports(self) -> Reports:
        """The `reports` operations: ``get_answer_report``, ``get_dispatch_report``, ``get_nps_report``, ``get_category_report``, ``get_status_report``, ``list_paged_dispatches``, ``get_paged_dispatch_lot``."""
        from .reports import Reports

        return Reports(self._invoker)


class AsyncResources:
    """The async twin of ``Resources``; needs ``_invoker``."""

    _invoker: AsyncInvoker

    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """The `campaigns` operations (async)."""
        from .campaigns import AsyncCampaigns

        return AsyncCampaigns(self._invoker)

    @cached_property
    def widgets(self) -> AsyncWidgets:
        """The `widgets` operations (async)."""
        from .widgets import AsyncWidgets

        return AsyncWidgets(self._invoker)

    @cached_property
    def dispatches(self) -> AsyncDispatches:
        """The `dispatches` operations (async)."""
        from .dispatches import AsyncDispatches

        return AsyncDispatches(self._invoker)

    @cached_property
    def answers(self) -> AsyncAnswers:
        """The `answers` operations (async)."""
        from .answers import AsyncAnswers

        return AsyncAnswers(self._invoker)

    @cached_property
    def reports(self) -> AsyncReports:
        """The `reports` operations (async)."""
        from .reports import AsyncReports

        return AsyncReports(self._invoker)
