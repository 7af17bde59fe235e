"""Every French string the sites show, in one place; templates read them as ``T``.

- labels.py: labels keyed on the data core's vocabularies, in its order;
- site.py: the commune site; paper.py: the printed editions; history.py: the follow-up in
  time (month by month, dated bilans, archives, feeds); columns.py: open data columns;
- federation.py: the overview of many communes (its pages, open data and commands).
"""

from __future__ import annotations

from tenir_parole.texts import history, paper, site
from tenir_parole.texts.columns import COLUMNS  # noqa: F401
from tenir_parole.texts.french import at, count, date_fr, of  # noqa: F401 — the templates'
from tenir_parole.texts.labels import (  # noqa: F401 — read by tests and templates
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

#: Strings of the interface, read by templates as ``T.key``.
TEXTS = {**site.TEXTS, **paper.TEXTS, **history.TEXTS}
