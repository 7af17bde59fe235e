"""One commune's data, checked and immutable (a Dataset), and the questions its pages ask of
it: the bilan, each commitment's history, what is stale. core.assembly makes it from a
folder's files or an export's parts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from tenir_parole.core import geography, timeline
from tenir_parole.core import vocabulary as V
from tenir_parole.core.errors import DataError, DataErrors
from tenir_parole.core.loader import Document
from tenir_parole.core.model import (
    CandidateList,
    Commune,
    Correction,
    FollowUp,
    Measure,
    Stance,
    Update,
)

#: A commitment not re-checked for this long is flagged « à revérifier » (about six months).
STALE_AFTER_DAYS = 183


@dataclass(frozen=True)
class Dataset:
    commune: Commune
    measures: tuple[Measure, ...]
    lists: dict[str, CandidateList]
    followup: FollowUp | None
    corrections: tuple[Correction, ...]
    reference_date: dt.date
    stale_after_days: int = STALE_AFTER_DAYS
    #: What the editor should know but need not fix (a skipped backup file…).
    notes: tuple[str, ...] = ()
    #: Each file as loaded (its lines), by the name messages show (« pledges/listes/x.yaml »).
    documents: dict[str, Document] = field(default_factory=dict, repr=False, compare=False)
    #: The mandate's length and the end-of-mandate rule (settings MANDATE_YEARS,
    #: END_OF_MANDATE).
    mandate: timeline.Mandate = timeline.MUNICIPAL
    #: Optional files that hold only their commented template, not filled in yet.
    templates: tuple[str, ...] = ()
    #: Derived from the fields above, never passed in: each Dataset (dataclasses.replace's
    #: too) builds its own, so a copy neither shares nor doubles the original's.
    _stances: dict[tuple[str, str], Stance] = field(init=False, repr=False, compare=False)
    _commitments: tuple[Measure, ...] = field(init=False, repr=False, compare=False)
    #: Every update, the editors' and, once the mandate has ended, the rule's (by measure).
    _histories: dict[str, list[Update]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        stances = {(slug, stance.measure): stance
                   for slug, lst in self.lists.items() for stance in lst.stances}
        object.__setattr__(self, "_stances", stances)
        elected = self.commune.elected_list
        committed = tuple(m for m in self.measures
                          if self.after_election and elected
                          and stances[(elected, m.slug)].position in V.COMMITTED)
        object.__setattr__(self, "_commitments", committed)
        written = self.followup.updates if self.followup else []
        slugs = sorted({u.measure for u in written} | {m.slug for m in committed})
        histories = timeline.by_measure(written, slugs)
        rule = timeline.end_of_mandate({m.slug: histories[m.slug] for m in committed},
                                       self.mandate_end, self.reference_date, self.mandate)
        object.__setattr__(self, "_histories", timeline.by_measure([*written, *rule], slugs))

    @property
    def after_election(self) -> bool:
        return self.commune.phase == "apres"

    @property
    def vote_date(self) -> dt.date:
        """The day the mandate starts: the decisive round."""
        return timeline.vote(self.commune.elections)

    @property
    def mandate_end(self) -> dt.date:
        return timeline.add_months(self.vote_date, 12 * self.mandate.years)

    def as_of(self, day: dt.date) -> Dataset:
        """The record as it stood at the end of ``day``: later updates and corrections dropped
        (and what updates and stances gained later), ``day`` the reference date."""
        return replace(self, followup=timeline.followup_until(self.followup, day),
                       lists={k: timeline.list_until(v, day) for k, v in self.lists.items()},
                       corrections=tuple(c for c in self.corrections if c.date <= day),
                       reference_date=day)

    def months(self) -> list[tuple[dt.date, dict[str, int]]]:
        """The bilan month by month since the vote: each month's first day, and how many
        commitments were in each status at its end (at the reference date for the last)."""
        histories = {m.slug: self._histories[m.slug] for m in self._commitments}
        return timeline.months(histories, self.vote_date, self.reference_date) if histories else []

    def milestones(self) -> list[timeline.Milestone]:
        """The anniversaries, midpoint and end of the mandate passed by the reference date."""
        if not self._commitments:
            return []
        return timeline.milestones(self.vote_date, self.mandate, self.reference_date)

    def measure(self, slug: str) -> Measure:
        return next(m for m in self.measures if m.slug == slug)

    def stance(self, list_slug: str, measure_slug: str) -> Stance:
        return self._stances[(list_slug, measure_slug)]

    def position_counts(self, list_slug: str) -> dict[str, int]:
        """How many measures the list took each position on (every position, zeros too)."""
        counts = dict.fromkeys(V.POSITIONS, 0)
        for stance in self.lists[list_slug].stances:
            counts[stance.position] += 1
        return counts

    def commitments(self) -> list[Measure]:
        """Measures the elected list committed to, fully or in part."""
        return list(self._commitments)

    def commitment_slugs(self) -> set[str]:
        return {m.slug for m in self._commitments}

    def history(self, measure_slug: str) -> list[Update]:
        """Follow-up updates for one measure, oldest first."""
        return list(self._histories.get(measure_slug, ()))

    def current(self, measure_slug: str) -> Update | None:
        history = self.history(measure_slug)
        return history[-1] if history else None

    def stale(self, measure_slug: str) -> bool:
        """True when a commitment's last check (or the vote, if never checked) is older than
        ``stale_after_days`` on the reference date."""
        update = self.current(measure_slug)
        rounds = self.commune.elections
        since = update.date if update else (rounds.second_round or rounds.first_round)
        return (self.reference_date - since).days > self.stale_after_days

    def stale_commitments(self) -> list[Measure]:
        return [m for m in self.commitments() if self.stale(m.slug)]

    def status_counts(self) -> dict[str, int]:
        """How many commitments are in each status now (unrated when never checked)."""
        counts = dict.fromkeys(V.STATUSES, 0)
        for measure in self.commitments():
            update = self.current(measure.slug)
            counts[update.status if update else "non-evalue"] += 1
        return {status: n for status, n in counts.items() if n}

    def verdicts(self) -> list[tuple[Measure, Update]]:
        """Each commitment's current verdict, when it has one (« non évalué » is none)."""
        current = ((m, self.current(m.slug)) for m in self.commitments())
        return [(m, u) for m, u in current if u and u.status != "non-evalue"]

    def proof_counts(self) -> dict[str, int]:
        """What backs the current verdicts (deliberation, order, budget, document, testimony),
        strongest first, zeros left out."""
        counts = dict.fromkeys(V.PROOFS, 0)
        for _, update in self.verdicts():
            if update.source:  # the end-of-mandate rule's rest on no source
                counts[update.source.proof] += 1
        return {proof: n for proof, n in counts.items() if n}

    def formal_count(self) -> int:
        """How many current verdicts rest on a formal decision (deliberation, order, budget)."""
        return sum(n for proof, n in self.proof_counts().items() if proof in V.FORMAL)

    def reasons(self) -> dict[str, list[tuple[Measure, Update]]]:
        """Commitments now not kept or kept in part, by reason in the vocabulary's order
        (the key "" for those kept in part without a reason given, END_OF_MANDATE_REASON for those
        the end-of-mandate rule counts not kept)."""
        found: dict[str, list[tuple[Measure, Update]]] = {
            r: [] for r in (*V.REASONS, "", V.END_OF_MANDATE_REASON)}
        for measure, update in self.verdicts():
            if update.status in ("non-tenu", "tenu-en-partie"):
                key = V.END_OF_MANDATE_REASON if update.automatic else update.reason or ""
                found[key].append((measure, update))
        return {reason: items for reason, items in found.items() if items}

    def elsewhere(self) -> list[Measure]:
        """Commitments whose measure depends on another level than the commune."""
        return [m for m in self.commitments()
                if m.competence and m.competence.level != "commune"]

    def competence_name(self, measure: Measure) -> str | None:
        """Who decides a measure, by name: the name mesures.yaml gives; for the
        intercommunalité, else the one commune.yaml names, else the official geography's
        (read only then, and only its line)."""
        k = measure.competence
        if k is None or k.name or k.level != "intercommunalite":
            return k.name if k else None
        if self.commune.intercommunality:
            return self.commune.intercommunality.name
        try:
            epci = geography.load().intercommunality(self.commune.insee_code)
        except (geography.Missing, OSError):
            return None
        return epci.name if epci else None

    def pending(self) -> list[tuple[Measure, Update, int]]:
        """Commitments whose latest update waits on the mairie: (measure, update, days)."""
        found = []
        for measure in self.commitments():
            update = self.current(measure.slug)
            days = self.waiting(update) if update else None
            if days is not None:
                found.append((measure, update, days))
        return found

    def waiting(self, update: Update) -> int | None:
        """Days the mairie has left ``update``'s request unanswered (a reply on this update or
        a later one of the same measure ends the wait); None when nothing is pending."""
        asked = update.solicitation
        if asked is None:
            return None
        later = (u for u in self.history(update.measure) if u.date >= update.date)
        if any(u.town_hall_reply and u.town_hall_reply.date >= asked.date for u in later):
            return None
        return (self.reference_date - asked.date).days

    def changes(self, limit: int | None = None, measure: str | None = None
                ) -> list[tuple[Update, str]]:
        """The ``limit`` latest follow-up updates (all by default; of ``measure`` only, when
        given), newest first, each with the status it replaced (« non-evalue » for a
        commitment's first check): the news, and the Atom feeds' entries."""
        changes = []
        for slug, history in self._histories.items():
            if measure is None or slug == measure:
                changes += [(u, history[i - 1].status if i else "non-evalue")
                            for i, u in enumerate(history)]
        changes.sort(key=lambda c: (c[0].date, c[0].automatic, c[0].measure), reverse=True)
        return changes[:limit]

    def updates(self) -> list[Update]:
        """Every follow-up update, newest first (the Atom feed's order)."""
        return [u for u, _ in self.changes()]


def reference_date(environ) -> dt.date:
    """SOURCE_DATE_EPOCH when set (reproducible builds), otherwise today."""
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return dt.date.today()
    if not epoch.isdigit():
        raise DataErrors([DataError("SOURCE_DATE_EPOCH", 0, f"« {epoch} » : nombre de secondes "
                                    "depuis 1970 attendu (par exemple 1795910400)")])
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
