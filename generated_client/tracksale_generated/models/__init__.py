"""Contains all the data models used in inputs/outputs"""

from .answer_insert_response import AnswerInsertResponse
from .answer_report_row import AnswerReportRow
from .answer_request import AnswerRequest
from .answers_request import AnswersRequest
from .api_error import ApiError
from .campaign import Campaign
from .can_impact_request import CanImpactRequest
from .can_impact_response import CanImpactResponse
from .captcha import Captcha
from .category import Category
from .category_count import CategoryCount
from .customer import Customer
from .customer_answers import CustomerAnswers
from .customer_key import CustomerKey
from .discard_lot_response import DiscardLotResponse
from .dispatch_campaign import DispatchCampaign
from .dispatch_limit_set import DispatchLimitSet
from .dispatch_report_lot import DispatchReportLot
from .dispatch_request import DispatchRequest
from .dispatch_response import DispatchResponse
from .dispatch_status import DispatchStatus
from .dispatched_customer import DispatchedCustomer
from .draft_lot import DraftLot
from .draft_lot_list import DraftLotList
from .error_kind import ErrorKind
from .extra_answer import ExtraAnswer
from .fill_empty_tags_response import FillEmptyTagsResponse
from .fill_tags_by_answer_id import FillTagsByAnswerId
from .fill_tags_by_customer import FillTagsByCustomer
from .flag import Flag
from .insert_status import InsertStatus
from .inserted_answer import InsertedAnswer
from .justification_format import JustificationFormat
from .justification_group import JustificationGroup
from .not_inserted_customer import NotInsertedCustomer
from .note_by_answer_id import NoteByAnswerId
from .note_by_filter import NoteByFilter
from .note_filter import NoteFilter
from .note_response import NoteResponse
from .nps_answer import NpsAnswer
from .nps_figures import NpsFigures
from .nps_report import NpsReport
from .paged_dispatch_report import PagedDispatchReport
from .paged_dispatch_row import PagedDispatchRow
from .paged_lot import PagedLot
from .question import Question
from .question_answer import QuestionAnswer
from .question_type import QuestionType
from .report_campaign import ReportCampaign
from .send_lot_request import SendLotRequest
from .send_lot_response import SendLotResponse
from .sending_limit import SendingLimit
from .status_count import StatusCount
from .survey_link_customer import SurveyLinkCustomer
from .survey_links_request import SurveyLinksRequest
from .survey_links_response import SurveyLinksResponse
from .tag import Tag
from .widget import Widget
from .widget_counts import WidgetCounts
from .widget_limits import WidgetLimits

__all__ = (
    "AnswerInsertResponse",
    "AnswerReportRow",
    "AnswerRequest",
    "AnswersRequest",
    "ApiError",
    "Campaign",
    "CanImpactRequest",
    "CanImpactResponse",
    "Captcha",
    "Category",
    "CategoryCount",
    "Customer",
    "CustomerAnswers",
    "CustomerKey",
    "DiscardLotResponse",
    "DispatchCampaign",
    "DispatchedCustomer",
    "DispatchLimitSet",
    "DispatchReportLot",
    "DispatchRequest",
    "DispatchResponse",
    "DispatchStatus",
    "DraftLot",
    "DraftLotList",
    "ErrorKind",
    "ExtraAnswer",
    "FillEmptyTagsResponse",
    "FillTagsByAnswerId",
    "FillTagsByCustomer",
    "Flag",
    "InsertedAnswer",
    "InsertStatus",
    "JustificationFormat",
    "JustificationGroup",
    "NoteByAnswerId",
    "NoteByFilter",
    "NoteFilter",
    "NoteResponse",
    "NotInsertedCustomer",
    "NpsAnswer",
    "NpsFigures",
    "NpsReport",
    "PagedDispatchReport",
    "PagedDispatchRow",
    "PagedLot",
    "Question",
    "QuestionAnswer",
    "QuestionType",
    "ReportCampaign",
    "SendingLimit",
    "SendLotRequest",
    "SendLotResponse",
    "StatusCount",
    "SurveyLinkCustomer",
    "SurveyLinksRequest",
    "SurveyLinksResponse",
    "Tag",
    "Widget",
    "WidgetCounts",
    "WidgetLimits",
)
