"""The published export (donnees/tenir-parole.json): its versioned envelope, and reading it
back into a Dataset with the same models and rules as the YAML folder it was written from.

The export mirrors the folder: ``commune`` is commune.yaml, ``mesures`` the list of
mesures.yaml, ``listes`` one entry per file of listes/ (keyed by its name), ``suivi`` and
``corrections`` the optional files. Reading it validates each part with its file's model and
runs the same cross-file rules, so whatever the model and the rules grow, exports follow.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated

from pydantic import Field

from tenir_parole.core import vocabulary as V
from tenir_parole.core.assembly import Parts, assemble
from tenir_parole.core.dataset import Dataset
from tenir_parole.core.errors import DataError, DataErrors
from tenir_parole.core.fields import SLUG_RE, Date, Integer, Slug, Text, reserved, vocabulary
from tenir_parole.core.loader import Document, PlainNumber
from tenir_parole.core.model import (
    MAX_ENTRIES,
    MAX_LISTS,
    MAX_MEASURES,
    CandidateList,
    Commune,
    Correction,
    CorrectionsFile,
    FollowUp,
    Measure,
    MeasuresFile,
    Status,
    Strict,
)
from tenir_parole.core.validate import validate

#: The format name and version every export carries; a change that breaks readers bumps it.
FORMAT = "tenir-parole/1"
Format = vocabulary("format", (FORMAT,), feminine=False)
#: The most keys one JSON object of an export may have. The largest are ``listes`` and the
#: bilan's maps of measures: a commune has a few lists and a few dozen measures, the
#: federation shows 30 and 40 at most. Beyond, the export is refused as it is parsed, before a
#: model turns each extra key into an error of its own.
MAX_KEYS = 1_000
#: The bilan's keys for commitments kept in part without a reason (site.opendata.bilan).
UNSPECIFIED = "non-precisee"
BILAN_REASONS = (*V.REASONS, UNSPECIFIED, V.END_OF_MANDATE_REASON)
BilanReason = vocabulary("raison", BILAN_REASONS)
Proof = vocabulary("preuve", V.PROOFS)
#: A measure that does not depend on the commune alone: any level but the commune's.
OtherLevel = vocabulary("compétence", tuple(c for c in V.COMPETENCES if c != "commune"))
#: A map keyed by measure, or a list of measures: never more than an export has keys.
Measures = Annotated[list[Slug], Field(min_length=1, max_length=MAX_KEYS)]


def _keys(allowed: tuple[str, ...] = ()) -> dict:
    """The JSON Schema of a map's keys: one of ``allowed``, else a measure's identifier."""
    return {"propertyNames": {"enum": list(allowed)} if allowed else {"pattern": SLUG_RE}}


class Pending(Strict):
    """A request to the mairie still unanswered: when it was made, and for how many days."""

    solicitation: Date = Field(alias="sollicitation")
    days: Integer = Field(alias="jours")


class Bilan(Strict):
    """The home page's figures, as site.opendata.bilan writes them after the election."""

    commitments: Integer = Field(alias="engagements")
    statuses: dict[Status, Integer] = Field(alias="statuts", max_length=len(V.STATUSES),
                                            json_schema_extra=_keys(V.STATUSES))
    reasons: dict[BilanReason, Measures] = Field(
        alias="raisons", max_length=len(BILAN_REASONS), json_schema_extra=_keys(BILAN_REASONS))
    verdicts: Integer
    proofs: dict[Proof, Integer] = Field(alias="preuves", max_length=len(V.PROOFS),
                                         json_schema_extra=_keys(V.PROOFS))
    formal: Integer = Field(alias="decisions_formelles")
    elsewhere: dict[Slug, OtherLevel] = Field(alias="hors_commune", max_length=MAX_KEYS,
                                              json_schema_extra=_keys())
    pending: dict[Slug, Pending] = Field(alias="en_attente_de_la_mairie", max_length=MAX_KEYS,
                                         json_schema_extra=_keys())


class Envelope(Strict):
    """The export's top level, its parts still unchecked (each is checked as its file)."""

    format: Format
    licence: Text
    reference_date: Date = Field(alias="date_de_reference")
    commune: dict
    measures: list = Field(alias="mesures", max_length=MAX_MEASURES)
    lists: dict = Field(alias="listes", max_length=MAX_LISTS)
    followup: dict | None = Field(alias="suivi")
    #: Figures computed from the rest when the export was written: typed and bounded, read
    #: back but not trusted (the federation counts from the rest); none before the election.
    bilan: Bilan | None = None
    corrections: list = Field(max_length=MAX_ENTRIES)


class Export(Envelope):
    """The whole export, as its JSON Schema describes it (schemas/tenir-parole.schema.json)."""

    commune: Commune
    measures: list[Measure] = Field(alias="mesures", min_length=1, max_length=MAX_MEASURES)
    lists: dict[Slug, CandidateList] = Field(alias="listes", max_length=MAX_LISTS)
    followup: FollowUp | None = Field(alias="suivi")
    corrections: list[Correction] = Field(max_length=MAX_ENTRIES)


