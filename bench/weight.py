"""Section 1: page weight, ours against the same content in Pelican's default theme."""

from __future__ import annotations

import gzip
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.common import fr, ko, median, octets, table
from bench.sites import visible_text
from tenir_parole.weight import PageWeight, weigh_site


@dataclass(frozen=True)
class SiteWeight:
    name: str
    pages: list[PageWeight]
    floors: dict[str, int]  # gzip -9 of the visible text of the same page (ours)

    @property
    def by_path(self) -> dict[str, PageWeight]:
        return {w.path: w for w in self.pages}

    def heaviest(self) -> PageWeight:
        return max(self.pages, key=lambda w: (w.gzip, w.path))

    def ratios(self) -> list[float]:
        return [w.gzip / self.floors[w.path] for w in self.pages if self.floors.get(w.path)]


def text_floors(ours: Path, pages: list[PageWeight]) -> dict[str, int]:
    """Gzip -9 size of the visible text of each of our pages: the information floor."""
    floors = {}
    for weight in pages:
        text = visible_text((ours / weight.path).read_text(encoding="utf-8"))
        floors[weight.path] = len(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    return floors


def weigh(ours: Path, default: Path) -> tuple[SiteWeight, SiteWeight]:
    mine = weigh_site(ours)
    floors = text_floors(ours, mine)
    return SiteWeight("Tenir parole", mine, floors), SiteWeight(
        "Pelican notmyidea", weigh_site(default), floors)


def summary_row(site: SiteWeight) -> list[str]:
    heavy = site.heaviest()
    gz = median([w.gzip for w in site.pages])
    return [
        site.name,
        str(len(site.pages)),
        f"{heavy.path} : {octets(heavy.gzip)} ({ko(heavy.gzip)})",
        f"{octets(gz)} ({ko(gz)})",
        fr(median([w.requests for w in site.pages]), 0),
        f"× {fr(median(site.ratios()), 1)}",
    ]


def missing_lines(site: SiteWeight) -> list[str]:
    """References the browser would request but that the built site does not serve."""
    counts = Counter((p.reference, p.reason) for w in site.pages for p in w.problems)
    if not counts:
        return [f"- {site.name} : aucune référence manquante ni externe."]
    return [f"- {site.name} : `{ref}` — {reason} ({fr(n, 0)} pages)"
            for (ref, reason), n in sorted(counts.items())]


def resources_line(site: SiteWeight) -> str:
    files = sorted({r for w in site.pages for r in w.resources})
    if not files:
        return f"- {site.name} : aucune ressource (feuille de style en ligne)."
    parts = ", ".join(f"`{r.path}` {ko(r.gzip)}" for r in files)
    return f"- {site.name} : {parts}"


#: The targets: every page within the budget, all included; the median page well under it.
BUDGET = 14336
MEDIAN_TARGET = 3.5 * 1024


def targets_line(site: SiteWeight) -> str:
    """Where our pages stand against the budget and the median target."""
    ordinary = [w for w in site.pages if w.path != "carnet/index.html"]
    heavy = max(ordinary, key=lambda w: (w.gzip, w.path))
    gz = median([w.gzip for w in site.pages])
    within = "oui" if heavy.gzip <= BUDGET else "NON"
    below = "oui" if gz < MEDIAN_TARGET else "NON"
    return (f"Objectifs : chaque page (hors carnet, budget propre de 40 ko) tient-elle en "
            f"{octets(BUDGET)} tout compris ? **{within}** (la plus lourde : `{heavy.path}`, "
            f"{octets(heavy.gzip)}). Page médiane sous 3,5 ko ? **{below}** ({ko(gz)}).")


def report(ours: Path, default: Path, pledges: Path) -> tuple[list[str], dict]:
    """Markdown lines of section 1 and the figures section 2 reuses."""
    mine, theirs = weigh(ours, default)
    floor = median(list(mine.floors.values()))
    lines = [
        "## 1. Poids des pages : Tenir parole contre le thème par défaut de Pelican",
        "",
        f"Site d'exemple construit depuis `{pledges}/`. Même contenu : chaque page du thème "
        "`notmyidea` a pour corps le `<main>` de notre page (HTML brut dans le Markdown). "
        "Poids « tout compris » = la page + tout ce qu'elle charge, chaque fichier compressé "
        "séparément (gzip -9, `page_weight.weigh_site`).",
        "",
        *table(["Site", "Pages", "Page la plus lourde", "Médiane", "Requêtes (médiane)",
                "Poids ÷ texte visible (médiane)"],
               [summary_row(mine), summary_row(theirs)]),
        "",
        targets_line(mine),
        "",
        f"Plancher d'information : texte visible de `<main>` de nos pages (espaces réduits), "
        f"gzip -9 — médiane {octets(floor)} ; le même plancher sert aux deux sites.",
        "",
        "Ressources chargées (compressées) :",
        "",
        resources_line(mine),
        resources_line(theirs),
        "",
        "Références manquantes ou externes (requêtes que le navigateur tenterait) :",
        "",
        *missing_lines(mine),
        *missing_lines(theirs),
        "",
    ]
    return lines, {"ours": mine, "default": theirs}
