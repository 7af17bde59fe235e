"""`make check` (build.verify): past a hundred errors the rest are counted, not listed; the
follow-up's warnings say only what is due."""

from __future__ import annotations

import pytest

from helpers import ALPHA, COMMUNE, cli, essay, write_pledges
from tenir_parole.build.verify import load, warnings

TWICE = ("deuxième position pour la mesure « ecrans-publicitaires » (la première est ligne 6) "
         ": gardez-en une")


def doubled(extra: int) -> str:
    """A list file whose stance on screens is written ``1 + extra`` times: ``extra`` errors
    (ligne 8, 10, 12…)."""
    return ("nom: Bêta\ntete_de_liste: Bernard Bêta\npositions:\n"
            "  - mesure: services-hors-reseau\n    position: non-sollicitee\n"
            + "  - mesure: ecrans-publicitaires\n    position: non-sollicitee\n" * (1 + extra))


@pytest.mark.parametrize(("errors", "listed_in_gamma", "after"), [
    (99, 1, []),
    (100, 2, []),
    (101, 2, ["… et 1 autre erreur, non listée."]),
    (102, 2, ["… et 2 autres erreurs, non listées."]),
])
def test_beyond_a_hundred_errors_the_others_are_counted(tmp_path, errors, listed_in_gamma,
                                                        after):
    """98 errors in beta.yaml (its 100 stances, the most a list has), the rest in gamma.yaml."""
    root = write_pledges(tmp_path / "pledges", listes__beta_yaml=doubled(98),
                         listes__gamma_yaml=doubled(errors - 98))
    result = cli("check", "--pledges", str(root))
    assert result.returncode == 1
    said = result.stderr.splitlines()
    assert said[:98] == [f"pledges/listes/beta.yaml, ligne {line} : {TWICE}"
                         for line in range(8, 204, 2)]
    assert said[98:] == [
        *(f"pledges/listes/gamma.yaml, ligne {line} : {TWICE}"
          for line in range(8, 8 + 2 * listed_in_gamma, 2)),
        *after, f"{errors} erreurs à corriger."]


PILAT = COMMUNE.replace("nom: Villeneuve", "nom: Saint-Julien-Molin-Molette").replace(
    '"04242"', '"42246"').replace("Alpes-de-Haute-Provence", "Loire")
REFUSALS = {
    "data error": ({"commune_yaml": COMMUNE.replace("phase: apres", "phase: oui")},
                   "pledges/commune.yaml, ligne 7 : phase « oui » inconnue"),
    "text too heavy": ({"listes__alpha_yaml": ALPHA + f"presentation: {essay(6000)}\n"},
                       "pledges/listes/alpha.yaml, ligne 17 : « presentation » pèse à lui seul"),
    "not the official commune": ({"commune_yaml": PILAT.replace('"42246"', '"42265"')},
                                 "pledges/commune.yaml, ligne 2 : code INSEE « 42265 » : c'est "
                                 "celui de Saint-Michel-sur-Rhône"),
}


@pytest.mark.parametrize("refusal", REFUSALS)
def test_a_refused_folder_still_notes_the_leftovers_it_skipped_first(tmp_path, refusal):
    files, error = REFUSALS[refusal]
    root = write_pledges(tmp_path / "pledges", **files)
    (root / "commune.yaml~").write_text("nom: Ancienne version\n", encoding="utf-8")
    result = cli("check", "--pledges", str(root))
    assert result.returncode == 1
    note, said, total = result.stderr.splitlines()
    assert note == ("Note : pledges/commune.yaml~ ignoré (copie de sauvegarde ou fichier de "
                    "travail d'un éditeur)")
    assert said.startswith(error) and total == "1 erreur à corriger."


def test_after_the_vote_no_follow_up_is_asked_for_before_a_commitment_is_due(tmp_path):
    """Voted on 22 March 2026, checked on 29 November (252 days): with a year allowed before
    re-checking, nothing is due yet, so no suivi.yaml is asked for."""
    root = write_pledges(tmp_path / "pledges", suivi_yaml=None)
    data, _ = load(root, {"FOLLOWUP_STALE_DAYS": 365})
    assert warnings(data) == []
    data, _ = load(root, {"FOLLOWUP_STALE_DAYS": 200})
    assert warnings(data) == [
        "Avertissement : pledges/suivi.yaml n'existe pas encore : créez-le pour suivre "
        "1 engagement de la liste élue (modèle dans le guide de l'éditeur, « Ajouter une mise "
        "à jour du suivi ») ; d'ici là, aucun n'est vérifié"]


def test_a_commitment_not_rechecked_in_time_is_named_with_its_last_check(tmp_path):
    """The elected list's one commitment, last checked on 12 June 2026 (170 days before)."""
    root = write_pledges(tmp_path / "pledges")
    data, _ = load(root, {"FOLLOWUP_STALE_DAYS": 150})
    assert warnings(data) == [
        "Avertissement : engagement « services-hors-reseau » non vérifié depuis le 12 juin 2026 "
        "(plus de 150 jours) : à revérifier"]
    data, _ = load(root, {"FOLLOWUP_STALE_DAYS": 180})
    assert warnings(data) == []


@pytest.mark.parametrize(("setting", "said"), [
    ({"MANDATE_YEARS": 60}, "MANDATE_YEARS = « 60 » invalide : un nombre entier d'années est "
                            "attendu, de 1 à 10 (6 pour un mandat municipal)"),
    ({"END_OF_MANDATE": {"en-cours": "abandonne"}}, "END_OF_MANDATE : état « abandonne » inconnu"),
    ({"FOLLOWUP_STALE_DAYS": "six mois"}, "FOLLOWUP_STALE_DAYS = « six mois » invalide"),
])
def test_a_wrong_setting_is_refused_in_one_french_line(tmp_path, setting, said):
    data, lines = load(write_pledges(tmp_path / "pledges"), setting)
    assert data is None
    [line] = lines
    assert line.startswith(said), line
