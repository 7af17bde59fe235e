"""What an editor reads about a text, an e-mail address or a SIRET written in commune.yaml or a
list file: where the invisible character sits, the hint that fits, the spaces forgiven."""

from __future__ import annotations

import pytest

from helpers import ALPHA, COMMUNE, TODAY, errors, write_pledges
from tenir_parole.core.assembly import load_dataset


def test_an_invisible_character_is_placed_counting_from_one(tmp_path):
    """« Alpha\\u202e… »: the reversing mark is the text's 6th character."""
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=ALPHA.replace(
        "nom: Alpha pour tous", 'nom: "Alpha\\u202e pour tous"'))
    assert errors(root) == [
        "pledges/listes/alpha.yaml, ligne 1 : « nom » : caractère invisible interdit (U+202E, "
        "inversion du sens d'écriture) à la position 6 du texte : retirez-le (copié d'un autre "
        "texte ?)"]


@pytest.mark.parametrize(("address", "hint"), [
    ("mailto:suivi@example.org", "écrivez l'adresse seule, sans « mailto: »"),
    ("suivi@example", "par exemple suivi@ma-commune.fr"),
])
def test_an_email_address_badly_written_gets_the_hint_for_its_mistake(tmp_path, address, hint):
    root = write_pledges(tmp_path / "pledges", commune_yaml=COMMUNE + f"courriel: {address}\n")
    assert errors(root) == [f"pledges/commune.yaml, ligne 10 : « courriel » : adresse "
                            f"électronique « {address} » invalide : {hint}"]


def test_a_siret_copied_with_its_spaces_is_kept_without_them(tmp_path):
    root = write_pledges(tmp_path / "pledges",
                         commune_yaml=COMMUNE + 'siret: "214 202 467 00079"\n')
    assert load_dataset(root, TODAY).commune.siret == "21420246700079"
