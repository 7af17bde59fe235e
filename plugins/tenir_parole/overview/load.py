"""federation/donnees/ → the Federation model: each copy listed in collecte.json is accepted
again (overview.exports, the same checks as when it was collected) and summarised; a copy that
does not pass is left out with a French note, never a failed build."""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from pathlib import Path

from tenir_parole.core.dataset import sort_key
from tenir_parole.core.errors import DataError
from tenir_parole.core.loader import load_file
from tenir_parole.core.model import MeasuresFile
from tenir_parole.core.validate import validate
from tenir_parole.overview import departements, exports, store
from tenir_parole.overview.model import Commune, Department, Federation, summarise
from tenir_parole.texts import overview as ui_fr

M = ui_fr.MESSAGES


def reference_measures(path: Path) -> tuple:
    """The measures every commune shares (the manifesto's, as the project ships them): the
    non-local measures of ``path`` (a mesures.yaml), by number."""
    try:
        measures, errors = validate(load_file(path, str(path)), MeasuresFile)
    except DataError as e:
        errors, measures = [e], None
    if measures is None:
        raise store.StoreError("\n".join(map(str, errors)))
    return tuple(sorted((m for m in measures.measures if not m.local), key=lambda m: m.number))


def read_copies(folder: Path, today: dt.date) -> tuple[list[Commune], list[str]]:
    copies = store.read_manifest(folder)
    communes: list[Commune] = []
    notes: list[str] = []
    seen: dict[str, str] = {}
    for copy in sorted(copies.values(), key=lambda c: c.site):
        try:
            data = exports.accept(store.read_copy(folder, copy), copy.file, today)
        except OSError:
            notes.append(M["missing_file"].format(file=copy.file, site=copy.site))
            continue
        except store.Altered:
            notes.append(M["altered"].format(file=copy.file, site=copy.site))
            continue
        except exports.Refused as e:
            notes.append(M["skipped"].format(file=copy.file, site=copy.site, why=e.lines[0]))
            continue
        insee = data.commune.insee_code
        if insee in seen:
            notes.append(M["same_insee"].format(file=copy.file, insee=insee, other=seen[insee]))
            continue
        seen[insee] = copy.file
        communes.append(summarise(data, copy.site, copy.file, copy.collected.date()))
    listed = {c.file for c in copies.values()} | {store.MANIFEST}
    notes += [M["unlisted"].format(file=p.name) for p in sorted(folder.glob("*.json"))
              if p.name not in listed]
    return communes, notes


def load(folder: Path, measures_file: Path, today: dt.date) -> Federation:
    """Raise store.StoreError (French) when collecte.json or the measures cannot be read."""
    measures = reference_measures(measures_file)
    communes, notes = read_copies(folder, today)
    communes.sort(key=lambda c: (departements.ORDER[c.department], sort_key(c.name), c.insee))
    departments = tuple(
        Department(code, departements.NAMES[code], tuple(group))
        for code, group in groupby(communes, key=lambda c: c.department))
    return Federation(tuple(communes), departments, measures, today, tuple(notes))
