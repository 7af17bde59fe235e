"""Every French string the site shows, in one place (templates read them as ``T``)."""

from __future__ import annotations

POSITION_LABELS = {
    "engagement-total": "S'engage pleinement",
    "engagement-partiel": "S'engage en partie",
    "flou": "Flou ou neutre",
    "opposition": "S'oppose",
    "sans-reponse": "Sollicitée, sans réponse",
    "non-sollicitee": "Non sollicitée",
}
#: Short labels for the grid cells (still words, never colour alone).
POSITION_SHORT = {
    "engagement-total": "Oui",
    "engagement-partiel": "En partie",
    "flou": "Flou",
    "opposition": "Non",
    "sans-reponse": "Sans réponse",
    "non-sollicitee": "Non sollicitée",
}
PROVENANCE_LABELS = {
    "declaree": "déclarée par la liste",
    "deduite": "déduite de son programme",
}
STATUS_LABELS = {
    "non-evalue": "Pas encore évalué",
    "en-cours": "En cours",
    "au-point-mort": "Au point mort",
    "tenu": "Tenu",
    "tenu-en-partie": "Tenu en partie",
    "non-tenu": "Non tenu",
    "non-verifiable": "Invérifiable",
}
REASON_LABELS = {
    "non-prioritaire": "jugé non prioritaire",
    "changement-d-avis": "changement d'avis",
    "pas-de-majorite": "pas de majorité au conseil",
    "hors-competence": "hors des compétences de la commune",
    "budget": "faute de budget",
    "autre": "autre raison (voir le résumé)",
}
PHASE_LABELS = {
    "avant": "Avant l'élection : engagements des listes candidates",
    "apres": "Après l'élection : suivi des engagements de l'équipe élue",
}


def count(n: int, singular: str, plural: str | None = None) -> str:
    """« 1 liste », « 3 listes » — French plural (0 and 1 take the singular)."""
    return f"{n} {singular if n <= 1 else (plural or singular + 's')}"
