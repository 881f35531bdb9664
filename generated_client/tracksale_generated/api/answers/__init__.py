"""Resource classes of the `answers` operations (generated; see codegen_templates/)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property

from ...models import *  # noqa: F403
from ...types import (
    DEFAULT_WINDOW,
    AsyncInvoker,
    CodesInput,
    DateInput,
    Invoker,
    RawResponse,
)
from . import fill_empty_tags, insert_answer, insert_answers, insert_note


class Answers:
    """The `answers` operations."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> AnswersWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return AnswersWithRawResponse(self._invoker)

    def create(
        self,
        campaign_code: int,
        answers: builtins.list[NpsAnswer],
        *,
        return_answer_id: bool = False,
    ) -> AnswerInsertResponse:
        """Insert NPS answers.

        Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
        Each answer needs a name and a score from 0 to 10 (a request that breaks this
        is refused whole) and, depending on the campaign's channel, an email or a
        phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1` to get the new answer ids.
        Never retry this call blindly: a retry inserts the answers twice.

        Low level: ``insert_answer`` (POST ``/v2/answer``).
        """
        response: RawResponse[AnswerInsertResponse] = self._invoker.call(
            insert_answer,
            (),
            {
                "return_answer_id": return_answer_id,
            },
            (
                AnswerRequest,
                {
                    "campaign_code": campaign_code,
                    "answers": answers,
                },
            ),
        )
        return response.parsed

    def create_many(
        self,
        campaign_code: int,
        data: builtins.list[CustomerAnswers],
    ) -> AnswerInsertResponse:
        """Insert answers to every question.

        Inserts complete answers to a campaign whose questions may be of six types:
        NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
        customer's `answers` must follow the campaign's question order; a customer
        whose answers are out of order, miss a required question or hold a value of
        the wrong kind is counted as invalid, and `msg` says why. Each question's
        rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
        and whether it is `optional`. The new answer ids are always returned.

        Low level: ``insert_answers`` (POST ``/v2/answers``).
        """
        response: RawResponse[AnswerInsertResponse] = self._invoker.call(
            insert_answers,
            (),
            {},
            (
                AnswersRequest,
                {
                    "campaign_code": campaign_code,
                    "data": data,
                },
            ),
        )
        return response.parsed

    def add_note(
        self,
        body: NoteByAnswerId | NoteByFilter,
    ) -> NoteResponse:
        """Add an internal note to an answer.

        Adds an internal note to one answer, found either by `answer_id` or by a
        filter: a customer (email, phone or identification), a period
        (`start_date`..`end_date`) and optionally a campaign. With a filter the most
        recent matching answer gets the note.

        Low level: ``insert_note`` (POST ``/v2/note``).
        """
        response: RawResponse[NoteResponse] = self._invoker.call(
            insert_note,
            (),
            {},
            body,
        )
        return response.parsed

    def fill_empty_tags(
        self,
        body: FillTagsByAnswerId | FillTagsByCustomer,
    ) -> FillEmptyTagsResponse:
        """Fill an answer's empty tags.

        Sets tags of one answer (one customer per request, at most 50 tags) without
        overwriting any tag that already has a value. The answer is found by
        `answer_id` or by `customer` (email, phone or identification, optionally
        narrowed by campaign), in which case the most recent answer is used.

        Low level: ``fill_empty_tags`` (POST ``/v2/fill-empty-tags``).
        """
        response: RawResponse[FillEmptyTagsResponse] = self._invoker.call(
            fill_empty_tags,
            (),
            {},
            body,
        )
        return response.parsed


