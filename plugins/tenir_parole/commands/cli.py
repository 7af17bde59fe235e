"""`tenir-parole`: the commands behind the Makefile, run from the project's folder.

Each command resolves its options once (settings file, data folder, reference date,
staleness threshold), loads and checks pledges/ once, then hands the Dataset on. Every problem
an editor can cause is a French message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from tenir_parole.build import content, placeholders, verify
from tenir_parole.build import settings as reading
from tenir_parole.commands import deploy
from tenir_parole.commands.arguments import FrenchParser

COMMANDS = {
    "check": "vérifie les données (pledges/) sans construire le site",
    "html": "vérifie, construit à côté, contrôle poids et liens, puis remplace output/",
    "publish": "édition USB, carnet, affiche et lettre en PDF, puis le site à publier dans "
               "output/",
    "usb": "édition hors ligne dans dist/ (dossier et .zip reproductible)",
    "carnet": "le carnet A5 à imprimer, en PDF dans dist/",
    "affiche": "l'affiche A4 pour un panneau ou une vitrine, en PDF dans dist/",
    "lettre": "la lettre A4 demandant une réponse (mairie, ou chaque liste avant le vote)",
    "nouvelle-commune": "remplace pledges/ par une commune vierge (--help pour les options)",
    "mise-a-jour": "prend la nouvelle version de Tenir parole sans toucher à pledges/",
    "deploy": "comme publish, puis copie output/ vers le serveur (--cible, avec rsync)",
    "devserver": "reconstruit l'aperçu à chaque enregistrement et le sert en local",
    "serve": "sert output/ tel quel sur http://127.0.0.1:8000",
    "schemas": "régénère les schémas JSON des fichiers YAML",
    "federation-collecte": "télécharge l'export de chaque commune de la liste (fédération)",
    "federation": "construit la vue d'ensemble des communes dans output-federation/",
}


#: What to type instead, shown after a mistake in a command's options.
MAKE = {"publish": "make publish REPONSE=AAAA-MM-JJ", "lettre": "make lettre REPONSE=AAAA-MM-JJ",
        "deploy": "make deploy DEPLOY_TARGET=editeur@serveur:/var/www/site/"}
#: The commands that build what `make publish` builds.
PUBLISH = ("publish", "deploy")


def _parser() -> argparse.ArgumentParser:
    parser = FrenchParser(
        prog="tenir-parole", description="Tenir parole : suivi des engagements municipaux, "
        "site statique construit depuis pledges/. À lancer depuis le dossier du projet.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="commande")
    parsers = {name: sub.add_parser(name, help=text, description=text, make=MAKE.get(name))
               for name, text in COMMANDS.items()}
    for name in ("check", "html", *PUBLISH, "usb", "carnet", "affiche", "lettre"):
        parsers[name].add_argument("--pledges", type=Path, default=Path("pledges"),
                                   help="dossier des données (défaut : pledges)")
        parsers[name].add_argument("--settings", type=Path, default=Path("pelicanconf.py"),
                                   help="réglages Pelican (défaut : pelicanconf.py)")
    for name in ("html", *PUBLISH):
        parsers[name].add_argument("--output", type=Path, default=Path("output"),
                                   help="dossier du site (défaut : output)")
    parsers["html"].add_argument("--content", type=Path, default=None,
                                 help="pages Markdown (défaut : PATH des réglages)")
    parsers["html"].add_argument("--gzip", action="store_true",
                                 help="copies .gz pour le serveur web")
    for name in PUBLISH:
        parsers[name].add_argument("--publish-settings", type=Path,
                                   default=Path("publishconf.py"),
                                   help="réglages de publication (défaut : publishconf.py)")
    parsers["deploy"].add_argument("--cible", default="", help="où copier le site : "
                                   "editeur@serveur:/dossier/ ou un dossier local")
    for name in (*PUBLISH, "usb", "carnet", "affiche", "lettre"):
        parsers[name].add_argument("--dist", type=Path, default=Path("dist"),
                                   help="dossier des éditions (défaut : dist)")
    for name in (*PUBLISH, "lettre"):
        parsers[name].add_argument("--reponse-avant", type=_date, default=None,
                                   help="date limite de réponse demandée par la lettre, "
                                        "AAAA-MM-JJ (défaut : un mois après la date du jour)")
    parsers["serve"].add_argument("--output", type=Path, default=Path("output"),
                                  help="dossier du site (défaut : output)")
    parsers["serve"].add_argument("--port", type=int, default=8000, help="défaut : 8000")
    parsers["schemas"].add_argument("folder", type=Path, nargs="?", default=Path("schemas"))
    return parser


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
#: Commands that put the site in readers' hands: refused while a placeholder is left.
PUBLISHING = (*PUBLISH, "usb", "carnet", "affiche", "lettre")
NOT_BUILT = "Construction arrêtée : corrigez ces pages, puis relancez."


def _run(args: argparse.Namespace) -> int:
    from tenir_parole.build.output import UNCHANGED, recover

    if not args.pledges.is_dir():
        print(f"{args.pledges} : dossier introuvable", file=sys.stderr)
        return 2
    if args.command == "deploy":  # before anything is built: a wrong target wastes nothing
        problem = deploy.target_problem(args.cible, Path.cwd(), args.output)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    settings_files = [args.settings, *filter(None, [getattr(args, "publish_settings", None)])]
    for settings_file in settings_files:
        if not settings_file.is_file():
            print(f"{settings_file} : fichier de réglages introuvable (lancez la commande depuis "
                  "le dossier du projet)", file=sys.stderr)
            return 2
    output = getattr(args, "output", None)
    print(INTRO[args.command].format(pledges=args.pledges.as_posix().rstrip("/"),
                                     output=output and output.as_posix().rstrip("/"),
                                     dist=getattr(args, "dist", Path("dist")).as_posix()),
          flush=True)
    if output is not None:
        recover(output.resolve())  # first: a run killed mid-swap left the old site aside
    try:
        settings, *_ = [reading.read_settings(f) for f in settings_files]  # mistakes told alike
    except reading.SettingsError as e:
        print(e, file=sys.stderr)
        if output is not None:
            print(UNCHANGED.format(output=output.resolve().name), file=sys.stderr)
        return 2
    data, lines = verify.load(args.pledges, settings)
    print("\n".join(lines), file=sys.stdout if data else sys.stderr)
    if data is None:
        if output is not None:
            print(UNCHANGED.format(output=output.resolve().name), file=sys.stderr)
        return 1
    found = placeholders.find(data, args.pledges)
    if found and args.command in PUBLISHING and not data.commune.example:
        print("\n".join(placeholders.refusal(found)), file=sys.stderr)
        return 1
    if args.command != "check":
        pages = getattr(args, "content", None) or Path(settings["PATH"])
        refused = content.problems(pages)
        if refused:
            print("\n".join([*map(str, refused), NOT_BUILT]), file=sys.stderr)
            if output is not None:
                print(UNCHANGED.format(output=output.resolve().name), file=sys.stderr)
            return 1
    status = 0
    if args.command != "check":
        status = _make(args, data)
    if status == 0:
        print("\n".join([*verify.warnings(data), *_placeholder_lines(args, data, found)]))
    return status


def _placeholder_lines(args: argparse.Namespace, data, found: list) -> list[str]:
    if not found:
        return []
    if data.commune.example and args.command != "check":
        return [f"Commune d'exemple (« exemple: true » dans commune.yaml) : "
                f"{len(found)} texte(s) d'exemple à remplacer pour une vraie commune ; "
                "make check les liste."]
    return [f"À compléter avant de publier ({len(found)}) :", *(f"  {p}" for p in found)]


def _make(args: argparse.Namespace, data) -> int:
    online = os.environ.get("SITEURL") or data.commune.site or ""
    if args.command == "html":
        from tenir_parole.build.site import build

        return build(args.settings, args.output, data, content=args.content, gz=args.gzip,
                     online=online)
    from tenir_parole.build.editions import make

    command = "publish" if args.command == "deploy" else args.command
    status = make(command, data, args.settings, online, args.dist,
                  getattr(args, "publish_settings", None), getattr(args, "output", None),
                  args.pledges, getattr(args, "reponse_avant", None))
    if status == 0 and args.command == "deploy":
        return deploy.copy(args.output, args.cible)
    return status


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date « {text} » invalide : AAAA-MM-JJ") from None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["nouvelle-commune"]:  # its own options, named after the Makefile's
        from tenir_parole.commands.new_commune import main as new_commune

        return new_commune(argv[1:])
    if argv[:1] == ["mise-a-jour"]:
        from tenir_parole.commands.update import main as update

        return update(argv[1:])
    if argv[:1] in (["federation"], ["federation-collecte"]):
        from tenir_parole.commands.overview import main as federation

        return federation(argv)
    if argv[:1] == ["devserver"]:
        from tenir_parole.commands.devserver import main as devserver

        return devserver(argv[1:])
    args = _parser().parse_args(argv)
    if args.command == "serve":
        from tenir_parole.commands.devserver import serve_as_is

        return serve_as_is(args.output, args.port)
    if args.command == "schemas":
        from tenir_parole.core.schema import write_all

        for path in write_all(args.folder):
            print(path)
        return 0
    return _run(args)


if __name__ == "__main__":
    sys.exit(main())
