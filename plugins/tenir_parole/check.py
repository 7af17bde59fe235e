"""`make check`: validate pledges/ once and say, in French, what an editor must fix.

The same ``load`` serves every command: the data is read and checked once, before Pelican runs,
and the resulting Dataset is handed to the build.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pledges import ui_fr
from tenir_parole.data.dataset import STALE_AFTER_DAYS, Dataset, load_dataset, reference_date
from tenir_parole.data.errors import DataErrors, InternalError


def stale_days(settings: Mapping) -> int:
    """FOLLOWUP_STALE_DAYS from the Pelican settings, else the data core's default."""
    value = settings.get("FOLLOWUP_STALE_DAYS")
    return STALE_AFTER_DAYS if value is None else int(value)


def load(root: Path, settings: Mapping, environ: Mapping = os.environ
         ) -> tuple[Dataset | None, list[str]]:
    """Load ``root``; return the dataset (or None) and the French lines to print."""
    try:
        data = load_dataset(root, reference_date(environ), stale_days(settings))
    except InternalError as e:
        return None, [str(e)]
    except DataErrors as e:
        lines = [str(err) for err in e.errors]
        lines.append(f"{ui_fr.count(len(e.errors), 'erreur')} à corriger : le site n'a pas été "
                     "construit.")
        return None, lines
    lines = [f"Données valides : {ui_fr.count(len(data.measures), 'mesure')}, "
             f"{ui_fr.count(len(data.lists), 'liste')}."]
    return data, lines + warnings(data)


def warnings(data: Dataset) -> list[str]:
    """One line per commitment not re-checked for too long."""
    lines = []
    for measure in data.stale_commitments():
        update = data.current(measure.slug)
        since = (f"non vérifié depuis le {ui_fr.date_fr(update.date)}" if update
                 else "jamais vérifié")
        lines.append(f"Avertissement : engagement « {measure.slug} » {since} (plus de "
                     f"{data.stale_after_days} jours) : à revérifier")
    return lines
