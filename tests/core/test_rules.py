"""Rules across a file's entries: a repeated number, slug or day is said against the FIRST
entry that used it, however many repeat it."""

from __future__ import annotations

from helpers import MESURES, SUIVI, errors, write_pledges


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

