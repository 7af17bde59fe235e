"""Every French string the site shows, in one place (templates read them as ``T``).

Labels are keyed on the data core's vocabularies (tenir_parole.data.vocabulary), in its order.
"""

from __future__ import annotations

from tenir_parole.data.french import count, date_fr  # noqa: F401 — the templates' formatters

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


#: Strings of the interface, read by templates as ``T.key``.
TEXTS = {
    "site_name": "Tenir parole",
    "tagline": "Qui s'est engagé à quoi, et l'équipe élue tient-elle parole ?",
    "skip": "Aller au contenu",
    "nav_label": "Navigation principale",
    "nav_home": "Accueil",
    "nav_measures": "Mesures",
    "nav_lists": "Listes",
    "nav_method": "Méthode",
    "nav_about": "À propos",
    "footer_label": "Pied de page",
    "footer_contribute": "Contribuer",
    "footer_legal": "Mentions légales",
    "footer_weight_page": "Poids des pages",
    "footer_corrections": "Corrections",
    "footer_contact": "Contact :",
    "home_title": "Engagements municipaux",
    "manifesto": ("En octobre 2025, un collectif d'associations et d'auteurs a publié "
                  "« Désescalade numérique » : dix propositions pour les candidats aux élections "
                  "municipales, de la sobriété numérique de la mairie au droit à un service "
                  "public sans écran. Ce site relève la position de chaque liste sur chacune, "
                  "puis suit ce que fait l'équipe élue."),
    "elections": "Élections municipales : premier tour le {first}, second tour le {second}.",
    "elections_one": "Élections municipales : tour unique le {first}.",
    "phase": "Phase actuelle :",
    "grid_title": "Positions des listes",
    "grid_caption": "Position de chaque liste sur chaque mesure (avant l'élection)",
    "grid_measure": "Mesure",
    "grid_counts": "Total par position",
    "grid_scroll": "Tableau des positions, défilable horizontalement",
    "measures_title": "Les mesures",
    "measures_intro": ("Les dix propositions de « Désescalade numérique », résumées avec nos "
                       "mots, et les mesures propres à la commune."),
    "measure_n": "Mesure {n}",
    "local_measure": "mesure locale",
    "sub_measures": "Sous-mesures",
    "manifesto_source": "Texte de la proposition",
    "positions_title": "Position des listes",
    "list_positions_title": "Ses positions, mesure par mesure",
    "lists_title": "Les listes candidates",
    "lists_intro": "Par ordre alphabétique. Cliquez sur une liste pour lire toutes ses positions.",
    "head_of_list": "Tête de liste :",
    "website": "Site :",
    "result": "Résultat :",
    "first_round": "premier tour {pct} %",
    "second_round": "second tour {pct} %",
    "seats": "{n} sièges",
    "elected": "Liste élue",
    "not_elected": ("Liste non élue : ses positions d'avant l'élection sont conservées pour "
                    "mémoire."),
    "sub_measures_concerned": "Sous-mesures concernées :",
    "source": "Source :",
    "archive": "copie archivée",
    "stated_on": "le {date}",
    "asked": "Sollicitée le {date} ({means}), sans réponse.",
    "not_asked": "Cette liste n'a pas été sollicitée sur cette mesure.",
    "reply": "Droit de réponse de la liste ({date})",
    "town_hall_reply": "Réponse de la mairie ({date})",
    "source_deliberation": "Délibération n° {numero} du {date} : {objet}",
    "source_arrete": "Arrêté n° {numero} du {date} : {objet}",
    "source_budget": "{document}, {chapitre}",
    "source_voted_on": ", voté le {date}",
    "source_reunion": "Réunion du {date}, {lieu}",
    "source_courrier": ("Courrier du {date} (expéditeur : {expediteur} ; destinataire : "
                        "{destinataire})"),
    "vote_unanimous": "adoptée à l'unanimité ({n})",
    "vote_adopted": "adoptée par {counts}",
    "vote_rejected": "rejetée : {counts}",
    "vote_tied": "partage égal des voix : {counts}",
    "proof": "Appuyé sur :",
    "town_hall_asked": "Mairie sollicitée le {date} ({means})",
    "town_hall_waiting": "sans réponse depuis {days}",
    "town_hall_answered": "elle a répondu",
    "carried": "Demande portée auprès de {to} le {date}.",
    "competence": "Cette mesure {label}{name}.",
    "competence_title": "Qui décide",
    "deliberations_list": "toutes les délibérations de la commune",
    "bilan_formal": ("Verdicts rendus : {verdicts} ; appuyés sur une décision formelle "
                     "(délibération, arrêté ou ligne budgétaire votée) : {formal}."),
    "bilan_proofs": "Ce qui les appuie :",
    "bilan_elsewhere": "Ne dépend pas de la seule commune :",
    "bilan_waiting": "En attente d'une réponse de la mairie :",
    "bilan_pending": "sollicitée le {date} ({means}), sans réponse depuis {days}",
    "reasons_title": "Pourquoi des engagements ne sont pas tenus",
    "reasons_intro": ("Engagements non tenus ou tenus en partie, au {date}, par raison "
                      "donnée :"),
    "reasons_none_given": "raison non précisée",
    "followup_title": "Suivi de l'équipe élue",
    "followup_intro": ("Voici les mesures auxquelles elle s'est engagée, pleinement ou en "
                       "partie, et ce qui en a été fait depuis."),
    "followup_caption": "Engagements de l'équipe élue et leur état",
    "followup_measure": "Engagement",
    "followup_commitment": "Engagée",
    "followup_status": "État",
    "followup_checked": "Dernière vérification",
    "followup_never": "jamais",
    "history_title": "Historique du suivi",
    "history_none": "Aucune vérification publiée pour l'instant.",
    "reason": "Raison :",
    "status_counts": "Nombre d'engagements par état",
    "weight_title": "Poids des pages",
    "weight_intro": ("Chaque page, avec tout ce qu'elle charge, doit tenir dans un budget "
                     "d'octets compressés, pour rester lisible sur une connexion lente."),
    "not_found_title": "Page introuvable",
    "not_found_text": "Cette page n'existe pas ou a été déplacée.",
    "not_found_back": "Revenir à l'accueil",
    "positions": POSITION_LABELS,
    "positions_short": POSITION_SHORT,
    "positions_narrow": POSITION_NARROW,
    "provenances": PROVENANCE_LABELS,
    "statuses": STATUS_LABELS,
    "status_order": STATUS_ORDER,
    "reasons": REASON_LABELS,
    "proofs": PROOF_LABELS,
    "competences": COMPETENCE_LABELS,
    "phases": PHASE_LABELS,
}

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
        "raison": "raison donnée : " + ", ".join(REASON_LABELS) + " (vide : non précisée)",
        "statut": "non-tenu ou tenu-en-partie",
        "mesure": "identifiant de la mesure",
        "mesure_numero": "numéro de la mesure",
        "mesure_titre": "titre de la mesure",
        "date": "date de la dernière vérification",
    },
}

