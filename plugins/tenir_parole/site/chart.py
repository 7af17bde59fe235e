"""The bilan month by month as a picture: one thin stacked bar a month, drawn in SVG by the
template from the geometry computed here (percentages, so that it takes any width; the CSP
forbids style attributes and no script runs). A whole mandate (72 months) stays under a
kilobyte compressed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tenir_parole.texts.labels import STATUS_ORDER

#: The share of a month's slot its bar takes; the rest is the gap before the next month.
BAR = 0.75


def number(value: float) -> str:
    """A short coordinate: « 12.5 », « 0 », « 33.333 »; never « -0 », which the sum of a
    stack of thirds leaves at the top (adding 0.0 turns -0.0 into 0.0)."""
    return f"{round(value, 3) + 0.0:.3f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Segment:
    """One status in one month's bar, in percent of the picture (bottom: « Tenu »)."""

    status: str
    x: str
    y: str
    width: str
    height: str


@dataclass(frozen=True)
class Chart:
    segments: tuple[Segment, ...]
    #: The months whose counts differ from the month before (and the first and the last),
    #: with the statuses seen at least once, in the bilan's order: the table in words.
    rows: tuple[tuple[dt.date, dict[str, int]], ...]
    columns: tuple[str, ...]


def chart(months: Sequence[tuple[dt.date, dict[str, int]]]) -> Chart | None:
    """The picture of ``months`` (Dataset.months()), None when there is nothing to draw."""
    if not months or not sum(months[0][1].values()):
        return None
    n, total = len(months), sum(months[0][1].values())
    slot = 100 / n
    segments = []
    for i, (_, counts) in enumerate(months):
        bottom = 100.0
        for status in STATUS_ORDER:
            if counts.get(status):
                height = 100 * counts[status] / total
                segments.append(Segment(status, number(i * slot), number(bottom - height),
                                        number(slot * BAR), number(height)))
                bottom -= height
    rows = tuple(m for i, m in enumerate(months)
                 if i in (0, n - 1) or m[1] != months[i - 1][1])
    seen = tuple(s for s in STATUS_ORDER if any(c.get(s) for _, c in months))
    return Chart(tuple(segments), rows, seen)
