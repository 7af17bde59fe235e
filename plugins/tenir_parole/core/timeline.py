"""The follow-up in time: the mandate's dates and dated milestones, the record as it stood on a
date, the bilan month by month, and the end-of-mandate rule.

Pure functions of the data, no Pelican and no settings file: the Dataset calls them, so every
view (site, carnet, affiche, lettre, open data) follows without knowing.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import Field

from tenir_parole.core import vocabulary as V
from tenir_parole.core.model import CandidateList, Elections, FollowUp, Status, Update
from tenir_parole.texts.history import END_OF_MANDATE_SUMMARY
from tenir_parole.texts.labels import STATUS_LABELS

#: Polimètre's rule: what is still pending when the mandate ends counts as broken.
END_OF_MANDATE = (("en-cours", "non-tenu"), ("au-point-mort", "non-tenu"))


@dataclass(frozen=True)
class Mandate:
    """How long the elected team's mandate lasts (from the decisive round), and what its end
    does to a commitment still in a status of ``at_end`` (status → status it becomes)."""

    years: int = 6
    at_end: tuple[tuple[str, str], ...] = END_OF_MANDATE

    @property
    def rule(self) -> dict[str, str]:
        return dict(self.at_end)


#: Six years, and Polimètre's rule: the default.
MUNICIPAL = Mandate()


@dataclass(frozen=True, order=True)
class Milestone:
    """A dated point of the mandate: an anniversary of the vote, its midpoint, its end."""

    date: dt.date
    months: int  # since the vote
    kind: str  # "anniversaire", "mi-mandat" or "fin"

    @property
    def slug(self) -> str:
        return f"bilan-{self.date.isoformat()}"


class Automatic(Update):
    """An update the data core writes itself, never an editor: the end-of-mandate rule, dated
    the mandate's last day, with the status it replaces."""

    before: Status = Field(alias="avant")

    @property
    def automatic(self) -> bool:
        return True

    @property
    def anchor(self) -> str:
        return "fin-de-mandat"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def vote(elections: Elections) -> dt.date:
    """The day the mandate starts: the decisive round (the second, when there is one)."""
    return elections.second_round or elections.first_round


def milestones(start: dt.date, mandate: Mandate, until: dt.date) -> list[Milestone]:
    """Each anniversary of ``start``, the midpoint and the end of the mandate, up to ``until``."""
    total = 12 * mandate.years
    points = {12 * year: "anniversaire" for year in range(1, mandate.years + 1)}
    points[total // 2] = "mi-mandat"
    points[total] = "fin"
    found = (Milestone(add_months(start, months), months, kind)
             for months, kind in sorted(points.items()) if months)
    return [m for m in found if m.date <= until]


def followup_until(followup: FollowUp | None, day: dt.date) -> FollowUp | None:
    """The follow-up as it stood at the end of ``day``: later updates dropped, and on the
    others what happened later (a request to the mairie, its reply, a demand carried)."""
    if followup is None:
        return None
    kept = []
    for update in followup.updates:
        if update.date > day:
            continue
        later = {name: None for name in ("solicitation", "town_hall_reply", "carried")
                 if getattr(update, name) is not None and getattr(update, name).date > day}
        kept.append(update.model_copy(update=later) if later else update)
    return followup.model_copy(update={"updates": kept})


def list_until(lst: CandidateList, day: dt.date) -> CandidateList:
    """A list's stances as they stood on ``day``: a reply written later dropped."""
    stances = [s.model_copy(update={"reply": None}) if s.reply and s.reply.date > day else s
               for s in lst.stances]
    return lst.model_copy(update={"stances": stances})


def status_on(history: Sequence[Update], day: dt.date) -> str:
    """The status of a commitment at the end of ``day``, from its history (oldest first)."""
    at = bisect.bisect_right([u.date for u in history], day)
    return history[at - 1].status if at else "non-evalue"


def end_of_mandate(histories: dict[str, list[Update]], end: dt.date, today: dt.date,
                   mandate: Mandate) -> list[Automatic]:
    """The rule's updates, once ``end`` has come: each commitment (slug → its editors'
    history, oldest first) still in a status of the rule on that day takes the status the rule
    gives it."""
    if today < end:
        return []
    rule = mandate.rule
    found = []
    for slug, history in histories.items():
        before = status_on(history, end)
        if before in rule:
            summary = END_OF_MANDATE_SUMMARY.format(
                before=STATUS_LABELS[before], after=STATUS_LABELS[rule[before]])
            found.append(Automatic(mesure=slug, date=end.isoformat(), statut=rule[before],
                                   resume=summary, avant=before))
    return found


def months(histories: dict[str, list[Update]], start: dt.date,
           today: dt.date) -> list[tuple[dt.date, dict[str, int]]]:
    """Each month from ``start``'s to ``today``'s: its first day and how many commitments were
    in each status at its end (at ``today`` for the last), in the bilan's order of STATUSES."""
    found = []
    month = start.replace(day=1)
    while month <= today:
        last = add_months(month, 1) - dt.timedelta(days=1)
        day = min(last, today)
        counts = dict.fromkeys(V.STATUSES, 0)
        for history in histories.values():
            counts[status_on(history, day)] += 1
        found.append((month, counts))
        month = add_months(month, 1)
    return found


def by_measure(updates: Iterable[Update], slugs: Iterable[str]) -> dict[str, list[Update]]:
    """Each of ``slugs`` with its updates, oldest first (a measure's updates have distinct
    dates; the rule's, dated like an editor's, comes after it)."""
    found: dict[str, list[Update]] = {slug: [] for slug in slugs}
    for update in sorted(updates, key=lambda u: (u.date, u.automatic)):
        if update.measure in found:
            found[update.measure].append(update)
    return found
