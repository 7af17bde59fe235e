"""Which editor's text makes a page heavy: from a page over budget back to the YAML to shorten.

Each text of pledges/ shows on known pages: a list's own texts on its page, a position also on
its measure's page, a follow-up update on its measure's page, everything in the carnet. When a
page is over budget, the heaviest text it shows (compressed as the budget counts, gzip -9) is
named with its file and line. `make check` refuses beforehand a single text heavier than the
whole budget of a page that shows it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from tenir_parole.core.dataset import Dataset
from tenir_parole.core.errors import DataError
from tenir_parole.weight.budget import budget_for, parse_budget
from tenir_parole.weight.report import format_kb

CARNET = "carnet/index.html"


@dataclass(frozen=True)
class Text:
    """One editor's text: where it is, what it says, and the pages that show it."""

    file: str
    line: int
    key: str
    value: str
    pages: tuple[str, ...]

    @property
    def gzip(self) -> int:
        return len(gzip.compress(self.value.encode("utf-8"), 9, mtime=0))


def _strings(value: object, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _strings(inner, (*path, index))
    elif isinstance(value, str) and path and isinstance(path[-1], str):
        yield path, value


def _pages(kind: str, path: tuple, data: dict) -> tuple[str, ...]:
    """The pages that show the text at ``path`` of a file of ``kind`` (« listes/x.yaml »)."""
    def item(group: str, key: str) -> str:
        return str(data[group][path[1]].get(key)) if len(path) > 1 else ""

    if kind == "commune.yaml":
        return ("index.html", CARNET)
    if kind == "mesures.yaml":
        return (f"mesures/{item('mesures', 'slug')}.html", CARNET)
    if kind == "suivi.yaml":
        return (f"mesures/{item('mises_a_jour', 'mesure')}.html", CARNET)
    if kind == "corrections.yaml":
        return ("corrections.html", CARNET)
    if kind.startswith("listes/"):
        own = kind.removesuffix(".yaml") + ".html"
        if path[0] == "positions":
            return (own, f"mesures/{item('positions', 'mesure')}.html", CARNET)
        return (own, CARNET)
    return ()


def texts(data: Dataset, longer_than: int = 0) -> Iterator[Text]:
    """Every editor's text (of more than ``longer_than`` bytes), with the pages showing it."""
    for file, doc in data.documents.items():
        if sum(map(len, doc.source)) * 4 <= longer_than:  # no text is longer than its file
            continue
        kind = file.split("/", 1)[1] if "/" in file else file
        for path, value in _strings(doc.data):
            if len(value) * 4 > longer_than:  # UTF-8 takes at most 4 bytes a character
                yield Text(file, doc.line(path), str(path[-1]), value,
                           _pages(kind, path, doc.data))


def explain(data: Dataset, verdicts: tuple) -> list[str]:
    """For each page over budget, the text to shorten first."""
    over = {v.path: v for v in verdicts if v.over_gzip}
    heaviest: dict[str, tuple[int, Text]] = {}
    for text in texts(data):
        for page in set(text.pages) & set(over):
            if page not in heaviest or text.gzip > heaviest[page][0]:
                heaviest[page] = (text.gzip, text)
    return [f"{text.file}, ligne {text.line} : « {text.key} » pèse {format_kb(size)} "
            f"compressés sur la page {page}, qui dépasse son budget de "
            f"{format_kb(over[page].over_gzip)} : raccourcissez ce texte d'au moins autant "
            "(ou coupez-le en plusieurs)" for page, (size, text) in sorted(heaviest.items())]


def oversized(data: Dataset, settings: Mapping) -> list[DataError]:
    """Texts heavier, alone, than the whole budget of a page that shows them."""
    config = parse_budget(settings.get("PAGE_WEIGHT_BUDGET"))
    smallest = min([config.default.gzip, *(v["gzip"] for _, v in config.overrides
                                           if "gzip" in v)])
    problems = []
    # gzip adds at most a few dozen bytes to a text: only long texts can be over a budget.
    for text in texts(data, longer_than=smallest - 64):
        if not text.pages:
            continue
        page = min(text.pages, key=lambda p: budget_for(p, config).gzip)
        budget = budget_for(page, config).gzip
        if text.gzip > budget:
            problems.append(DataError(text.file, text.line, (
                f"« {text.key} » pèse à lui seul {format_kb(text.gzip)} compressés, plus que "
                f"tout le budget de la page {page} ({format_kb(budget)}) : raccourcissez-le ou "
                "coupez-le en plusieurs")))
    return problems
