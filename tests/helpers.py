"""Test helpers: pledges/ folders written as editors would write them, and real site builds."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

TODAY = dt.date(2026, 11, 29)

COMMUNE = """\
nom: Villeneuve
code_insee: "04242"
departement: Alpes-de-Haute-Provence
elections:
  premier_tour: 2026-03-15
  second_tour: 2026-03-22
phase: apres
liste_elue: alpha
contact: suivi@example.org
"""

MESURES = """\
mesures:
  - numero: 1
    slug: services-hors-reseau
    titre: Services essentiels hors réseau
    resume: L'eau et les écoles doivent fonctionner sans réseau.
    sous_mesures:
      - id: plan-sauvegarde
        texte: Panne dans le plan communal de sauvegarde
      - id: journee-sans-electricite
        texte: Une journée sans électricité par an
    source: https://desescaladenumerique.org/propositions/
  - numero: 2
    slug: ecrans-publicitaires
    titre: Pas d'écrans publicitaires
    resume: Interdire les écrans publicitaires numériques.
"""

ALPHA = """\
nom: Alpha pour tous
tete_de_liste: Anne Alpha
positions:
  - mesure: services-hors-reseau
    position: engagement-partiel
    provenance: declaree
    citation: Nous inscrirons la panne au plan.
    source:
      url: https://alpha.example.org/programme
    date: 2026-03-01
    sous_mesures: [plan-sauvegarde]
  - mesure: ecrans-publicitaires
    position: sans-reponse
    sollicitation:
      date: 2026-02-10
      moyen: courriel
"""



def alpha_committed_to_screens(source: str) -> str:
    """ALPHA committed to both measures: on screens fully, said on 20 February and backed by
    ``source`` (the YAML lines under « source: », indented by six spaces)."""
    return ALPHA.replace("""\
    position: sans-reponse
    sollicitation:
      date: 2026-02-10
      moyen: courriel
""", f"""\
    position: engagement-total
    provenance: declaree
    citation: Aucun écran.
    source:
{source}    date: 2026-02-20
""")


SUIVI = """\
liste: alpha
mises_a_jour:
  - mesure: services-hors-reseau
    date: 2026-06-12
    statut: en-cours
    resume: Le plan est en révision.
    source:
      description: Délibération n° 2026-045
"""


def write_pledges(root: Path, **files: str | None) -> Path:
    """Write a valid minimal pledges/ folder into ``root``; ``files`` replace (or drop) files.

    Keys are file names with « / » written as « __ » (``listes__alpha_yaml``) or plain names.
    """
    contents = {"commune.yaml": COMMUNE, "mesures.yaml": MESURES,
                "listes/alpha.yaml": ALPHA, "suivi.yaml": SUIVI}
    for key, text in files.items():
        contents[key.replace("__", "/").replace("_yaml", ".yaml")] = text
    root.mkdir(parents=True, exist_ok=True)
    for name, text in contents.items():
        if text is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def errors(root: Path) -> list[str]:
    """The editors' messages for the pledges/ folder ``root``, which must be refused."""
    from tenir_parole.core.assembly import load_dataset
    from tenir_parole.core.errors import DataErrors

    with pytest.raises(DataErrors) as caught:
        load_dataset(root, TODAY)
    return [str(e) for e in caught.value.errors]


def words(text: str) -> str:
    """Text as a reader reads it: any run of spaces (no-break ones included) as one space."""
    return " ".join(text.split())


ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
#: The fictional example commune; pledges/ ships as a copy of it until a commune starts its own.
EXAMPLE = ROOT / "examples" / "saint-exemple"
EPOCH = "1795910400"  # 2026-11-29: fixed reference date, so staleness does not drift


@dataclass(frozen=True)
class Ran:
    """What a command printed, and its exit status (like subprocess.CompletedProcess)."""

    returncode: int
    stdout: str
    stderr: str


def soup(site: Path, page: str):
    """A built page of ``site``, parsed as a browser would read its elements."""
    from bs4 import BeautifulSoup

    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def page_text(site: Path, page: str) -> str:
    """A built page of ``site`` as a reader reads its words (no-break spaces as spaces)."""
    return words(soup(site, page).get_text(" "))


def cli(*args: str) -> Ran:
    """Run `tenir-parole ARGS…` in this process, as the Makefile runs it."""
    from tenir_parole.commands.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Ran(code, out.getvalue(), err.getvalue())


def command(*args: str) -> list[str]:
    """`tenir-parole ARGS…` as a separate process (for a killed run, or another folder)."""
    return [sys.executable, "-m", "tenir_parole.commands.cli", *args]


def build(output: Path, pledges: Path, settings: str | Path = "pelicanconf.py",
          *extra: str) -> Ran:
    """Build as `make html` does (`tenir-parole html`), in this process."""
    return cli("html", "--settings", str(ROOT / settings), "--output", str(output),
               "--pledges", str(pledges), *extra)


