"""`make nouvelle-commune`: replace pledges/ with a clean skeleton for another commune.

The skeleton holds commune.yaml (phase « avant »), the measures of the shipped example, one list
to rename with « non-sollicitee » on every measure, and an empty corrections log, so that
`make check` passes at once. It is written into a folder beside pledges/, validated with the
same loader and rules as `make check`, and only then swapped in: on any problem pledges/ stays
as it was. Uncommitted changes in pledges/ are never discarded unless --force is given.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tenir_parole.build import placeholders
from tenir_parole.commands import identity
from tenir_parole.commands.identity import Identity
from tenir_parole.commands.options import Options
from tenir_parole.commands.skeleton import LIST_SLUG, explain, write_skeleton
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.dataset import Dataset, reference_date
from tenir_parole.core.errors import DataError, DataErrors, InternalError
from tenir_parole.core.folder import leftover
from tenir_parole.core.loader import load_file
from tenir_parole.texts.french import count


class Refused(Exception):
    """Something the person running the command must fix; the message is French."""


def uncommitted(folder: Path) -> list[str] | None:
    """Files under ``folder`` that git has not recorded; None when git cannot tell."""
    try:
        result = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "--",
                                 folder.name], cwd=folder.parent, capture_output=True, text=True)
    except FileNotFoundError:  # git is not installed
        return None
    return None if result.returncode else [line[3:] for line in result.stdout.splitlines()]


def _data(folder: Path) -> dict[str, object] | None:
    """Each YAML file of ``folder`` by its path, as the loader reads it (comments and schema
    lines aside); None when one cannot be read."""
    try:
        return {path.relative_to(folder).as_posix(): load_file(path, path.name).data
                for path in sorted(folder.rglob("*.yaml")) if not leftover(path.name)}
    except (DataError, OSError):
        return None


def is_example(folder: Path, example: Path) -> bool:
    """True when ``folder`` holds the shipped example's data, as it came (or nothing at all)."""
    if not folder.exists() or not any(folder.iterdir()):
        return True
    return _data(folder) == _data(example) is not None


def describe(folder: Path) -> str:
    """« « Villeneuve » (3 listes, suivi) », what a commune's folder holds, in words."""
    data = _data(folder) or {}
    commune = data.get("commune.yaml")
    name = commune.get("nom") if isinstance(commune, dict) else None
    lists = sum(1 for path in data if path.startswith("listes/"))
    said = [count(lists, "liste")] + (["un suivi"] if "suivi.yaml" in data else [])
    return f"{f'« {name} » ' if name else ''}({', '.join(said)})"


def restore(folder: Path) -> str:
    """The git command that puts back a committed folder exactly (new files removed)."""
    return f"git checkout HEAD -- {folder.name}/ && git clean -fdq {folder.name}/"


#: Beyond this many changed files, the rest are counted: the command's answer stays readable.
LISTED = 10


def listed(paths: list[str]) -> str:
    """The first paths, one a line, then how many more: « … et 3 autres »."""
    more = len(paths) - LISTED
    return "\n".join([f"  {path}" for path in paths[:LISTED]]
                     + ([f"  … et {count(more, 'autre')}"] if more > 0 else []))


def guard(folder: Path, example: Path) -> None:
    """Refuse to replace a commune's own data, committed or not, and work git could not give
    back; FORCE=1 skips this."""
    if not folder.exists():
        return
    changed = uncommitted(folder)
    if not is_example(folder, example):
        lost = ("\nSes modifications non enregistrées dans git seraient perdues :\n"
                + listed(changed) if changed else "")
        back = (f"elle resterait dans l'historique de git : {restore(folder)} la remettrait"
                if changed is not None else
                "sans dépôt git, elle serait perdue")
        raise Refused(f"{folder.name}/ contient déjà une commune, {describe(folder)}, et pas "
                      f"l'exemple : make nouvelle-commune la remplacerait.{lost}\nPour suivre "
                      "une autre commune, faites plutôt une copie du dépôt. Pour la remplacer "
                      f"quand même, relancez avec FORCE=1 ({back}).")
    if changed is None:
        raise Refused(f"Pas de dépôt git ici : impossible de vérifier que {folder.name}/ ne "
                      "contient pas de travail non enregistré. Relancez avec FORCE=1 pour "
                      "remplacer son contenu quand même.")
    if changed:
        raise Refused(f"{folder.name}/ contient des modifications non enregistrées dans git :\n"
                      f"{listed(changed)}\nEnregistrez-les d'abord (git add {folder.name} && git "
                      f"commit), ou relancez avec FORCE=1 pour les abandonner.")