def parts(data: Dataset) -> dict:
    """The parts of the export that mirror the folder (``commune``, ``mesures``, ``listes``,
    ``suivi``, ``corrections``), as JSON-ready values: what read_export reads back."""

    def dump(model) -> dict:
        return model.model_dump(mode="json", by_alias=True, exclude_none=True)

    return {"commune": dump(data.commune), "mesures": [dump(m) for m in data.measures],
            "listes": {slug: dump(lst) for slug, lst in data.lists.items()},
            "suivi": dump(data.followup) if data.followup else None,
            "corrections": [dump(c) for c in data.corrections]}


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """One JSON object, in time linear in its keys: a key twice is named, more keys than
    ``MAX_KEYS`` refused."""
    whole = dict(pairs)
    if len(whole) < len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ValueError(f"clé « {twice} » en double")
    if len(whole) > MAX_KEYS:
        raise ValueError(f"un objet de {_thousands(len(whole))} clés, plus que les "
                         f"{_thousands(MAX_KEYS)} qu'un export peut avoir")
    return whole


def _thousands(n: int) -> str:
    """« 400 000 », with the narrow no-break space of French typography."""
    return f"{n:,}".replace(",", "\u202f")


def _no_constant(name: str) -> object:
    raise ValueError(f"valeur « {name} » : ce n'est pas du JSON standard")


def parse(payload: bytes, name: str) -> object:
    """Strict JSON: UTF-8, no duplicate key, no object of more than ``MAX_KEYS`` keys, no NaN;
    numbers kept as the loader keeps them (PlainNumber), so the models read them exactly as
    they read YAML. Linear in the size of ``payload``."""
    try:
        text = payload.decode("utf-8")
        return json.loads(text, parse_int=PlainNumber, parse_float=PlainNumber,
                          parse_constant=_no_constant, object_pairs_hook=_unique_keys)
    except UnicodeDecodeError:
        raise DataErrors([DataError(name, 0, "le fichier n'est pas en UTF-8")]) from None
    except ValueError as e:  # json.JSONDecodeError is a ValueError
        raise DataErrors([DataError(name, 0, f"JSON invalide ({e})")]) from None
    except RecursionError:  # brackets nested deeper than the parser goes, under the size cap
        raise DataErrors([DataError(name, 0, "JSON invalide (imbrication trop profonde : "
                                    "un export n'a que quelques niveaux)")]) from None


class _Part(Document):
    """One part of an export, checked as the file it mirrors; JSON parts have no lines: a
    message names its place by path (« … › listes › avenir-commun › positions › 3 »)."""

    def line(self, path) -> int:
        return 0

    def where(self, path) -> tuple[str, int]:
        return (f"{self.file} › {' › '.join(map(str, path))}" if path else self.file), 0

    def at(self, path) -> str:
        return f"« {' › '.join(map(str, path))} »"


def _validated(doc: Document, model, errors: list[DataError]):
    obj, problems = validate(doc, model)
    errors.extend(problems)
    return (doc, obj) if obj is not None else None


def read_export(payload: bytes, name: str, today: dt.date) -> Dataset:
    """The Dataset an export describes; raise DataErrors (French, every problem) otherwise.

    ``today`` bounds its dates (nothing after it, its own reference date neither)."""
    top = _Part(name, parse(payload, name))
    envelope, errors = validate(top, Envelope)
    if envelope is None:
        raise DataErrors(errors)
    if envelope.reference_date > today:
        raise DataErrors([DataError(name, 0, f"date_de_reference "
                                    f"{envelope.reference_date.isoformat()} dans le futur")])

    def part(key: str, data: object) -> Document:
        return _Part(f"{name} › {key}", data)

    parts = Parts(named=set(envelope.lists))
    parts.commune = _validated(part("commune", envelope.commune), Commune, errors)
    # mesures.yaml and corrections.yaml hold their list under a key named as the export's:
    # checked at the top, their messages say « … › mesures › 3 › numero », the path once.
    parts.measures = _validated(_Part(name, {"mesures": envelope.measures}), MeasuresFile,
                                errors)
    for slug, data in envelope.lists.items():
        if not re.fullmatch(SLUG_RE, slug) or reserved(slug):
            errors.append(DataError(name, 0, f"listes : identifiant « {slug} » invalide"))
            continue
        loaded = _validated(part(f"listes › {slug}", data), CandidateList, errors)
        if loaded:
            parts.lists[slug] = loaded
    if not envelope.lists:
        errors.append(DataError(name, 0, "listes : aucune liste"))
    if envelope.followup is not None:
        parts.followup = _validated(part("suivi", envelope.followup), FollowUp, errors)
    parts.corrections = _validated(_Part(name, {"corrections": envelope.corrections}),
                                   CorrectionsFile, errors)
    return assemble(parts, errors, envelope.reference_date)
