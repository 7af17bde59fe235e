"""`tenir-parole`: the commands behind the Makefile, run from the project's folder.

Each command resolves its options once (settings file, data folder, reference date,
staleness threshold), loads and checks pledges/ once, then hands the Dataset on. Every problem
an editor can cause is a French message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from tenir_parole import check

COMMANDS = {
    "check": "vérifie les données (pledges/) sans construire le site",
    "html": "vérifie, construit à côté, contrôle poids et liens, puis remplace output/",
    "publish": "édition USB, carnet PDF, puis le site à publier dans output/",
    "usb": "édition hors ligne dans dist/ (dossier et .zip reproductible)",
    "carnet": "édition hors ligne et carnet A5 en PDF dans dist/",
    "nouvelle-commune": "remplace pledges/ par une commune vierge (--help pour les options)",
    "mise-a-jour": "prend la nouvelle version de Tenir parole sans toucher à pledges/",
    "schemas": "régénère les schémas JSON des fichiers YAML",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tenir-parole", description="Tenir parole : suivi des engagements municipaux, "
        "site statique construit depuis pledges/. À lancer depuis le dossier du projet.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="commande")
    parsers = {name: sub.add_parser(name, help=text, description=text)
               for name, text in COMMANDS.items()}
    for name in ("check", "html", "publish", "usb", "carnet"):
        parsers[name].add_argument("--pledges", type=Path, default=Path("pledges"),
                                   help="dossier des données (défaut : pledges)")
        parsers[name].add_argument("--settings", type=Path, default=Path("pelicanconf.py"),
                                   help="réglages Pelican (défaut : pelicanconf.py)")
    for name in ("html", "publish"):
        parsers[name].add_argument("--output", type=Path, default=Path("output"),
                                   help="dossier du site (défaut : output)")
    parsers["html"].add_argument("--content", type=Path, default=None,
                                 help="pages Markdown (défaut : PATH des réglages)")
    parsers["html"].add_argument("--gzip", action="store_true",
                                 help="copies .gz pour le serveur web")
    parsers["publish"].add_argument("--publish-settings", type=Path,
                                    default=Path("publishconf.py"),
                                    help="réglages de publication (défaut : publishconf.py)")
    for name in ("publish", "usb", "carnet"):
        parsers[name].add_argument("--dist", type=Path, default=Path("dist"),
                                   help="dossier des éditions (défaut : dist)")
    parsers["schemas"].add_argument("folder", type=Path, nargs="?", default=Path("schemas"))
    return parser


def _run(args: argparse.Namespace) -> int:
    from tenir_parole.build import read_pelican_settings, recover

    if not args.pledges.is_dir():
        print(f"{args.pledges} : dossier introuvable", file=sys.stderr)
        return 2
    if not args.settings.is_file():
        print(f"{args.settings} : fichier de réglages introuvable (lancez la commande depuis "
              "le dossier du projet)", file=sys.stderr)
        return 2
    if args.command in ("html", "publish"):
        recover(args.output.resolve())  # first: a run killed mid-swap left the old site aside
    settings = read_pelican_settings(args.settings)
    data, lines = check.load(args.pledges, settings)
    print("\n".join(lines), file=sys.stdout if data else sys.stderr)
    if data is None:
        if args.command in ("html", "publish"):
            from tenir_parole.build import UNCHANGED

            print(UNCHANGED.format(output=args.output.resolve().name), file=sys.stderr)
        return 1
    if args.command == "check":
        return 0
    gc.freeze()  # the checked data lives until the end: the collector need not scan it again
    try:
        return _make(args, data, settings)
    finally:
        gc.unfreeze()


def _make(args: argparse.Namespace, data, settings: dict) -> int:
    if args.command == "html":
        from tenir_parole.build import build

        return build(args.settings, args.output, data, content=args.content, gz=args.gzip)
    from tenir_parole.editions import make

    return make(args.command, data, args.settings, settings["SITEURL_ONLINE"], args.dist,
                getattr(args, "publish_settings", None), getattr(args, "output", None))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["nouvelle-commune"]:  # its own options, named after the Makefile's
        from tenir_parole.new_commune import main as new_commune

        return new_commune(argv[1:])
    if argv[:1] == ["mise-a-jour"]:
        from tenir_parole.update import main as update

        return update(argv[1:])
    args = _parser().parse_args(argv)
    if args.command == "schemas":
        from tenir_parole.data.schema import write_all

        for path in write_all(args.folder):
            print(path)
        return 0
    return _run(args)


if __name__ == "__main__":
    sys.exit(main())
