"""Labels keyed on the data core's vocabularies (tenir_parole.core.vocabulary), in its order."""

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
#: The same words in a narrow printed column: soft hyphens (U+00AD) say where they may break.
POSITION_NARROW = {slug: word.replace("réponse", "ré\u00adponse")
                   .replace("sollicitée", "sol\u00adli\u00adci\u00adtée")
                   for slug, word in POSITION_SHORT.items()}
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
#: The bilan's order, from kept to not yet rated.
STATUS_ORDER = ("tenu", "tenu-en-partie", "en-cours", "au-point-mort", "non-tenu",
                "non-verifiable", "non-evalue")
REASON_LABELS = {
    "non-prioritaire": "jugé non prioritaire",
    "changement-d-avis": "changement d'avis",
    "pas-de-majorite": "pas de majorité au conseil",
    "hors-competence": "hors des compétences de la commune",
    "budget": "faute de budget",
    "autre": "autre raison (voir le résumé)",
}
#: What backs a verdict, from the strongest (singular, plural).
PROOF_LABELS = {
    "deliberation": ("délibération", "délibérations"),
    "arrete": ("arrêté", "arrêtés"),
    "budget": ("ligne budgétaire", "lignes budgétaires"),
    "document": ("document", "documents"),
    "temoignage": ("témoignage seulement", "témoignages seulement"),
}
#: Who holds the power on a measure, as a sentence ends.
COMPETENCE_LABELS = {
    "commune": "relève de la commune",
    "intercommunalite": "dépend de l'intercommunalité",
    "departement": "dépend du département",
    "region": "dépend de la région",
    "etat": "dépend de l'État",
    "partagee": "relève de plusieurs niveaux, en compétence partagée",
}
SOURCE_TYPE_LABELS = {
    "page": "page web",
    "document": "document décrit",
    "deliberation": "délibération du conseil municipal",
    "arrete": "arrêté municipal",
    "budget": "ligne budgétaire",
    "reunion": "réunion",
    "courrier": "courrier ou courriel",
}
PHASE_LABELS = {
    "avant": "Avant l'élection : engagements des listes candidates",
    "apres": "Après l'élection : suivi des engagements de l'équipe élue",
}
