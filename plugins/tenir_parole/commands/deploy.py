"""`make deploy`: `make publish`, then output/ copied to the server with rsync.

No shell stands between DEPLOY_TARGET and rsync: the target is one argument of rsync, whatever
it holds (spaces, « ; », « $(…) »), after « -- » so that it is never read as an option. A
target that rsync's ``--delete`` would wipe the project with (the project itself, a folder
that holds it) is refused before anything is built.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

EXAMPLE = "make deploy DEPLOY_TARGET=editeur@serveur.example.org:/var/www/tenir-parole/"
#: rsync's remote forms: « rsync://… », or a host then « : » before any « / ».
_REMOTE = re.compile(r"^(rsync://|[^/]*:)")


def remote(target: str) -> bool:
    return bool(_REMOTE.match(target))


def target_problem(target: str, project: Path, output: Path) -> str | None:
    """Why ``target`` cannot receive the site, in French, or None."""
    if not target.strip():
        return f"DEPLOY_TARGET manquant : indiquez le dossier du serveur, par exemple\n  {EXAMPLE}"
    if target.startswith("-"):
        return (f"DEPLOY_TARGET « {target} » commence par « - » : rsync le prendrait pour une "
                f"option. Indiquez un dossier, par exemple\n  {EXAMPLE}")
    if remote(target):
        return None
    folder = Path(target).resolve()
    project, output = project.resolve(), output.resolve()
    if project.is_relative_to(folder):
        return (f"DEPLOY_TARGET « {target} » est le dossier du projet ou un dossier qui le "
                "contient : rsync --delete y effacerait tout ce qui n'est pas le site. "
                "Indiquez le dossier que le serveur web publie.")
    if folder.is_relative_to(output):
        return (f"DEPLOY_TARGET « {target} » est dans {output.name}/, le site lui-même : "
                "indiquez un dossier ailleurs.")
    return None


def rsync_command(output: Path, target: str) -> list[str]:
    """The copy: every file of ``output``, those gone from it deleted on the server."""
    return ["rsync", "-az", "--delete", "--", f"{output.as_posix().rstrip('/')}/", target]


def copy(output: Path, target: str) -> int:
    """Copy ``output`` to ``target``; 0 when done, else a French line and 1."""
    if shutil.which("rsync") is None:
        print("rsync absent : sudo apt-get install rsync")
        return 1
    print(f"Copie de {output.name}/ vers {target}…", flush=True)
    if subprocess.run(rsync_command(output, target)).returncode:  # any failure
        print("La copie a échoué (voir le message de rsync ci-dessus) : le site en ligne n'a "
              "peut-être été mis à jour qu'en partie ; relancez make deploy.")
        return 1
    print("Site en ligne : copie terminée.")
    return 0
