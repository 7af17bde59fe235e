"""`make deploy` (tenir_parole/deploy.py): make publish, then output/ copied by rsync, with no
shell between DEPLOY_TARGET and rsync, and never onto the project itself."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import EXAMPLE, TODAY, cli, copy_project, environ
from tenir_parole.commands.deploy import rsync_command


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("deploy") / "projet")


def deploy(project: Path, target: str):
    with contextlib.chdir(project):
        return cli("deploy", "--target", target)


@pytest.mark.parametrize(("target", "said"), [
    ("", "DEPLOY_TARGET manquant : indiquez le dossier du serveur, par exemple"),
    ("  ", "DEPLOY_TARGET manquant : indiquez le dossier du serveur, par exemple"),
    ("--rsh=touch x", "DEPLOY_TARGET « --rsh=touch x » commence par « - » : rsync le prendrait "
                      "pour une option. Indiquez un dossier, par exemple"),
    (".", "DEPLOY_TARGET « . » est le dossier du projet ou un dossier qui le contient : rsync "
          "--delete y effacerait tout ce qui n'est pas le site. Indiquez le dossier que le "
          "serveur web publie."),
    ("..", "DEPLOY_TARGET « .. » est le dossier du projet ou un dossier qui le contient : "
           "rsync --delete y effacerait tout ce qui n'est pas le site. Indiquez le dossier que "
           "le serveur web publie."),
    ("/", "DEPLOY_TARGET « / » est le dossier du projet ou un dossier qui le contient"),
    ("output/ancien", "DEPLOY_TARGET « output/ancien » est dans output/, le site lui-même : "
                      "indiquez un dossier ailleurs."),
])
def test_a_target_that_would_wipe_the_project_is_refused_before_anything_is_built(
        project, target, said):
    result = deploy(project, target)
    assert result.returncode == 2
    assert result.stderr.startswith(said)
    assert "Vérification" not in result.stdout and not (project / "output").exists()


@pytest.mark.parametrize("target", ["moi@serveur:/var/www/site/", "serveur:site",
                                    "rsync://serveur/module/", "/srv/www/tenir parole/"])
def test_rsync_gets_the_target_as_one_argument_after_its_options(target):
    assert rsync_command(Path("output"), target) == [
        "rsync", "-az", "--delete", "--", "output/", target]


@pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync absent : apt-get install rsync")
def test_make_deploy_publishes_then_copies_whatever_the_target_holds(project):
    """Spaces, « ; », « $(…) » and backquotes in DEPLOY_TARGET, set as a forge's CI sets it
    (in the environment): one folder of that very name, no command run (no file « pwned »
    anywhere)."""
    served = project.parent / "serveur"
    served.mkdir()
    target = served / "en ligne; touch pwned $(touch pwned2) `touch pwned3`"
    result = subprocess.run(["make", "-s", "-o", ".venv/.installed", "deploy",
                             f"BIN={Path(sys.executable).parent}"], cwd=project,
                            env={**environ(project), "DEPLOY_TARGET": str(target)},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Site en ligne : copie terminée." in result.stdout.splitlines()
    assert sorted(p.name for p in served.iterdir()) == [target.name]
    published = sorted(p.relative_to(project / "output") for p in (project / "output").rglob("*"))
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == published
    assert not list(project.parent.rglob("pwned*"))


COPY = "import sys; from pathlib import Path; from tenir_parole.commands.deploy import copy; " \
       "sys.exit(copy(Path(sys.argv[1]), sys.argv[2]))"


def copy_alone(site: Path, target: str, path: str | None = None):
    """The copy step as make deploy runs it, its output and rsync's in one log, as a forge's
    CI job shows them."""
    env = {**environ(site.parent), **({"PATH": path} if path is not None else {})}
    env.pop("PYTHONUNBUFFERED", None)  # output piped, as in CI: Python buffers it
    return subprocess.run([sys.executable, "-c", COPY, str(site), target], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync absent : apt-get install rsync")
def test_a_copy_that_fails_says_so_after_rsyncs_own_words_and_fails_the_job(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    (site / "index.html").write_text("<p>site</p>", encoding="utf-8")
    result = copy_alone(site, str(tmp_path / "absent" / "plus-loin" / "encore"))
    assert result.returncode == 1
    log = result.stdout.splitlines()
    assert log[0] == f"Copie de output/ vers {tmp_path}/absent/plus-loin/encore…"
    assert any(line.startswith("rsync") for line in log[1:-1])  # rsync's own message between
    assert log[-1] == ("La copie a échoué (voir le message de rsync ci-dessus) : le site en "
                       "ligne n'a peut-être été mis à jour qu'en partie ; relancez make deploy.")


def test_without_rsync_the_copy_says_how_to_install_it_and_fails_the_job(tmp_path):
    site = tmp_path / "output"
    site.mkdir()
    result = copy_alone(site, str(tmp_path / "serveur"), path=str(tmp_path / "sans-rsync"))
    assert (result.returncode, result.stdout) == (1, "rsync absent : sudo apt-get install rsync\n")
    assert not (tmp_path / "serveur").exists()


@pytest.mark.parametrize(("published", "copy_status", "status", "copied"), [
    (1, 0, 1, []),
    (0, 1, 1, ["moi@serveur:/var/www/site/"]),
    (0, 0, 0, ["moi@serveur:/var/www/site/"]),
], ids=["publication-refusee", "copie-echouee", "tout-bon"])
def test_only_a_finished_publication_is_copied_and_the_job_fails_with_either_step(
        monkeypatch, published, copy_status, status, copied):
    """A publication that failed leaves the server as it was, and the CI job fails."""
    from tenir_parole.build import editions
    from tenir_parole.commands import commune
    from tenir_parole.commands import deploy as deploying
    from tenir_parole.commands.options import Options
    from tenir_parole.core.assembly import load_dataset

    targets: list[str] = []
    monkeypatch.setattr(editions, "make", lambda *args, **kwargs: published)
    monkeypatch.setattr(deploying, "copy",
                        lambda output, target: targets.append(target) or copy_status)
    data = load_dataset(EXAMPLE, TODAY)
    assert commune.make(Options("deploy", target="moi@serveur:/var/www/site/"), data) == status
    assert targets == copied
