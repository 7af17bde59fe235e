"""One folder, one Dataset: the lists in the order of their names, as a French index reads
them (accents and case aside), whatever their files are called."""

from __future__ import annotations

from helpers import ALPHA, TODAY, write_pledges
from tenir_parole.core.assembly import load_dataset


def test_the_lists_come_in_the_order_of_their_names_not_of_their_files(tmp_path):
    root = write_pledges(
        tmp_path / "pledges",
        listes__zeta_yaml=ALPHA.replace("nom: Alpha pour tous", "nom: Avenir commun"),
        listes__beta_yaml=ALPHA.replace("nom: Alpha pour tous", "nom: Écologie d'abord"),
        listes__alpha_yaml=ALPHA.replace("nom: Alpha pour tous", "nom: renouveau"))
    data = load_dataset(root, TODAY)
    assert [lst.name for lst in data.lists.values()] == ["Avenir commun", "Écologie d'abord",
                                                          "renouveau"]
    assert list(data.lists) == ["zeta", "beta", "alpha"]
