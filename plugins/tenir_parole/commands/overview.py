"""`make federation-collecte` and `make federation`: the overview of many communes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tenir_parole.build.output import UNCHANGED, build_aside, recover
from tenir_parole.build.settings import SettingsError, read_settings
from tenir_parole.commands.options import Options
from tenir_parole.core.dataset import reference_date
from tenir_parole.core.errors import DataErrors
from tenir_parole.overview import store
from tenir_parole.overview.collect import main as fetch_all
from tenir_parole.overview.load import load
from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.french import count
from tenir_parole.texts.printable import printable, printable_lines

M = ui_fr.MESSAGES


def missing(*paths: Path) -> int:
    """2, with a French line, when one of ``paths`` is not a file; else 0."""
    absent = next((path for path in paths if not path.is_file()), None)
    if absent:
        print(f"{absent} : fichier introuvable (lancez la commande depuis le dossier du "
              "projet)", file=sys.stderr)
        return 2
    return 0


def collect(options: Options) -> int:
    """`make federation-collecte`."""
    return missing(options.list) or fetch_all(options.list, options.copies, options.timeout,
                                              options.max_size, options.total_timeout)


def build(options: Options) -> int:
    """`make federation`: the overview of the sites of the list, from their copies."""
    if missing(options.settings, options.list):
        return 2
    folder, output, settings_file, list_file = (options.copies, options.output,
                                                options.settings, options.list)
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
        communes=count(len(federation.communes), "commune reprise", "communes reprises"),
        departements=count(len(federation.departments), "département"))]))
    override = {"FEDERATION_DATA": federation, "FEDERATION_FOLDER": str(folder.resolve())}
    return build_aside(output, lambda new: _settings(settings_file, new, override), gz=False)


def _settings(settings_file: Path, new: Path, override: dict) -> dict:
    """Pelican's settings, its LOCALE applied to the build that follows (build_aside undoes
    it afterwards), as for a commune's site (build.pelican.pelican_settings)."""
    from pelican.settings import read_settings as pelican_settings

    return pelican_settings(str(settings_file), override={**override, "OUTPUT_PATH": str(new)})
