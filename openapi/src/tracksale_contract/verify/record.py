"""Turn what a run read into a seed file the mock accepts (`--seed-file`).

The seed format is the one of `mock_server/src/tracksale_mock/seed/data/README.md`,
written here without importing the mock. Personal values go through an
`Anonymiser`; the token, the base URL and widget keys are never written (keys are
replaced). Everything else keeps its
shape: campaigns with their channels and questions, lots with their customers and
sending times, answers with their scores, statuses, categories, justifications and
extra answers, widgets with their opening counts. `reference_time` is the recording
time, so the mock shifts every date to stay as old as it was when read.

Only what the API shows can be recorded: notes, Single Choice options and the
customers of draft lots the API will not list are absent (draft lots then get
placeholder customers, as many as `total_dispatches`).
"""

from __future__ import annotations

from calendar import timegm
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tracksale_contract import seed_text
from tracksale_contract.verify.anonymise import Anonymiser
from tracksale_contract.verify.plan import PlanOptions, Seen

QUESTION_TYPES = ("NPS", "CSAT", "Single Choice", "Review", "Open Question", "Secondary NPS")
CHANNELS = {"email": "email", "sms": "sms", "whatsapp": "whatsapp"}
EXTRA_LISTS = {
    "review": "Review",
    "nps_secondary": "Secondary NPS",
    "open_question": "Open Question",
    "csat": "CSAT",
}
NEW_LABEL_COLOR = "#9E9E9E"
DAY = 86_400


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _channel(label: Any) -> str | None:
    return CHANNELS.get(label.lower()) if isinstance(label, str) else None


@dataclass
class Recording:
    """The seed-file object and what could not be kept."""

    seed: dict[str, Any]
    left_out: list[str] = field(default_factory=list)


