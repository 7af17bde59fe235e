"""The closed vocabularies editors choose from: the slugs written in YAML, in display order.

The data core owns them; the site's French labels (pledges/ui_fr.py) are keyed on them.
"""

from __future__ import annotations

POSITIONS: tuple[str, ...] = ("engagement-total", "engagement-partiel", "flou", "opposition",
                              "sans-reponse", "non-sollicitee")
PROVENANCES: tuple[str, ...] = ("declaree", "deduite")
STATUSES: tuple[str, ...] = ("non-evalue", "en-cours", "au-point-mort", "tenu", "tenu-en-partie",
                             "non-tenu", "non-verifiable")
REASONS: tuple[str, ...] = ("non-prioritaire", "changement-d-avis", "pas-de-majorite",
                            "hors-competence", "budget", "autre")
PHASES: tuple[str, ...] = ("avant", "apres")

#: Positions backed by something the list said or wrote: they need a quote and a source.
STATED = ("engagement-total", "engagement-partiel", "flou", "opposition")
#: Positions that count as a commitment the elected team can be followed up on.
COMMITTED = ("engagement-total", "engagement-partiel")
#: Follow-up statuses that need a reason.
NEEDS_REASON = ("non-tenu",)
