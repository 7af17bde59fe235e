"""Each kind of field, as an editor fills it in: the value it gives, or the French message at
the field's line."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import Field

from tenir_parole.core.fields import (
    Date,
    Flag,
    InseeCode,
    Integer,
    Percent,
    Slug,
    Text,
    Url,
    reserved,
    vocabulary,
)
from tenir_parole.core.loader import load_text
from tenir_parole.core.model import Strict
from tenir_parole.core.validate import validate


class Sheet(Strict):
    name: Text = Field(alias="nom")
    text: Text | None = Field(None, alias="texte")
    slug: Slug | None = Field(None, alias="identifiant")
    url: Url | None = Field(None, alias="adresse")
    insee: InseeCode | None = None
    date: Date | None = None
    number: Integer | None = Field(None, alias="nombre")
    share: Percent | None = Field(None, alias="part")
    flag: Flag | None = Field(None, alias="drapeau")
    phase: vocabulary("phase", ("avant", "apres")) | None = None
    status: vocabulary("statut", ("tenu", "non-tenu"), feminine=False) | None = Field(
        None, alias="statut")


def read(line: str):
    """The value of the one field on the second line of a sheet, or its French message."""
    obj, errors = validate(load_text(f"nom: fiche\n{line}\n", "pledges/x.yaml"), Sheet)
    if errors:
        [error] = errors
        assert str(error).startswith("pledges/x.yaml, ligne 2 : "), error
        return str(error).removeprefix("pledges/x.yaml, ligne 2 : ")
    key = line.split(":")[0]
    return getattr(obj, next(name for name, f in Sheet.model_fields.items()
                             if (f.alias or name) == key))


@pytest.mark.parametrize(("line", "value"), [
    ('texte: "  Alpha  "', "Alpha"),
    ("identifiant: ecoles-sans-ecrans-2", "ecoles-sans-ecrans-2"),
    ("adresse: https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
    ("adresse: http://x.fr", "http://x.fr"),
    ('insee: "01234"', "01234"), ('insee: "2A004"', "2A004"), ('insee: "2B999"', "2B999"),
    ("date: 2026-03-15", dt.date(2026, 3, 15)), ("date: 2024-02-29", dt.date(2024, 2, 29)),
    ("date: 2026-12-31", dt.date(2026, 12, 31)), ("date: 2026-01-01", dt.date(2026, 1, 1)),
    ("nombre: 0", 0), ("nombre: 12", 12),
    ("part: 0", 0.0), ("part: 38.5", 38.5), ("part: 100", 100.0),
    ("drapeau: true", True), ("drapeau: false", False),
    ("phase: apres", "apres"), ("statut: non-tenu", "non-tenu"),
])
def test_a_well_written_value_is_kept(line, value):
    assert read(line) == value


@pytest.mark.parametrize(("line", "message"), [
    ("texte: 1789", "« texte » : « 1789 » serait lu comme un nombre ou un booléen : écrivez-le "
     "entre guillemets"),
    ("texte: true", "« texte » : true serait lu comme un nombre ou un booléen : écrivez-le entre "
     "guillemets"),
    ("texte: false", "« texte » : false serait lu comme un nombre ou un booléen : écrivez-le "
     "entre guillemets"),
    ("texte: [a, b]", "« texte » : texte attendu, reçu une liste"),
    ("texte:\n  a: b", "« texte » : texte attendu, reçu un groupe de champs"),
    ('texte: " "', "« texte » : texte vide : remplissez-le ou retirez le champ"),
    ("identifiant: Écoles sans écrans", "« identifiant » : identifiant « Écoles sans écrans » "
     "invalide : minuscules sans accents, chiffres et tirets, par exemple « ecoles-sans-ecrans »"),
    ("identifiant: --", "« identifiant » : identifiant « -- » invalide : minuscules sans "
     "accents, chiffres et tirets, par exemple « ecoles-sans-ecrans »"),
    ("identifiant: a--b", "« identifiant » : identifiant « a--b » invalide : minuscules sans "
     "accents, chiffres et tirets, par exemple « a-b »"),
    ("identifiant: con", "« identifiant » : identifiant « con » réservé par le site : "
     "choisissez-en un autre"),
    ("adresse: www.example.org", "« adresse » : adresse web « www.example.org » invalide : elle "
     "doit commencer par https:// ou http://"),
    ("adresse: https://localhost", "« adresse » : adresse web « https://localhost » invalide : "
     "elle doit commencer par https:// ou http://"),
    ("insee: 01234", "code INSEE « 01234 » : écrivez-le entre guillemets (sinon un zéro initial "
     "se perd), par exemple \"01234\""),
    ('insee: "1234"', "code INSEE « 1234 » invalide : cinq caractères, par exemple \"01234\" ou "
     "\"2A004\""),
    ('insee: "2C004"', "code INSEE « 2C004 » invalide : cinq caractères, par exemple \"01234\" "
     "ou \"2A004\""),
    ("date: 2026-00-10", "« date » : date « 2026-00-10 » invalide : il n'y a pas de mois 0 "
     "(format AAAA-MM-JJ, l'année d'abord)"),
    ("date: 2026-13-10", "« date » : date « 2026-13-10 » invalide : il n'y a pas de mois 13 "
     "(format AAAA-MM-JJ, l'année d'abord)"),
    ("date: 2026-01-00", "« date » : date « 2026-01-00 » invalide : le 0 janvier 2026 n'existe "
     "pas"),
    ("date: 2026-01-32", "« date » : date « 2026-01-32 » invalide : le 32 janvier 2026 n'existe "
     "pas"),
    ("date: 2026-12-32", "« date » : date « 2026-12-32 » invalide : le 32 décembre 2026 "
     "n'existe pas"),
    ("date: 2025-02-29", "« date » : date « 2025-02-29 » invalide : le 29 février 2025 n'existe "
     "pas"),
    ("date: 15/03/2026", "« date » : date « 15/03/2026 » invalide : format attendu AAAA-MM-JJ, "
     "par exemple 2026-03-15"),
    ("date: [2026, 3, 15]", "« date » : date une liste invalide : format attendu AAAA-MM-JJ, "
     "par exemple 2026-03-15"),
    ('nombre: "3"', "« nombre » : nombre entier attendu (sans guillemets), reçu « 3 »"),
    ("nombre: -3", "« nombre » : nombre entier attendu (sans guillemets), reçu « -3 »"),
    ("nombre: 3.5", "« nombre » : nombre entier attendu (sans guillemets), reçu « 3.5 »"),
    ("part: 100.1", "« part » : pourcentage attendu entre 0 et 100, avec un point décimal et sans "
     "guillemets ni « % » (par exemple 38.5), reçu « 100.1 »"),
    ("part: 38,5", "« part » : pourcentage attendu entre 0 et 100, avec un point décimal et sans "
     "guillemets ni « % » (par exemple 38.5), reçu « 38,5 »"),
    ('part: "38.5"', "« part » : pourcentage attendu entre 0 et 100, avec un point décimal et "
     "sans guillemets ni « % » (par exemple 38.5), reçu « 38.5 »"),
    ("drapeau: oui", "« drapeau » : true ou false attendu, reçu « oui »"),
    ("drapeau: 1", "« drapeau » : true ou false attendu, reçu « 1 »"),
    ("phase: pendant", "phase « pendant » inconnue — valeurs permises : avant, apres"),
    ("statut: tenue", "statut « tenue » inconnu — vouliez-vous dire « tenu » ? Valeurs permises "
     ": tenu, non-tenu"),
])
def test_a_mistake_is_said_in_french_at_its_line(line, message):
    assert read(line) == message


@pytest.mark.parametrize("slug", ["index", "suivi", "contenu", "con", "prn", "aux", "nul", "com1",
                                  "com9", "lpt1", "lpt9"])
def test_names_the_site_or_windows_uses_are_reserved(slug):
    assert reserved(slug)


@pytest.mark.parametrize("slug", ["com0", "com10", "lpt0", "lpt10", "indexe", "suivis"])
def test_other_names_are_free(slug):
    assert not reserved(slug)
