"""`make check`, `make html`, `make publish`, `make deploy`, `make usb`, and the printed
editions: the settings and the data read and checked once, then the site or the edition made.

Every problem an editor can cause is a French message and a non-zero exit, never a traceback;
a command that writes output/ leaves it as it was unless everything passed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from pathlib import Path

from tenir_parole.build import content, placeholders, verify
from tenir_parole.build.output import UNCHANGED, recover
from tenir_parole.build.settings import SettingsError, read_settings
from tenir_parole.commands import deploy
from tenir_parole.commands.options import Options
from tenir_parole.core.dataset import Dataset
from tenir_parole.texts.french import count, date_fr

#: The one line each command prints first: what it is about to do.
INTRO = {
    "check": "Vérification des données de {pledges}/…",
    "html": "Vérification de {pledges}/, puis construction du site dans {output}/…",
    "publish": "Vérification de {pledges}/, puis édition USB, carnet, affiche et lettre en "
               "PDF dans {dist}/, et site à publier dans {output}/…",
    "deploy": "Vérification de {pledges}/, puis publication dans {output}/ (comme make "
              "publish) et copie vers le serveur…",
    "usb": "Vérification de {pledges}/, puis édition hors ligne (dossier et .zip) dans {dist}/…",
    "carnet": "Vérification de {pledges}/, puis carnet A5 en PDF dans {dist}/…",
    "affiche": "Vérification de {pledges}/, puis affiche A4 en PDF dans {dist}/…",
    "lettre": "Vérification de {pledges}/, puis lettre A4 en PDF dans {dist}/…",
}
#: The commands that replace a site folder (output/), and those that build what publish does.
WRITE_OUTPUT = ("html", "publish", "deploy")
PUBLISH = ("publish", "deploy")
#: Commands that put the site in readers' hands: refused while a placeholder is left.
PUBLISHING = (*PUBLISH, "usb", "carnet", "affiche", "lettre")
NOT_BUILT = "Construction arrêtée : corrigez ces pages, puis relancez."


def archive_folder(output: Path, day: dt.date) -> Path:
    """Where an archive edition of the site goes: beside the live one, never in its place
    (« output-2027-03-22 »), so that `make deploy` or `make serve` never show it instead."""
    return output.with_name(f"{output.name}-{day.isoformat()}")


def archive_problem(data: Dataset, day: dt.date) -> str | None:
    """Why the record cannot be shown as it stood on ``day``, in French, or None."""
    shown = f"DATE={day.isoformat()}"
    if not data.after_election:
        return (f"{shown} : l'état à une date suit l'équipe élue, et la commune est encore "
                "« avant » l'élection (phase de commune.yaml)")
    if day < data.vote_date:
        return (f"{shown} : date avant l'élection du {date_fr(data.vote_date)} ; l'état à une "
                "date se reconstitue à partir de ce jour-là")
    if day > data.reference_date:
        return (f"{shown} : date après celle des données, le {date_fr(data.reference_date)} "
                "(aujourd'hui, ou SOURCE_DATE_EPOCH) : l'état de ce jour n'est pas encore connu")
    return None


def run(options: Options) -> int:
    """One command of INTRO, from its options; its exit status."""
    command = options.command
    if options.date and command in WRITE_OUTPUT:
        options = replace(options, output=archive_folder(options.output, options.date))
    output = options.output if command in WRITE_OUTPUT else None
    if not options.pledges.is_dir():
        print(f"{options.pledges} : dossier introuvable", file=sys.stderr)
        return 2
    if command == "deploy":  # before anything is built: a wrong target wastes nothing
        problem = deploy.target_problem(options.target, Path.cwd(), options.output)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    settings_files = [options.settings, *([options.publish_settings] if command in PUBLISH
                                          else [])]
    for settings_file in settings_files:
        if not settings_file.is_file():
            print(f"{settings_file} : fichier de réglages introuvable (lancez la commande depuis "
                  "le dossier du projet)", file=sys.stderr)
            return 2
    intro = INTRO[command].format(pledges=options.pledges.as_posix().rstrip("/"),
                                  output=output and output.as_posix().rstrip("/"),
                                  dist=options.dist.as_posix())
    if options.date:
        intro = f"{intro.removesuffix('…')}, état au {date_fr(options.date)} (archive)…"
    print(intro, flush=True)
    unchanged = [UNCHANGED.format(output=output.resolve().name)] if output else []
    if output is not None:
        recover(output.resolve())  # first: a run killed mid-swap left the old site aside
    try:
        settings, *_ = [read_settings(f) for f in settings_files]  # mistakes told alike
    except SettingsError as e:
        print("\n".join([str(e), *unchanged]), file=sys.stderr)
        return 2
    data, lines = verify.load(options.pledges, settings)
    print("\n".join(lines), file=sys.stdout if data else sys.stderr)
    if data is None:
        if unchanged:  # `make check` writes no site: nothing to say unchanged
            print("\n".join(unchanged), file=sys.stderr)
        return 1
    if options.date:
        problem = archive_problem(data, options.date)
        if problem:
            print("\n".join([problem, *unchanged]), file=sys.stderr)
            return 2
        data = data.as_of(options.date)
    found = placeholders.find(data, options.pledges)
    if found and command in PUBLISHING and not data.commune.example:
        print("\n".join(placeholders.refusal(found)), file=sys.stderr)
        return 1
    status = 0
    if command != "check":
        refused = content.problems(options.content or Path(settings["PATH"]))
        if refused:
            print("\n".join([*map(str, refused), NOT_BUILT, *unchanged]), file=sys.stderr)
            return 1
        status = make(options, data)
    if status == 0:
        print("\n".join([*verify.warnings(data), *placeholder_lines(command, data, found)]))
    return status


def placeholder_lines(command: str, data: Dataset, found: list) -> list[str]:
    if not found:
        return []
    if data.commune.example and command != "check":
        return [f"Commune d'exemple (« exemple: true » dans commune.yaml) : "
                f"{count(len(found), 'texte')} d'exemple à remplacer pour une vraie commune ; "
                "make check les liste."]
    return [f"À compléter avant de publier ({len(found)}) :", *(f"  {p}" for p in found)]


def make(options: Options, data: Dataset) -> int:
    """The site or the edition, once the data passed."""
    online = os.environ.get("SITEURL") or data.commune.site or ""
    if options.command == "html":
        from tenir_parole.build.site import build

        return build(options.settings, options.output, data, content=options.content,
                     gz=options.gzip, online=online,
                     extra={"ARCHIVE_DATE": options.date} if options.date else None)
    from tenir_parole.build.editions import make as edition

    command = "publish" if options.command == "deploy" else options.command
    status = edition(command, data, options.settings, online, options.dist,
                     options.publish_settings, options.output, options.pledges,
                     options.answer_by, archive=options.date)
    if status == 0 and options.command == "deploy":
        return deploy.copy(options.output, options.target)
    return status
