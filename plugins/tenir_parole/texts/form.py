"""The words of the form editor (`make editeur`, Decap CMS): a label for every field of the
data files, by its YAML key, and hints quoted from the editor's guide (content/pages/
contribuer.md; a test holds each hint to the guide's text)."""

from __future__ import annotations

#: The collections, in the order of the editor's menu: (name, label, label of one entry).
COLLECTIONS = {
    "commune": ("La commune", "commune"),
    "mesures": ("Les mesures", "mesures"),
    "listes": ("Les listes candidates", "liste"),
    "suivi": ("Le suivi de l'équipe élue", "suivi"),
    "corrections": ("Le journal des corrections", "corrections"),
}

#: Field labels by YAML key; OWN_LABELS overrides one where a model gives it its own meaning.
LABELS = {
    "nom": "Nom",
    "code_insee": "Code INSEE",
    "departement": "Département",
    "region": "Région",
    "siren": "SIREN",
    "intercommunalite": "Intercommunalité",
    "siret": "SIRET de la mairie",
    "elections": "Élections",
    "premier_tour": "Premier tour",
    "second_tour": "Second tour",
    "phase": "Phase",
    "liste_elue": "Liste élue",
    "contact": "Contact",
    "courriel": "Adresse électronique où signaler une nouvelle",
    "forge": "Dépôt de la commune sur une forge",
    "presentation": "Présentation",
    "site": "Adresse du site",
    "editeur": "Éditeur du site (mentions légales)",
    "hebergeur": "Hébergeur du site (mentions légales)",
    "adresse": "Adresse postale",
    "directeur_publication": "Directeur ou directrice de la publication",
    "telephone": "Téléphone",
    "exemple": "Commune d'exemple (données fictives)",
    "deliberations": "Page des délibérations du conseil",
    "mesures": "Mesures",
    "numero": "Numéro",
    "slug": "Identifiant",
    "titre": "Titre",
    "resume": "Résumé",
    "sous_mesures": "Sous-mesures",
    "id": "Identifiant",
    "texte": "Texte",
    "source": "Source",
    "locale": "Mesure propre à la commune",
    "competence": "Qui décide",
    "niveau": "Niveau",
    "note": "Explication",
    "type": "Type de source",
    "url": "Adresse web",
    "description": "Description",
    "archive": "Copie archivée",
    "date": "Date",
    "objet": "Objet",
    "vote": "Vote",
    "effectif": "Effectif du conseil",
    "votants": "Votants",
    "pour": "Pour",
    "contre": "Contre",
    "abstention": "Abstentions",
    "document": "Document",
    "chapitre": "Chapitre",
    "montant": "Montant (euros)",
    "lieu": "Lieu",
    "expediteur": "Expéditeur",
    "destinataire": "Destinataire",
    "tete_de_liste": "Tête de liste",
    "resultat": "Résultat de l'élection",
    "sieges": "Sièges",
    "positions": "Positions",
    "mesure": "Mesure",
    "position": "Position",
    "provenance": "Provenance",
    "citation": "Citation",
    "sollicitation": "Sollicitation",
    "moyen": "Moyen",
    "droit_de_reponse": "Droit de réponse",
    "liste": "Liste suivie (la liste élue)",
    "mises_a_jour": "Mises à jour",
    "statut": "État",
    "raison": "Raison",
    "reponse_mairie": "Réponse de la mairie",
    "demande_portee": "Demande portée à un autre niveau",
    "aupres_de": "Auprès de",
    "corrections": "Corrections",
    "page": "Page corrigée",
    "modification": "Ce qui a changé",
    "motif": "Pourquoi",
}
OWN_LABELS = {
    ("Commune", "nom"): "Nom de la commune",
    ("CandidateList", "nom"): "Nom de la liste",
    ("CandidateList", "site"): "Site de la liste",
    ("Competence", "nom"): "Nom de la collectivité",
    ("Intercommunality", "nom"): "Nom de l'intercommunalité",
    ("Publisher", "nom"): "Nom",
    ("Host", "nom"): "Nom",
    ("Result", "premier_tour"): "Premier tour (%)",
    ("Result", "second_tour"): "Second tour (%)",
    ("Measure", "source"): "Source (adresse web)",
    ("Stance", "sous_mesures"): "Sous-mesures retenues",
}
#: What one item of a list is called (« Ajouter : position »).
SINGULAR = {"mesures": "mesure", "sous_mesures": "sous-mesure", "positions": "position",
            "mises_a_jour": "mise à jour", "corrections": "correction"}

#: Hints under a field, each a sentence of the editor's guide (its Markdown marks aside).
HINTS = {
    ("Commune", "deliberations"): "chaque délibération citée y renverra",
    ("Measure", "slug"): "minuscules sans accents, chiffres et tirets",
    ("Measure", "competence"): "une mesure qui ne dépend pas de la seule commune le dit, avec "
                               "une phrase d'explication et une source",
    ("CandidateList", "nom"): "le nom du fichier de la liste vient de son nom, à la création ; "
                              "il ne change plus ensuite",
    ("CandidateList", "positions"): "Gardez une position par mesure",
    ("Stance", "position"): "Une position engagement-total, engagement-partiel, flou ou "
                            "opposition demande provenance, citation, source et date "
                            "(même déduite)",
    ("Stance", "citation"): "la citation est mot pour mot dans la source",
    ("Stance", "date"): "la date est celle de la prise de parole, pas celle de la saisie",
    ("Stance", "sollicitation"): "sans-reponse demande sollicitation",
    ("FollowUp", "mises_a_jour"): "Ne modifiez ni ne supprimez les anciens : ils forment "
                                  "l'historique.",
    ("Update", "statut"): "Une source est exigée sauf pour non-evalue.",
    ("Update", "raison"): "raison est obligatoire avec non-tenu, possible avec tenu-en-partie",
    ("Source", "type"): "Tous acceptent aussi url, archive (copie archivée) et description "
                        "(un complément).",
    ("Source", "archive"): "copie à faire sur web.archive.org",
    ("Source", "vote"): "pour + contre + abstention ne dépassent pas les votants, ni les "
                        "votants l'effectif du conseil",
    ("Source", "montant"): "en euros, sans espace",
    ("Correction", "page"): "Quand vous corrigez un fait déjà publié, consignez-le",
}


def option(label: str, slug: str) -> str:
    """A closed vocabulary's choice as the form shows it: the site's words, then the value the
    guide and the files use."""
    return f"{label[:1].upper()}{label[1:]} ({slug})"
