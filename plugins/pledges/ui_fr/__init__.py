"""Every French string the sites show, in one place; templates read them as ``T``.

- labels.py: labels keyed on the data core's vocabularies, in its order;
- site.py: the commune site; paper.py: the printed editions; columns.py: open data columns;
- federation.py: the overview of many communes (its pages, open data and commands).
"""

from __future__ import annotations

from pledges.ui_fr import paper, site
from pledges.ui_fr.columns import COLUMNS  # noqa: F401
from pledges.ui_fr.labels import (  # noqa: F401 — read by tests and templates
    COMPETENCE_LABELS,
    PHASE_LABELS,
    POSITION_LABELS,
    POSITION_NARROW,
    POSITION_SHORT,
    PROOF_LABELS,
    PROVENANCE_LABELS,
    REASON_LABELS,
    SOURCE_TYPE_LABELS,
    STATUS_LABELS,
    STATUS_ORDER,
)
from tenir_parole.data.french import count, date_fr  # noqa: F401 — the templates' formatters

#: Strings of the interface, read by templates as ``T.key``.
TEXTS = {**site.TEXTS, **paper.TEXTS}
