"""The federation's model: what its pages and open data need of each commune, and the
counts across communes. Built from each commune's checked Dataset, then the Dataset is let go:
35,000 summaries fit in memory where 35,000 Datasets would not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from tenir_parole.core import geography
from tenir_parole.core import vocabulary as V
from tenir_parole.core.dataset import Dataset
from tenir_parole.overview import departements


@dataclass(frozen=True)
class Commitment:
    """One measure as the commune's elected list stands on it, and its current status."""

    measure: str
    number: int
    title: str
    position: str
    status: str | None  # None when the list did not commit to it
    checked: dt.date | None
    reason: str | None


@dataclass(frozen=True)
class ListCounts:
    """A candidate list: its name and how many measures it took each position on (the
    federation shows them until the election)."""

    name: str
    positions: tuple[int, ...]  # in V.POSITIONS order


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str  # its official name (the export's own for an example commune)
    department: str  # its code, in the official geography
    region: str  # its code, likewise
    population: int | None  # the official one (None for an example commune)
    example: bool  # fictional (``exemple: true``, a code in no geography)
    site: str  # the address the federation collects from
    file: str  # the export's file in federation/donnees/
    phase: str
    reference_date: dt.date  # the date its site was built
    last_update: dt.date | None  # its latest follow-up update
    collected: dt.date
    elected: str | None  # the elected list's name
    lists: tuple[ListCounts, ...]
    measures: tuple[Commitment, ...]  # every measure (elected list's stance, after the vote)

    @property
    def commitments(self) -> tuple[Commitment, ...]:
        return tuple(m for m in self.measures if m.status is not None)

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(V.STATUSES, 0)
        for commitment in self.commitments:
            counts[commitment.status] += 1  # type: ignore[index]
        return {status: n for status, n in counts.items() if n}

    @property
    def slug(self) -> str:
        return self.insee.lower()


def summarise(data: Dataset, site: str, file: str, collected: dt.date) -> Commune:
    """What the federation keeps of one commune's checked data (accepted: its code is a
    commune of the geography, or a fictional one in a known département)."""
    c = data.commune
    official, department = departements.place(c.insee_code, c.example)
    region = geography.load().department(department).region
    elected = c.elected_list if data.after_election else None
    committed = data.commitment_slugs()
    measures = []
    for m in data.measures:
        position = data.stance(elected, m.slug).position if elected else "non-sollicitee"
        update = data.current(m.slug) if m.slug in committed else None
        status = (update.status if update else "non-evalue") if m.slug in committed else None
        measures.append(Commitment(m.slug, m.number, m.title, position, status,
                                   update.date if update else None,
                                   update.reason if update else None))
    updates = data.updates()
    return Commune(
        c.insee_code, official.name if official else c.name, department, region,
        official.population if official else None, official is None, site, file, c.phase,
        data.reference_date, updates[0].date if updates else None, collected,
        data.lists[elected].name if elected else None,
        tuple(ListCounts(lst.name, tuple(data.position_counts(slug).values()))
              for slug, lst in data.lists.items()),
        tuple(measures) if elected else ())


@dataclass(frozen=True)
class MeasureCounts:
    """Across communes whose elected team is known: how many committed to one measure, and
    the current status of those commitments."""

    communes: int = 0
    committed: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


def measure_counts(communes: Iterable[Commune], slugs: Iterable[str]) -> dict[str, MeasureCounts]:
    slugs = list(slugs)
    followed = [c for c in communes if c.elected]
    counts = {slug: {"committed": 0, **dict.fromkeys(V.STATUSES, 0)} for slug in slugs}
    for commune in followed:
        for m in commune.measures:
            if m.measure in counts and m.status is not None:
                counts[m.measure]["committed"] += 1
                counts[m.measure][m.status] += 1
    return {slug: MeasureCounts(len(followed), n.pop("committed"), n)
            for slug, n in counts.items()}


def total_counts(communes: Iterable[Commune]) -> dict[str, int]:
    """Every commitment of every elected team, by current status (the national bilan)."""
    counts = dict.fromkeys(V.STATUSES, 0)
    for commune in communes:
        for status, n in commune.status_counts().items():
            counts[status] += n
    return {status: n for status, n in counts.items() if n}


@dataclass(frozen=True)
class Coverage:
    """How much of a territory the federation follows: real communes (examples aside) and
    their population, out of the geography's."""

    communes: int
    population: int
    all_communes: int
    all_population: int
    examples: int = 0


def coverage(communes: Iterable[Commune], key: str = "") -> Coverage:
    """Of France (``key`` « »), a région (« R84 ») or a département (« D42 »)."""
    real = [c for c in communes if not c.example]
    total, people = geography.load().totals.get(key, (0, 0))
    return Coverage(len(real), sum(c.population or 0 for c in real), total, people,
                    sum(1 for c in communes if c.example))


@dataclass(frozen=True)
class Department:
    code: str
    name: str
    communes: tuple[Commune, ...]  # by name
    region: str = ""  # its code

    @property
    def slug(self) -> str:
        return departements.slug(self.code)

    def coverage(self) -> Coverage:
        return coverage(self.communes, f"D{self.code}")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    departments: tuple[Department, ...]  # in the usual order

    @property
    def slug(self) -> str:
        return departements.slug(self.code)

    @property
    def communes(self) -> tuple[Commune, ...]:
        return tuple(c for d in self.departments for c in d.communes)

    def coverage(self) -> Coverage:
        return coverage(self.communes, f"R{self.code}")


@dataclass(frozen=True)
class Federation:
    communes: tuple[Commune, ...]  # by département, then name
    departments: tuple[Department, ...]  # in the usual order
    measures: tuple  # the reference measures (tenir_parole.core.model.Measure), by number
    reference_date: dt.date
    notes: tuple[str, ...] = ()
    regions: tuple[Region, ...] = ()  # metropolitan ones by name, then overseas

    def coverage(self) -> Coverage:
        return coverage(self.communes)

    def counts(self, communes: Iterable[Commune] | None = None) -> dict[str, MeasureCounts]:
        return measure_counts(self.communes if communes is None else communes,
                              [m.slug for m in self.measures])

    def total_counts(self) -> dict[str, int]:
        return total_counts(self.communes)

    @property
    def followed(self) -> int:
        return sum(1 for c in self.communes if c.elected)
