"""The closed vocabularies editors choose from: the slugs written in YAML, in display order.

The data core owns them; the site's French labels (pledges/ui_fr/) are keyed on them.
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
#: What a source is: a web page, a described document, or a typed public record.
SOURCE_TYPES: tuple[str, ...] = ("page", "document", "deliberation", "arrete", "budget",
                                 "reunion", "courrier")
#: Who holds the power to act on a measure.
COMPETENCES: tuple[str, ...] = ("commune", "intercommunalite", "departement", "region", "etat",
                                "partagee")
#: What editors may write for a level: the kinds of intercommunalité, the State's services.
COMPETENCE_SYNONYMS = {word: "intercommunalite" for word in (
    "communaute", "communaute-de-communes", "communaute-d-agglomeration", "agglomeration",
    "communaute-urbaine", "metropole", "epci", "interco", "intercommunal")} | {
    "prefecture": "etat", "education-nationale": "etat", "conseil-departemental": "departement",
    "conseil-regional": "region", "mairie": "commune", "partage": "partagee"}
#: What backs a verdict, strongest first; the first three are formal decisions.
PROOFS: tuple[str, ...] = ("deliberation", "arrete", "budget", "document", "temoignage")
FORMAL = ("deliberation", "arrete", "budget")
PROOF_OF: dict[str, str] = {"deliberation": "deliberation", "arrete": "arrete",
                            "budget": "budget", "page": "document", "document": "document",
                            "courrier": "document", "reunion": "temoignage"}

#: Positions backed by something the list said or wrote: they need a quote and a source.
STATED = ("engagement-total", "engagement-partiel", "flou", "opposition")
#: Positions that count as a commitment the elected team can be followed up on.
COMMITTED = ("engagement-total", "engagement-partiel")
#: Follow-up statuses that need a reason.
NEEDS_REASON = ("non-tenu",)
#: Why a commitment is not kept when the end-of-mandate rule says so (the data core's, never
#: an editor's: not among REASONS).
END_OF_MANDATE_REASON = "fin-de-mandat"
