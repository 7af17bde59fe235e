"""« Signaler une nouvelle »: a resident tells the editors what they saw about a commitment,
by e-mail (a mailto: link, the measure in the subject, a body to fill in) or on the commune's
forge (a link opening a new issue). Links only: no form, no server, no script."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from tenir_parole.core.model import Commune, Measure
from tenir_parole.texts import TEXTS as T

#: An address in the contact text: « [suivi@x.fr](mailto:suivi@x.fr) » or plain.
_ADDRESS = re.compile(r"([^\s@<>()\[\],;:\"'«»]+@[^\s@<>()\[\],;:\"'«»]+\.[a-z]{2,})",
                      re.IGNORECASE)


def address(commune: Commune) -> str | None:
    """Where residents write: ``courriel`` in commune.yaml, else the first address of the
    contact text, else none."""
    if commune.email:
        return commune.email
    found = _ADDRESS.search(commune.contact)
    return found.group(1) if found else None


def links(measure: Measure, commune: Commune) -> list[tuple[str, str]]:
    """(label, address) of each way to report news on ``measure``: e-mail, then the forge."""
    subject = T["report_subject"].format(n=measure.number, title=measure.title)
    body = T["report_body"].format(n=measure.number, title=measure.title)
    found = []
    to = address(commune)
    if to:  # an e-mail's lines end in CRLF (RFC 6068)
        lines = quote(body.replace("\n", "\r\n"), safe="")
        found.append((T["report_mail"],
                      f"mailto:{to}?subject={quote(subject, safe='')}&body={lines}"))
    if commune.forge:
        base = commune.forge.rstrip("/")
        if "gitlab" in (urlsplit(base).hostname or ""):  # GitLab's own parameters
            new = f"{base}/-/issues/new?issue[title]={quote(subject)}&issue[description]="
        else:  # GitHub, Gitea, Forgejo (Codeberg)
            new = f"{base}/issues/new?title={quote(subject)}&body="
        found.append((T["report_forge"], new + quote(body, safe="")))
    return found
