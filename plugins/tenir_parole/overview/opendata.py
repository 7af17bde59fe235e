"""The federation's open data: one CSV row per commune, one per measure of each elected team,
the same in JSON with each measure's figures, a Data Package, and each commune's export as
its site published it (communes/<code INSEE>.json), beside the format's schema."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from tenir_parole.core import schema
from tenir_parole.core import vocabulary as V
from tenir_parole.overview import departements
from tenir_parole.overview.model import Commune, Federation
from tenir_parole.site import datapackage
from tenir_parole.site.opendata import to_csv
from tenir_parole.texts import overview as ui_fr

FORMAT = "tenir-parole-federation/1"
COMMUNE_COLUMNS = tuple(ui_fr.COLUMNS["communes.csv"])
COMMITMENT_COLUMNS = tuple(ui_fr.COLUMNS["engagements.csv"])


def _date(value) -> str:
    return value.isoformat() if value else ""


def commune_rows(communes: Iterable[Commune]) -> Iterable[tuple]:
    names, regions = departements.names(), departements.region_names()
    for c in communes:
        counts = c.status_counts()
        yield (c.insee, c.name, c.department, names[c.department], c.region,
               regions[c.region], "" if c.population is None else c.population, c.site, c.phase,
               c.elected or "", _date(c.reference_date), _date(c.collected),
               _date(c.last_update), len(c.commitments),
               *(counts.get(status, 0) for status in V.STATUSES))


def commitment_rows(communes: Iterable[Commune]) -> Iterable[tuple]:
    for c in communes:
        for m in c.measures:
            yield (c.insee, c.name, c.department, m.measure, m.number, m.title, m.position,
                   m.status or "", _date(m.checked), m.reason or "")


def summary(federation: Federation, licence: str) -> bytes:
    counts = federation.counts()
    whole = {
        "format": FORMAT, "licence": licence,
        "date_de_reference": federation.reference_date.isoformat(),
        "mesures": [{"slug": m.slug, "numero": m.number, "titre": m.title,
                     "communes_apres_election": counts[m.slug].communes,
                     "equipes_engagees": counts[m.slug].committed,
                     "etats": {s: n for s, n in counts[m.slug].statuses.items() if n}}
                    for m in federation.measures],
        # Both zips' strict=True is a guard: equal lengths by construction (a row has a cell per
        # column, with one count per status; commune_rows a row per commune).
        "communes": [dict(zip(COMMUNE_COLUMNS, row, strict=True))  # pragma: no mutate — guard
                     | {"donnees": f"communes/{c.slug}.json"}
                     for c, row in zip(federation.communes,
                                       commune_rows(federation.communes),
                                       strict=True)],  # pragma: no mutate — guard, see above
    }
    return (json.dumps(whole, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def package() -> bytes:
    return datapackage.package("tenir-parole-federation", "Tenir parole — vue d'ensemble", [
        datapackage.resource("communes.csv", COMMUNE_COLUMNS, ui_fr.COLUMNS["communes.csv"],
                             ui_fr.TEXTS["data_communes"]),
        datapackage.resource("engagements.csv", COMMITMENT_COLUMNS,
                             ui_fr.COLUMNS["engagements.csv"], ui_fr.TEXTS["data_commitments"])])


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link when both are on one file system (35,000 copies cost nothing), else a copy;
    collecting replaces files by renaming, so a link never sees a later copy. An earlier
    output's file is removed first: never written through, nor copied onto itself."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def write(folder: Path, federation: Federation, donnees: Path, licence: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "communes.csv": to_csv(COMMUNE_COLUMNS, commune_rows(federation.communes)),
        "engagements.csv": to_csv(COMMITMENT_COLUMNS, commitment_rows(federation.communes)),
        "federation.json": summary(federation, licence),
        "datapackage.json": package(),
        "tenir-parole.schema.json": schema.published("tenir-parole"),
    }
    for name, payload in files.items():
        (folder / name).write_bytes(payload)
    exports = folder / "communes"
    exports.mkdir(exist_ok=True)
    for commune in federation.communes:
        link_or_copy(donnees / commune.file, exports / f"{commune.slug}.json")
