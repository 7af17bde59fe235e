"""Open data: the whole dataset as CSV (one row per stance, one per update) and JSON.

CSV files are UTF-8 with a byte-order mark, « ; » separated and CRLF-terminated: French-locale
Excel opens them with accents and columns right, and LibreOffice detects all three.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

import pydantic_core

from pledges import datapackage, ui_fr
from tenir_parole.data import schema
from tenir_parole.data.dataset import Dataset
from tenir_parole.data.export import FORMAT

POSITION_COLUMNS = ("liste", "liste_nom", "liste_elue", "mesure", "mesure_numero",
                    "mesure_titre", "position", "provenance", "citation", "date", "source_url",
                    "source_description", "source_archive", "sous_mesures",
                    "sollicitation_date", "sollicitation_moyen", "droit_de_reponse")
UPDATE_COLUMNS = ("mesure", "mesure_numero", "mesure_titre", "date", "statut", "resume",
                  "raison", "source_url", "source_description", "source_archive",
                  "reponse_mairie_date", "reponse_mairie")


def _source(source) -> tuple[str, str, str]:
    if source is None:
        return "", "", ""
    return source.url or "", source.description or "", source.archive or ""


def position_rows(data: Dataset) -> Iterable[tuple]:
    for slug, lst in data.lists.items():
        for measure in data.measures:
            s = data.stance(slug, measure.slug)
            asked = s.solicitation
            yield (slug, lst.name, "oui" if slug == data.commune.elected_list else "non",
                   measure.slug, measure.number, measure.title, s.position, s.provenance or "",
                   s.quote or "", s.date.isoformat() if s.date else "", *_source(s.source),
                   " ".join(s.sub_measures), asked.date.isoformat() if asked else "",
                   asked.means if asked else "", s.reply.text if s.reply else "")


def update_rows(data: Dataset) -> Iterable[tuple]:
    for u in data.updates():
        measure = data.measure(u.measure)
        reply = u.town_hall_reply
        yield (u.measure, measure.number, measure.title, u.date.isoformat(), u.status,
               u.summary, u.reason or "", *_source(u.source),
               reply.date.isoformat() if reply else "", reply.text if reply else "")


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
    def dump(model) -> dict:
        return model.model_dump(mode="json", by_alias=True, exclude_none=True)

    whole = {
        "format": FORMAT,
        "licence": licence,
        "date_de_reference": data.reference_date.isoformat(),
        "commune": dump(data.commune),
        "mesures": [dump(m) for m in data.measures],
        "listes": {slug: dump(lst) for slug, lst in data.lists.items()},
        "suivi": dump(data.followup) if data.followup else None,
        "corrections": [dump(c) for c in data.corrections],
    }
    # pydantic's serialiser writes what json.dumps(indent=1, ensure_ascii=False) writes, in Rust.
    return pydantic_core.to_json(whole, indent=1)


def package(data: Dataset) -> bytes:
    """datapackage.json: the two CSV files, each with its Table Schema."""
    commune = data.commune
    sources = [{"title": f"Tenir parole — {commune.name}", "path": commune.site}
               ] if commune.site else []
    return datapackage.package(
        f"tenir-parole-{commune.insee_code.lower()}", f"Tenir parole — {commune.name}",
        [datapackage.resource("positions.csv", POSITION_COLUMNS,
                              ui_fr.COLUMNS["positions.csv"], ui_fr.TEXTS["data_positions"]),
         datapackage.resource("suivi.csv", UPDATE_COLUMNS, ui_fr.COLUMNS["suivi.csv"],
                              ui_fr.TEXTS["data_updates"])], sources)


def files(data: Dataset, licence: str) -> dict[str, bytes]:
    """File name (inside donnees/) → bytes."""
    return {
        "positions.csv": to_csv(POSITION_COLUMNS, position_rows(data)),
        "suivi.csv": to_csv(UPDATE_COLUMNS, update_rows(data)),
        "tenir-parole.json": to_json(data, licence),
        "tenir-parole.schema.json": schema.render("tenir-parole").encode("utf-8"),
        "datapackage.json": package(data),
    }