TEXTS.update({
    # The printed editions (imprimer_*.html).
    "print_updated": "à jour au {date}",
    "print_subject_carnet": ("Carnet A5 des engagements municipaux « Désescalade numérique » "
                             "à {commune}, au {date}"),
    "print_subject_affiche": ("Affiche A4 du suivi des engagements municipaux à {commune}, au "
                              "{date}"),
    "print_subject_lettre": ("Lettre demandant une réponse sur les engagements municipaux à "
                             "{commune}, au {date}"),
    "print_version": "Version des données : {version}",
    "print_qr": "Code QR vers l'adresse du site",
    "print_grid_key": "Listes :",
    "print_notes": "Notes : copies archivées des sources",
    "print_carnet_title": "Carnet Tenir parole — {commune}",
    "print_carnet_subtitle": ("Le carnet des engagements municipaux : les dix propositions "
                              "« Désescalade numérique », la position de chaque liste, et ce "
                              "que fait l'équipe élue."),
    "print_poster_title": "Affiche Tenir parole — {commune}",
    "print_poster_after": "{commune} : l'équipe élue tient-elle parole\u202f?",
    "print_poster_after_intro": ("Les engagements « Désescalade numérique » de {team}, "
                                 "état au {date}."),
    "print_poster_before": "{commune} : qui s'engage à quoi\u202f?",
    "print_poster_before_intro": ("Les listes candidates et les dix propositions « Désescalade "
                                  "numérique », au {date}."),
    "print_poster_more": "Citations, sources, dates et historique :",
    "print_letter_title": "Lettre Tenir parole — {commune}",
    "print_letter_sender": "Tenir parole",
    "print_letter_mayor": "Madame la Maire, Monsieur le Maire",
    "print_letter_townhall": "Mairie de {commune}",
    "print_letter_list": "Tête de la liste « {name} »",
    "print_letter_place": "{commune}, le {date}",
    "print_letter_subject_after": ("Objet : suivi des engagements « Désescalade numérique » — "
                                   "demande de réponse"),
    "print_letter_subject_before": ("Objet : vos positions sur les dix propositions "
                                    "« Désescalade numérique »"),
    "print_letter_greeting_mayor": "Madame la Maire, Monsieur le Maire,",
    "print_letter_greeting": "Madame, Monsieur,",
    "print_letter_after_1": ("Nous suivons, sur {site}, les engagements que {team} a pris "
                             "pendant la campagne sur les propositions « Désescalade "
                             "numérique ». Voici, mesure par mesure, l'état que nous avons "
                             "relevé et la date de notre dernière vérification."),
    "print_letter_after_2": ("Pourriez-vous nous dire, d'ici au {date}, où en est chacun de "
                             "ces engagements, en joignant si possible une délibération, un "
                             "arrêté ou un document budgétaire ? Vous pouvez répondre dans la "
                             "colonne de droite et nous renvoyer cette lettre, ou nous écrire."),
    "print_letter_after_3": ("Votre réponse sera publiée telle quelle, datée, à côté de notre "
                             "relevé, sur la page de chaque mesure (« Réponse de la mairie », "
                             "champ reponse_mairie du suivi). Si elle montre que nous nous "
                             "sommes trompés, nous corrigerons le relevé et le noterons au "
                             "journal des corrections."),
    "print_letter_state": "État relevé",
    "print_letter_your_answer": "Votre réponse",
    "print_letter_closing_mayor": ("Nous vous prions d'agréer, Madame la Maire, Monsieur le "
                                   "Maire, l'expression de nos salutations respectueuses."),
    "print_letter_before_1": ("Nous publions, sur {site}, la position de chaque liste candidate "
                              "à {commune} sur les dix propositions « Désescalade numérique », "
                              "avec une citation, sa source et sa date, pour que chacun puisse "
                              "la vérifier."),
    "print_letter_before_2": ("Pour chaque mesure ci-dessous, pourriez-vous cocher votre "
                              "position et, si vous le souhaitez, l'expliquer en une phrase, "
                              "d'ici au {date} ?"),
    "print_letter_before_3": ("Votre réponse sera publiée avec votre citation, cette lettre "
                              "pour source et la date de votre réponse. Sans réponse à cette "
                              "date, la liste apparaîtra comme « Sollicitée, sans réponse », "
                              "avec la date de cette lettre (champ sollicitation) ; une liste "
                              "que nous n'avons pas interrogée apparaît comme « Non "
                              "sollicitée ». Vous pourrez à tout moment demander une "
                              "correction ou publier une réponse (droit de réponse, champ "
                              "droit_de_reponse), datée, à côté de notre relevé."),
    "print_letter_quote": "Votre explication, si vous le souhaitez :",
    "print_letter_signed": "Nom, qualité, date et signature (pour dater votre réponse) :",
    "print_letter_closing": ("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
                             "salutations distinguées."),
    # The boxes a list ticks: the four positions it may state, or declining to answer.
    "print_letter_choices": (*(POSITION_LABELS[p] for p in ("engagement-total",
                                                            "engagement-partiel", "flou",
                                                            "opposition")),
                             "Ne pas se prononcer (noté « Sollicitée, sans réponse »)"),
    "bilan_title": "Le bilan en un coup d'œil",
    "bilan_intro": "{commitments} de {team}, par état du suivi au {date} :",
    "bilan_commitments": ("engagement", "engagements"),
    "bilan_of": "{n} sur {total}",
    "news_title": "Dernières nouvelles du suivi",
    "news_change": "de « {before} » à",
    "news_same": "toujours",
    "news_feed": "Toutes les mises à jour, datées : le fil Atom du suivi",
    "legal_publisher": "Éditeur",
    "legal_published_by": "Ce site est édité par",
    "legal_address": "Adresse :",
    "legal_director": "Directeur ou directrice de la publication :",
    "legal_host": "Hébergement",
    "legal_phone": "téléphone",
    "legal_missing": "Non renseigné (champ {field} de commune.yaml).",
    "legal_static": ("Le site est composé uniquement de fichiers statiques : il ne fait tourner "
                     "aucun programme sur le serveur et ne dépend d'aucune base de données. Il "
                     "peut donc être hébergé par n'importe quel prestataire, ou simplement lu "
                     "depuis une copie locale (clé USB, disque)."),
    "legal_contact": "Contact",
    "example_title": "Une commune d'exemple",
    "example_text": ("La commune présentée ici, {commune}, est fictive, tout comme ses listes, "
                     "ses candidats, leurs déclarations et le suivi. Elle sert à montrer le "
                     "fonctionnement du site. Pour suivre une vraie commune, il suffit de "
                     "remplacer les données : le guide de l'éditeur explique comment faire, sans "
                     "savoir programmer."),
    "footer_data": "Données ouvertes",
    "footer_offline": "Hors ligne et papier",
    "stale": "à revérifier",
    "last_checked": "Dernière vérification :",
    "corrections_title": "Corrections",
    "corrections_intro": ("Chaque correction apportée au site après sa publication est "
                          "datée et expliquée ici, la plus récente en premier."),
    "corrections_none": "Aucune correction pour l'instant.",
    "corrections_caption": "Journal des corrections",
    "corrections_date": "Date",
    "corrections_page": "Page",
    "corrections_change": "Modification",
    "corrections_reason": "Motif",
    "data_title": "Données ouvertes",
    "data_intro": ("Toutes les données de ce site, à réutiliser librement en citant la source. "
                   "Les fichiers CSV sont en UTF-8, séparés par des points-virgules : ils "
                   "s'ouvrent tels quels dans LibreOffice et dans Excel. Un texte qui "
                   "commencerait par =, +, - ou @ y est précédé d'une apostrophe, pour "
                   "qu'aucun tableur ne le prenne pour une formule."),
    "data_licence": "Licence :",
    "data_files": "Fichiers",
    "data_positions": "une ligne par position d'une liste sur une mesure",
    "data_updates": "une ligne par mise à jour du suivi",
    "data_json": ("l'ensemble des données, dans la structure des fichiers YAML, et les chiffres "
                  "du bilan (clé bilan)"),
    "data_measures": "une ligne par mesure, avec qui décide",
    "data_reasons": ("une ligne par engagement non tenu ou tenu en partie, avec la raison "
                     "donnée"),
    "data_schema": "le schéma JSON qui décrit ce format, pour vérifier ou lire le fichier",
    "data_package": ("la description des fichiers CSV au format Frictionless Data Package "
                     "(colonnes, types, licence, sources)"),
    "data_columns": "Colonnes de {file}",
    "data_sources_note": ("positions.csv et suivi.csv décrivent chaque source avec les mêmes "
                          "colonnes, expliquées à la fin de cette page."),
    "data_column": "Colonne",
    "data_meaning": "Contenu",
    "feed_title": "Suivi des engagements — {commune}",
    "feed_link": "Fil Atom du suivi",
    "edition": "Édition hors ligne du {date} — vérifiez la version en ligne :",
    "carnet_title": "Carnet Tenir parole",
    "carnet_state": "État au {date}.",
    "carnet_contents": "Sommaire des mesures",
    "offline_title": "Hors ligne et papier",
    "offline_intro": ("Tout le site tient sur une clé USB et se lit sans réseau, dans n'importe "
                      "quel navigateur : rien à installer. Et quand il n'y a plus de réseau du "
                      "tout, il reste le papier."),
    "offline_none": ("Sur le site publié, cette page propose le site complet (.zip), à copier "
                     "sur une clé USB, et trois documents à imprimer (PDF) : le carnet A5 à "
                     "distribuer, l'affiche A4 pour un panneau ou une vitrine, la lettre qui "
                     "demande une réponse. Depuis le dossier du projet, make usb, make carnet, "
                     "make affiche et make lettre les produisent aussi."),
    "offline_files": "À télécharger",
    "offline_kinds": {"zip": "le site complet, à décompresser sur une clé USB",
                      "carnet": "le carnet A5 à imprimer et à distribuer (positions de chaque "
                                "liste, suivi de l'équipe élue)",
                      "affiche": "l'affiche A4 pour un panneau, une vitrine, une réunion",
                      "lettre": "la lettre A4 qui demande une réponse (à la mairie ou à chaque "
                                "liste), prête à poster"},
    "offline_how": "Copier le site sur une clé USB",
    "offline_zip_here": "Téléchargez le fichier .zip ci-dessus.",
    "offline_zip_elsewhere": ("Procurez-vous le fichier .zip du site (sur le site publié, ou avec "
                              "make usb)."),
    "offline_steps": ("Décompressez-le directement sur la clé (clic droit, « Extraire tout »).",
                      "Sur la clé, ouvrez le dossier puis le fichier index.html.",
                      "Chaque page rappelle sa date d'édition : vérifiez la version en ligne "
                      "dès que possible."),
    "offline_carnet": "Pour un téléphone qui ouvre mal les fichiers d'une clé, une seule page "
                      "contient tout :",
})
