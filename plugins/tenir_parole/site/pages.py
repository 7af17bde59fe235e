"""Which pages the pledges generator writes: (file to save as, template, extra context).

URLs are French and always end in a file name, so the site works from a web server and from
a USB stick alike.
"""

from __future__ import annotations

from collections.abc import Iterator

from tenir_parole.core.dataset import Dataset
from tenir_parole.core.timeline import Milestone
from tenir_parole.texts import TEXTS as T
from tenir_parole.texts.french import count

Page = tuple[str, str, dict]


def milestone_title(milestone: Milestone) -> str:
    """« Un an après », « Bilan à mi-mandat », « Bilan de fin de mandat »."""
    return (T["milestone_kinds"].get(milestone.kind)
            or T["milestone_years"][milestone.months // 12 - 1])


def elapsed(milestone: Milestone) -> str:
    """How long after the vote: « un an », « trois ans », « 30 mois »."""
    years, months = divmod(milestone.months, 12)
    if months:
        return count(milestone.months, *T["milestone_months"])
    return T["milestone_years"][years - 1].removesuffix(" après").lower()


def site_pages(data: Dataset) -> Iterator[Page]:
    yield "index.html", "index", {}
    yield "mesures/index.html", "measures", {}
    for measure in data.measures:
        yield f"mesures/{measure.slug}.html", "measure", {"measure": measure}
    yield "listes/index.html", "lists", {}
    for slug, lst in data.lists.items():
        yield f"listes/{slug}.html", "list", {"slug": slug, "lst": lst}
    yield "poids.html", "weight", {}
    yield "corrections.html", "corrections", {}
    yield "donnees/index.html", "data", {}
    yield "carnet/index.html", "carnet", {}
    yield "hors-ligne.html", "offline", {}
    for milestone in data.milestones():  # « Un an après », « Bilan à mi-mandat »…: then, now
        yield (f"{milestone.slug}.html", "milestone",
               {"milestone": milestone, "then": data.as_of(milestone.date),
                "milestone_title": milestone_title(milestone), "elapsed": elapsed(milestone)})


#: The printed editions, written only by a build for printing (setting PRINT).
PRINTED = {"carnet": "imprimer/carnet.html", "affiche": "imprimer/affiche.html",
           "lettre": "imprimer/lettre.html"}


def print_pages(data: Dataset) -> Iterator[Page]:
    for kind, save_as in PRINTED.items():
        yield save_as, f"imprimer_{kind}", {}
