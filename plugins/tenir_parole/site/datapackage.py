"""Describe CSV files as a Frictionless Data Package (datapackage.json, Table Schemas).

Fields come from the column lists the CSV writers use and their French documentation; a
field's type follows from its name (dates, numbers, yes/no, the closed vocabularies), any
other column is text. A column added to the export is described at once (as text, unless
its name says otherwise).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from tenir_parole.core import vocabulary as V

LICENCE = {"name": "etalab-2.0", "title": "Licence Ouverte / Open Licence 2.0",
           "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"}
#: The manifesto the measures come from: the source of every package.
MANIFESTO = {"title": "Désescalade numérique : dix propositions pour les municipales 2026",
             "path": "https://desescaladenumerique.org/propositions/"}
#: Columns that take one word of a closed vocabulary.
ENUMS: dict[str, tuple[str, ...]] = {"position": V.POSITIONS, "provenance": V.PROVENANCES,
                                     "statut": V.STATUSES,
                                     "raison": (*V.REASONS, V.END_OF_MANDATE_REASON),
                                     "phase": V.PHASES, "liste_elue": ("oui", "non"),
                                     "competence": V.COMPETENCES, "source_type": V.SOURCE_TYPES,
                                     "preuve": V.PROOFS}
#: Numbers (a measure's number, an amount in euros; an order's « numéro » is text: « 2026-078 »).
INTEGERS = ("numero", "mesure_numero", "source_montant", "population")
#: Codes of a fixed shape (the SCDL's SIRET: 14 digits).
PATTERNS = {"COLL_SIRET": "[0-9]{14}"}
#: The CSV dialect of opendata.to_csv: « ; », CRLF, UTF-8 (with a byte-order mark).
DIALECT = {"delimiter": ";", "lineTerminator": "\r\n"}


def field(name: str, description: str) -> dict:
    """One Table Schema field, typed from its name."""
    spec: dict = {"name": name, "description": description, "type": "string"}
    key = name.lower()  # the SCDL columns are upper case (DELIB_DATE, VOTE_POUR)
    if key == "date" or key.endswith("_date") or key.startswith("date_"):
        spec["type"] = "date"
    elif key in INTEGERS or key.endswith("_nombre") or key.startswith("vote_"):
        spec["type"] = "integer"
        spec["constraints"] = {"minimum": 0}
    elif name in ENUMS:
        spec["constraints"] = {"enum": list(ENUMS[name])}
    elif name in PATTERNS:
        spec["constraints"] = {"pattern": PATTERNS[name]}
    return spec


def resource(path: str, columns: Sequence[str], docs: Mapping[str, str], title: str) -> dict:
    """A CSV resource with its Table Schema (every column documented, in file order)."""
    return {"name": path.rsplit(".", 1)[0], "path": path, "title": title,
            "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "dialect": DIALECT,
            "schema": {"fields": [field(name, docs[name]) for name in columns]}}


def package(name: str, title: str, resources: Sequence[dict],
            sources: Sequence[Mapping[str, str]] = ()) -> bytes:
    """datapackage.json (its name: lowercase letters, digits and « - . _ »)."""
    whole = {"profile": "tabular-data-package", "name": name, "title": title,
             "licenses": [LICENCE], "sources": [*sources, MANIFESTO],
             "resources": list(resources)}
    return (json.dumps(whole, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