class AnswersWithRawResponse:
    """The `answers` operations, each returning the status, headers and request id with the model."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def create(
        self,
        campaign_code: int,
        answers: builtins.list[NpsAnswer],
        *,
        return_answer_id: bool = False,
    ) -> RawResponse[AnswerInsertResponse]:
        """Insert NPS answers.

        Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
        Each answer needs a name and a score from 0 to 10 (a request that breaks this
        is refused whole) and, depending on the campaign's channel, an email or a
        phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1` to get the new answer ids.
        Never retry this call blindly: a retry inserts the answers twice.

        Low level: ``insert_answer`` (POST ``/v2/answer``).
        """
        response: RawResponse[AnswerInsertResponse] = self._invoker.call(
            insert_answer,
            (),
            {
                "return_answer_id": return_answer_id,
            },
            (
                AnswerRequest,
                {
                    "campaign_code": campaign_code,
                    "answers": answers,
                },
            ),
        )
        return response

    def create_many(
        self,
        campaign_code: int,
        data: builtins.list[CustomerAnswers],
    ) -> RawResponse[AnswerInsertResponse]:
        """Insert answers to every question.

        Inserts complete answers to a campaign whose questions may be of six types:
        NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
        customer's `answers` must follow the campaign's question order; a customer
        whose answers are out of order, miss a required question or hold a value of
        the wrong kind is counted as invalid, and `msg` says why. Each question's
        rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
        and whether it is `optional`. The new answer ids are always returned.

        Low level: ``insert_answers`` (POST ``/v2/answers``).
        """
        response: RawResponse[AnswerInsertResponse] = self._invoker.call(
            insert_answers,
            (),
            {},
            (
                AnswersRequest,
                {
                    "campaign_code": campaign_code,
                    "data": data,
                },
            ),
        )
        return response

    def add_note(
        self,
        body: NoteByAnswerId | NoteByFilter,
    ) -> RawResponse[NoteResponse]:
        """Add an internal note to an answer.

        Adds an internal note to one answer, found either by `answer_id` or by a
        filter: a customer (email, phone or identification), a period
        (`start_date`..`end_date`) and optionally a campaign. With a filter the most
        recent matching answer gets the note.

        Low level: ``insert_note`` (POST ``/v2/note``).
        """
        response: RawResponse[NoteResponse] = self._invoker.call(
            insert_note,
            (),
            {},
            body,
        )
        return response

    def fill_empty_tags(
        self,
        body: FillTagsByAnswerId | FillTagsByCustomer,
    ) -> RawResponse[FillEmptyTagsResponse]:
        """Fill an answer's empty tags.

        Sets tags of one answer (one customer per request, at most 50 tags) without
        overwriting any tag that already has a value. The answer is found by
        `answer_id` or by `customer` (email, phone or identification, optionally
        narrowed by campaign), in which case the most recent answer is used.

        Low level: ``fill_empty_tags`` (POST ``/v2/fill-empty-tags``).
        """
        response: RawResponse[FillEmptyTagsResponse] = self._invoker.call(
            fill_empty_tags,
            (),
            {},
            body,
        )
        return response


class AsyncAnswers:
    """The `answers` operations (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @cached_property
    def with_raw_response(self) -> AsyncAnswersWithRawResponse:
        """The same methods, returning a ``RawResponse`` around each model."""
        return AsyncAnswersWithRawResponse(self._invoker)

    async def create(
        self,
        campaign_code: int,
        answers: builtins.list[NpsAnswer],
        *,
        return_answer_id: bool = False,
    ) -> AnswerInsertResponse:
        """Insert NPS answers.

        Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
        Each answer needs a name and a score from 0 to 10 (a request that breaks this
        is refused whole) and, depending on the campaign's channel, an email or a
        phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1` to get the new answer ids.
        Never retry this call blindly: a retry inserts the answers twice.

        Low level: ``insert_answer`` (POST ``/v2/answer``).
        """
        response: RawResponse[AnswerInsertResponse] = await self._invoker.call(
            insert_answer,
            (),
            {
                "return_answer_id": return_answer_id,
            },
            (
                AnswerRequest,
                {
                    "campaign_code": campaign_code,
                    "answers": answers,
                },
            ),
        )
        return response.parsed

    async def create_many(
        self,
        campaign_code: int,
        data: builtins.list[CustomerAnswers],
    ) -> AnswerInsertResponse:
        """Insert answers to every question.

        Inserts complete answers to a campaign whose questions may be of six types:
        NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
        customer's `answers` must follow the campaign's question order; a customer
        whose answers are out of order, miss a required question or hold a value of
        the wrong kind is counted as invalid, and `msg` says why. Each question's
        rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
        and whether it is `optional`. The new answer ids are always returned.

        Low level: ``insert_answers`` (POST ``/v2/answers``).
        """
        response: RawResponse[AnswerInsertResponse] = await self._invoker.call(
            insert_answers,
            (),
            {},
            (
                AnswersRequest,
                {
                    "campaign_code": campaign_code,
                    "data": data,
                },
            ),
        )
        return response.parsed

    async def add_note(
        self,
        body: NoteByAnswerId | NoteByFilter,
    ) -> NoteResponse:
        """Add an internal note to an answer.

        Adds an internal note to one answer, found either by `answer_id` or by a
        filter: a customer (email, phone or identification), a period
        (`start_date`..`end_date`) and optionally a campaign. With a filter the most
        recent matching answer gets the note.

        Low level: ``insert_note`` (POST ``/v2/note``).
        """
        response: RawResponse[NoteResponse] = await self._invoker.call(
            insert_note,
            (),
            {},
            body,
        )
        return response.parsed

    async def fill_empty_tags(
        self,
        body: FillTagsByAnswerId | FillTagsByCustomer,
    ) -> FillEmptyTagsResponse:
        """Fill an answer's empty tags.

        Sets tags of one answer (one customer per request, at most 50 tags) without
        overwriting any tag that already has a value. The answer is found by
        `answer_id` or by `customer` (email, phone or identification, optionally
        narrowed by campaign), in which case the most recent answer is used.

        Low level: ``fill_empty_tags`` (POST ``/v2/fill-empty-tags``).
        """
        response: RawResponse[FillEmptyTagsResponse] = await self._invoker.call(
            fill_empty_tags,
            (),
            {},
            body,
        )
        return response.parsed


class AsyncAnswersWithRawResponse:
    """The `answers` operations, each returning the status, headers and request id with the model (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def create(
        self,
        campaign_code: int,
        answers: builtins.list[NpsAnswer],
        *,
        return_answer_id: bool = False,
    ) -> RawResponse[AnswerInsertResponse]:
        """Insert NPS answers.

        Inserts answers to a campaign's main NPS question, gathered outside Tracksale.
        Each answer needs a name and a score from 0 to 10 (a request that breaks this
        is refused whole) and, depending on the campaign's channel, an email or a
        phone: answers without a usable one are counted as invalid, not inserted. Pass `return_answer_id=1` to get the new answer ids.
        Never retry this call blindly: a retry inserts the answers twice.

        Low level: ``insert_answer`` (POST ``/v2/answer``).
        """
        response: RawResponse[AnswerInsertResponse] = await self._invoker.call(
            insert_answer,
            (),
            {
                "return_answer_id": return_answer_id,
            },
            (
                AnswerRequest,
                {
                    "campaign_code": campaign_code,
                    "answers": answers,
                },
            ),
        )
        return response

    async def create_many(
        self,
        campaign_code: int,
        data: builtins.list[CustomerAnswers],
    ) -> RawResponse[AnswerInsertResponse]:
        """Insert answers to every question.

        Inserts complete answers to a campaign whose questions may be of six types:
        NPS, CSAT, Single Choice, Review, Open Question and Secondary NPS. Each
        customer's `answers` must follow the campaign's question order; a customer
        whose answers are out of order, miss a required question or hold a value of
        the wrong kind is counted as invalid, and `msg` says why. Each question's
        rule is in `QuestionAnswer`; `listCampaigns` shows each question's `options`
        and whether it is `optional`. The new answer ids are always returned.

        Low level: ``insert_answers`` (POST ``/v2/answers``).
        """
        response: RawResponse[AnswerInsertResponse] = await self._invoker.call(
            insert_answers,
            (),
            {},
            (
                AnswersRequest,
                {
                    "campaign_code": campaign_code,
                    "data": data,
                },
            ),
        )
        return response

    async def add_note(
        self,
        body: NoteByAnswerId | NoteByFilter,
    ) -> RawResponse[NoteResponse]:
        """Add an internal note to an answer.

        Adds an internal note to one answer, found either by `answer_id` or by a
        filter: a customer (email, phone or identification), a period
        (`start_date`..`end_date`) and optionally a campaign. With a filter the most
        recent matching answer gets the note.

        Low level: ``insert_note`` (POST ``/v2/note``).
        """
        response: RawResponse[NoteResponse] = await self._invoker.call(
            insert_note,
            (),
            {},
            body,
        )
        return response

    async def fill_empty_tags(
        self,
        body: FillTagsByAnswerId | FillTagsByCustomer,
    ) -> RawResponse[FillEmptyTagsResponse]:
        """Fill an answer's empty tags.

        Sets tags of one answer (one customer per request, at most 50 tags) without
        overwriting any tag that already has a value. The answer is found by
        `answer_id` or by `customer` (email, phone or identification, optionally
        narrowed by campaign), in which case the most recent answer is used.

        Low level: ``fill_empty_tags`` (POST ``/v2/fill-empty-tags``).
        """
        response: RawResponse[FillEmptyTagsResponse] = await self._invoker.call(
            fill_empty_tags,
            (),
            {},
            body,
        )
        return response
