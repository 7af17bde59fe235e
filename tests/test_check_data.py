"""`make check`: editors get every error in French and a non-zero exit, never a traceback."""

from helpers import COMMUNE, cli, write_pledges


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
        "2 erreurs à corriger : le site n'a pas été construit.",
    ]
    assert "Traceback" not in result.stderr


def test_an_internal_error_still_names_the_file(tmp_path, monkeypatch):
    from tenir_parole.check import load
    from tenir_parole.data import dataset

    def broken(doc, model):
        raise KeyError("bug")

    monkeypatch.setattr(dataset, "validate", broken)
    data, lines = load(write_pledges(tmp_path / "pledges"), {})
    assert data is None
    assert lines[0].startswith("pledges/commune.yaml : erreur interne de Tenir parole")
