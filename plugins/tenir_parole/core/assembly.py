"""From a folder's files to one Dataset: each file validated on its own (Parts), then the
cross-file rules together (assemble); every error of every file is collected before raising,
so an editor sees them all at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from tenir_parole.core import cascades, rules, timeline
from tenir_parole.core.dataset import STALE_AFTER_DAYS, Dataset
from tenir_parole.core.errors import DataError, DataErrors
from tenir_parole.core.folder import Collector, list_files, unexpected_files
from tenir_parole.core.loader import Document
from tenir_parole.core.model import (
    CandidateList,
    Commune,
    Correction,
    CorrectionsFile,
    FollowUp,
    Measure,
    MeasuresFile,
)
from tenir_parole.texts.french import sort_key


@dataclass
class Parts:
    """Each file of a commune's data, validated on its own (a document and its model, or None
    when the file is missing or invalid): what the cross-file rules then check together."""

    commune: tuple[Document, Commune] | None = None
    measures: tuple[Document, MeasuresFile] | None = None
    #: The valid lists by name; ``named`` holds every well-named one, valid or not, so that a
    #: broken list file does not also make each reference to it an error.
    lists: dict[str, tuple[Document, CandidateList]] = field(default_factory=dict)
    named: set[str] = field(default_factory=set)
    followup: tuple[Document, FollowUp] | None = None
    corrections: tuple[Document, CorrectionsFile] | None = None


def assemble(parts: Parts, errors: list[DataError], today: dt.date,
             stale_after_days: int = STALE_AFTER_DAYS, notes: tuple[str, ...] = (),
             documents: dict[str, Document] | None = None,
             mandate: timeline.Mandate = timeline.MUNICIPAL,
             templates: tuple[str, ...] = ()) -> Dataset:
    """Run the cross-file rules on ``parts`` (a folder's files or an export's parts) and make
    the Dataset; raise DataErrors with ``errors`` and the rules' findings, if any."""
    found: list[DataError] = []

    def add(problems) -> None:
        found.extend(DataError(*doc.where(path), message) for doc, path, message in problems)

    measures: dict[str, Measure] = {}
    aliases: dict[str, str] = {}  # a measure's old identifier, renamed in mesures.yaml
    if parts.measures:
        doc, measures_file = parts.measures
        add(rules.check_measures(doc, measures_file.measures, today))
        renames, aliases = cascades.renamed(doc, measures_file.measures, parts.lists,
                                            parts.followup)
        add(renames)
        measures = {m.slug: m for m in sorted(measures_file.measures, key=lambda m: m.number)}
        for doc, lst in parts.lists.values():
            add(rules.check_list(doc, cascades.read_as(aliases, lst), measures, today))
    commune = parts.commune[1] if parts.commune else None
    followup = parts.followup[1] if parts.followup else None
    if commune:
        named_too = ([(parts.followup[0], ("liste",))] if followup
                     and followup.list_slug == commune.elected_list else [])
        add(rules.check_commune(parts.commune[0], commune, parts.named, named_too,
                                {slug: lst.name for slug, (_, lst) in parts.lists.items()}))
    if followup and commune:
        elected = parts.lists.get(commune.elected_list or "")
        if elected or not commune.elected_list:  # an invalid elected list is reported there
            add(rules.check_followup(parts.followup[0], cascades.follow_as(aliases, followup),
                                     commune, cascades.read_as(aliases, elected[1])
                                     if elected else None, measures, today))
    corrections: tuple[Correction, ...] = ()
    if parts.corrections:
        doc, corrections_file = parts.corrections
        add(rules.check_corrections(doc, corrections_file.corrections, today))
        corrections = tuple(sorted(corrections_file.corrections, key=lambda x: x.date,
                                   reverse=True))
    errors = _by_file([*errors, *found])
    if errors or not commune or not parts.measures:
        raise DataErrors(errors, list(notes))
    lists = {slug: lst for slug, (_, lst) in parts.lists.items()}
    ordered = dict(sorted(lists.items(), key=lambda kv: sort_key(kv[1].name)))
    return Dataset(commune, tuple(measures.values()), ordered, followup, corrections, today,
                   stale_after_days, notes, documents or {}, mandate, templates)


def _by_file(errors: list[DataError]) -> list[DataError]:
    """Each file's errors together, files in the order they were first named (stable)."""
    order: dict[str, int] = {}
    for error in errors:
        order.setdefault(error.file, len(order))
    return sorted(errors, key=lambda e: order[e.file])


def load_dataset(root: Path, today: dt.date, stale_after_days: int = STALE_AFTER_DAYS,
                 mandate: timeline.Mandate = timeline.MUNICIPAL) -> Dataset:
    """Load and check ``root`` (the pledges/ folder); raise DataErrors listing every problem.

    ``today`` is the reference date (future dates, staleness); a commitment not re-checked for
    more than ``stale_after_days`` is flagged « à revérifier »; ``mandate`` says when the
    mandate ends, and what its end does to commitments still pending."""
    root = Path(root)
    c = Collector(root)
    c.errors.extend(unexpected_files(c))
    parts = Parts()
    parts.commune = c.load_part(root / "commune.yaml", Commune)
    parts.measures = c.load_part(root / "mesures.yaml", MeasuresFile)
    paths = list_files(c)
    parts.named |= c.misnamed  # a list file misnamed: its own message says so, once
    for path in paths:
        parts.named.add(path.stem)
        loaded = c.load_part(path, CandidateList, c.read(path))
        if loaded:
            parts.lists[path.stem] = loaded
    parts.followup = c.load_part(root / "suivi.yaml", FollowUp)
    parts.corrections = c.load_part(root / "corrections.yaml", CorrectionsFile)
    return assemble(parts, c.errors, today, stale_after_days, tuple(c.notes), c.documents,
                    mandate, tuple(c.templates))
