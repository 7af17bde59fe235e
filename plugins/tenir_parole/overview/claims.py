"""Two sites claiming one commune (one INSEE code): which copy the overview shows.

The rule, the same when collecting (the report names both sites) and when building (a note
names the one left out): the copy with the most recent ``date_de_reference`` wins; on the same
date, the one fetched over https; then the one listed first in communes.txt. Never the
alphabetical order of the addresses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.french import date_fr

M = ui_fr.MESSAGES


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to a claim
class Claim:
    """What one site's copy says it is: a commune, as of a date."""

    site: str
    insee: str
    name: str
    reference_date: dt.date
    rank: int  # the site's place in communes.txt (0: first)

    @property
    def https(self) -> bool:
        return urlsplit(self.site).scheme == "https"  # pragma: no mutate — http or https only


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to a conflict
class Conflict:
    winner: Claim
    loser: Claim


def precedence(claim: Claim) -> tuple[int, bool, int]:
    """Sorts the copy the overview keeps first: newest data, then https, then listed first."""
    return -claim.reference_date.toordinal(), not claim.https, claim.rank


def conflicts(claims: Iterable[Claim]) -> list[Conflict]:
    """Each copy left out because another site's copy claims its INSEE code and wins, in the
    order of the list."""
    by_code: dict[str, list[Claim]] = {}
    for claim in claims:
        by_code.setdefault(claim.insee, []).append(claim)
    found = []
    for group in by_code.values():
        winner, *losers = sorted(group, key=precedence)
        found += [Conflict(winner, loser) for loser in losers]
    return sorted(found, key=lambda c: c.loser.rank)


def why(conflict: Conflict) -> str:
    """Why the winner wins, in French."""
    winner, loser = conflict.winner, conflict.loser
    if winner.reference_date != loser.reference_date:  # pragma: no mutate — never older
        return M["newer"].format(winner=date_fr(winner.reference_date),
                                 loser=date_fr(loser.reference_date))
    if winner.https != loser.https:  # pragma: no mutate — the winner sorts first
        return M["over_https"]
    return M["listed_first"]
