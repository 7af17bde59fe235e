"""federation/donnees/ → the Federation model: the copy of each site communes.txt lists is
accepted again (overview.exports, the same checks as when it was collected) and summarised;
a copy that does not pass, of a site no longer listed, or of a commune another site's copy
wins (overview.claims, the collection's rule) is left out with a French note, never a failed
build."""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from pathlib import Path

from tenir_parole.core import geography
from tenir_parole.core.errors import DataError
from tenir_parole.core.geography import folded
from tenir_parole.core.loader import load_file
from tenir_parole.core.model import MeasuresFile
from tenir_parole.core.validate import validate
from tenir_parole.overview import claims, departements, exports, store
from tenir_parole.overview.model import Commune, Department, Federation, Region, summarise
from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.french import sort_key

M = ui_fr.MESSAGES


def reference_measures(path: Path) -> tuple:
    """The measures every commune shares (the manifesto's, as the project ships them): the
    non-local measures of ``path`` (a mesures.yaml), by number."""
    try:
        measures, errors = validate(load_file(path, str(path)), MeasuresFile)
    except DataError as e:
        errors, measures = [e], None
    except OSError as e:  # FEDERATION_MEASURES names no readable file
        raise store.StoreError(ui_fr.MESSAGES["no_measures"].format(
            path=path, error=e.strerror or e)) from None
    if measures is None:
        raise store.StoreError("\n".join(map(str, errors)))
    return tuple(sorted((m for m in measures.measures if not m.local), key=lambda m: m.number))


def read_copies(folder: Path, today: dt.date, sites: list[str],
                list_file: Path) -> tuple[list[Commune], list[str]]:
    """The communes of ``sites``, the addresses ``list_file`` lists (in its order), and the
    notes about the copies left out."""
    copies = store.read_manifest(folder)
    found: list[tuple[claims.Claim, Commune]] = []
    notes: list[str] = []
    for rank, site in enumerate(sites):
        copy = copies.get(site)
        if copy is None:
            notes.append(M["never_collected"].format(site=site))
            continue
        try:
            data = exports.accept(store.read_copy(folder, copy), copy.file, today)
        except OSError:
            notes.append(M["missing_file"].format(file=copy.file, site=site))
            continue
        except store.Altered:
            notes.append(M["altered"].format(file=copy.file, site=site))
            continue
        except exports.Refused as e:
            notes.append(M["skipped"].format(file=copy.file, site=site, why=e.lines[0]))
            continue
        claim = claims.Claim(site, data.commune.insee_code, data.commune.name,
                             data.reference_date, rank)
        commune = summarise(data, site, copy.file, copy.collected.date())
        if folded(commune.name) != folded(data.commune.name):
            notes.append(M["other_name"].format(
                file=copy.file, site=site, name=data.commune.name, insee=commune.insee,
                official=commune.name, year=geography.load().vintage))
        found.append((claim, commune))
    lost = {c.loser.site: c for c in claims.conflicts(claim for claim, _ in found)}
    notes += [M["same_insee"].format(file=copies[c.loser.site].file, site=c.loser.site,
                                     insee=c.loser.insee, other=c.winner.site, why=claims.why(c))
              for c in lost.values()]
    listed = set(sites)
    notes += [M["not_listed"].format(file=c.file, site=c.site, list=list_file)
              for c in sorted(copies.values(), key=lambda c: c.site) if c.site not in listed]
    files = {store.MANIFEST, *(c.file for c in copies.values())}
    notes += [M["unlisted"].format(file=p.name) for p in sorted(folder.glob("*.json"))
              if p.name not in files]
    return [commune for claim, commune in found if claim.site not in lost], notes


def load(folder: Path, measures_file: Path, today: dt.date, list_file: Path) -> Federation:
    """The overview of the sites ``list_file`` lists; raise store.StoreError (French) when it,
    collecte.json or the measures cannot be read."""
    measures = reference_measures(measures_file)
    sites, problems = store.read_sites(list_file)
    communes, notes = read_copies(folder, today, sites, list_file)
    notes = [M["list_line"].format(problem=p) for p in problems] + notes
    communes.sort(key=lambda c: (departements.order(c.department), sort_key(c.name), c.insee))
    official = geography.load()
    departments = tuple(
        Department(code, official.department(code).name, tuple(group),
                   official.department(code).region)
        for code, group in groupby(communes, key=lambda c: c.department))
    regions = tuple(
        Region(code, official.region(code).name,
               tuple(d for d in departments if d.region == code))
        for code in sorted({d.region for d in departments}, key=departements.region_order))
    return Federation(tuple(communes), departments, measures, today, tuple(notes), regions)
