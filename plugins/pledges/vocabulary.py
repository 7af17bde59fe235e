"""The closed vocabularies editors choose from (slugs in YAML; labels live in ui_fr)."""

from __future__ import annotations

from pledges import ui_fr

POSITIONS: tuple[str, ...] = tuple(ui_fr.POSITION_LABELS)
PROVENANCES: tuple[str, ...] = tuple(ui_fr.PROVENANCE_LABELS)
STATUSES: tuple[str, ...] = tuple(ui_fr.STATUS_LABELS)
REASONS: tuple[str, ...] = tuple(ui_fr.REASON_LABELS)
PHASES: tuple[str, ...] = tuple(ui_fr.PHASE_LABELS)

#: Positions backed by something the list said or wrote: they need a quote and a source.
STATED = ("engagement-total", "engagement-partiel", "flou", "opposition")
#: Positions that count as a commitment the elected team can be followed up on.
COMMITTED = ("engagement-total", "engagement-partiel")
#: Follow-up statuses that need a reason.
NEEDS_REASON = ("non-tenu",)
