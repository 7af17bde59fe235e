"""`make check`: editors get every error in French and a non-zero exit, never a traceback."""

import contextlib
import shutil
from pathlib import Path

import pytest

from helpers import COMMUNE, EXAMPLE, ROOT, cli, write_pledges


def run_check(root):
    return cli("check", "--pledges", str(root))


def test_valid_data_exits_zero(tmp_path):
    result = run_check(write_pledges(tmp_path / "pledges"))
    assert result.returncode == 0
    assert "Données valides : 2 mesures, 1 liste." in result.stdout


def test_errors_exit_non_zero_with_french_lines_and_no_traceback(tmp_path):
    root = write_pledges(tmp_path / "pledges", commune_yaml=COMMUNE.replace("phase: apres",
                                                                            "phase: oui"))
    (root / "listes" / "beta.yaml").write_bytes(b"nom: B\xe9ta\n")
    result = run_check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "pledges/commune.yaml, ligne 7 : phase « oui » inconnue — valeurs permises : avant, apres",
        "pledges/listes/beta.yaml, ligne 1 : caractère invalide : le fichier doit être enregistré "
        "en UTF-8 (vérifiez l'encodage dans votre éditeur)",
        "2 erreurs à corriger.",
    ]
    assert "Traceback" not in result.stderr


def test_a_missing_elected_list_is_said_once_in_commune_yaml(tmp_path):
    root = write_pledges(tmp_path / "pledges",
                         commune_yaml=COMMUNE.replace("liste_elue: alpha\n", ""))
    result = run_check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "pledges/commune.yaml, ligne 7 : phase « apres » : indiquez la liste élue (champ "
        "liste_elue, nom de son fichier sans .yaml)",
        "1 erreur à corriger.",
    ]


def test_an_internal_error_still_names_the_file(tmp_path, monkeypatch):
    from tenir_parole.build.verify import load
    from tenir_parole.core import folder

    def broken(doc, model):
        raise KeyError("bug")

    monkeypatch.setattr(folder, "validate", broken)
    data, lines = load(write_pledges(tmp_path / "pledges"), {})
    assert data is None
    assert lines[0].startswith("pledges/commune.yaml : erreur interne de Tenir parole")


# The example commune, edited as an editor would: each error is reported at its file and
# line, in French, with the data left for the build to refuse (test_build.py proves the build
# stops on them and leaves output/ unchanged).
MUTATIONS = {
    "syntax": ("commune.yaml", "phase: apres", "phase: apres: oui",
               "syntaxe YAML invalide — « : » dans un texte sans guillemets"),
    "duplicate key": ("commune.yaml", "phase: apres", "phase: apres\nphase: avant",
                      "champ « phase » en double"),
    "tab": ("commune.yaml", "phase: apres", "phase:\tapres\n\tx: 1", "tabulation interdite"),
    "wrong type": ("mesures.yaml", "numero: 3", 'numero: "trois"', "nombre entier attendu"),
    "unknown measure": ("suivi.yaml", "mesure: service-public-humain",
                        "mesure: service-public", "mesure « service-public » inconnue"),
    "invalid date": ("suivi.yaml", "date: 2026-", "date: 2026-13-", "format attendu AAAA-MM-JJ"),
    "yaml 1.1 boolean": ("commune.yaml", "phase: apres", "phase: NO", "phase « NO » inconnue"),
    "insee as number": ('commune.yaml', 'code_insee: "99999"', "code_insee: 99999",
                        "écrivez-le entre guillemets"),
}


@pytest.fixture
def example(tmp_path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "pledges"))


@pytest.mark.parametrize("name", MUTATIONS)
def test_an_editors_mistake_is_named_at_its_file_and_line(example, name):
    file, old, new, message = MUTATIONS[name]
    path = example / file
    text = path.read_text(encoding="utf-8")
    line = text.split(old)[0].count("\n") + 1 + (name == "duplicate key")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_check(example)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [reported] = result.stderr.splitlines()[:-1]
    assert reported.startswith(f"pledges/{file}, ligne {line} : ") and message in reported


