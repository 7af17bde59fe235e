"""Open data: the whole dataset as CSV (one row per stance, per update, per measure, per
commitment not kept) and JSON, with the bilan's figures.

A source's typed fields follow the stance or update columns; a council deliberation's take the
names of the national open-data schema for deliberations (SCDL « Délibérations » : COLL_NOM,
COLL_SIRET, DELIB_ID, DELIB_DATE, DELIB_OBJET, VOTE_*, DELIB_URL).

CSV files are UTF-8 with a byte-order mark, « ; » separated and CRLF-terminated: French-locale
Excel opens them with accents and columns right, and LibreOffice detects all three.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

import pydantic_core

from tenir_parole import texts as ui_fr
from tenir_parole.core import export, schema
from tenir_parole.core.dataset import Dataset
from tenir_parole.core.model import Source
from tenir_parole.site import datapackage

POSITION_COLUMNS = ("liste", "liste_nom", "liste_elue", "mesure", "mesure_numero",
                    "mesure_titre", "position", "provenance", "citation", "date", "source_url",
                    "source_description", "source_archive", "sous_mesures",
                    "sollicitation_date", "sollicitation_moyen", "droit_de_reponse")
UPDATE_COLUMNS = ("mesure", "mesure_numero", "mesure_titre", "date", "statut", "resume",
                  "raison", "source_url", "source_description", "source_archive",
                  "reponse_mairie_date", "reponse_mairie")
#: A source's type and typed fields, after each file's own columns.
SOURCE_COLUMNS = ("source_type", "source_numero", "source_date", "source_objet",
                  "source_document", "source_chapitre", "source_montant", "source_lieu",
                  "source_expediteur", "source_destinataire", "COLL_NOM", "COLL_SIRET",
                  "DELIB_ID", "DELIB_DATE",
                  "DELIB_OBJET", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
                  "VOTE_ABSTENTION", "DELIB_URL")
UPDATE_MORE = ("preuve", "sollicitation_date", "sollicitation_moyen", "demande_portee_date",
               "demande_portee_aupres_de")
MEASURE_COLUMNS = ("numero", "slug", "titre", "competence", "competence_nom", "competence_note",
                   "competence_source_url")
REASON_COLUMNS = ("raison", "statut", "mesure", "mesure_numero", "mesure_titre", "date")


def _source(source) -> tuple[str, str, str]:
    if source is None:
        return "", "", ""
    return source.url or "", source.description or "", source.archive or ""


def _text(value: object) -> object:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else value


def _typed(data: Dataset, source: Source | None) -> tuple:
    """SOURCE_COLUMNS for ``source``: a deliberation's commune, number, date, subject and URL
    in the SCDL columns, any other type's in the source_* ones."""
    if source is None:
        return ("",) * len(SOURCE_COLUMNS)
    delib = source.kind == "deliberation"
    council = (data.commune.name, data.commune.siret) if delib else (None, None)
    vote = source.vote
    generic = (source.number, source.date, source.subject) if not delib else (None,) * 3
    scdl = (source.number, source.date, source.subject) if delib else (None,) * 3
    votes = ((vote.members, vote.voters, vote.yes, vote.no, vote.abstentions) if vote
             else (None,) * 5)
    return tuple(_text(v) for v in (
        source.kind, *generic, source.document, source.chapter, source.amount, source.place,
        source.sender, source.recipient, *council, *scdl, *votes,
        source.url if delib else None))


def position_rows(data: Dataset) -> Iterable[tuple]:
    for slug, lst in data.lists.items():
        for measure in data.measures:
            s = data.stance(slug, measure.slug)
            asked = s.solicitation
            yield (slug, lst.name, "oui" if slug == data.commune.elected_list else "non",
                   measure.slug, measure.number, measure.title, s.position, s.provenance or "",
                   s.quote or "", s.date.isoformat() if s.date else "", *_source(s.source),
                   " ".join(s.sub_measures), asked.date.isoformat() if asked else "",
                   asked.means if asked else "", s.reply.text if s.reply else "",
                   *_typed(data, s.source))