class _Labels:
    """Statuses or categories: those the reports listed, plus any an answer names."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.labels: list[dict[str, Any]] = []
        for row in rows:
            ident, name = _int(row.get("id")), _str(row.get("name"))
            if ident is not None and name is not None and not self.by_id(ident):
                color = _str(row.get("color")) or NEW_LABEL_COLOR
                self.labels.append({"id": ident, "name": name, "color": color})

    def by_id(self, ident: int) -> dict[str, Any] | None:
        return next((label for label in self.labels if label["id"] == ident), None)

    def find(self, name: str, ident: int | None = None) -> int:
        """The id of the label named so (or with this id), added when unknown."""
        if ident is not None and self.by_id(ident):
            return ident
        for label in self.labels:
            if label["name"] == name:
                return int(label["id"])
        new = ident if ident is not None else max((lb["id"] for lb in self.labels), default=0) + 1
        self.labels.append({"id": new, "name": name, "color": NEW_LABEL_COLOR})
        return new


class Recorder:
    """Builds the seed-file object of one run."""

    def __init__(self, seen: Seen, options: PlanOptions, anonymiser: Anonymiser, now: int) -> None:
        self.seen = seen
        self.options = options
        self.fake = anonymiser
        self.now = now
        self.left_out: list[str] = []
        self.campaigns: dict[int, dict[str, Any]] = {}
        self.lots: dict[str, dict[str, Any]] = {}

    def record(self) -> Recording:
        """The seed of everything seen."""
        self._campaigns()
        self._executed_lots()
        self._draft_lots()
        statuses = _Labels(_dicts(self.seen.last("getStatusReport")))
        categories = _Labels(_dicts(self.seen.last("getCategoryReport")))
        answers = self._answers(statuses, categories)
        seed: dict[str, Any] = {
            "reference_time": self.now,
            "campaigns": list(self.campaigns.values()),
            "lots": sorted(self.lots.values(), key=lambda lot: (lot["create_time"], lot["code"])),
            "answers": answers,
            "widgets": self._widgets(),
            "statuses": statuses.labels,
            "categories": categories.labels,
        }
        if answers:
            seed["counters"] = {"next_answer_id": max(a["id"] for a in answers) + 1}
        return Recording(seed, self.left_out)

    # Campaigns ----------------------------------------------------------------

    def _campaign_rows(self) -> list[dict[str, Any]]:
        bodies = self.seen.bodies("listCampaigns")
        with_limits = [b for c, b in bodies if c.params.get("dispatch_limits") == "1"]
        return _dicts((with_limits or [b for _, b in bodies] or [None])[-1])

    def _campaigns(self) -> None:
        for row in self._campaign_rows():
            code, channel = _int(row.get("code")), _channel(row.get("main_channel"))
            questions = [q for q in map(_question, _dicts(row.get("questions"))) if q]
            if code is None or channel is None or not questions or questions[0]["type"] != "NPS":
                self.left_out.append(f"campaign {code}: unknown channel or no NPS question first")
                continue
            campaign: dict[str, Any] = {
                "code": code,
                "name": _str(row.get("name")) or str(code),
                "description": _str(row.get("description")),
                "main_channel": channel,
                "create_time": _int(row.get("create_time")) or self.now,
                "questions": questions,
            }
            limits = row.get("dispatch_limits")
            if isinstance(limits, dict):
                campaign["dispatch_limits"] = {
                    name: _int(limits[name].get("limit"))
                    if isinstance(limits.get(name), dict)
                    else None
                    for name in ("daily", "weekly", "monthly")
                }
            self.campaigns[code] = campaign

    # Lots ---------------------------------------------------------------------

    def _customer(self, row: dict[str, Any]) -> dict[str, Any]:
        fake = self.fake
        customer: dict[str, Any] = {
            "name": fake.name(_str(row.get("name"))),
            "email": fake.email(_str(row.get("email"))),
            "phone": fake.phone(_str(row.get("phone"))),
            "identification": fake.identification(_str(row.get("identification"))),
            "tags": self._tags(row.get("tags")),
            "dispatch_time": _int(row.get("dispatch_time")),
            "has_answered": row.get("has_answered") is True,
            "survey_opened": row.get("survey_opened") is True,
        }
        status = _str(row.get("status"))
        if status and status not in ("Draft", "Scheduled"):
            customer["status"] = status
        return customer

    def _tags(self, value: Any) -> list[dict[str, str]]:
        tags = []
        for tag in _dicts(value):
            name, text = _str(tag.get("name")), _str(tag.get("value"))
            if name:
                tags.append({"name": name, "value": self.fake.tag_value(text or "") or ""})
        return tags

    def _paged_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Customers per lot code, from the paged reports (they carry tags)."""
        rows: dict[str, list[dict[str, Any]]] = {}
        bodies = self.seen.bodies("listPagedDispatches") + self.seen.bodies("getPagedDispatchLot")
        for call, body in bodies:
            if call.params.get("tags") != "1" or not isinstance(body, dict):
                continue
            found: dict[str, list[dict[str, Any]]] = {}
            for row in _dicts(body.get("data")):
                code = _str(_obj(row.get("lot")).get("dispatch_code"))
                if code and isinstance(row.get("customer"), dict):
                    found.setdefault(code, []).append(row)
            # A lot's rows come from the first call that listed it (pages of one
            # report extend it; the single-lot report repeats it).
            for code, lot_rows in found.items():
                if code not in rows or call.operation == "listPagedDispatches":
                    rows.setdefault(code, []).extend(lot_rows)
        return rows

    def _executed_lots(self) -> None:
        paged = self._paged_rows()
        for call, body in self.seen.bodies("getDispatchReport"):
            if call.params.get("channel") != "1":
                continue
            for row in _dicts(body):
                code = _str(row.get("dispatch_code"))
                campaign = _obj(row.get("campaign"))
                owner = _int(campaign.get("code"))
                if code is None or owner not in self.campaigns or code in self.lots:
                    continue
                source = [r["customer"] for r in paged.get(code, [])] or _dicts(
                    row.get("customers")
                )
                customers = [self._customer(c) for c in source]
                times = [c["dispatch_time"] for c in customers if c["dispatch_time"] is not None]
                create = _int(row.get("create_time")) or self.now
                status = "scheduled" if row.get("status") == "Scheduled" else "executed"
                self.lots[code] = {
                    "code": code,
                    "campaign_code": owner,
                    "create_time": create,
                    "status": status,
                    "channel": _channel(row.get("channel"))
                    or self.campaigns[owner]["main_channel"],
                    "schedule_time": min(times) if times else create,
                    "customers": customers,
                }

    def _draft_lots(self) -> None:
        paged = self._paged_rows()
        for call, body in self.seen.bodies("listDraftLots"):
            segment = call.path.split("/")[3]  # /v2/campaign/CODE/draft-lot
            owner = int(segment) if segment.isdigit() else None
            if owner not in self.campaigns or not isinstance(body, dict):
                continue
            channel = self.campaigns[owner]["main_channel"]
            for row in _dicts(body.get("lot")):
                code = _str(row.get("code"))
                if code is None or code in self.lots:
                    continue
                customers = [self._customer(r["customer"]) for r in paged.get(code, [])]
                total = _int(row.get("total_dispatches")) or 0
                customers += [
                    self._placeholder(code, i, channel) for i in range(len(customers), total)
                ]
                for customer in customers:
                    customer["dispatch_time"] = None
                    customer.pop("status", None)
                self.lots[code] = {
                    "code": code,
                    "campaign_code": owner,
                    "create_time": _int(row.get("create_time")) or self.now,
                    "status": "draft",
                    "channel": channel,
                    "customers": customers,
                }

    def _placeholder(self, code: str, index: int, channel: str) -> dict[str, Any]:
        person = f"draft {code} {index}"
        return {
            "name": self.fake.name(person),
            "email": self.fake.email(person) if channel == "email" else None,
            "phone": self.fake.phone(f"55119{index:08d}{code}"[:13])
            if channel != "email"
            else None,
            "tags": [],
        }

    def _stub_lot(self, code: str, answer: dict[str, Any]) -> None:
        """A lot an answer names but no report of the period listed: sent before it."""
        before = _start_time(self.options) - DAY
        sent = min(answer.get("dispatch_time") or answer["time"], before)
        campaign = self.campaigns[answer["campaign_code"]]
        self.lots[code] = {
            "code": code,
            "campaign_code": answer["campaign_code"],
            "create_time": sent,
            "status": "executed",
            "channel": campaign["main_channel"],
            "schedule_time": sent,
            "customers": [],
        }

    # Answers ------------------------------------------------------------------

    def _answer_rows(self) -> list[dict[str, Any]]:
        for call, body in reversed(self.seen.bodies("getAnswerReport")):
            if call.params.get("justifReturn") == "level" and call.params.get("limit") == "-1":
                return _dicts(body)
        return []

    def _answers(self, statuses: _Labels, categories: _Labels) -> list[dict[str, Any]]:
        answers: list[dict[str, Any]] = []
        ids: set[int] = set()
        for row in self._answer_rows():
            answer = self._answer(row, statuses, categories)
            if answer is None or answer["id"] in ids:
                continue
            ids.add(answer["id"])
            lot = answer.get("lot_code")
            if lot is not None and lot not in self.lots:
                self._stub_lot(lot, answer)
            answers.append(answer)
        answers.sort(key=lambda a: (a["time"], a["id"]))
        return answers

    def _answer(
        self, row: dict[str, Any], statuses: _Labels, categories: _Labels
    ) -> dict[str, Any] | None:
        ident, code, time = (
            _int(row.get("id")),
            _int(row.get("campaign_code")),
            _int(row.get("time")),
        )
        if ident is None or code not in self.campaigns or time is None:
            self.left_out.append(f"answer {ident}: unknown campaign or no time")
            return None
        fake = self.fake
        status = _str(row.get("status"))
        answer: dict[str, Any] = {
            "id": ident,
            "campaign_code": code,
            "time": time,
            "type": _str(row.get("type")) or "API",
            "name": fake.name(_str(row.get("name"))) or "",
            "email": fake.email(_str(row.get("email"))),
            "phone": fake.phone(_str(row.get("phone"))),
            "identification": fake.identification(_str(row.get("identification"))),
            "alternative_email": fake.email(_str(row.get("alternative_email"))),
            "alternative_phone": fake.phone(_str(row.get("alternative_phone"))),
            "nps_answer": _int(row.get("nps_answer")),
            "last_nps_answer": _int(row.get("last_nps_answer")),
            "nps_comment": fake.comment(_str(row.get("nps_comment"))),
            "lot_code": _str(row.get("lot_code")),
            "deadline": _int(row.get("deadline")),
            "elapsed_time": _int(row.get("elapsed_time")),
            "dispatch_time": _int(row.get("dispatch_time")),
            "reminder_time": _int(row.get("reminder_time")),
            "status_id": statuses.find(status) if status else None,
            "priority": _str(row.get("priority")) or "Nenhuma",
            "assignee": fake.name(_str(row.get("assignee"))),
            "picture": fake.picture(_str(row.get("picture"))),
            "tags": self._tags(row.get("tags")),
            "category_ids": [
                categories.find(c["name"], _int(c.get("id")))
                for c in _dicts(row.get("categories"))
                if _str(c.get("name"))
            ],
            "justifications": _justifications(row.get("justifications")),
            "extra_answers": self._extras(row, code),
            "update_time": _int(row.get("update_time")),
        }
        return answer

    def _extras(self, row: dict[str, Any], code: int) -> list[dict[str, Any]]:
        known = {q["id"]: q["type"] for q in self.campaigns[code]["questions"]}
        extras = []
        for name, kind in EXTRA_LISTS.items():
            for item in _dicts(row.get(name)):
                question = _int(item.get("question_id"))
                if question is None or known.get(question) != kind:
                    continue
                extras.append(
                    {
                        "question_id": question,
                        "type": kind,
                        "score": _int(item.get("score")),
                        "comment": self.fake.comment(_str(item.get("comment"))),
                    }
                )
        return extras

    # Widgets ------------------------------------------------------------------

    def _widgets(self) -> list[dict[str, Any]]:
        widgets = []
        for call, body in self.seen.bodies("getWidget"):
            if not isinstance(body, dict) or _int(body.get("id")) is None:
                continue
            key = self.fake.widget_key(call.path.rsplit("/", 1)[-1])
            views = _obj(body.get("views"))
            limits = _obj(body.get("limits"))
            widgets.append(
                {
                    "key": key,
                    "id": body["id"],
                    "name": _str(body.get("name")) or key,
                    "view_times": view_times(views, self.now),
                    "limits": {n: _int(limits.get(n)) or 0 for n in ("daily", "weekly", "monthly")},
                }
            )
        return widgets


