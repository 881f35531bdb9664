"""Builds the seeded starting state from a fixed seed: the same seed, the same state.

Content: four campaigns (two email, one WhatsApp, one SMS) whose questions cover the
six types, 60 customers (Faker, pt_BR), executed lots over the last 90 days, one
scheduled lot for tomorrow, one open draft lot, about 300 answers with statuses,
priorities, categories, tags (some left empty), justifications and notes, and one
widget. Every time is relative to `reference_time`.

`generate_scaled(answers)` builds a state of about that many answers, for
benchmarks: the same campaigns, one customer per four answers, executed lots of 100
to 500 customers spread over the history (at least 90 days, 2,000 answers a day),
three in five of each lot's customers answering and a quarter of the answers loose.
It reuses the answer generator, so the rows look like the seed's, and builds a
million answers in well under a minute.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from tracksale_mock.domain.dates import DAY
from tracksale_mock.domain.lots import CHANNEL_LABELS, lot_code
from tracksale_mock.seed import texts as text
from tracksale_mock.state.model import (
    Answer,
    Campaign,
    Counters,
    DispatchLimits,
    ExtraAnswer,
    Justification,
    Label,
    Lot,
    LotCustomer,
    LotStatus,
    Note,
    Question,
    State,
    Tag,
    Widget,
    WidgetLimits,
)

SEED = 20_251_126
REFERENCE_TIME = 1_764_158_400  # 2025-11-26T12:00:00Z
DEFAULT_WIDGET_KEY = "wdg-4f2a9c"
FIRST_ANSWER_ID = 6_805_001
HOUR = 3_600

# Status ids; the first one is what new answers get.
WAITING, PENDING, NO_CONTACT, HANDLING, SOLVED = 75, 76, 77, 78, 79


def _campaigns(ref: int) -> list[Campaign]:
    def nps(qid: int, title: str, question: str) -> Question:
        return Question(qid, "NPS", title, question, "O que motivou a sua nota?")

    return [
        Campaign(
            1201,
            "Pós-venda Loja",
            "Pesquisa enviada após cada compra na loja física.",
            "email",
            ref - 420 * DAY,
            [
                nps(501, "Recomendação", "De 0 a 10, quanto você recomendaria a Loja?"),
                Question(502, "Review", "Produto", "Como você avalia o produto?", "Conte mais."),
                Question(
                    503,
                    "Single Choice",
                    "Origem",
                    "Como você conheceu a Loja?",
                    options=["Indicação de amigo", "Redes sociais", "Anúncio", "Passando na rua"],
                ),
                Question(504, "Open Question", "Sugestões", "O que melhorar?", optional=True),
                Question(505, "Secondary NPS", "Marca", "Quanto você indicaria a marca?"),
                Question(506, "CSAT", "Satisfação", "Qual a sua satisfação com o atendimento?"),
            ],
        ),
        Campaign(
            1202,
            "Suporte WhatsApp",
            None,
            "whatsapp",
            ref - 300 * DAY,
            [
                nps(601, "Atendimento", "Quanto você recomendaria nosso suporte?"),
                Question(602, "CSAT", "Resolução", "O seu problema foi resolvido?"),
                Question(603, "Open Question", "Recado", "Quer deixar um recado?", optional=True),
            ],
            DispatchLimits(weekly=500),
        ),
        Campaign(
            1203,
            "Entrega SMS",
            "Pesquisa enviada por SMS após a entrega.",
            "sms",
            ref - 200 * DAY,
            [
                nps(701, "Entrega", "De 0 a 10, como foi a sua entrega?"),
                Question(
                    702,
                    "Single Choice",
                    "Prazo",
                    "A entrega chegou no prazo?",
                    options=["Antes do prazo", "No prazo", "Atrasou"],
                    optional=True,
                ),
                Question(703, "Secondary NPS", "Transportadora", "E a transportadora?"),
            ],
            DispatchLimits(daily=200, monthly=3000),
        ),
        Campaign(
            1204,
            "Onboarding Clientes",
            None,
            "email",
            ref - 120 * DAY,
            [nps(801, "Primeiros dias", "Quanto você recomendaria a nossa plataforma?")],
        ),
    ]


@dataclass
class _Person:
    name: str
    email: str
    phone: str
    identification: str | None


# Per campaign: days before the reference time of each executed lot, and lot sizes.
_LOT_PLAN = {
    1201: ((86, 72, 58, 44, 30, 16, 5), (18, 28)),
    1202: ((80, 60, 40, 20, 8), (15, 22)),
    1203: ((75, 50, 25, 10, 3), (15, 22)),
    1204: ((85, 45, 12), (8, 14)),
}
_SCORE_WEIGHTS = (2, 1, 1, 2, 2, 3, 4, 8, 12, 20, 25)


def _email_local(first: str, last: str) -> str:
    """`first.last` as an email's local part: accents dropped, lower case, no spaces."""
    ascii_name = unicodedata.normalize("NFKD", f"{first}.{last}")
    return ascii_name.encode("ascii", "ignore").decode().lower().replace(" ", "")


