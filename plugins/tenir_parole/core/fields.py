"""Field types of the model: each validates what the strict loader produced, in French.

Each type also states its JSON Schema so the published schemas say what the loader accepts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated

from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from tenir_parole.core.loader import PlainNumber
from tenir_parole.texts.french import MONTHS, known, slugified

SLUG_RE = r"^[a-z0-9]+(-[a-z0-9]+)*$"
DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
URL_RE = r"^https?://[^\s/]+\.[^\s]+$"
INSEE_RE = r"^([0-9]{5}|2[AB][0-9]{3})$"
EMAIL_RE = r'^[^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[^\s@<>()\[\],;:".]+$'


def _fail(kind: str, message: str, **ctx: object) -> PydanticCustomError:
    return PydanticCustomError(kind, message, ctx or None)


def _shown(value: object) -> str:
    if value is None:
        return "vide"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "un groupe de champs"
    if isinstance(value, list):
        return "une liste"
    return f"« {value} »"


#: What a terminal would obey rather than show (ESC sequences, carriage returns) and the
#: invisible characters that reverse or isolate the direction of writing, so that a text reads
#: otherwise than it is stored: refused in texts; messages show any such character escaped
#: (texts.printable).
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                          "\u2066-\u2069]")


#: What an editor is told each one is.
_CONTROL_NAMES = {"\u202e": "inversion du sens d'écriture", "\u202d": "forçage du sens d'écriture",
                  "\u200f": "marque de droite à gauche", "\x1b": "échappement de terminal"}


def _text(value: object) -> str:
    if isinstance(value, PlainNumber | bool):
        raise _fail("texte_nombre", "{shown} serait lu comme un nombre ou un booléen : "
                    "écrivez-le entre guillemets", shown=_shown(value))
    if not isinstance(value, str):
        raise _fail("texte", "texte attendu, reçu {shown}", shown=_shown(value))
    if found := UNPRINTABLE.search(value):
        char = found.group(0)
        name = _CONTROL_NAMES.get(char, "caractère de contrôle")
        raise _fail("texte_controle", "caractère invisible interdit (U+{code}, {name}) "
                    "à la position {at} du texte : retirez-le (copié d'un autre texte ?)",
                    code=f"{ord(char):04X}", name=name, at=found.start() + 1)
    value = value.strip()
    if not value:
        raise _fail("texte_vide", "texte vide : remplissez-le ou retirez le champ")
    return value


#: Names the site uses itself (pages, anchors) or that Windows refuses as file names.
RESERVED = frozenset({"index", "suivi", "contenu", "con", "prn", "aux", "nul",
                      *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))})


def reserved(slug: str) -> bool:
    return slug in RESERVED


def _slug(value: object) -> str:
    value = _text(value)
    if not re.fullmatch(SLUG_RE, value):
        example = slugified(value) or "ecoles-sans-ecrans"
        raise _fail("identifiant", "identifiant {shown} invalide : minuscules sans accents, "
                    "chiffres et tirets, par exemple « {example} »", shown=_shown(value),
                    example=example)
    if reserved(value):
        raise _fail("identifiant_reserve", "identifiant {shown} réservé par le site : "
                    "choisissez-en un autre", shown=_shown(value))
    return value


def _url(value: object) -> str:
    value = _text(value)
    if not re.fullmatch(URL_RE, value):
        raise _fail("url", "adresse web {shown} invalide : elle doit commencer par "
                    "https:// ou http://", shown=_shown(value))
    return value


def _email(value: object) -> str:
    value = _text(value)
    if not re.fullmatch(EMAIL_RE, value):
        bare = value.removeprefix("mailto:")
        hint = (" : écrivez l'adresse seule, sans « mailto: »" if bare != value
                else " : par exemple suivi@ma-commune.fr")
        raise _fail("courriel", "adresse électronique {shown} invalide{hint}",
                    shown=_shown(value), hint=hint)
    return value


def _insee(value: object) -> str:
    if isinstance(value, PlainNumber):
        raise _fail("insee_guillemets", "code INSEE {shown} : écrivez-le entre guillemets "
                    "(sinon un zéro initial se perd), par exemple \"01234\"", shown=_shown(value))
    value = _text(value)
    if not re.fullmatch(INSEE_RE, value):
        raise _fail("insee", "code INSEE {shown} invalide : cinq caractères, "
                    "par exemple \"01234\" ou \"2A004\"", shown=_shown(value))
    return value


def _digits(name: str, size: int, example: str):
    """A code of ``size`` digits (SIREN, SIRET), written between quotes like the INSEE code."""
    def check(value: object) -> str:
        if isinstance(value, PlainNumber):
            raise _fail("chiffres_guillemets", "{name} {shown} : écrivez-le entre guillemets, "
                        "par exemple \"{example}\"", name=name, shown=_shown(value),
                        example=example)
        value = _text(value).replace(" ", "")
        if not re.fullmatch(f"[0-9]{{{size}}}", value):
            raise _fail("chiffres", "{name} {shown} invalide : {size} chiffres, par exemple "
                        "\"{example}\"", name=name, shown=_shown(value), size=size,
                        example=example)
        return value

    return Annotated[str, BeforeValidator(check),
                     WithJsonSchema({"type": "string", "pattern": f"^[0-9]{{{size}}}$"})]


def _date(value: object) -> dt.date:
    if isinstance(value, str) and re.fullmatch(DATE_RE, value):
        year, month, day = map(int, value.split("-"))
        if not 1 <= month <= 12:
            raise _fail("date", "date {shown} invalide : il n'y a pas de mois {month} (format "
                        "AAAA-MM-JJ, l'année d'abord)", shown=_shown(value), month=month)
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise _fail("date", "date {shown} invalide : le {day} {month} {year} n'existe pas",
                        shown=_shown(value), day=day, month=MONTHS[month - 1], year=year)
        return dt.date(year, month, day)
    raise _fail("date", "date {shown} invalide : format attendu AAAA-MM-JJ, par exemple "
                "2026-03-15", shown=_shown(value))


def _integer(value: object) -> int:
    if isinstance(value, PlainNumber) and re.fullmatch(r"[0-9]+", value):
        return int(value)
    raise _fail("entier", "nombre entier attendu (sans guillemets), reçu {shown}",
                shown=_shown(value))


def _percent(value: object) -> float:
    if isinstance(value, PlainNumber) and re.fullmatch(r"[0-9]+(\.[0-9]+)?", value):
        number = float(value)
        if number <= 100:
            return number
    raise _fail("pourcentage", "pourcentage attendu entre 0 et 100, avec un point décimal "
                "et sans guillemets ni « % » (par exemple 38.5), reçu {shown}",
                shown=_shown(value))


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise _fail("booleen", "true ou false attendu, reçu {shown}", shown=_shown(value))


def vocabulary(name: str, allowed: tuple[str, ...], feminine: bool = True,
               synonyms: dict[str, str] | None = None):
    """A field that takes one slug of ``allowed``; the message lists them all, after a
    suggestion (``synonyms``: words editors use for a value, slugified)."""
    unknown = "inconnue" if feminine else "inconnu"

    def check(value: object) -> str:
        if isinstance(value, str) and value in allowed:
            return value
        raise _fail("vocabulaire", "{name} {shown} {unknown}{known}", name=name,
                    shown=_shown(value), unknown=unknown,
                    known=known(value, allowed, synonyms=synonyms))

    return Annotated[str, BeforeValidator(check), WithJsonSchema({"enum": list(allowed)})]


class FreeText:
    """Marks a field of free text (a name, a quote, a summary): there, a « # » after a space
    would silently cut the text, so the loader's trailing comments are reported."""


