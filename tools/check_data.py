"""`make check`: validate pledges/ alone and print every error in French, one per line.

Exit status: 0 when the data is valid, 1 when an editor has something to fix.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from pledges import ui_fr
from pledges.dataset import STALE_AFTER_DAYS, Dataset, load_dataset, reference_date
from pledges.errors import DataErrors, InternalError


def check(root: Path) -> tuple[Dataset | None, list[str]]:
    """Load ``root``; return the dataset (or None) and the lines to print."""
    try:
        data = load_dataset(root, reference_date(os.environ))  # reference_date may refuse too
    except InternalError as e:
        return None, [str(e)]
    except DataErrors as e:
        lines = [str(err) for err in e.errors]
        lines.append(f"{ui_fr.count(len(e.errors), 'erreur')} à corriger : le site n'a pas été "
                     "construit.")
        return None, lines
    lines = [f"Données valides : {ui_fr.count(len(data.measures), 'mesure')}, "
             f"{ui_fr.count(len(data.lists), 'liste')}."]
    days = stale_days()
    for measure in data.stale_commitments(days):
        update = data.current(measure.slug)
        since = (f"non vérifié depuis le {ui_fr.date_fr(update.date)}" if update
                 else "jamais vérifié")
        lines.append(f"Avertissement : engagement « {measure.slug} » {since} (plus de {days} "
                     "jours) : à revérifier")
    return data, lines


def stale_days() -> int:
    """FOLLOWUP_STALE_DAYS from pelicanconf.py when run from the project, else the default."""
    conf = Path("pelicanconf.py")
    settings = runpy.run_path(str(conf)) if conf.is_file() else {}
    return int(settings.get("FOLLOWUP_STALE_DAYS", STALE_AFTER_DAYS))


def main(argv: list[str]) -> int:
    root = Path(argv[0] if argv else "pledges")
    if not root.is_dir():
        print(f"{root} : dossier introuvable", file=sys.stderr)
        return 2
    data, lines = check(root)
    print("\n".join(lines), file=sys.stdout if data else sys.stderr)
    return 0 if data else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
