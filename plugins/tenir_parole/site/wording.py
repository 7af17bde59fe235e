"""How a source, a council vote and an amount read on a page, in one consistent French form:
« Délibération n° 2026-078 du 15 octobre 2026 : budget supplémentaire — adoptée par
21 voix pour, 6 contre, 2 abstentions ». Pure functions, used as template filters."""

from __future__ import annotations

import re

from tenir_parole.core.model import Source, Vote
from tenir_parole.texts import TEXTS as T
from tenir_parole.texts.french import count, date_fr

NNBSP = "\u202f"  # thousands separator in French


def euros(amount: int) -> str:
    """12000 → « 12 000 € »."""
    return f"{amount:,}".replace(",", NNBSP) + "\u00a0€"


def vote_text(vote: Vote) -> str:
    """The outcome in words, then the counts: adopted, rejected or tied."""
    if not vote.no and not vote.abstentions:  # no one against, no one abstaining
        return T["vote_unanimous"].format(n=count(vote.yes, *T["vote_voices"]))
    counts = ", ".join([T["vote_for"].format(n=vote.yes), T["vote_against"].format(n=vote.no),
                        *([count(vote.abstentions, *T["vote_abstentions"])]
                          if vote.abstentions else [])])
    if vote.yes > vote.no:
        return T["vote_adopted"].format(counts=counts)
    rejected = vote.no > vote.yes  # pragma: no mutate — after yes > no, « != » says the same
    return T["vote_rejected" if rejected else "vote_tied"].format(counts=counts)


def short_url(url: str | None) -> str:
    """« https://www.example.org/page/ » → « www.example.org/page »: an address as printed."""
    return re.sub(r"^[a-z]+://", "", url or "").rstrip("/")


def source_text(src: Source, short: bool = False) -> str:
    """What the source is, in words; a web page without description reads as its address
    (shortened on paper)."""
    kind = src.kind
    if kind == "page":
        return src.description or (short_url(src.url) if short else src.url or "")
    if kind == "document":
        return src.description or ""
    parts = {key: value for key, value in (
        ("numero", src.number), ("date", date_fr(src.date)), ("objet", src.subject),
        ("document", src.document), ("chapitre", src.chapter), ("lieu", src.place),
        ("expediteur", src.sender), ("destinataire", src.recipient)) if value}
    text = T[f"source_{kind}"].format_map(parts)
    if src.amount is not None:  # a budget's: core/sources.py refuses it elsewhere
        text += f" — {euros(src.amount)}"
    if kind == "budget" and src.date:
        text += T["source_voted_on"].format(date=date_fr(src.date))
    if kind == "courrier" and src.subject:
        text += f" : {src.subject}"
    if src.vote:  # a deliberation's, likewise
        text += f" — {vote_text(src.vote)}"
    if src.description:
        text += f" ({src.description})"
    return text