def built(tmp_path_factory, pledges: Path, name: str, settings: str = "pelicanconf.py",
          *extra: str) -> Path:
    output = tmp_path_factory.mktemp(name) / "output"
    result = build(output, pledges, settings, *extra)
    assert result.returncode == 0, result.stderr
    return output


def rewrite(path: Path, change) -> None:
    """Load an editor's file, change its data, write it back as plain YAML."""
    import yaml

    from tenir_parole.core.loader import load_file

    data = _numbers(load_file(path, path.name).data)
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _numbers(value):
    from tenir_parole.core.loader import PlainNumber

    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    if isinstance(value, PlainNumber):
        return int(value) if value.isdigit() else float(value)
    return value


def essay(words: int) -> str:
    """A long text that compresses like prose: about 5 bytes of gzip a word."""
    import random
    import re

    vocabulary = re.findall(r"\w+", (EXAMPLE / "mesures.yaml").read_text(encoding="utf-8"))
    rng = random.Random(4)
    return " ".join(rng.choice(vocabulary) + str(rng.randint(0, 99999)) for _ in range(words))


#: Four more lists, with long names: a crowded grid on a phone or on paper.
MORE_LISTS = {"nouvel-elan": "Nouvel élan pour Saint-Exemple-sur-Loire et ses hameaux",
              "ecologie-solidaire": "Écologie et solidarité, une commune pour tous",
              "cap-citoyen": "Cap citoyen",
              "saint-exemple-demain": "Saint-Exemple demain : la commune des habitants"}


def crowded(source: Path, pledges: Path) -> Path:
    """A copy of ``source`` with the four lists of MORE_LISTS added (their stances copied
    from the existing lists, in turn)."""
    shutil.copytree(source, pledges)
    lists = sorted((pledges / "listes").glob("*.yaml"))
    for (slug, name), model in zip(MORE_LISTS.items(), itertools.cycle(lists)):
        text = model.read_text(encoding="utf-8")
        first = next(line for line in text.splitlines() if line.startswith("nom:"))
        (pledges / "listes" / f"{slug}.yaml").write_text(
            text.replace(first, f'nom: "{name}"', 1), encoding="utf-8")
    return pledges


#: 2027-06-30: a year and three months after the example's vote (22 March 2026).
YEAR_LATER_EPOCH = "1814313600"
#: Two updates of the example's follow-up in its second year: one before its first
#: anniversary (22 March 2027), one after, that takes a kept commitment back « en cours ».
SECOND_YEAR = """\
  - mesure: ecrans-publicitaires
    date: 2027-02-10
    statut: tenu
    resume: >-
      Le règlement local de publicité révisé interdit les écrans numériques.
    source:
      type: deliberation
      numero: "2027-012"
      date: 2027-02-10
      objet: "Approbation du règlement local de publicité révisé"
  - mesure: service-public-humain
    date: 2027-05-04
    statut: en-cours
    resume: >-
      La ligne téléphonique unique ne répond plus le samedi, faute d'agents.
    source:
      url: https://mairie-saint-exemple.example.org/demarches/horaires-2027/
"""


def year_later(pledges: Path) -> Path:
    """A copy of the example with SECOND_YEAR's updates (build it with YEAR_LATER_EPOCH)."""
    shutil.copytree(EXAMPLE, pledges)
    followup = pledges / "suivi.yaml"
    followup.write_text(followup.read_text(encoding="utf-8") + SECOND_YEAR, encoding="utf-8")
    return pledges


@contextlib.contextmanager
def epoch(value: str):
    """Every build inside sees ``value`` as SOURCE_DATE_EPOCH (the suite's is put back)."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = value
    try:
        yield
    finally:
        os.environ["SOURCE_DATE_EPOCH"] = saved if saved is not None else EPOCH


#: What a copy of the project needs to run its commands (`make`, the CLI).
PROJECT_FILES = ("pledges", "examples", "plugins", "content", "theme", "schemas", "geographie",
                 "pelicanconf.py", "publishconf.py", "Makefile", "requirements.txt",
                 "requirements-dev.txt")


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def environ(root: Path) -> dict[str, str]:
    """The environment of a command run in a copy of the project: none of the make variables
    of the run that started the tests, a fixed date, a git identity."""
    skip = {"MAKEFLAGS", "MAKELEVEL", "MFLAGS", "FORCE", "PLEDGES"}
    return {**{k: v for k, v in os.environ.items() if k not in skip},
            "SOURCE_DATE_EPOCH": EPOCH,
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}


def run(root: Path, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=root, env=environ(root), capture_output=True, text=True)


def commit_all(root: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git absent : apt-get install git")
    for git in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "départ"]):
        assert run(root, "git", *git).returncode == 0
