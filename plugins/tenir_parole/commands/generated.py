"""Files the repository ships that are made from the code, and the commands that remake
them (a test fails when one drifts):

- `make schemas`: schemas/*.json, from the model, and the form editor's configuration
  (editeur/config.yml, editeur/forges/*.yml), from the same model;
- `make federation-exemples`: federation/donnees/ and federation/communes.txt, fictional
  communes made from the example commune and the test fixtures (other names, INSEE codes and
  départements), exported with the current export code;
- `make geographie VERSION=…`: geographie/cog-<year>.tsv and its README.md, from Etalab's
  package (commands.cog; npm is needed for this one only).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sys
from pathlib import Path

from tenir_parole.commands.options import Options
from tenir_parole.core import form
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.dataset import Dataset
from tenir_parole.core.schema import write_all
from tenir_parole.overview import store
from tenir_parole.site.opendata import to_json

ROOT = Path.cwd()
TODAY = dt.date(2026, 11, 29)
COLLECTED = dt.datetime(2026, 11, 29, 8, 0, tzinfo=dt.UTC)
LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"
#: (source folder, name, INSEE code, département, site address)
COMMUNES = (
    ("examples/saint-exemple", "Saint-Exemple-sur-Loire", "49901", "Maine-et-Loire",
     "https://tenir-parole.example.org"),
    ("examples/saint-exemple", "Bourg-Exemple-en-Anjou", "49902", "Maine-et-Loire",
     "https://tenir-parole.bourg-exemple.example.org"),
    ("tests/fixtures/avant", "Exempleville-les-Bains", "65901", "Hautes-Pyrénées",
     "https://exempleville.example.org"),
    ("tests/fixtures/minimal", "Petit-Exemple", "15901", "Cantal",
     "https://petit-exemple.example.org"),
)
HEADER = ("# Sites Tenir parole repris dans la vue d'ensemble : une adresse par ligne.\n"
          "# Les lignes qui commencent par # sont des commentaires. Ces communes sont fictives\n"
          "# (make federation-exemples les régénère) : remplacez-les par de vraies adresses.\n")


def variant(data: Dataset, name: str, insee: str, department: str, site: str) -> Dataset:
    commune = data.commune.model_copy(update={"name": name, "insee_code": insee,
                                              "department": department, "site": site})
    return dataclasses.replace(data, commune=commune)


def exports(root: Path = ROOT) -> dict[str, bytes]:
    """Site address → export bytes, for every example commune."""
    loaded: dict[str, Dataset] = {}
    result = {}
    for source, name, insee, department, site in COMMUNES:
        if source not in loaded:
            loaded[source] = load_dataset(root / source, TODAY)
        result[site] = to_json(variant(loaded[source], name, insee, department, site), LICENCE)
    return result


def write(folder: Path, list_file: Path, root: Path = ROOT) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    copies = {site: store.save(folder, site, payload, COLLECTED)
              for site, payload in exports(root).items()}
    store.write_manifest(folder, copies)
    list_file.write_text(HEADER + "".join(f"{site}\n" for site in copies), encoding="utf-8")


def write_examples(options: Options) -> int:
    """`make federation-exemples`."""
    write(ROOT / "federation" / "donnees", ROOT / "federation" / "communes.txt")
    print("federation/donnees/ et federation/communes.txt réécrits.", file=sys.stderr)
    return 0


def geography(options: Options) -> int:
    """`make geographie VERSION=6.0.0`."""
    from tenir_parole.commands import cog
    from tenir_parole.core.geography import Geography
    from tenir_parole.texts.french import count

    if not options.version.strip():
        print("Il manque VERSION : par exemple\n  make geographie VERSION=6.0.0 (millésime "
              "2026 du Code officiel géographique)", file=sys.stderr)
        return 2
    try:
        written = cog.regenerate(options.version.strip(), options.folder)
    except cog.Refused as e:
        print(f"{e}\nRien n'a été écrit.", file=sys.stderr)
        return 1
    made = Geography(written)
    tables = made._tables
    print(f"{written} (Code officiel géographique {made.vintage}) : "
          f"{count(len(tables['C']), 'commune')}, {count(len(tables['E']), 'intercommunalité')}, "
          f"{count(len(tables['D']), 'département')}, {count(len(tables['R']), 'région')} ; "
          f"{count(written.stat().st_size, 'octet')}. README.md réécrit à côté.")
    return 0


def schemas(options: Options) -> int:
    """`make schemas`: schemas/*.json and the form editor's configuration rewritten from the
    model."""
    for path in [*write_all(options.folder), *form.write_all(ROOT / "editeur")]:
        print(path)
    return 0