def _question(row: dict[str, Any]) -> dict[str, Any] | None:
    ident, kind = _int(row.get("id")), row.get("type")
    if ident is None or kind not in QUESTION_TYPES:
        return None
    question = {
        "id": ident,
        "type": kind,
        "title": _str(row.get("title")) or "",
        "question": _str(row.get("question")) or "",
    }
    if _str(row.get("secondary")) is not None:
        question["secondary"] = row["secondary"]
    # The answer rules the listing shows (inferred fields; a service may omit them).
    options = row.get("options")
    if isinstance(options, list) and all(isinstance(o, str) for o in options) and options:
        question["options"] = list(options)
    if row.get("optional") is True:
        question["optional"] = True
    return question


def _justifications(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str):
            found.append({"name": item, "children": []})
        elif isinstance(item, dict) and _str(item.get("name")):
            children = item.get("children")
            kids = [c for c in children if isinstance(c, str)] if isinstance(children, list) else []
            found.append({"name": item["name"], "children": kids})
    return found


def _start_time(options: PlanOptions) -> int:
    day = datetime.fromisoformat(options.start[:10]).replace(tzinfo=UTC)
    return timegm(day.utctimetuple())


def view_times(views: dict[str, Any], now: int) -> list[int]:
    """Opening times that give these daily, weekly and monthly counts at `now` (UTC)."""
    moment = datetime.fromtimestamp(now, UTC)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    week = day - timedelta(days=day.weekday())
    month = day.replace(day=1)
    day_s, week_s, month_s = (timegm(d.utctimetuple()) for d in (day, week, month))
    daily = max(0, _int(views.get("daily")) or 0)
    weekly = max(daily, _int(views.get("weekly")) or 0)
    times = _spread(daily, day_s, now + 1)
    times += _spread(weekly - daily, week_s, day_s)
    in_month = sum(1 for t in times if t >= month_s)
    monthly = max(0, (_int(views.get("monthly")) or 0) - in_month)
    times += _spread(monthly, month_s, min(week_s, day_s) if week_s > month_s else day_s)
    return sorted(times)


def _spread(count: int, start: int, end: int) -> list[int]:
    """`count` instants evenly in [start, end), or none when the span is empty."""
    if count <= 0 or end <= start:
        return []
    return [start + (end - start) * i // count for i in range(count)]


def dumps(seed: dict[str, Any]) -> str:
    """The seed file's text, as the mock writes its own."""
    return seed_text(seed)
