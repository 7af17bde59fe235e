"""A real commune, from `make nouvelle-commune` to `make publish`: refused while anything is
left to fill in — every item named with its file and line — then published once it is done.
L'Haÿ-les-Roses: an apostrophe and a « ÿ » its editions' file names keep."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT, cli
from tenir_parole.build.paper import CHROMIUM

PROJECT = ("content", "theme", "examples", "pledges", "schemas", "geographie", "pelicanconf.py",
           "publishconf.py")
IDENTITY = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}


def in_project(root: Path, *args: str):
    with contextlib.chdir(root):
        return cli(*args)


def line_of(path: Path, needle: str) -> int:
    return next(number for number, line in
                enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if needle in line)


@pytest.fixture
def started(tmp_path) -> Path:
    """A copy of the project, committed, then `make nouvelle-commune`."""
    if shutil.which("git") is None:
        pytest.skip("git absent : apt-get install git")
    root = tmp_path / "ma-commune"
    root.mkdir()
    for name in PROJECT:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "départ"]):
        subprocess.run(["git", *command], cwd=root, check=True, capture_output=True,
                       env={**os.environ, **IDENTITY})
    result = in_project(root, "nouvelle-commune", "--insee", "94038")
    assert result.returncode == 0, result.stderr
    return root


def test_every_placeholder_is_named_then_the_commune_publishes(started, tmp_path):
    root = started
    pledges = root / "pledges"
    commune, renamed = pledges / "commune.yaml", pledges / "listes" / "liste-a-renommer.yaml"
    expected = [
        f"pledges/commune.yaml, ligne {line_of(commune, 'À compléter : comment nous écrire')}",
        f"pledges/commune.yaml, ligne {line_of(commune, 'directeur_publication')}",
        f"pledges/commune.yaml, ligne {line_of(commune, 'telephone')}",
        f"pledges/commune.yaml, ligne {line_of(commune, '# site:')} : adresse publique du "
        "site manquante",
        f"pledges/listes/liste-a-renommer.yaml, ligne {line_of(renamed, 'nom:')}",
        "pledges/listes/liste-a-renommer.yaml : fichier à renommer",
    ]
    # The command's own summary already lists them, as `make check` does.
    summary = in_project(root, "nouvelle-commune", "--name", "L'Haÿ-les-Roses", "--insee",
                         "94038", "--force").stdout
    listed = in_project(root, "check").stdout
    refused = in_project(root, "publish", "--dist", str(tmp_path / "dist"))
    assert refused.returncode == 1
    assert "Publication refusée" in refused.stderr
    for item in expected:
        assert item in summary and item in listed and item in refused.stderr, item
    assert not (root / "output").exists()

    text = commune.read_text(encoding="utf-8")
    text = text.replace(text[text.index("contact: >-"):text.index("# presentation")],
                        "contact: \"Écrivez-nous : [contact@l-hay-les-roses.fr]"
                        "(mailto:contact@l-hay-les-roses.fr).\"\n")
    text = text.replace("# site: https://tenir-parole.ma-commune.fr",
                        "site: https://tenir-parole.l-hay-les-roses.fr")
    fills = {"le collectif ou l'association qui publie le site": "Collectif de L'Haÿ-les-Roses",
             "son adresse postale": "2 rue du Lavoir, 94240 L'Haÿ-les-Roses",
             "nom et qualité de la personne responsable": "Dominique Martin, présidente",
             "le nom de l'hébergeur": "Association Hébergement Local",
             "son numéro de téléphone": "04 00 00 00 00"}
    for placeholder, value in fills.items():
        text = text.replace(f"À compléter : {placeholder}", value)
    commune.write_text(text, encoding="utf-8")
    listed = renamed.read_text(encoding="utf-8").replace('"Liste à renommer"', '"Val Avenir"')
    (pledges / "listes" / "val-avenir.yaml").write_text(
        listed.replace('"À compléter"', '"Claude Durand"'), encoding="utf-8")
    renamed.unlink()

    assert "À compléter" not in in_project(root, "check").stdout
    published = in_project(root, "publish", "--dist", str(tmp_path / "dist"))
    assert published.returncode == 0, published.stderr
    legal = (root / "output" / "mentions-legales.html").read_text(encoding="utf-8")
    assert "Dominique Martin, présidente" in legal and "Association Hébergement Local" in legal
    sitemap = (root / "output" / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://tenir-parole.l-hay-les-roses.fr/index.html" in sitemap
    offline = (root / "output" / "hors-ligne.html").read_text(encoding="utf-8")
    assert 'href="telechargements/tenir-parole-l-hay-les-roses-' in offline
    assert "Téléchargez le fichier .zip ci-dessus." in offline
    if not Path(CHROMIUM).exists():  # no printer: published all the same, and said so
        assert "Les éditions imprimables manquent" in published.stderr
        return
    for kind, words in (("carnet", "carnet A5"), ("affiche", "affiche A4"),
                        ("lettre", "lettre A4")):
        pdf = f"tenir-parole-l-hay-les-roses-2026-11-29-{kind}.pdf"
        assert (root / "output" / "telechargements" / pdf).is_file()
        offered = rf'href="telechargements/{pdf}">{pdf}</a> \(\d+ ko\)\s:\s[^<]*{words}'
        assert re.search(offered, offline), kind
