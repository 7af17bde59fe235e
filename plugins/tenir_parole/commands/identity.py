"""Who the new commune is, for `make nouvelle-commune`: from its INSEE code, the official
geography gives its name, département, région, SIREN and intercommunalité; a NOM or a
DEPARTEMENT typed as well must be that commune's, else a French message with the official
one (and the communes the name may mean). A code that is no commune today is refused with
the commune it now belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tenir_parole.core.fields import INSEE_RE
from tenir_parole.core.geography import Geography, Missing, folded, load
from tenir_parole.core.official import cog, what_it_is
from tenir_parole.texts.french import of

#: Collectivités d'outre-mer listed among the communes whose « communes » elect no
#: municipal council (Saint-Barthélemy, Saint-Martin, the TAAF's districts, Wallis-et-Futuna's
#: circonscriptions, Clipperton).
NO_COUNCIL = ("977", "978", "984", "986", "989")
USAGE = "make nouvelle-commune INSEE=01234"


class Refused(Exception):
    """What the person must fix (French); nothing was written."""


@dataclass(frozen=True)
class Identity:
    name: str
    insee: str
    department: str
    region: str | None = None
    siren: str | None = None
    intercommunality: tuple[str, str] | None = None  # (name, SIREN)
    #: What was written otherwise than typed (« NOM … : écrit … »).
    notes: tuple[str, ...] = ()


def choices(geography: Geography, communes) -> str:
    """« INSEE=42246 (Saint-Julien-Molin-Molette, Loire) ou INSEE=… »."""
    return " ou ".join(f"INSEE={c.code} ({c.name}, {geography.department(c.department).name})"
                       for c in communes[:5])


def by_name(geography: Geography, name: str, department: str | None) -> str:
    found = geography.named(name, department) or geography.suggest(name, department)
    return f" — vouliez-vous dire {choices(geography, found)} ?" if found else ""


def guess(geography: Geography, name: str, department: str | None) -> str:
    """The codes a NOM given without INSEE may mean, or the usage."""
    found = (geography.named(name, department) or geography.suggest(name, department)
             if name else [])
    if not found:
        return f"par exemple\n  {USAGE}"
    many = len(geography.named(name, department))
    split = (f" ({many} communes de ce nom : DEPARTEMENT= les départage)"
             if many > 1 and not department else "")
    run = f"\n  make nouvelle-commune INSEE={found[0].code}" if len(found) == 1 else ""
    return f"d'après le nom « {name} », {choices(geography, found)}{split}{run}"


def identify(name: str, insee: str, department: str) -> Identity:
    """The commune of ``insee``, NOM and DEPARTEMENT checked against it when given."""
    name, insee, department = name.strip(), insee.strip().upper(), department.strip()
    try:
        geography = load()
    except (Missing, OSError) as e:
        raise Refused(str(e)) from None
    typed = geography.department_named(department) if department else None
    if department and typed is None:
        raise Refused(f"DEPARTEMENT « {department} » : aucun département de ce nom ni de ce code "
                      f"dans le {cog(geography)} (par exemple DEPARTEMENT=Loire ou "
                      "DEPARTEMENT=42)")
    where = typed.code if typed else None
    if not insee:
        raise Refused(f"Il manque INSEE, le code de la commune : {guess(geography, name, where)}")
    if not re.fullmatch(INSEE_RE, insee):
        raise Refused(f"INSEE : code INSEE « {insee} » invalide : cinq caractères, par exemple "
                      "01234 ou 2A004 (le zéro initial compte)")
    found = geography.resolve(insee)
    if found.how != "commune":
        hint = by_name(geography, name, where) if name and found.how == "inconnu" else ""
        instead = (f"\n  make nouvelle-commune INSEE={found.commune.code}" if found.commune
                   else "")
        raise Refused(f"INSEE={insee} : {what_it_is(geography, found)}{hint}{instead}")
    commune = found.commune
    if commune.department in NO_COUNCIL:
        raise Refused(f"INSEE={insee} : {commune.name} n'élit pas de conseil municipal : il "
                      "n'y a pas d'élections municipales à suivre")
    home = geography.department(commune.department)
    if name and folded(name) != folded(commune.name):
        raise Refused(f"NOM « {name} » : le code INSEE {insee} est celui {of(commune.name)} "
                      f"({home.name}), selon le {cog(geography)}"
                      f"{by_name(geography, name, where)}")
    if typed and typed != home:
        raise Refused(f"DEPARTEMENT « {department} » : {commune.name} ({insee}) est dans le "
                      f"département {home.name} ({home.code})")
    notes = ((f"NOM « {name} » : écrit « {commune.name} », le nom officiel",)
             if name and name != commune.name else ())
    epci = geography.epci(commune.epci) if commune.epci else None
    return Identity(commune.name, commune.code, home.name,
                    geography.region(commune.region).name, commune.siren,
                    (epci.name, epci.siren) if epci else None, notes)
