"""What pydantic's errors become for an editor: each unknown field said once, a guess offered
only where it fits."""

from __future__ import annotations

from helpers import ALPHA, errors, write_pledges


def test_two_misspellings_of_one_missing_field_get_the_guess_once(tmp_path):
    """« nome » and « non » both look like « nom »: the first is told it is « nom », missing
    here; the second is an unknown field like any other, with the permitted ones."""
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=ALPHA.replace(
        "nom: Alpha pour tous", "nome: Alpha pour tous\nnon: x"))
    assert errors(root) == [
        "pledges/listes/alpha.yaml, ligne 1 : champ « nome » inconnu — vouliez-vous dire « nom » "
        "? (champ obligatoire, absent d'ici)",
        "pledges/listes/alpha.yaml, ligne 2 : champ « non » inconnu — vouliez-vous dire « nom » ? "
        "Champs permis : nom, tete_de_liste, site, resultat, presentation, positions"]
