"""`make check`: validate pledges/ once and say, in French, what an editor must fix.

``read_settings`` reads the Pelican settings file, a mistake in it named at its line;
``load`` gives the lines to print first (notes, then the errors or « Données valides »);
``warnings`` the staleness warnings every command prints at the end.

The same ``load`` serves every command: the data is read and checked once, before Pelican runs,
and the resulting Dataset is handed to the build.
"""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Mapping
from pathlib import Path

from tenir_parole.data.dataset import STALE_AFTER_DAYS, Dataset, load_dataset, reference_date
from tenir_parole.data.errors import DataErrors, InternalError
from tenir_parole.data.french import count, date_fr
from tenir_parole.heavy import oversized


class SettingsError(Exception):
    """A settings file that cannot be used as it is: the message is French and names the file
    (and the line when it is known)."""


def read_settings(settings_file: Path) -> dict:
    """The Pelican settings in ``settings_file``, with the values Tenir parole reads from them
    checked; a SettingsError when Python or Pelican cannot read the file, or a value is wrong."""
    from tenir_parole.build import read_pelican_settings

    try:
        settings = read_pelican_settings(settings_file)
    except Exception as e:  # noqa: BLE001 — an editor's mistake in a Python file: any error
        raise SettingsError(_unreadable(settings_file, e)) from None
    stale_days(settings, settings_file)
    return settings


def _unreadable(settings_file: Path, error: Exception) -> str:
    shown = settings_file.as_posix()
    if isinstance(error, SyntaxError) and _same(error.filename, settings_file):
        return (f"{shown}, ligne {error.lineno} : erreur de syntaxe Python ({error.msg}) — "
                "vérifiez les guillemets, les parenthèses et les « = » de cette ligne")
    cause = f"{type(error).__name__}: {error}"
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__)
             if _same(frame.filename, settings_file)]
    if lines:
        return f"{shown}, ligne {lines[-1]} : réglage illisible ({cause}) — corrigez cette ligne"
    return f"{shown} : réglages refusés par Pelican ({cause})"


def _same(filename: str | None, path: Path) -> bool:
    return bool(filename) and Path(filename).resolve() == path.resolve()


def stale_days(settings: Mapping, settings_file: Path | None = None) -> int:
    """FOLLOWUP_STALE_DAYS from the Pelican settings, else the data core's default; a
    SettingsError naming the setting (in ``settings_file``, at its line) when it is not a
    whole number of days."""
    value = settings.get("FOLLOWUP_STALE_DAYS")
    if value is None:
        return STALE_AFTER_DAYS
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise SettingsError(f"{_where(settings_file, 'FOLLOWUP_STALE_DAYS')}FOLLOWUP_STALE_DAYS = "
                        f"« {value} » invalide : un nombre entier de jours est attendu (par "
                        f"exemple 183, environ six mois)")


def _where(settings_file: Path | None, name: str) -> str:
    """« pelicanconf.py, ligne 56 : », the last line that sets ``name`` (as Python keeps the
    last), or the file alone; nothing without a file."""
    if settings_file is None:
        return ""
    try:
        text = settings_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    numbers = [n for n, line in enumerate(text.splitlines(), start=1)
               if re.match(rf"{name}\s*=", line)]
    return (f"{settings_file.as_posix()}, ligne {numbers[-1]} : " if numbers
            else f"{settings_file.as_posix()} : ")


def load(root: Path, settings: Mapping, environ: Mapping = os.environ
         ) -> tuple[Dataset | None, list[str]]:
    """Load ``root``; return the dataset (or None) and the French lines to print."""
    try:
        data = load_dataset(root, reference_date(environ), stale_days(settings))
    except (InternalError, SettingsError) as e:
        return None, [str(e)]
    except DataErrors as e:
        return None, _refused(e.notes, e.errors)
    too_heavy = oversized(data, settings)
    if too_heavy:
        return None, _refused(data.notes, too_heavy)
    return data, [*data.notes, f"Données valides : {count(len(data.measures), 'mesure')}, "
                               f"{count(len(data.lists), 'liste')}."]


#: Beyond this many, errors are counted, not listed: a file pasted twice, a wrong file.
LISTED = 100


def _refused(notes, errors) -> list[str]:
    more = len(errors) - LISTED
    return [*notes, *map(str, errors[:LISTED]),
            *([f"… et {count(more, 'autre erreur', 'autres erreurs')}, non listées."]
              if more > 0 else []),
            f"{count(len(errors), 'erreur')} à corriger."]


def warnings(data: Dataset) -> list[str]:
    """One line per commitment not re-checked for too long."""
    lines = []
    for measure in data.stale_commitments():
        update = data.current(measure.slug)
        since = (f"non vérifié depuis le {date_fr(update.date)}" if update
                 else "jamais vérifié")
        lines.append(f"Avertissement : engagement « {measure.slug} » {since} (plus de "
                     f"{data.stale_after_days} jours) : à revérifier")
    return lines
