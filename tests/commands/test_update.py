"""`make mise-a-jour` on a commune started from the project: the project's changes arrive,
pledges/ stays the commune's, and a file changed on both sides stops everything cleanly."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT, cli

PROJECT = ("pledges", "examples", "plugins", "content", "theme", "schemas", "geographie",
           "pelicanconf.py", "publishconf.py", "Makefile", "requirements.txt",
           "requirements-dev.txt")
IDENTITY = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                            env={**os.environ, **IDENTITY}, check=True)
    return result.stdout.strip()


def commit_all(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


def in_project(root: Path, *args: str):
    with contextlib.chdir(root):
        return cli(*args)


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def repos(tmp_path) -> tuple[Path, Path]:
    """The project's repository (« amont »), and a commune's started from it."""
    if shutil.which("git") is None:
        pytest.skip("git absent : apt-get install git")
    upstream = tmp_path / "tenir-parole"
    upstream.mkdir()
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, upstream / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, upstream / name)
    git(upstream, "init", "-q", "-b", "main")
    commit_all(upstream, "Tenir parole")
    commune = tmp_path / "ma-commune"
    git(tmp_path, "clone", "-q", str(upstream), str(commune))
    git(commune, "remote", "rename", "origin", "amont")
    result = in_project(commune, "nouvelle-commune", "--insee", "01234")
    assert result.returncode == 0, result.stderr
    commit_all(commune, "Notre commune")
    return upstream, commune


def test_an_update_brings_the_projects_changes_and_keeps_the_communes_data(repos):
    upstream, commune = repos
    mine = files(commune / "pledges")
    css = upstream / "theme" / "static" / "site.css"
    css.write_text(css.read_text(encoding="utf-8") + "/* nouveauté */\n", encoding="utf-8")
    example = upstream / "pledges" / "listes" / "avenir-commun.yaml"
    example.write_text(example.read_text(encoding="utf-8") + "# retouche\n", encoding="utf-8")
    (upstream / "pledges" / "listes" / "nouvelle-liste.yaml").write_text("nom: x\n")
    commit_all(upstream, "Nouveautés")
    result = in_project(commune, "mise-a-jour")
    assert result.returncode == 0, result.stderr
    assert "Mise à jour prise" in result.stdout and "pledges/ inchangé" in result.stdout
    assert " : 1 fichier du projet changé, pledges/ inchangé." in result.stdout  # site.css
    assert "/* nouveauté */" in (commune / "theme" / "static" / "site.css").read_text("utf-8")
    assert files(commune / "pledges") == mine
    assert git(commune, "status", "--porcelain") == ""
    assert in_project(commune, "check").returncode == 0
    assert "Déjà à jour" in in_project(commune, "mise-a-jour").stdout


def test_a_file_changed_on_both_sides_stops_the_update_and_changes_nothing(repos):
    upstream, commune = repos
    for root, text in ((upstream, "projet"), (commune, "commune")):
        page = root / "content" / "pages" / "methode.md"
        page.write_text(page.read_text(encoding="utf-8") + f"\nAjout {text}.\n",
                        encoding="utf-8")
        commit_all(root, text)
    head = git(commune, "rev-parse", "HEAD")
    result = in_project(commune, "mise-a-jour")
    assert result.returncode == 1
    assert "content/pages/methode.md" in result.stderr and "Rien n'a été changé" in result.stderr
    assert git(commune, "rev-parse", "HEAD") == head
    assert git(commune, "status", "--porcelain") == ""


def test_uncommitted_work_and_an_unknown_project_address_are_refused(repos, tmp_path):
    _, commune = repos
    git(commune, "remote", "remove", "amont")
    result = in_project(commune, "mise-a-jour")
    assert result.returncode == 1 and "make mise-a-jour AMONT=" in result.stderr
    (commune / "pledges" / "commune.yaml").write_text("nom: x\n", encoding="utf-8")
    result = in_project(commune, "mise-a-jour", "--upstream", str(tmp_path / "tenir-parole"))
    assert result.returncode == 1 and "pledges/commune.yaml" in result.stderr


def test_without_git_the_update_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "sans-git"))
    result = in_project(tmp_path, "mise-a-jour")
    assert result.returncode == 1
    assert result.stderr == "git est absent : sudo apt-get install git\n"


def test_an_update_saying_pledges_unchanged_leaves_every_byte_of_pledges(repos):
    """The project changed, in its example, files the commune kept as they came (measures,
    corrections log): the commune's copies stay byte for byte, as the message says."""
    upstream, commune = repos
    mine = files(commune / "pledges")
    before = git(commune, "rev-parse", "HEAD")
    for name in mine:
        if (upstream / "pledges" / name).is_file():
            path = upstream / "pledges" / name
            path.write_bytes(path.read_bytes() + b"# retouche du projet\n")
    (upstream / "pledges" / "corrections.yaml").unlink(missing_ok=True)
    readme = upstream / "README.md"
    readme.write_text("Nouveau lisez-moi\n", encoding="utf-8")
    commit_all(upstream, "Le projet retouche son exemple")
    result = in_project(commune, "mise-a-jour")
    assert result.returncode == 0, result.stderr
    assert "pledges/ inchangé" in result.stdout
    assert files(commune / "pledges") == mine
    assert git(commune, "diff", "--name-only", before, "HEAD", "--", "pledges") == ""
    assert "pledges/ inchangé" in git(commune, "log", "-1", "--format=%s")
    assert (commune / "README.md").read_text(encoding="utf-8") == "Nouveau lisez-moi\n"


