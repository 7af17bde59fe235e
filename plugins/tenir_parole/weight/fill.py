"""Fill the placeholders of the built pages with their own weight and the weight table.

Filling a page changes its size, so ``settle`` repeats weigh-and-fill until every figure
shown is the figure of the bytes written.
"""

from __future__ import annotations

import dataclasses
import html
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from tenir_parole.weight.budget import BudgetConfig, PageWeightError, Verdict, budget_for
from tenir_parole.weight.report import format_kb, plural
from tenir_parole.weight.weigh import PageWeight, measure

FOOTER = re.compile(r"<!--\s*page-weight\s*-->")
TABLE = re.compile(r"<!--\s*page-weight-table\s*-->")
MAX_ROUNDS = 16  # pragma: no mutate — a bound chosen: pages settle in two or three
#: After this many rounds, a page still unstable sits on a rounding edge where its two
#: figures send each other over the edge; one more trailing space per round breaks the tie.
NUDGE_AFTER = 3  # pragma: no mutate — any round breaks the tie, sooner or later
COLUMNS = ("Page", "Compressé", "Brut", "Requêtes", "Budget")


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to figures
class Shown:
    """What the placeholders display for one page."""

    gzip: str
    raw: str
    requests: str
    budget: str


def shown(verdict: Verdict) -> Shown:
    budget = f"{format_kb(verdict.budget.gzip)}, {plural(verdict.budget.requests, 'requête')}"
    return Shown(
        format_kb(verdict.weight.gzip),
        format_kb(verdict.weight.raw),
        str(verdict.weight.requests),
        budget + (" (dépassé)" if verdict.over else ""),
    )


def has_placeholder(text: str) -> bool:
    return bool(FOOTER.search(text) or TABLE.search(text))


def footer_text(figures: Shown) -> str:
    return f"Poids de cette page : {figures.gzip} compressés"


def link(from_page: str, to_page: str) -> str:
    """Relative link from one page to another, to the file itself (``…/index.html``)."""
    href = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f'<a href="{html.escape(quote(href))}">{html.escape(to_page)}</a>'


def table_html(page: str, figures: Mapping[str, Shown]) -> str:
    """Accessible table of every page's weight, rows sorted by path. Each cell names its
    column (``data-label``), so that a narrow screen may show the rows one under the other,
    each value with its label (the site's stylesheet decides)."""
    head = "".join(f'<th scope="col">{name}</th>' for name in COLUMNS)
    cells = [f'<td data-label="{name}">{{}}</td>' for name in COLUMNS[1:]]
    rows = "".join(
        f'<tr><th scope="row">{link(page, path)}</th>'
        + "".join(cell.format(value) for cell, value in
                  zip(cells, dataclasses.astuple(f), strict=True))  # pragma: no mutate — guard
        + "</tr>\n"
        for path, f in sorted(figures.items())
    )
    return (
        '<table class="page-weight">\n<caption>Poids de chaque page</caption>\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>"
    )


def fill(text: str, page: str, figures: Mapping[str, Shown],
         pad: int = 0) -> str:  # pragma: no mutate — a pad below zero adds no space
    """``text`` with its placeholders replaced, plus ``pad`` trailing spaces."""
    text = FOOTER.sub(lambda _: footer_text(figures[page]), text)
    text = TABLE.sub(lambda _: table_html(page, figures), text)
    return text + " " * pad


def reweigh(weight: PageWeight, data: bytes) -> PageWeight:
    """The same page with new bytes (its resources do not change: links are not loads)."""
    raw, gz = measure(data)
    return dataclasses.replace(weight, page_raw=raw, page_gzip=gz)


def _figures(weights: Mapping[str, PageWeight], config: BudgetConfig) -> dict[str, Shown]:
    return {path: shown(Verdict(w, budget_for(path, config))) for path, w in weights.items()}


def settle(
    weights: Iterable[PageWeight], texts: Mapping[str, str], config: BudgetConfig
) -> tuple[dict[str, bytes], list[PageWeight]]:
    """Filled bytes of the pages in ``texts`` (their original text, by path) and the weights
    of the final bytes, every figure displayed matching the bytes written."""
    current = {w.path: w for w in weights}
    pads = dict.fromkeys(texts, 0)  # pragma: no mutate — below zero is no space too
    for round_number in range(1, MAX_ROUNDS + 1):  # pragma: no mutate — more rounds wait longer
        figures = _figures(current, config)
        filled = {path: fill(text, path, figures, pads[path]).encode("utf-8")
                  for path, text in texts.items()}
        current |= {path: reweigh(current[path], data) for path, data in filled.items()}
        after = _figures({path: current[path] for path in texts}, config)
        unstable = [path for path in texts if after[path] != figures[path]]
        if not unstable:
            return filled, sorted(current.values(), key=lambda w: w.path)
        if round_number >= NUDGE_AFTER:  # pragma: no mutate — a round later breaks it too
            for path in unstable:
                pads[path] += 1  # pragma: no mutate — one space or two: either breaks it
    raise PageWeightError(
        "Poids des pages : impossible de stabiliser le chiffre affiché de "
        + ", ".join(sorted(unstable))
    )
