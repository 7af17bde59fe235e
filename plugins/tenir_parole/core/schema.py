"""Export a JSON Schema per file kind, so editors' tools complete keys and flag mistakes.

`make schemas` rewrites schemas/; a test fails when they drift from the model.
"""

from __future__ import annotations

import json
from pathlib import Path

from tenir_parole.core.export import Export
from tenir_parole.core.model import FILE_KINDS

#: Every published schema: one per YAML file kind, and the JSON export's.
SCHEMAS = {**FILE_KINDS, "tenir-parole": Export}

TITLES = {
    "commune": "Tenir parole — la commune (pledges/commune.yaml)",
    "mesures": "Tenir parole — les mesures (pledges/mesures.yaml)",
    "liste": "Tenir parole — une liste candidate (pledges/listes/<nom>.yaml)",
    "suivi": "Tenir parole — le suivi de l'équipe élue (pledges/suivi.yaml)",
    "corrections": "Tenir parole — le journal des corrections (pledges/corrections.yaml)",
    "tenir-parole": "Tenir parole — les données ouvertes d'une commune "
                    "(donnees/tenir-parole.json, format tenir-parole/1)",
}


def schema_for(kind: str) -> dict:
    schema = SCHEMAS[kind].model_json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": TITLES[kind],
            **{k: v for k, v in schema.items() if k != "title"}}


def render(kind: str) -> str:
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


#: The schemas the repository ships (`make schemas` writes them; a test holds them to the
#: model): what a build publishes, read rather than computed again at every build.
SHIPPED = Path(__file__).resolve().parents[3] / "schemas"


def published(kind: str) -> bytes:
    """The shipped schema of ``kind``, as published beside the open data."""
    return (SHIPPED / f"{kind}.schema.json").read_bytes()


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in SCHEMAS:
        path = folder / f"{kind}.schema.json"
        path.write_text(render(kind), encoding="utf-8")
        written.append(path)
    return written

