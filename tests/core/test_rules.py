"""Rules across a file's entries: a repeated number, slug or day is said against the FIRST
entry that used it, however many repeat it; no date an editor types may be in the future."""

from __future__ import annotations

import pytest

from helpers import ALPHA, MESURES, SUIVI, TODAY, errors, write_pledges
from tenir_parole.core.assembly import load_dataset


def update(measure: str, summary: str) -> str:
    return f"""\
  - mesure: {measure}
    date: 2026-06-12
    statut: en-cours
    resume: {summary}
    source:
      description: Délibération n° 2026-046
"""


def test_a_measure_number_and_slug_used_three_times_are_said_against_the_first(tmp_path):
    three = MESURES.replace("  - numero: 2\n", "  - numero: 1\n").replace(
        "slug: ecrans-publicitaires", "slug: services-hors-reseau") + """\
  - numero: 1
    slug: services-hors-reseau
    titre: Encore les services
    resume: Encore.
"""
    found = [e for e in errors(write_pledges(tmp_path / "pledges", mesures_yaml=three))
             if "mesures.yaml" in e]
    assert found == ["pledges/mesures.yaml, ligne 12 : numéro 1 déjà utilisé (ligne 2)",
                     "pledges/mesures.yaml, ligne 13 : slug « services-hors-reseau » déjà "
                     "utilisé (ligne 2)",
                     "pledges/mesures.yaml, ligne 16 : numéro 1 déjà utilisé (ligne 2)",
                     "pledges/mesures.yaml, ligne 17 : slug « services-hors-reseau » déjà "
                     "utilisé (ligne 2)"]


def test_three_updates_on_one_day_are_each_said_against_the_first(tmp_path):
    suivi = SUIVI + update("services-hors-reseau", "Deux.") + update("services-hors-reseau",
                                                                     "Trois.")
    assert errors(write_pledges(tmp_path / "pledges", suivi_yaml=suivi)) == [
        "pledges/suivi.yaml, ligne 10 : deux mises à jour le même jour pour "
        "« services-hors-reseau » (l'autre est ligne 3)",
        "pledges/suivi.yaml, ligne 16 : deux mises à jour le même jour pour "
        "« services-hors-reseau » (l'autre est ligne 3)"]



def test_an_elected_list_whose_name_reads_as_its_file_name_is_accepted(tmp_path):
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=ALPHA.replace(
        "nom: Alpha pour tous", "nom: Alpha"))
    assert load_dataset(root, TODAY).commune.elected_list == "alpha"


FUTURE = "date 2027-02-01 dans le futur : vérifiez l'année"


def test_a_right_of_reply_may_not_be_dated_in_the_future(tmp_path):
    reply = ALPHA + "    droit_de_reponse:\n      date: 2027-02-01\n      texte: Nous maintenons.\n"
    assert errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=reply)) == [
        f"pledges/listes/alpha.yaml, ligne 18 : {FUTURE}"]


@pytest.mark.parametrize(("added", "line"), [
    ("    sollicitation:\n      date: 2027-02-01\n      moyen: Lettre au maire\n", 10),
    ("    reponse_mairie:\n      date: 2027-02-01\n      texte: Nous y travaillons.\n", 10),
    ("""\
    demande_portee:
      date: 2026-07-01
      aupres_de: Communauté de communes du Val d'Essai
      source:
        type: courrier
        date: 2027-02-01
        expediteur: Le maire
        destinataire: Le président de la communauté de communes
""", 14),
], ids=["sollicitation", "reponse-mairie", "source-de-la-demande-portee"])
def test_what_the_mairie_was_asked_and_answered_may_not_be_dated_in_the_future(tmp_path, added,
                                                                              line):
    competence = MESURES.replace("    source: https://desescaladenumerique.org/propositions/\n",
                                 """\
    source: https://desescaladenumerique.org/propositions/
    competence:
      niveau: intercommunalite
      note: La communauté de communes décide.
      source:
        url: https://cc.example.org/competences
""", 1)
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=SUIVI + added,
                                 mesures_yaml=competence))
    assert found == [f"pledges/suivi.yaml, ligne {line} : {FUTURE}"]
