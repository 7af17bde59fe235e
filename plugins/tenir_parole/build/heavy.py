"""Which editor's text makes a page heavy: from a page over budget back to the YAML to shorten.

Each text of pledges/ shows on known pages: a list's own texts on its page, a position also on
its measure's page, a follow-up update on its measure's page, everything in the carnet. When a
page is over budget, the heaviest text it shows (compressed as the budget counts, gzip -9) is
named with its file and line. `make check` refuses beforehand a single text heavier than the
whole budget of a page that shows it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from tenir_parole.core.dataset import Dataset
from tenir_parole.core.errors import DataError
from tenir_parole.weight.budget import budget_for, parse_budget
from tenir_parole.weight.report import format_kb
from tenir_parole.weight.weigh import measure

CARNET = "carnet/index.html"


@dataclass(frozen=True)  # pragma: no mutate — read-only for readers; nothing assigns
class Text:
    """One editor's text: where it is, what it says, and the pages that show it."""

    file: str
    line: int
    key: str
    value: str
    pages: tuple[str, ...]

    @property
    def gzip(self) -> int:
        """Its size compressed as the page budget counts it."""
        return measure(self.value.encode("utf-8"))[1]


def _strings(value: object, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _strings(inner, (*path, index))
    elif isinstance(value, str):
        yield path, value


#: Where a file's texts show, besides the carnet (which shows them all): the file's own page,
#: and the page of the measure an entry of its list ``group`` is about (named by ``key``).
SHOWN = {"commune.yaml": ("index.html", None, None),
         "mesures.yaml": (None, "mesures", "slug"),
         "suivi.yaml": (None, "mises_a_jour", "mesure"),
         "corrections.yaml": ("corrections.html", None, None)}


def _pages(kind: str, path: tuple, data: dict) -> tuple[str, ...]:
    """The pages that show the text at ``path`` of a file of ``kind`` (« listes/x.yaml »)."""
    own, group, key = SHOWN.get(kind, (kind.removesuffix(".yaml") + ".html", "positions",
                                       "mesure"))
    about = (f"mesures/{data[group][path[1]][key]}.html",) if path[0] == group else ()
    return (*([own] if own else []), *about, CARNET)


def texts(data: Dataset) -> Iterator[Text]:
    """Every editor's text, with the pages showing it."""
    for file, doc in data.documents.items():
        kind = file.split("/", 1)[1]
        for path, value in _strings(doc.data):
            yield Text(file, doc.line(path), str(path[-1]), value, _pages(kind, path, doc.data))


def explain(data: Dataset, verdicts: tuple) -> list[str]:
    """For each page over budget, the text to shorten first."""
    over = {v.path: v for v in verdicts if v.over_gzip}
    every = list(texts(data))
    heaviest = {page: max((t for t in every if page in t.pages), key=lambda t: t.gzip,
                          default=None) for page in sorted(over)}
    return [f"{text.file}, ligne {text.line} : « {text.key} » pèse {format_kb(text.gzip)} "
            f"compressés sur la page {page}, qui dépasse son budget de "
            f"{format_kb(over[page].over_gzip)} : raccourcissez ce texte d'au moins autant "
            "(ou coupez-le en plusieurs)" for page, text in heaviest.items() if text]


def oversized(data: Dataset, settings: Mapping) -> list[DataError]:
    """Texts heavier, alone, than the whole budget of a page that shows them."""
    config = parse_budget(settings.get("PAGE_WEIGHT_BUDGET"))
    every = list(texts(data))
    budgets = {page: budget_for(page, config).gzip for text in every for page in text.pages}
    problems = []
    for text in every:
        page = min(text.pages, key=budgets.__getitem__)
        budget = budgets[page]
        if text.gzip > budget:
            problems.append(DataError(text.file, text.line, (
                f"« {text.key} » pèse à lui seul {format_kb(text.gzip)} compressés, plus que "
                f"tout le budget de la page {page} ({format_kb(budget)}) : raccourcissez-le ou "
                "coupez-le en plusieurs")))
    return problems
