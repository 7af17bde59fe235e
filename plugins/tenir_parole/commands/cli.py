"""`tenir-parole`: the commands behind the Makefile, run from the project's folder.

One parser: a sub-command per Makefile target, each naming its handler (``set_defaults``);
the options it takes are resolved once into an Options, the handler's only input. A mistake in
the options is one French line and the `make` command to type.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

from tenir_parole.commands.arguments import FrenchParser
from tenir_parole.commands.options import Options


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date « {text} » invalide : AAAA-MM-JJ") from None


#: Each option: its flags and what argparse needs beside its default (Options gives those).
OPTIONS: dict[str, tuple[tuple[str, ...], dict]] = {
    "pledges": (("--pledges",), {"type": Path, "help": "dossier des données (défaut : pledges)"}),
    "settings": (("--settings",), {"type": Path, "help": "réglages Pelican"}),
    "publish_settings": (("--publish-settings",), {"type": Path,
                                                   "help": "réglages de publication"}),
    "output": (("--output",), {"type": Path, "help": "dossier du site"}),
    "content": (("--content",), {"type": Path, "help": "pages Markdown (défaut : PATH des "
                                                       "réglages)"}),
    "gzip": (("--gzip",), {"action": "store_true", "help": "copies .gz pour le serveur web"}),
    "dist": (("--dist",), {"type": Path, "help": "dossier des éditions (défaut : dist)"}),
    "answer_by": (("--answer-by",), {"type": _date, "help": "date limite de réponse demandée "
                                     "par la lettre, AAAA-MM-JJ (défaut : dans un mois)"}),
    "target": (("--target",), {"help": "où copier le site : editeur@serveur:/dossier/ ou un "
                                       "dossier local"}),
    "port": (("--port",), {"type": int, "help": "port sur 127.0.0.1 (0 : ne pas servir)"}),
    "editor_port": (("--editor-port",), {"type": int, "help": "port de l'éditeur de "
                                         "formulaires sur 127.0.0.1"}),
    "interval": (("--interval",), {"type": float, "help": "secondes entre deux coups d'œil "
                                                          "aux fichiers"}),
    "name": (("--name",), {"help": "nom de la commune (NOM), facultatif : vérifié"}),
    "insee": (("--insee",), {"help": "code INSEE, par exemple 01234 (INSEE)"}),
    "department": (("--department",), {"help": "département (DEPARTEMENT), facultatif : "
                                       "vérifié"}),
    "first_round": (("--first-round",), {"help": "date du premier tour"}),
    "second_round": (("--second-round",), {"help": "date du second tour ; vide s'il n'y en a "
                                                   "pas"}),
    "force": (("--force",), {"action": "store_true", "help": "remplacer même une commune, ou "
                             "des modifications non enregistrées (FORCE=1)"}),
    "example": (("--example",), {"type": Path, "help": "dossier d'où viennent les mesures"}),
    "upstream": (("--upstream",), {"help": "adresse du dépôt de Tenir parole (AMONT)"}),
    "branch": (("--branch",), {"help": "branche à suivre (défaut : main)"}),
    "list": (("--list",), {"type": Path, "help": "adresses des sites, une par ligne ; la vue "
                           "d'ensemble ne reprend que ceux-là"}),
    "copies": (("--copies",), {"type": Path, "help": "dossier des copies collectées"}),
    "timeout": (("--timeout",), {"type": float, "help": "secondes au plus par site, de la "
                                 "connexion au dernier octet"}),
    "total_timeout": (("--total-timeout",), {"type": float, "help": "secondes au plus pour "
                      "toute la collecte ; un site pas fini à temps garde sa copie"}),
    "max_size": (("--max-size",), {"type": int, "help": "octets au plus par fichier"}),
    "date": (("--date",), {"type": _date, "help": "l'état au jour dit, AAAA-MM-JJ, d'après "
                           "l'historique du suivi (édition d'archive, marquée comme telle)"}),
    "version": (("--version",), {"help": "version du paquet @etalab/decoupage-administratif "
                                 "(VERSION), ou chemin d'une archive .tgz du paquet"}),
}
SITE = ("pledges", "settings")
PUBLISHED = (*SITE, "output", "publish_settings", "dist", "answer_by")
#: name: (what it does, its handler as « module:function » of tenir_parole.commands —
#: imported when the command runs, so `make html` loads nothing of the federation's network
#: code —, its options, the `make` line after a mistake)
COMMANDS: dict[str, tuple[str, str, tuple[str, ...], str | None]] = {
    "check": ("vérifie les données (pledges/) sans construire le site", "commune:run", SITE,
              "make check"),
    "html": ("vérifie, construit à côté, contrôle poids et liens, puis remplace output/",
             "commune:run", (*SITE, "output", "content", "gzip", "date"), "make html"),
    "publish": ("édition USB, carnet, affiche et lettre en PDF, puis le site à publier",
                "commune:run", PUBLISHED, "make publish REPONSE=AAAA-MM-JJ"),
    "deploy": ("comme publish, puis copie output/ vers le serveur (rsync)", "commune:run",
               (*PUBLISHED, "target"), "make deploy DEPLOY_TARGET=editeur@serveur:/var/www/site/"),
    "usb": ("édition hors ligne dans dist/ (dossier et .zip reproductible)", "commune:run",
            (*SITE, "dist"), "make usb"),
    "carnet": ("le carnet A5 à imprimer, en PDF dans dist/", "commune:run",
               (*SITE, "dist", "date"), "make carnet"),
    "affiche": ("l'affiche A4 pour un panneau ou une vitrine, en PDF dans dist/", "commune:run",
                (*SITE, "dist", "date"), "make affiche"),
    "lettre": ("la lettre A4 demandant une réponse (mairie, ou chaque liste avant le vote)",
               "commune:run", (*SITE, "dist", "answer_by", "date"),
               "make lettre REPONSE=AAAA-MM-JJ"),
    "nouvelle-commune": ("remplace pledges/ (l'exemple) par une commune vierge",
                         "new_commune:main", ("name", "insee", "department", "first_round",
                                            "second_round", "pledges", "example", "force"),
                         "make nouvelle-commune INSEE=01234"),
    "mise-a-jour": ("prend la nouvelle version de Tenir parole sans toucher à pledges/",
                    "update:main", ("upstream", "branch"),
                    "make mise-a-jour AMONT=https://…/tenir-parole.git"),
    "devserver": ("reconstruit l'aperçu à chaque enregistrement et le sert en local",
                  "devserver:main", (*SITE, "output", "port", "interval"),
                  "make devserver PORT=8001"),
    "editeur": ("l'éditeur de formulaires et l'aperçu qui se recharge seul, en local",
                "editor:main", (*SITE, "output", "port", "editor_port", "interval"),
                "make editeur PORT=8002 PORT_EDITEUR=8003"),
    "serve": ("sert output/ tel quel sur http://127.0.0.1:8000", "devserver:serve_as_is",
              ("output", "port"), "make serve PORT=8001"),
    "schemas": ("régénère les schémas JSON des fichiers YAML", "generated:schemas", (), None),
    "federation-collecte": ("télécharge l'export de chaque commune de la liste (fédération)",
                            "overview:collect", ("list", "copies", "timeout", "total_timeout",
                                               "max_size"), "make federation-collecte"),
    "federation": ("construit la vue d'ensemble des communes dans output-federation/",
                   "overview:build", ("list", "copies", "output", "settings"), "make federation"),
    "federation-exemples": ("réécrit federation/donnees/ avec les communes d'exemple",
                            "generated:write_examples", (), "make federation-exemples"),
    "geographie": ("régénère geographie/ (communes, intercommunalités) depuis le paquet npm "
                   "d'Etalab", "generated:geography", ("version",),
                   "make geographie VERSION=6.0.0"),
}
#: Defaults that differ for one command.
OWN_DEFAULTS = {"federation": {"output": Path("output-federation"),
                               "settings": Path("federationconf.py")},
                "geographie": {"folder": Path("geographie")}}


def parser() -> argparse.ArgumentParser:
    top = FrenchParser(prog="tenir-parole", description="Tenir parole : suivi des engagements "
                       "municipaux, site statique construit depuis pledges/. À lancer depuis "
                       "le dossier du projet.")
    sub = top.add_subparsers(dest="command", required=True, metavar="commande")
    defaults = Options.defaults()
    top.commands = {}
    for name, (text, handler, names, make) in COMMANDS.items():
        command = top.commands[name] = sub.add_parser(name, help=text, description=text,
                                                      make=make)
        for option in names:
            flags, spec = OPTIONS[option]
            command.add_argument(*flags, dest=option, **spec)
        if name in ("schemas", "geographie"):
            command.add_argument("folder", type=Path, nargs="?")
        command.set_defaults(**{**defaults, **OWN_DEFAULTS.get(name, {}), "handler": handler})
    return top


def main(argv: list[str] | None = None) -> int:
    top = parser()
    args, unknown = top.parse_known_args(sys.argv[1:] if argv is None else argv)
    if unknown:  # said by the command's own parser, with its `make` line
        top.commands[args.command].error(f"non reconnu : {' '.join(unknown)}")
    return handler(args.handler)(Options.of(args))


def handler(spec: str) -> Callable[[Options], int]:
    module, _, function = spec.partition(":")
    return getattr(importlib.import_module(f"tenir_parole.commands.{module}"), function)


if __name__ == "__main__":
    sys.exit(main())