def summary(args: Options, who: Identity, folder: Path, data: Dataset) -> str:
    rel = folder.name
    example = os.path.relpath(args.example, Path.cwd())
    steps = [
        f"{rel}/commune.yaml : le contact, l'adresse du site (site:), l'éditeur et l'hébergeur "
        "pour les mentions légales ; une présentation si vous voulez (presentation).",
        f"{rel}/listes/{LIST_SLUG}.yaml : renommez le fichier d'après la liste (par exemple "
        "ensemble-pour-la-ville.yaml), remplissez nom et tete_de_liste, puis copiez-le pour "
        "chaque autre liste.",
        f"{rel}/mesures.yaml : les {len(data.measures)} mesures « Désescalade numérique » ; "
        "ajoutez-y vos éventuelles mesures locales (locale: true) et, pour une mesure qui ne "
        "dépend pas de la seule commune, qui décide (competence).",
        "make check pour vérifier, make devserver pour voir le site, puis "
        f"git add {rel} && git commit.",
    ]
    numbered = "\n".join(f"  {i}. {step}" for i, step in enumerate(steps, start=1))
    left = placeholders.find(data, folder)
    epci = (f"Intercommunalité : {who.intercommunality[0]} (pour les mesures qu'elle "
            "décide : competence, niveau intercommunalite).\n" if who.intercommunality else "")
    return (f"Nouvelle commune prête dans {rel}/ : {who.name} ({who.insee}, "
            f"{who.department}), {len(data.measures)} mesures, une liste à renommer.\n"
            + "".join(f"{note}\n" for note in who.notes) + epci +
            f"L'exemple reste consultable dans {example}/ (make html PLEDGES={example}).\n\n"
            f"À faire maintenant :\n{numbered}\n\n"
            f"À compléter avant de publier ({len(left)}) — make publish refuse d'ici là :\n"
            + "\n".join(f"  {p}" for p in left))


def put_back(aside: Path, folder: Path) -> bool:
    """Return the commune's folder, set ``aside`` before a failed swap, to its place."""
    if not aside.exists():
        return True
    try:
        aside.rename(folder)
    except OSError:
        return False
    return True


def create(args: Options, who: Identity) -> int:
    folder = args.pledges.resolve()
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".nouvelle-commune-", dir=folder.parent))
    keep = False  # the commune's old folder, if it could not be put back, lies in work/
    try:
        staged = work / folder.name  # messages then name « pledges/… », as in make check
        origins = write_skeleton(staged, folder, args, who)
        try:
            data = load_dataset(staged, reference_date(os.environ))
        except DataErrors as e:
            print("\n".join(explain(e.errors, origins)), file=sys.stderr)
            print(f"Rien n'a été écrit : {folder.name}/ n'a pas été modifié.", file=sys.stderr)
            return 1
        replaced = not is_example(folder, args.example)
        if not args.force:
            guard(folder, args.example)
        aside = work / "ancien"
        try:
            if folder.exists():
                folder.rename(aside)  # same filesystem: two renames, no copy
            staged.rename(folder)
        except OSError as e:
            failed = f"Impossible de remplacer {folder.name}/ ({e.strerror or e})"
            if put_back(aside, folder):
                print(f"{failed}. Rien n'a été écrit : {folder.name}/ n'a pas été modifié.",
                      file=sys.stderr)
            else:
                keep = True
                print(f"{failed}. Vos données sont dans {aside} : remettez ce dossier à la "
                      f"place de {folder.name}/ (même nom).", file=sys.stderr)
            return 1
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)  # pragma: no mutate — a leftover: no failure
    print(summary(args, who, folder, data))
    if replaced and uncommitted(folder) is not None:
        print("\nLa commune remplacée reste dans l'historique de git, si elle y était "
              f"enregistrée : {restore(folder)} la remet.")
    return 0


def main(args: Options) -> int:
    try:
        who = identity.identify(args.name, args.insee, args.department)
    except identity.Refused as e:
        print(f"{e}\nRien n'a été écrit : {args.pledges.name}/ n'a pas été modifié.",
              file=sys.stderr)
        return 2
    if not (args.example / "mesures.yaml").is_file():
        print(f"{args.example}/mesures.yaml introuvable : les mesures sont copiées de la commune "
              "d'exemple.", file=sys.stderr)
        return 2
    try:
        return create(args, who)
    # DataError and DataErrors: the example's measures (--example) do not pass make check
    except (Refused, DataError, DataErrors, InternalError) as e:
        print(f"{e}\nRien n'a été écrit.", file=sys.stderr)
        return 1