class _Generator:
    def __init__(self, seed: int, ref: int, people: int = 60) -> None:
        from faker import Faker  # slow to import; only the generator needs it

        self.rng = random.Random(seed)
        self.fake = Faker("pt_BR")
        self.fake.seed_instance(seed)
        self.ref = ref
        self.campaigns = _campaigns(ref)
        self.people = self._people(60) if people <= 60 else self._many_people(people)
        self.assignees = [f"{self.fake.first_name()} {self.fake.last_name()}" for _ in range(3)]
        self.lots: list[Lot] = []
        self.answers: list[Answer] = []

    def _people(self, count: int) -> list[_Person]:
        people, taken = [], set()
        for number in range(1, count + 1):
            first, last = self.fake.first_name(), self.fake.last_name()
            local = _email_local(first, last)
            while local in taken:
                local += str(self.rng.randint(0, 9))
            taken.add(local)
            domain = self.rng.choice(text.EMAIL_DOMAINS)
            area = self.rng.choice(text.AREA_CODES)
            phone = f"55{area}9{self.rng.randint(0, 99_999_999):08d}"
            ident = f"CLI-{number:06d}" if self.rng.random() < 0.75 else None
            people.append(_Person(f"{first} {last}", f"{local}@{domain}", phone, ident))
        return people

    def _many_people(self, count: int) -> list[_Person]:
        """`count` people quickly: names from pools, contacts made unique by number."""
        firsts = [self.fake.first_name() for _ in range(200)]
        lasts = [self.fake.last_name() for _ in range(200)]
        people = []
        for number in range(1, count + 1):
            first, last = self.rng.choice(firsts), self.rng.choice(lasts)
            local = _email_local(first, last)
            domain = self.rng.choice(text.EMAIL_DOMAINS)
            area = self.rng.choice(text.AREA_CODES)
            phone = f"55{area}9{number:08d}"
            ident = f"CLI-{number:07d}" if self.rng.random() < 0.75 else None
            people.append(_Person(f"{first} {last}", f"{local}.{number}@{domain}", phone, ident))
        return people

    def _tags(self, campaign: Campaign) -> list[Tag]:
        if campaign.code == 1201:
            return [
                Tag("Loja", self.rng.choice(text.STORES)),
                Tag("Produto", self.rng.choice(text.PRODUCTS)),
            ]
        if campaign.code == 1203:
            return [Tag("Região", self.rng.choice(text.REGIONS))]
        return []

    def _lot(self, campaign: Campaign, status: LotStatus, when: int | None, size: int) -> Lot:
        if status == "executed" and when is not None:
            created = when - self.rng.randint(0, 2 * DAY)
        else:
            created = self.ref - (2 * DAY if status == "draft" else 3 * HOUR)
        lot = Lot("", campaign.code, created, status, campaign.main_channel, when)
        finish = when + 7 * DAY if when is not None and self.rng.random() < 0.4 else None
        for person in self.rng.sample(self.people, size):
            lot.customers.append(
                LotCustomer(
                    name=person.name,
                    email=person.email,
                    phone=person.phone,
                    identification=person.identification,
                    tags=self._tags(campaign),
                    finish_time=finish,
                    dispatch_time=when,
                )
            )
        self.lots.append(lot)
        return lot

    def build_lots(self) -> None:
        for campaign in self.campaigns:
            days, (low, high) = _LOT_PLAN[campaign.code]
            for day in days:
                when = self.ref - day * DAY + self.rng.randint(-3 * HOUR, 6 * HOUR)
                self._lot(campaign, "executed", when, self.rng.randint(low, high))
        by_code = {c.code: c for c in self.campaigns}
        self._lot(by_code[1203], "scheduled", self.ref + DAY, 6)
        self._lot(by_code[1201], "draft", None, 3)
        self.lots.sort(key=lambda lot: (lot.create_time, lot.campaign_code))
        for number, lot in enumerate(self.lots, start=1):
            lot.code = lot_code(number)
        for lot in self.lots:
            if lot.status == "executed":
                self._answer_lot(by_code[lot.campaign_code], lot)

    def build_scaled_lots(self, sendings: int, days: int) -> None:
        """Executed lots of 100 to 500 customers, about `sendings` customers in all,
        spread over the last `days` days; about three in five customers answer."""
        weights = (4, 2, 3, 1)  # 1201, 1202, 1203, 1204
        sent = 0
        while sent < sendings:
            campaign = self.rng.choices(self.campaigns, weights=weights)[0]
            when = self.ref - self.rng.randint(HOUR, days * DAY)
            size = min(self.rng.randint(100, 500), len(self.people))
            self._lot(campaign, "executed", when, size)
            sent += size
        self.lots.sort(key=lambda lot: (lot.create_time, lot.campaign_code))
        by_code = {c.code: c for c in self.campaigns}
        for number, lot in enumerate(self.lots, start=1):
            lot.code = lot_code(number)
            self._answer_lot(by_code[lot.campaign_code], lot)

    def _answer_lot(self, campaign: Campaign, lot: Lot) -> None:
        for customer in lot.customers:
            sent = customer.dispatch_time or 0
            if self.rng.random() < 0.3:
                customer.survey_opened = True
            if self.rng.random() >= 0.6:
                continue
            answered = sent + self.rng.randint(5 * 60, 3 * DAY)
            if answered >= self.ref:
                continue
            customer.survey_opened = customer.has_answered = True
            answer = self._answer(campaign, customer, answered, CHANNEL_LABELS[lot.channel])
            answer.lot_code, answer.dispatch_time = lot.code, sent
            if answered - sent > DAY:
                answer.reminder_time = sent + DAY
            answer.tags = [Tag(t.name, t.value) for t in customer.tags]

    def build_loose_answers(self, count: int, days: int = 89) -> None:
        for _ in range(count):
            campaign = self.rng.choice(self.campaigns)
            person = self.rng.choice(self.people)
            when = self.ref - self.rng.randint(HOUR, days * DAY)
            kind = "Link" if self.rng.random() < 0.6 else "API"
            customer = LotCustomer(person.name, person.email, person.phone, person.identification)
            answer = self._answer(campaign, customer, when, kind)
            if kind == "API":
                answer.extra_answers, answer.elapsed_time = [], None

    def _answer(self, campaign: Campaign, who: LotCustomer, when: int, kind: str) -> Answer:
        rng = self.rng
        score = rng.choices(range(11), weights=_SCORE_WEIGHTS)[0]
        pool = (
            text.PROMOTER_COMMENTS
            if score >= 9
            else text.PASSIVE_COMMENTS
            if score >= 7
            else text.DETRACTOR_COMMENTS
        )
        answer = Answer(
            id=0,
            campaign_code=campaign.code,
            time=when,
            type=kind,
            name=who.name or "",
            email=who.email,
            phone=who.phone,
            identification=who.identification,
            nps_answer=score,
            nps_comment=rng.choice(pool) if rng.random() < 0.65 else None,
            elapsed_time=rng.randint(8, 420),
        )
        if rng.random() < 0.04:
            answer.alternative_email = f"contato{rng.randint(100, 999)}@example.com"
        if rng.random() < 0.04:
            answer.alternative_phone = f"5511{rng.randint(30_000_000, 39_999_999)}"
        if rng.random() < 0.03:
            answer.picture = f"https://tracksale.co/pictures/{rng.getrandbits(48):012x}.jpg"
        if answer.nps_comment and rng.random() < 0.7:
            answer.justifications = self._justifications()
        answer.extra_answers = self._extras(campaign, score)
        self._treatment(answer, score)
        if rng.random() < 0.15:
            answer.tags.append(Tag("Região", ""))
        self.answers.append(answer)
        return answer

    def _justifications(self) -> list[Justification]:
        chosen = self.rng.sample(sorted(text.JUSTIFICATIONS), self.rng.randint(1, 2))
        result = []
        for name in chosen:
            children = text.JUSTIFICATIONS[name]
            picked = self.rng.sample(children, min(len(children), self.rng.randint(1, 2)))
            result.append(Justification(name, sorted(picked, key=children.index)))
        return result

    def _extras(self, campaign: Campaign, score: int) -> list[ExtraAnswer]:
        rng = self.rng
        extras = []
        for question in campaign.questions[1:]:
            extra = ExtraAnswer(question.id, question.type)
            if question.type in ("Review", "CSAT"):
                extra.score = min(5, max(1, score // 2 + rng.randint(-1, 1)))
                if question.type == "Review" and rng.random() < 0.4:
                    extra.comment = rng.choice(text.REVIEW_COMMENTS)
            elif question.type == "Secondary NPS":
                extra.score = min(10, max(0, score + rng.randint(-2, 1)))
            elif question.type == "Single Choice":
                if not (question.optional and rng.random() < 0.2):
                    extra.option = rng.choice(question.options)
            elif not question.optional or rng.random() < 0.5:
                extra.comment = rng.choice(text.SUGGESTIONS)
            extras.append(extra)
        return extras

    def _treatment(self, answer: Answer, score: int) -> None:
        rng = self.rng
        recent = self.ref - answer.time < 2 * DAY
        if score <= 6:
            answer.priority = rng.choice(("Alta", "Média"))
            answer.deadline = answer.time + 2 * DAY
            answer.status_id = WAITING if recent else rng.choice((PENDING, HANDLING, SOLVED))
            answer.category_ids = sorted(rng.sample(range(31, 36), rng.randint(1, 2)))
        elif score <= 8:
            answer.priority = rng.choice(("Baixa", "Nenhuma"))
            answer.status_id = WAITING if recent else rng.choice((WAITING, SOLVED, NO_CONTACT))
            answer.category_ids = [rng.randint(31, 35)] if rng.random() < 0.6 else []
        else:
            answer.status_id = WAITING if recent else NO_CONTACT
            answer.category_ids = [rng.randint(31, 35)] if rng.random() < 0.3 else []
        if answer.status_id in (PENDING, HANDLING, SOLVED):
            answer.assignee = rng.choice(self.assignees)
        later = min(self.ref - 60, answer.time + rng.randint(HOUR, 2 * DAY))
        if answer.status_id != WAITING or answer.category_ids:
            answer.update_time = later
        if score <= 6 and answer.status_id != WAITING:
            for _ in range(rng.randint(1, 2)):
                answer.notes.append(Note(rng.choice(text.NOTES), later))

    def _widget(self) -> Widget:
        views = []
        for day in range(40, -1, -1):
            for _ in range(self.rng.randint(0, 12)):
                views.append(self.ref - day * DAY - self.rng.randint(0, DAY - 1))
        return Widget(DEFAULT_WIDGET_KEY, 1, "Widget do site", sorted(views), WidgetLimits(40))

    def finish(self) -> State:
        self.answers.sort(key=lambda a: a.time)
        previous: dict[tuple[int, str], int | None] = {}
        for number, answer in enumerate(self.answers):
            answer.id = FIRST_ANSWER_ID + number
            key = (answer.campaign_code, answer.email or "")
            answer.last_nps_answer = previous.get(key)
            previous[key] = answer.nps_answer
        return State(
            campaigns=self.campaigns,
            lots=self.lots,
            answers=self.answers,
            widgets=[self._widget()],
            statuses=[
                Label(WAITING, "Aguardando tratativa", "#9E9E9E"),
                Label(PENDING, "Pendente Cliente", "#F8D347"),
                Label(NO_CONTACT, "Não precisa contatar", "#8BC34A"),
                Label(HANDLING, "Em tratativa", "#3FA7D6"),
                Label(SOLVED, "Resolvido", "#4CAF50"),
            ],
            categories=[
                Label(31, "Produto", "#F8D347"),
                Label(32, "Entrega", "#3FA7D6"),
                Label(33, "Atendimento", "#E91E63"),
                Label(34, "Preço", "#9C27B0"),
                Label(35, "Site e App", "#FF9800"),
            ],
            counters=Counters(FIRST_ANSWER_ID + len(self.answers), len(self.lots) + 1),
        )


def generate(seed: int = SEED, reference_time: int = REFERENCE_TIME) -> State:
    """The seeded state, its times relative to `reference_time`."""
    generator = _Generator(seed, reference_time)
    generator.build_lots()
    generator.build_loose_answers(75)
    return generator.finish()


def generate_scaled(answers: int, seed: int = SEED, reference_time: int = REFERENCE_TIME) -> State:
    """A state of `answers` answers (at least 100) with lots and sendings in
    proportion (see the module's docstring); its times relative to `reference_time`."""
    answers = max(100, answers)
    days = max(90, answers // 2_000)
    generator = _Generator(seed, reference_time, people=max(61, answers // 4))
    generator.build_scaled_lots(sendings=answers * 5 // 4, days=days)
    extra = answers - len(generator.answers)
    if extra < 0:  # more lot answers than asked for: keep the oldest
        generator.answers.sort(key=lambda a: a.time)
        del generator.answers[answers:]
    generator.build_loose_answers(max(0, extra), days)
    return generator.finish()
