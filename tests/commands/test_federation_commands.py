"""`make federation-collecte` and `make federation` as a federation's volunteer runs them, in
the project's folder: what they say first, what they refuse before any work, and the site
they leave when they refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROOT, cli


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A federation's folder: its settings (a measures file that is not there), an empty list
    of sites, no copies yet, and the overview a run killed mid-swap left aside."""
    monkeypatch.chdir(tmp_path)
    Path("federationconf.py").write_text("FEDERATION_MEASURES = 'mesures\\x1b[2J.yaml'\n",
                                         encoding="utf-8")
    Path("communes.txt").write_text("# aucun site encore\n", encoding="utf-8")
    Path("donnees").mkdir()
    Path(".site-old-4242").mkdir()
    Path(".site-old-4242/index.html").write_text("ancienne vue", encoding="utf-8")
    return tmp_path


def federation(*args: str):
    return cli("federation", "--copies", "donnees", "--output", "site", "--list",
               "communes.txt", "--settings", "federationconf.py", *args)


def test_collecting_without_the_list_of_sites_is_refused_before_any_download(project):
    ran = cli("federation-collecte", "--list", "absente.txt", "--copies", "copies")
    assert (ran.returncode, ran.stdout) == (2, "")
    assert ran.stderr == ("absente.txt : fichier introuvable (lancez la commande depuis le "
                          "dossier du projet)\n")
    assert not Path("copies").exists()


def test_the_build_says_what_it_reads_and_where_it_builds(project):
    assert federation().stdout.splitlines()[0] == (
        "Lecture de donnees/, puis construction de la vue d'ensemble dans site/…")


def test_a_refused_build_first_puts_back_the_site_a_killed_run_left_aside(project):
    """The message says site/ is unchanged: it is the site that was there before the killed
    run, not a missing folder."""
    ran = federation()
    assert ran.returncode == 1
    assert ran.stderr.endswith("\nsite/ n'a pas été modifié.\n")
    assert Path("site/index.html").read_text(encoding="utf-8") == "ancienne vue"
    assert not list(project.glob(".site-*"))


def test_a_message_cannot_drive_the_terminal(project):
    """A file name with an escape sequence in it (« ESC[2J » clears a terminal) is printed
    with the escape visible."""
    ran = federation()
    said = ran.stderr.splitlines()[0]
    assert said.startswith("mesures\\x1b[2J.yaml : fichier des mesures de référence illisible (")
    assert said.endswith(") ; vérifiez FEDERATION_MEASURES dans federationconf.py")
    assert "\x1b" not in ran.stderr


def test_the_repositorys_examples_are_what_make_federation_exemples_writes(tmp_path):
    """federation/donnees/ (each copy, the collection's manifest) and federation/communes.txt,
    byte for byte; a copy left from an older run is gone."""
    from tenir_parole.commands.generated import write

    folder, listed = tmp_path / "donnees", tmp_path / "communes.txt"
    folder.mkdir()
    (folder / "ancienne.example.org.json").write_text("{}", encoding="utf-8")
    write(folder, listed, ROOT)
    shipped = ROOT / "federation" / "donnees"
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in shipped.iterdir())
    for path in folder.iterdir():
        assert path.read_bytes() == (shipped / path.name).read_bytes(), path.name
    assert listed.read_bytes() == (ROOT / "federation" / "communes.txt").read_bytes()