class LongText:
    """Marks a text that may run over several lines (a quote, a summary): the form editor
    gives it a text area."""


Text = Annotated[str, BeforeValidator(_text), WithJsonSchema({"type": "string", "minLength": 1}),
                 FreeText()]
#: Text that may carry a little Markdown (links, emphasis); rendered sanitised.
Markdown = Annotated[Text, LongText()]
#: A reference to an identifier defined elsewhere (a measure, a list, a sub-measure): any text
#: here; the rules check it names something that exists, and suggest the closest.
Reference = Annotated[str, BeforeValidator(_text), WithJsonSchema({"type": "string",
                                                                   "pattern": SLUG_RE})]
Slug = Annotated[str, BeforeValidator(_slug), WithJsonSchema({"type": "string",
                                                              "pattern": SLUG_RE})]
Url = Annotated[str, BeforeValidator(_url), WithJsonSchema({"type": "string",
                                                            "pattern": URL_RE})]
Email = Annotated[str, BeforeValidator(_email), WithJsonSchema({"type": "string",
                                                                "pattern": EMAIL_RE})]
InseeCode = Annotated[str, BeforeValidator(_insee), WithJsonSchema({"type": "string",
                                                                   "pattern": INSEE_RE})]
#: The SIREN of a collectivité (9 digits) and the SIRET of one of its establishments (the
#: SIREN and 5 more: the mairie's is what the national schema of deliberations asks for).
Siren = _digits("SIREN", 9, "214202467")
Siret = _digits("SIRET", 14, "21420246700017")
Date = Annotated[dt.date, BeforeValidator(_date),
                 WithJsonSchema({"type": "string", "pattern": DATE_RE, "format": "date"})]
Integer = Annotated[int, BeforeValidator(_integer), WithJsonSchema({"type": "integer",
                                                                   "minimum": 0})]
Percent = Annotated[float, BeforeValidator(_percent),
                    WithJsonSchema({"type": "number", "minimum": 0, "maximum": 100})]
Flag = Annotated[bool, BeforeValidator(_flag), WithJsonSchema({"type": "boolean"})]
