"""Renames said once, at their cause: two measures renamed at once each get their own message
with their own old identifier; an old identifier in one list file, while another has no
position on that measure or writes another, is no rename but each file's own mistake."""

from __future__ import annotations

import pytest

from helpers import ALPHA, MESURES, SUIVI, errors, write_pledges


def test_two_measures_renamed_at_once_are_each_said_with_their_old_identifier(tmp_path):
    renamed = MESURES.replace("slug: services-hors-reseau", "slug: hors-reseau").replace(
        "slug: ecrans-publicitaires", "slug: ecrans-pub")
    beta = ALPHA.replace("nom: Alpha pour tous", "nom: Beta")
    found = errors(write_pledges(tmp_path / "pledges", mesures_yaml=renamed, suivi_yaml=None,
                                 listes__beta_yaml=beta))
    assert found == [
        "pledges/mesures.yaml, ligne 3 : mesure « hors-reseau » absente des listes — renommée ? "
        "2 usages de l'ancien identifiant « services-hors-reseau » : pledges/listes/alpha.yaml, "
        "ligne 4 ; pledges/listes/beta.yaml, ligne 4 — remplacez-les par « hors-reseau », ou "
        "remettez « services-hors-reseau » ici",
        "pledges/mesures.yaml, ligne 13 : mesure « ecrans-pub » absente des listes — renommée ? "
        "2 usages de l'ancien identifiant « ecrans-publicitaires » : pledges/listes/alpha.yaml, "
        "ligne 12 ; pledges/listes/beta.yaml, ligne 12 — remplacez-les par « ecrans-pub », ou "
        "remettez « ecrans-publicitaires » ici"]


BETA_WITHOUT_SCREENS = ALPHA[:ALPHA.index("  - mesure: ecrans-publicitaires")]
BETA_PANELS = ALPHA.replace("mesure: ecrans-publicitaires", "mesure: panneaux")


@pytest.mark.parametrize(("beta", "said"), [
    (BETA_WITHOUT_SCREENS, "pledges/listes/beta.yaml, ligne 3 : aucune position pour la mesure "
                           "« affichage » : ajoutez-en une (position: non-sollicitee si la liste "
                           "n'a pas été interrogée)"),
    (BETA_PANELS, "pledges/listes/beta.yaml, ligne 12 : mesure « panneaux » inconnue — valeurs "
                  "permises : services-hors-reseau, affichage"),
], ids=["beta-sans-position", "beta-autre-identifiant"])
def test_an_old_identifier_in_one_list_only_is_that_files_mistake_not_a_rename(tmp_path, beta,
                                                                               said):
    """Alpha keeps the second measure's old identifier; Beta has no position on it, or writes
    another: each file's own mistake, said there, and no rename."""
    found = errors(write_pledges(
        tmp_path / "pledges", suivi_yaml=None,
        listes__beta_yaml=beta.replace("nom: Alpha pour tous", "nom: Beta"),
        mesures_yaml=MESURES.replace("slug: ecrans-publicitaires", "slug: affichage")))
    assert not [line for line in found if "absente des listes" in line], found
    assert any(line.startswith("pledges/listes/alpha.yaml, ligne 12 : mesure "
                               "« ecrans-publicitaires » inconnue") for line in found), found
    assert said in found, found


def test_a_follow_up_of_a_renamed_measure_the_team_never_committed_to_is_refused(tmp_path):
    """The rename is said once, and the rules read the old identifier as the new one: an
    update on the renamed measure is judged against the elected list's stance on it."""
    beta = ALPHA.replace("nom: Alpha pour tous", "nom: Beta")
    suivi = SUIVI.replace("  - mesure: services-hors-reseau", "  - mesure: ecrans-pub")
    found = errors(write_pledges(
        tmp_path / "pledges", listes__beta_yaml=beta, suivi_yaml=suivi,
        mesures_yaml=MESURES.replace("slug: ecrans-publicitaires", "slug: ecrans-pub")))
    assert "pledges/suivi.yaml, ligne 3 : mesure « ecrans-pub » : la liste élue ne s'y était " \
        "pas engagée (seules les mesures en engagement-total ou engagement-partiel sont " \
        "suivies)" in found, found
    assert [line for line in found if "absente des listes" in line] == [found[0]]


def test_a_rename_beside_a_new_measure_is_paired_with_the_name_it_resembles(tmp_path):
    """A new measure, first in the file, that no list has taken a position on yet; the second
    measure renamed: the old identifier is paired with the renamed one, not the first."""
    beta = ALPHA.replace("nom: Alpha pour tous", "nom: Beta")
    new = ("mesures:\n  - numero: 3\n    slug: transparence-des-algorithmes\n"
           "    titre: Transparence\n    resume: Publier les algorithmes.\n")
    measures = new + MESURES.removeprefix("mesures:\n").replace(
        "slug: ecrans-publicitaires", "slug: ecrans-pub")
    found = errors(write_pledges(tmp_path / "pledges", listes__beta_yaml=beta, suivi_yaml=None,
                                 mesures_yaml=measures))
    assert [line for line in found if "absente des listes" in line] == [
        "pledges/mesures.yaml, ligne 17 : mesure « ecrans-pub » absente des listes — renommée ? "
        "2 usages de l'ancien identifiant « ecrans-publicitaires » : pledges/listes/alpha.yaml, "
        "ligne 12 ; pledges/listes/beta.yaml, ligne 12 — remplacez-les par « ecrans-pub », ou "
        "remettez « ecrans-publicitaires » ici"]
