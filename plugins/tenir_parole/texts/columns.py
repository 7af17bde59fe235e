"""What each column of the open data files holds (donnees/index.html, datapackage.json)."""

from __future__ import annotations

from tenir_parole.texts.labels import (
    COMPETENCE_LABELS,
    POSITION_LABELS,
    PROOF_LABELS,
    REASON_LABELS,
    SOURCE_TYPE_LABELS,
    STATUS_LABELS,
)

#: Column documentation of the open data files (donnees/index.html).
COLUMNS = {
    "positions.csv": {
        "liste": "identifiant de la liste (nom de son fichier)",
        "liste_nom": "nom de la liste",
        "liste_elue": "« oui » pour la liste élue",
        "mesure": "identifiant de la mesure",
        "mesure_numero": "numéro de la mesure",
        "mesure_titre": "titre de la mesure",
        "position": "position : " + ", ".join(POSITION_LABELS),
        "provenance": "declaree (par la liste) ou deduite (de son programme)",
        "citation": "citation exacte (Markdown léger)",
        "date": "date de la déclaration (AAAA-MM-JJ)",
        "source_url": "adresse web de la source",
        "source_description": "source hors web (tract, réunion, délibération…)",
        "source_archive": "copie archivée de la source",
        "sous_mesures": "sous-mesures concernées, séparées par des espaces",
        "sollicitation_date": "date à laquelle la liste a été sollicitée sans réponse",
        "sollicitation_moyen": "moyen de la sollicitation",
        "droit_de_reponse": "réponse de la liste, le cas échéant",
    },
    "suivi.csv": {
        "mesure": "identifiant de la mesure suivie",
        "mesure_numero": "numéro de la mesure",
        "mesure_titre": "titre de la mesure",
        "date": "date de la vérification (AAAA-MM-JJ)",
        "statut": "état : " + ", ".join(STATUS_LABELS),
        "resume": "ce qui a été constaté (Markdown léger)",
        "raison": "raison d'un engagement non tenu : " + ", ".join(REASON_LABELS),
        "source_url": "adresse web de la preuve",
        "source_description": "preuve hors web (délibération n°…, compte rendu…)",
        "source_archive": "copie archivée de la preuve",
        "reponse_mairie_date": "date de la réponse de la mairie",
        "reponse_mairie": "réponse de la mairie, le cas échéant",
        "preuve": "ce qui appuie le verdict : " + ", ".join(PROOF_LABELS),
        "sollicitation_date": "date à laquelle la mairie a été sollicitée",
        "sollicitation_moyen": "moyen de la sollicitation de la mairie",
        "demande_portee_date": "date à laquelle l'équipe élue a porté la demande à un autre "
                               "niveau",
        "demande_portee_aupres_de": "auprès de qui la demande a été portée",
    },
    "sources (positions.csv et suivi.csv)": {
        "source_type": "type de source : " + ", ".join(SOURCE_TYPE_LABELS),
        "source_numero": "numéro d'un arrêté",
        "source_date": "date de la source (arrêté, budget, réunion, courrier)",
        "source_objet": "objet d'un arrêté ou d'un courrier",
        "source_document": "document budgétaire (budget primitif, supplémentaire…)",
        "source_chapitre": "chapitre ou ligne du budget",
        "source_montant": "montant de la ligne budgétaire, en euros",
        "source_lieu": "lieu d'une réunion",
        "source_expediteur": "expéditeur d'un courrier",
        "source_destinataire": "destinataire d'un courrier",
        "COLL_NOM": "délibération : la commune dont le conseil l'a votée (schéma national SCDL "
                    "« Délibérations »)",
        "COLL_SIRET": "délibération : SIRET de la mairie (siret: de commune.yaml ; vide tant "
                      "qu'il n'y est pas). DELIB_MATIERE_CODE et DELIB_MATIERE_NOM, "
                      "obligatoires dans le schéma SCDL, ne sont pas relevés : à ajouter par "
                      "qui verse ces lignes dans un jeu SCDL (matière de la nomenclature ACTES)",
        "DELIB_ID": "délibération : numéro (schéma national SCDL « Délibérations »)",
        "DELIB_DATE": "délibération : date de la séance (AAAA-MM-JJ)",
        "DELIB_OBJET": "délibération : objet",
        "VOTE_EFFECTIF": "délibération : membres du conseil en exercice",
        "VOTE_REEL": "délibération : votants (présents ou représentés)",
        "VOTE_POUR": "délibération : voix pour",
        "VOTE_CONTRE": "délibération : voix contre",
        "VOTE_ABSTENTION": "délibération : abstentions",
        "DELIB_URL": "délibération : adresse du texte publié",
    },
    "mesures.csv": {
        "numero": "numéro de la mesure",
        "slug": "identifiant de la mesure",
        "titre": "titre de la mesure",
        "competence": "qui décide : " + ", ".join(COMPETENCE_LABELS) + " (vide : non précisé)",
        "competence_nom": "nom de la collectivité ou du service qui décide",
        "competence_note": "explication (Markdown léger)",
        "competence_source_url": "adresse de la source de cette information",
    },
    "raisons.csv": {
        "raison": "raison donnée : " + ", ".join(REASON_LABELS) + " (vide : non précisée ; "
                  "fin-de-mandat : la règle de fin de mandat)",
        "statut": "non-tenu ou tenu-en-partie",
        "mesure": "identifiant de la mesure",
        "mesure_numero": "numéro de la mesure",
        "mesure_titre": "titre de la mesure",
        "date": "date de la dernière vérification",
    },
}
