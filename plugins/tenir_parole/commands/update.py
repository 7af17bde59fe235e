"""`make mise-a-jour`: take the project's new version without touching the commune's data.

A commune's repository is a copy of Tenir parole's. Everything in it comes from the project,
except ``pledges/``, which is the commune's own. Taking an update is a git merge of the
project's branch (the remote ``amont``) in which ``pledges/`` always keeps the commune's
version, whatever the project changed in its example. Any other file changed on both sides is
a conflict: the merge is abandoned and the files are named, so nothing is left half-merged.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tenir_parole.commands.options import Options
from tenir_parole.texts.french import count

REMOTE = "amont"
#: What belongs to the commune: kept as it is in the commune's repository, always.
OWNED = ("pledges",)


class Refused(Exception):
    """Something the person running the command must do first; the message is French."""


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    except FileNotFoundError:  # git is not installed
        raise Refused("git est absent : sudo apt-get install git") from None
    if check and result.returncode:  # any failure, a signal's (negative) included
        raise Refused(f"git {' '.join(args)} a échoué :\n{result.stderr.strip()}")
    return result


def lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.strip()]


def prepare(root: Path, upstream: str | None, branch: str) -> str:
    """Check the repository is ready, make sure the remote exists, fetch; return its ref."""
    if git(root, "rev-parse", "--is-inside-work-tree", check=False).returncode:
        raise Refused("Pas de dépôt git ici : la mise à jour passe par git.")
    changed = lines(git(root, "status", "--porcelain", "--untracked-files=no"))
    if changed:
        shown = "\n".join(f"  {line[3:]}" for line in changed[:10])
        raise Refused("Des modifications ne sont pas enregistrées dans git :\n"
                      f"{shown}\nEnregistrez-les d'abord (git add … && git commit).")
    remotes = lines(git(root, "remote"))
    if upstream:
        if REMOTE in remotes:
            git(root, "remote", "set-url", REMOTE, upstream)
        else:
            git(root, "remote", "add", REMOTE, upstream)
    elif REMOTE not in remotes:
        raise Refused("Indiquez l'adresse du dépôt de Tenir parole, une fois pour toutes : "
                      "make mise-a-jour AMONT=https://…/tenir-parole.git")
    git(root, "fetch", "--quiet", REMOTE, branch)
    return f"{REMOTE}/{branch}"


def keep(root: Path, folder: str) -> None:
    """During the merge, put ``folder`` back exactly as the commune had it: what the project
    added there goes, what both changed (even deleted) takes the commune's version."""
    mine = set(lines(git(root, "ls-tree", "-r", "--name-only", "HEAD", "--", folder)))
    merged = set(lines(git(root, "ls-files", "--", folder)))
    if merged - mine:
        git(root, "rm", "-q", "-f", "--", *sorted(merged - mine))
    if mine:
        git(root, "checkout", "HEAD", "--", folder)


def merge(root: Path, ref: str) -> str:
    """Merge ``ref`` keeping the commune's own files; return a French summary."""
    head = git(root, "rev-parse", "HEAD").stdout.strip()
    if not git(root, "merge-base", "--is-ancestor", ref, "HEAD", check=False).returncode:
        return "Déjà à jour : rien à prendre."
    git(root, "merge", "--no-commit", "--no-ff", "--quiet", ref, check=False)
    for name in OWNED:
        keep(root, name)
    conflicts = lines(git(root, "diff", "--name-only", "--diff-filter=U"))
    if conflicts:
        git(root, "merge", "--abort")
        shown = "\n".join(f"  {name}" for name in conflicts)
        raise Refused("Ces fichiers ont été modifiés ici et dans Tenir parole :\n"
                      f"{shown}\nRien n'a été changé. Reprenez ces modifications (le mieux : "
                      "les proposer au projet), puis relancez make mise-a-jour.")
    upstream = git(root, "rev-parse", "--short", ref).stdout.strip()
    git(root, "commit", "--quiet", "--no-edit", "-m",
        f"Mise à jour de Tenir parole ({upstream}) ; pledges/ inchangé")
    taken = lines(git(root, "diff", "--name-only", head, "HEAD"))
    return (f"Mise à jour prise ({upstream}) : "
            f"{count(len(taken), 'fichier du projet changé', 'fichiers du projet changés')}, "
            "pledges/ inchangé.\nVérifiez vos données avec make check, puis make html.")


def main(args: Options) -> int:
    root = Path.cwd()
    try:
        print(merge(root, prepare(root, args.upstream, args.branch)))
    except Refused as e:
        print(e, file=sys.stderr)
        return 1
    return 0
