"""`make check`: the data of pledges/ loaded and checked once, and what an editor must fix,
in French.

``load`` gives the lines to print first (notes, then the errors or « Données valides »);
``warnings`` the staleness warnings every command prints at the end. The same ``load`` serves
every command: the resulting Dataset is handed to the build.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from tenir_parole.build.heavy import oversized
from tenir_parole.build.settings import SettingsError, mandate, stale_days
from tenir_parole.core import official
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.dataset import Dataset, reference_date
from tenir_parole.core.errors import DataErrors, InternalError
from tenir_parole.texts.french import count, date_fr


def load(root: Path, settings: Mapping, environ: Mapping = os.environ
         ) -> tuple[Dataset | None, list[str]]:
    """Load ``root``; return the dataset (or None) and the French lines to print."""
    try:
        data = load_dataset(root, reference_date(environ), stale_days(settings),
                            mandate(settings))
    except (InternalError, SettingsError) as e:
        return None, [str(e)]
    except DataErrors as e:
        return None, _refused(e.notes, e.errors)
    too_heavy = oversized(data, settings)
    if too_heavy:
        return None, _refused(data.notes, too_heavy)
    wrong, _ = official.verify(data.commune, commune_document(data))
    if wrong:
        return None, _refused(data.notes, wrong)
    return data, [*data.notes, f"Données valides : {count(len(data.measures), 'mesure')}, "
                               f"{count(len(data.lists), 'liste')}."]


#: Beyond this many, errors are counted, not listed: a file pasted twice, a wrong file.
LISTED = 100


def _refused(notes, errors) -> list[str]:
    more = len(errors) - LISTED
    return [*notes, *map(str, errors[:LISTED]),
            *([f"… et {count(more, 'autre erreur, non listée', 'autres erreurs, non listées')}."]
              if more > 0 else []),
            f"{count(len(errors), 'erreur')} à corriger."]


def commune_document(data: Dataset):
    """commune.yaml as loaded (its lines, for messages): the folder's first file read."""
    return next(doc for name, doc in data.documents.items() if name.endswith("commune.yaml"))


def warnings(data: Dataset) -> list[str]:
    """What commune.yaml may have wrong against the official geography; then one line per
    commitment not re-checked for too long, or one line in all when there is no follow-up
    yet, after the vote (its file to create)."""
    lines = official.verify(data.commune, commune_document(data))[1]
    stale = data.stale_commitments()
    if data.after_election and data.followup is None and stale:
        folder = next(iter(data.documents), "pledges/commune.yaml").rsplit("/", 1)[0]
        template = f"{folder}/suivi.yaml" in data.templates
        state = ("ne contient encore que son modèle, en commentaires : retirez les « # » des "
                 "lignes que vous remplissez" if template else "n'existe pas encore : créez-le")
        return [*lines, f"Avertissement : {folder}/suivi.yaml {state} pour suivre "
                f"{count(len(stale), 'engagement')} de la liste élue (modèle dans le guide de "
                "l'éditeur, « Ajouter une mise à jour du suivi ») ; d'ici là, aucun n'est "
                "vérifié"]
    for measure in stale:
        update = data.current(measure.slug)
        since = (f"non vérifié depuis le {date_fr(update.date)}" if update
                 else "jamais vérifié")
        lines.append(f"Avertissement : engagement « {measure.slug} » {since} (plus de "
                     f"{data.stale_after_days} jours) : à revérifier")
    return lines
