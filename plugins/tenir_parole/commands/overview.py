"""`tenir-parole federation-collecte` and `tenir-parole federation` (the Makefile's
`make federation-collecte` and `make federation`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tenir_parole.commands.arguments import FrenchParser
from tenir_parole.overview import collect, store
from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.printable import printable, printable_lines

M = ui_fr.MESSAGES


def _parser() -> argparse.ArgumentParser:
    parser = FrenchParser(prog="tenir-parole", description="Vue d'ensemble des communes, "
                          "construite depuis leurs données publiées.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="commande")
    fetch = sub.add_parser("federation-collecte", help="télécharge l'export de chaque site "
                           "de la liste dans federation/donnees/")
    fetch.add_argument("--delai", type=float, default=collect.TIMEOUT,
                       help="secondes au plus par site, de la connexion au dernier octet "
                            f"(défaut : {collect.TIMEOUT:g})")
    fetch.add_argument("--delai-total", type=float, default=collect.TOTAL,
                       help="secondes au plus pour toute la collecte ; un site pas fini à "
                            f"temps garde sa copie (défaut : {collect.TOTAL:g})")
    fetch.add_argument("--taille-max", type=int, default=collect.MAX_BYTES,
                       help="octets au plus par fichier")
    build = sub.add_parser("federation", help="construit la vue d'ensemble dans "
                           "output-federation/ depuis federation/donnees/")
    build.add_argument("--output", type=Path, default=Path("output-federation"))
    build.add_argument("--settings", type=Path, default=Path("federationconf.py"))
    for command in (fetch, build):
        command.add_argument("--liste", type=Path, default=Path("federation/communes.txt"),
                             help="adresses des sites, une par ligne ; la vue d'ensemble ne "
                                  "reprend que ceux-là (défaut : federation/communes.txt)")
        command.add_argument("--donnees", type=Path, default=Path("federation/donnees"),
                             help="dossier des copies (défaut : federation/donnees)")
    return parser


def build(folder: Path, output: Path, settings_file: Path, list_file: Path) -> int:
    from tenir_parole.build.output import UNCHANGED, build_aside, recover
    from tenir_parole.build.settings import SettingsError, read_settings
    from tenir_parole.core.dataset import reference_date
    from tenir_parole.core.errors import DataErrors
    from tenir_parole.overview.load import load

    print(M["build_intro"].format(folder=folder.as_posix().rstrip("/"),
                                  output=output.as_posix().rstrip("/")), flush=True)
    recover(output.resolve())
    try:
        settings = read_settings(settings_file)
    except SettingsError as e:
        print(e, UNCHANGED.format(output=output.resolve().name), sep="\n", file=sys.stderr)
        return 2
    try:
        federation = load(folder, Path(settings["FEDERATION_MEASURES"]),
                          reference_date(os.environ), list_file)
    except (store.StoreError, DataErrors) as e:
        print(printable_lines(str(e)), UNCHANGED.format(output=output.resolve().name), sep="\n",
              file=sys.stderr)
        return 1
    print("\n".join([*map(printable, federation.notes), M["read"].format(
        n=len(federation.communes), d=len(federation.departments))]))
    override = {"FEDERATION_DATA": federation, "FEDERATION_FOLDER": str(folder.resolve())}
    return build_aside(output, lambda new: _settings(settings_file, new, override))


def _settings(settings_file: Path, new: Path, override: dict) -> dict:
    from pelican.settings import read_settings

    return read_settings(str(settings_file), override={**override, "OUTPUT_PATH": str(new)})


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    needed = [args.settings, args.liste] if args.command == "federation" else [args.liste]
    missing = next((path for path in needed if not path.is_file()), None)
    if missing:
        print(f"{missing} : fichier introuvable (lancez la commande depuis le dossier du "
              "projet)", file=sys.stderr)
        return 2
    if args.command == "federation-collecte":
        return collect.main(args.liste, args.donnees, args.delai, args.taille_max,
                            args.delai_total)
    return build(args.donnees, args.output, args.settings, args.liste)
