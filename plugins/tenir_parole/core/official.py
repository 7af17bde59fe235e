"""commune.yaml against the official geography (core.geography): its INSEE code, name,
département, région, SIREN, intercommunalité and SIRET — what `make check` verifies, and the
French words for what a code is (make nouvelle-commune and the federation say them too).

The shipped example and the test fixtures are fictional (`exemple: true`): not checked. For a
real commune, a mismatch is an error when the geography is of the election's year; a later
geography turns into warnings what may have changed since (a commune renamed or merged into
a commune nouvelle, an intercommunalité redrawn), an earlier one what may not be in it yet
(a commune created since), with a warning that it is older than the election.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tenir_parole.core.errors import DataError
from tenir_parole.core.geography import Commune as Official
from tenir_parole.core.geography import Found, Geography, Missing, folded, load
from tenir_parole.core.model import Commune
from tenir_parole.texts.french import of

PARTS = {"COMD": "une commune déléguée", "COMA": "une commune associée",
         "ARM": "un arrondissement municipal"}


@dataclass(frozen=True)
class Finding:
    path: tuple  # the key of commune.yaml it is about
    message: str
    error: bool


def cog(geography: Geography) -> str:
    return f"Code officiel géographique {geography.vintage}"


def place(geography: Geography, commune: Official) -> str:
    """« Saint-Julien-Molin-Molette (42246, Loire) »."""
    department = geography.department(commune.department)
    return f"{commune.name} ({commune.code}, {department.name if department else '?'})"


def meant(geography: Geography, name: str, department: str | None = None) -> str:
    """« — vouliez-vous dire "42246" (Saint-Julien-Molin-Molette, Loire) ? », from the
    communes of that name, else the closest names; empty when none comes near."""
    found = geography.named(name, department) or geography.suggest(name, department)
    if not found and department:
        found = geography.named(name) or geography.suggest(name)
    if not found:
        return ""
    shown = " ou ".join(f'« {c.code} » ({c.name}, {geography.department(c.department).name})'
                        for c in found[:5])
    return f" — vouliez-vous dire {shown} ?"


def what_it_is(geography: Geography, found: Found) -> str:
    """What a code that is not a current commune is, and the commune to use instead."""
    if found.how == "inconnu":
        return f"aucune commune ne porte ce code dans le {cog(geography)}"
    successor = place(geography, found.commune)
    if found.how == "ancien":
        return (f"ancien code : cette commune fait partie de {successor} depuis, selon le "
                f"{cog(geography)} ; c'est elle qui élit le conseil municipal, code INSEE "
                f"« {found.commune.code} »")
    return (f"{found.part.name} est {PARTS[found.how]} {of(successor)} ; c'est "
            f"{found.commune.name} qui élit le conseil municipal, code INSEE "
            f"« {found.commune.code} »")


def luhn(digits: str) -> bool:
    """The SIRET's check digit (Luhn's algorithm)."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def findings(commune: Commune, geography: Geography) -> Iterator[Finding]:
    year = commune.elections.first_round.year
    since = geography.vintage == year
    found = geography.resolve(commune.insee_code)
    if found.how != "commune":
        error = geography.vintage <= year if found.how != "inconnu" else \
            geography.vintage >= year
        hint = meant(geography, commune.name) if found.how == "inconnu" and error else ""
        yield Finding(("code_insee",), f"code INSEE « {commune.insee_code} » : "
                      f"{what_it_is(geography, found)}{hint}", error)
        return
    official = found.commune
    if folded(commune.name) != folded(official.name):
        hint = meant(geography, commune.name) if since else ""
        yield Finding(("code_insee",), f"code INSEE « {commune.insee_code} » : c'est celui "
                      f"{of(official.name)} selon le {cog(geography)}, pas de « {commune.name} »"
                      f"{hint}", since)
        return  # another commune: its département, SIREN… would only repeat it
    if commune.name != official.name:
        yield Finding(("nom",), f"nom « {commune.name} » : le nom officiel s'écrit "
                      f"« {official.name} »", False)
    department = geography.department(official.department)
    if commune.department.strip().upper() != department.code and \
            folded(commune.department) != folded(department.name):
        yield Finding(("departement",), f"département « {commune.department} » : "
                      f"{official.name} est dans le département {department.name} "
                      f"({department.code}) ; écrivez departement: \"{department.name}\"", since)
    region = geography.region(official.region)
    if commune.region and folded(commune.region) != folded(region.name):
        yield Finding(("region",), f"région « {commune.region} » : {official.name} est dans "
                      f"la région {region.name} ; écrivez region: \"{region.name}\"", since)
    if commune.siren and commune.siren != official.siren:
        yield Finding(("siren",), f"SIREN « {commune.siren} » : celui {of(official.name)} est "
                      f"« {official.siren or 'inconnu'} » selon le {cog(geography)}", since)
    yield from _intercommunality(commune, official, geography, since)
    siren = commune.siren or official.siren
    if commune.siret and siren and not commune.siret.startswith(siren):
        yield Finding(("siret",), f"SIRET « {commune.siret} » : celui de la mairie commence par "
                      f"le SIREN de la commune, « {siren} »", True)


def _intercommunality(commune: Commune, official: Official, geography: Geography,
                      since: bool) -> Iterator[Finding]:
    given = commune.intercommunality
    if not given or not given.siren:
        return
    epci = geography.epci(official.epci) if official.epci else None
    if epci is None:
        yield Finding(("intercommunalite",), f"intercommunalité : {official.name} n'appartient "
                      f"à aucune intercommunalité selon le {cog(geography)}", since)
    elif given.siren != epci.siren:
        yield Finding(("intercommunalite", "siren"), f"SIREN « {given.siren} » : "
                      f"l'intercommunalité {of(official.name)} est la {epci.name} "
                      f"(« {epci.siren} ») selon le {cog(geography)}", since)


def siret_problem(commune: Commune) -> Finding | None:
    """A SIRET whose check digit is wrong (no geography needed)."""
    if commune.siret and not luhn(commune.siret):
        return Finding(("siret",), f"SIRET « {commune.siret} » : clé de contrôle fausse (un "
                       "chiffre mal recopié ?)", True)
    return None


def verify(commune: Commune, doc) -> tuple[list[DataError], list[str]]:
    """make check's errors (file and line) and warnings about commune.yaml; nothing for a
    fictional commune (``exemple: true``)."""
    if commune.example:
        return [], []
    found = [f for f in (siret_problem(commune),) if f]
    warnings = []
    try:
        geography = load()
    except (Missing, OSError) as e:
        warnings.append(f"Avertissement : {e} ; commune.yaml n'a pas été comparé à la "
                        "géographie officielle")
    else:
        found += findings(commune, geography)
        year = commune.elections.first_round.year
        if geography.vintage < year:
            warnings.append(f"Avertissement : la géographie officielle est celle du "
                            f"{cog(geography)}, plus ancienne que les élections de {year} : "
                            "prenez la nouvelle version de Tenir parole (make mise-a-jour) ou "
                            "régénérez-la (make geographie VERSION=…)")
    errors = [DataError(*doc.where(f.path), f.message) for f in found if f.error]
    warnings += [f"Avertissement : {DataError(*doc.where(f.path), f.message)}"
                 for f in found if not f.error]
    return errors, warnings
