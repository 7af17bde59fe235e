"""Rules across a file's entries: a repeated number, slug or day is said against the FIRST
entry that used it, however many repeat it; every date under a competence or a demand carried
is checked like any other; a demand carried for a measure that does not exist is said once."""

from __future__ import annotations

from helpers import MESURES, SUIVI, errors, write_pledges


def update(measure: str, summary: str, extra: str = "") -> str:
    return f"""\
  - mesure: {measure}
    date: 2026-06-12
    statut: en-cours
    resume: {summary}
    source:
      description: Délibération n° 2026-046
{extra}"""


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


COMPETENCE = """\
    competence:
      niveau: intercommunalite
      nom: Communauté de communes du Val d'Essai
      note: La collecte des déchets relève de la communauté de communes.
      source:
        url: https://cc-val-essai.example.org/competences/
        date: 2027-01-15
"""
CARRIED = """\
    demande_portee:
      date: {date}
      aupres_de: Communauté de communes du Val d'Essai
      source:
        type: courrier
        date: 2026-07-01
        expediteur: Le maire
        destinataire: Le président de la communauté de communes
"""


def with_competence(source_date: str) -> str:
    anchor = "    source: https://desescaladenumerique.org/propositions/\n"
    return MESURES.replace(anchor, anchor + COMPETENCE.replace("2027-01-15", source_date))


def test_the_source_of_who_decides_may_not_be_dated_in_the_future(tmp_path):
    found = errors(write_pledges(tmp_path / "pledges", mesures_yaml=with_competence("2027-01-15")))
    assert found == ["pledges/mesures.yaml, ligne 18 : date 2027-01-15 dans le futur : "
                     "vérifiez l'année"]


def test_a_demand_carried_may_not_be_dated_in_the_future(tmp_path):
    suivi = SUIVI + CARRIED.format(date="2027-07-01")
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=suivi,
                                 mesures_yaml=with_competence("2026-01-15")))
    assert found == ["pledges/suivi.yaml, ligne 10 : date 2027-07-01 dans le futur : "
                     "vérifiez l'année"]


def test_a_demand_carried_for_an_unknown_measure_is_said_once_as_an_unknown_measure(tmp_path):
    suivi = SUIVI + update("ecrans-publicitaire", "Une faute de frappe.",
                           CARRIED.format(date="2026-07-01"))
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=suivi))
    assert found == ["pledges/suivi.yaml, ligne 9 : mesure « ecrans-publicitaire » inconnue — "
                     "vouliez-vous dire « ecrans-publicitaires » ? Valeurs permises : "
                     "services-hors-reseau, ecrans-publicitaires"]