def test_bad_utf8_names_the_line(example):
    path = example / "listes" / "avenir-commun.yaml"
    lines = path.read_bytes().split(b"\n")
    lines[5] += b" \xff"
    path.write_bytes(b"\n".join(lines))
    assert ("pledges/listes/avenir-commun.yaml, ligne 6 : caractère invalide"
            in run_check(example).stderr)


def test_an_empty_file_is_named(example):
    (example / "suivi.yaml").write_text("", encoding="utf-8")
    assert "pledges/suivi.yaml, ligne 1 : fichier vide" in run_check(example).stderr


def test_an_editors_lock_file_is_skipped_not_a_crash(tmp_path):
    # Emacs marks a file being edited with a link to nowhere named .#<file>.
    root = write_pledges(tmp_path / "pledges")
    (root / ".#commune.yaml").symlink_to("editeur@machine.4242:1700000000")
    (root / "listes" / ".#alpha.yaml").symlink_to("editeur@machine.4242:1700000000")
    result = run_check(root)
    assert result.returncode == 0, result.stderr
    assert "Note : pledges/.#commune.yaml ignoré" in result.stdout
    assert "Données valides : 2 mesures, 1 liste." in result.stdout
    assert ".#" not in result.stdout.split("À compléter avant de publier")[1]


def test_a_page_or_ci_file_not_in_utf8_is_named_at_its_line(tmp_path):
    project = tmp_path / "projet"
    root = write_pledges(project / "pledges")
    (project / "content" / "pages").mkdir(parents=True)
    (project / "content" / "pages" / "a-propos.md").write_bytes(
        "Title: À propos\n\nLe caf".encode() + b"\xe9 du village.\n")
    (project / ".gitlab-ci.yml").write_bytes(b"# D\xe9ploiement\nimage: votre-compte/site\n")
    with contextlib.chdir(project):
        result = cli("check", "--pledges", str(root), "--settings", str(ROOT / "pelicanconf.py"))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    invalid = ("caractère invalide : le fichier doit être enregistré en UTF-8 (vérifiez "
               "l'encodage dans votre éditeur)")
    listed = result.stdout.splitlines()
    assert f"  content/pages/a-propos.md, ligne 3 : {invalid}" in listed
    assert f"  .gitlab-ci.yml, ligne 1 : {invalid}" in listed
    # the rest of the file is still searched
    assert "  .gitlab-ci.yml, ligne 2 : « votre-compte » à remplacer par le compte de la forge" \
        in listed


def test_after_the_vote_without_a_follow_up_the_file_to_create_is_named_once(tmp_path):
    root = write_pledges(tmp_path / "pledges", suivi_yaml=None)
    result = run_check(root)
    assert result.returncode == 0
    assert [line for line in result.stdout.splitlines() if line.startswith("Avertissement")] == [
        "Avertissement : pledges/suivi.yaml n'existe pas encore : créez-le pour suivre "
        "1 engagement de la liste élue (modèle dans le guide de l'éditeur, « Ajouter une mise "
        "à jour du suivi ») ; d'ici là, aucun n'est vérifié"]


def test_after_the_vote_a_follow_up_still_commented_out_is_said_so_not_missing(tmp_path):
    root = write_pledges(tmp_path / "pledges", suivi_yaml=None)
    (root / "suivi.yaml").write_text("# Le suivi, après l'élection :\n# liste: alpha\n"
                                     "# mises_a_jour:\n", encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 0, result.stdout
    assert [line for line in result.stdout.splitlines() if line.startswith("Avertissement")] == [
        "Avertissement : pledges/suivi.yaml ne contient encore que son modèle, en commentaires : "
        "retirez les « # » des lignes que vous remplissez pour suivre 1 engagement de la liste "
        "élue (modèle dans le guide de l'éditeur, « Ajouter une mise à jour du suivi ») ; d'ici "
        "là, aucun n'est vérifié"]


def test_a_required_file_of_comments_only_asks_to_uncomment_it(tmp_path):
    root = write_pledges(tmp_path / "pledges")
    (root / "mesures.yaml").write_text("# mesures:\n#   - numero: 1\n", encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 1
    assert ("pledges/mesures.yaml, ligne 1 : rien que des commentaires : retirez les « # » des "
            "lignes du modèle que vous remplissez") in result.stderr
