"""What lies in a pledges/ folder: which files are read, which are reported, and how a list
file badly named is said — once, with the name to give it."""

from __future__ import annotations

from helpers import ALPHA, COMMUNE, SUIVI, TODAY, errors, write_pledges
from tenir_parole.core.assembly import load_dataset


def test_hidden_files_of_git_or_a_file_manager_are_left_alone(tmp_path):
    """A .gitignore, a .git/ folder, a .directory: neither an error nor a note."""
    root = write_pledges(tmp_path / "pledges")
    (root / ".gitignore").write_text("*.bak\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".directory").write_text("[Desktop Entry]\n", encoding="utf-8")
    assert load_dataset(root, TODAY).notes == ()


def test_a_list_file_in_yml_is_one_message_and_its_name_is_known_elsewhere(tmp_path):
    """listes/beta.yml, named in commune.yaml and suivi.yaml: the rename is the only fix."""
    root = write_pledges(tmp_path / "pledges", **{"listes/beta.yml": ALPHA},
                         commune_yaml=COMMUNE.replace("liste_elue: alpha", "liste_elue: beta"),
                         suivi_yaml=SUIVI.replace("liste: alpha", "liste: beta"))
    assert errors(root) == ["pledges/listes/beta.yml : fichier inattendu — renommez-le en .yaml"]


def test_a_list_file_whose_name_slugifies_to_a_reserved_one_gets_an_example_name(tmp_path):
    """« Index.yaml » would become index.yaml, which the site keeps for itself."""
    root = write_pledges(tmp_path / "pledges", **{"listes/Index.yaml": ALPHA})
    assert errors(root) == [
        "pledges/listes/Index.yaml : nom de fichier invalide : minuscules sans accents, chiffres "
        "et tirets, terminé par .yaml, autre que index, suivi ou contenu (par exemple "
        "« avenir-commun.yaml »)"]


def test_a_hundred_list_files_are_each_read(tmp_path):
    """100 lists is the most a commune may have: each is read (here each is said to lack its
    positions), and the folder is not refused as a whole."""
    root = write_pledges(tmp_path / "pledges")
    for n in range(99):
        (root / "listes" / f"liste-{n}.yaml").write_text("nom: x\n", encoding="utf-8")
    said = errors(root)
    assert "pledges/listes/liste-98.yaml, ligne 1 : champ « tete_de_liste » manquant" in said
    assert not [e for e in said if "au plus" in e]


def test_an_empty_lists_folder_says_a_file_is_wanted_for_each_list(tmp_path):
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=None)
    assert "pledges/listes : aucune liste : ajoutez un fichier par liste candidate" in errors(root)