def update_rows(data: Dataset) -> Iterable[tuple]:
    for u in data.updates():
        measure = data.measure(u.measure)
        reply = u.town_hall_reply
        asked, carried = u.solicitation, u.carried
        yield (u.measure, measure.number, measure.title, u.date.isoformat(), u.status,
               u.summary, u.reason or "", *_source(u.source),
               reply.date.isoformat() if reply else "", reply.text if reply else "",
               *_typed(data, u.source), u.source.proof if u.source else "",
               _text(asked and asked.date), _text(asked and asked.means),
               _text(carried and carried.date), _text(carried and carried.to))


def measure_rows(data: Dataset) -> Iterable[tuple]:
    for m in data.measures:
        k = m.competence
        yield (m.number, m.slug, m.title, k.level if k else "", _text(data.competence_name(m)),
               _text(k and k.note), _text(k and k.source and k.source.url))


def reason_rows(data: Dataset) -> Iterable[tuple]:
    for reason, items in data.reasons().items():
        for measure, update in items:
            yield (reason, update.status, measure.slug, measure.number, measure.title,
                   update.date.isoformat())


def bilan(data: Dataset) -> dict | None:
    """The home page's bilan, as figures: statuses, reasons, proofs, pending requests."""
    if not data.after_election:
        return None
    return {
        "engagements": len(data.commitments()),
        "statuts": data.status_counts(),
        "raisons": {reason or "non-precisee": [m.slug for m, _ in items]
                    for reason, items in data.reasons().items()},
        "verdicts": len(data.verdicts()),
        "preuves": data.proof_counts(),
        "decisions_formelles": data.formal_count(),
        "hors_commune": {m.slug: m.competence.level for m in data.elsewhere()},
        "en_attente_de_la_mairie": {m.slug: {"sollicitation": u.solicitation.date.isoformat(),
                                             "jours": days} for m, u, days in data.pending()},
    }


def cell(value: object) -> object:
    """Text a spreadsheet would run as a formula (= + - @ …) gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(header: tuple[str, ...], rows: Iterable[tuple]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json(data: Dataset, licence: str) -> bytes:
    folder = export.parts(data)
    whole = {
        "format": export.FORMAT,
        "licence": licence,
        "date_de_reference": data.reference_date.isoformat(),
        **{key: folder[key] for key in ("commune", "mesures", "listes", "suivi")},
        "bilan": bilan(data),  # before corrections: the order exports have always had
        "corrections": folder["corrections"],
    }
    # pydantic's serialiser writes what json.dumps(indent=1, ensure_ascii=False) writes, in Rust.
    return pydantic_core.to_json(whole, indent=1)


#: Each CSV file: its columns, its rows, and what one row is (a key of ui_fr.TEXTS).
CSV_FILES = {
    "positions.csv": ((*POSITION_COLUMNS, *SOURCE_COLUMNS), position_rows, "data_positions"),
    "suivi.csv": ((*UPDATE_COLUMNS, *SOURCE_COLUMNS, *UPDATE_MORE), update_rows, "data_updates"),
    "mesures.csv": (MEASURE_COLUMNS, measure_rows, "data_measures"),
    "raisons.csv": (REASON_COLUMNS, reason_rows, "data_reasons"),
}


def column_docs(file: str) -> dict[str, str]:
    """Every documented column of ``file``: its own table of ui_fr.COLUMNS, and any shared
    one that names it (« sources (positions.csv et suivi.csv) »)."""
    return {name: doc for title, columns in ui_fr.COLUMNS.items() if file in title
            for name, doc in columns.items()}


def package(data: Dataset) -> bytes:
    """datapackage.json: every CSV file, each with its Table Schema."""
    commune = data.commune
    title = ui_fr.TEXTS["data_package_title"].format(commune=commune.name)
    sources = [{"title": title, "path": commune.site}] if commune.site else []
    return datapackage.package(
        f"tenir-parole-{commune.insee_code.lower()}", title,
        [datapackage.resource(file, columns, column_docs(file), ui_fr.TEXTS[what])
         for file, (columns, _, what) in CSV_FILES.items()], sources)


def files(data: Dataset, licence: str) -> dict[str, bytes]:
    """File name (inside donnees/) → bytes."""
    return {
        **{file: to_csv(columns, rows(data)) for file, (columns, rows, _) in CSV_FILES.items()},
        "tenir-parole.json": to_json(data, licence),
        "tenir-parole.schema.json": schema.published("tenir-parole"),
        "datapackage.json": package(data),
    }