def test_outside_a_git_repository_the_update_says_it_needs_one(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git absent : apt-get install git")
    result = in_project(tmp_path, "mise-a-jour")
    assert result.returncode == 1
    assert result.stderr == "Pas de dépôt git ici : la mise à jour passe par git.\n"


@pytest.mark.parametrize("adds", [False, True], ids=["retire", "retire-et-ajoute"])
def test_a_file_the_project_removes_from_its_example_stays_in_the_commune(repos, adds):
    """The commune kept a file of the example as it came; the project deletes it (and adds
    another): the commune's copy stays, the new one does not come, pledges/ is the commune's."""
    upstream, commune = repos
    kept = "listes/avenir-commun.yaml"
    shutil.copy2(upstream / "pledges" / kept, commune / "pledges" / kept)
    commit_all(commune, "Une liste de l'exemple, gardée telle quelle")
    mine = files(commune / "pledges")
    (upstream / "pledges" / kept).unlink()
    if adds:
        (upstream / "pledges" / "listes" / "nouvelle-liste.yaml").write_text("nom: x\n")
    commit_all(upstream, "Le projet retire un fichier de son exemple")
    result = in_project(commune, "mise-a-jour")
    assert result.returncode == 0, result.stderr
    assert files(commune / "pledges") == mine
    assert git(commune, "status", "--porcelain") == ""


def test_the_projects_address_is_remembered_and_a_new_one_replaces_it(repos, tmp_path):
    upstream, commune = repos
    git(commune, "remote", "remove", "amont")
    assert in_project(commune, "mise-a-jour", "--upstream", str(upstream)).returncode == 0
    assert git(commune, "remote", "get-url", "amont") == str(upstream)
    moved = tmp_path / "depot-deplace"
    git(tmp_path, "clone", "-q", "--bare", str(upstream), str(moved))
    result = in_project(commune, "mise-a-jour", "--upstream", str(moved))
    assert result.returncode == 0, result.stderr
    assert git(commune, "remote", "get-url", "amont") == str(moved)


def test_a_branch_the_project_does_not_have_is_refused_with_gits_words(repos):
    _, commune = repos
    head = git(commune, "rev-parse", "HEAD")
    result = in_project(commune, "mise-a-jour", "--branch", "inexistante")
    assert result.returncode == 1
    assert result.stderr.startswith("git fetch --quiet amont inexistante a échoué :\n")
    assert "inexistante" in result.stderr.splitlines()[1]
    assert git(commune, "rev-parse", "HEAD") == head


def test_uncommitted_files_are_named_one_per_line_the_first_ten_only(repos):
    _, commune = repos
    templates = sorted((commune / "theme" / "templates").glob("*.html"))
    assert len(templates) >= 11  # the shipped templates: enough to pass ten
    for page in templates:
        page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = in_project(commune, "mise-a-jour")
    assert result.returncode == 1
    listed = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert listed == [f"  theme/templates/{page.name}" for page in templates[:10]]
