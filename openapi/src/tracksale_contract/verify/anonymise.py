"""Consistent fake values for personal data (Faker, pt_BR, seeded).

The fake value of an input depends only on the run's seed, the kind of value and
the input itself (a SHA-256 of the three seeds Faker), so the same person gets the
same fake name, email and phone wherever they appear, in any order. Within a kind
two inputs never share a fake value (a clash draws again), so distinct customers
stay distinct. Shapes are kept: phones and identifications keep their length and
punctuation (and a leading Brazilian country code), comments their number of words
and line breaks, empty values stay empty.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from faker import Faker

Maker = Callable[[Faker, str], str]

# Everyday Portuguese words for fake comments (Faker's lorem for pt_BR is Latin).
_WORDS = (
    "atendimento",
    "rápido",
    "produto",
    "entrega",
    "prazo",
    "loja",
    "equipe",
    "ótimo",
    "bom",
    "ruim",
    "demorou",
    "gostei",
    "recomendo",
    "preço",
    "qualidade",
    "suporte",
    "resolveu",
    "problema",
    "voltarei",
    "compra",
    "site",
    "aplicativo",
    "pedido",
    "chegou",
    "certo",
    "errado",
    "cordial",
    "simpático",
    "caro",
    "barato",
    "tranquilo",
    "fácil",
    "difícil",
    "melhorar",
    "sempre",
    "nunca",
    "muito",
    "pouco",
    "obrigado",
)
_BREAK = re.compile(r"(<br\s*/?>|\n)", re.IGNORECASE)


class Anonymiser:
    """Maps each personal value to a fake one; the same input, the same output."""

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._faker = Faker("pt_BR")
        self._memo: dict[tuple[str, str], str] = {}
        self._taken: dict[str, set[str]] = {}

    def _draw(self, kind: str, value: str, attempt: int) -> Faker:
        digest = hashlib.sha256(f"{self._seed}\0{kind}\0{attempt}\0{value}".encode()).digest()
        self._faker.seed_instance(int.from_bytes(digest[:8], "big"))
        return self._faker

    def _map(self, kind: str, value: str | None, make: Maker) -> str | None:
        if value is None or value == "":
            return value
        key = (kind, value)
        if key in self._memo:
            return self._memo[key]
        taken = self._taken.setdefault(kind, set())
        attempt = 0
        while True:
            fake = make(self._draw(kind, value, attempt), value)
            if fake not in taken and fake != value:
                break
            attempt += 1
        taken.add(fake)
        self._memo[key] = fake
        return fake

    def name(self, value: str | None) -> str | None:
        """A fake full name."""
        return self._map("name", value, lambda f, _: f.name())

    def email(self, value: str | None) -> str | None:
        """A fake address on a reserved example domain."""
        domains = ("example.com", "example.net", "example.org")
        return self._map(
            "email", value, lambda f, _: f"{f.user_name()}@{f.random_element(domains)}"
        )

    def phone(self, value: str | None) -> str | None:
        """Random digits in the same layout, a leading 55 kept."""
        return self._map("phone", value, _phone)

    def identification(self, value: str | None) -> str | None:
        """Random letters and digits in the same layout."""
        return self._map("identification", value, _same_shape)

    def comment(self, value: str | None) -> str | None:
        """Everyday words, as many as the original per line."""
        return self._map("comment", value, _comment)

    def tag_value(self, value: str | None) -> str | None:
        """A fake value: same layout when it has digits, else as many words."""
        return self._map("tag", value, _tag)

    def picture(self, value: str | None) -> str | None:
        """A fake picture URL on a reserved example domain."""
        return self._map(
            "picture", value, lambda f, _: f"https://example.com/p/{f.sha1()[:16]}.jpg"
        )

    def widget_key(self, value: str) -> str:
        """A fake widget key (the real one identifies the account's widget)."""
        fake = self._map("widget", value, lambda f, _: f"wdg-{f.pystr_format('??????').lower()}")
        assert fake is not None
        return fake

    def originals(self) -> set[str]:
        """Every input replaced so far."""
        return {value for _, value in self._memo}


def _phone(faker: Faker, value: str) -> str:
    keep = 2 if value.lstrip("+").startswith("55") else 0
    out, digits = [], 0
    for char in value:
        if char.isdigit():
            digits += 1
            out.append(char if digits <= keep else str(faker.random_digit()))
        else:
            out.append(char)
    return "".join(out)


def _same_shape(faker: Faker, value: str) -> str:
    out = []
    for char in value:
        if char.isdigit():
            out.append(str(faker.random_digit()))
        elif char.isalpha():
            letter = faker.random_uppercase_letter()
            out.append(letter if char.isupper() else letter.lower())
        else:
            out.append(char)
    return "".join(out)


def _words(faker: Faker, count: int) -> str:
    return " ".join(faker.random_element(_WORDS) for _ in range(max(1, count)))


def _comment(faker: Faker, value: str) -> str:
    parts = _BREAK.split(value)
    out = []
    for part in parts:
        if _BREAK.fullmatch(part) or not part.strip():
            out.append(part)
        else:
            text = _words(faker, len(part.split()))
            out.append(text[0].upper() + text[1:] + ".")
    return "".join(out)


def _tag(faker: Faker, value: str) -> str:
    if any(char.isdigit() for char in value):
        return _same_shape(faker, value)
    return _words(faker, len(value.split())).title()
