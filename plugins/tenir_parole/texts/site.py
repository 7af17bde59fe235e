"""The commune site's strings: navigation, pages, bilan, follow-up, open data, offline."""

from __future__ import annotations

from tenir_parole.texts.labels import (
    COMPETENCE_LABELS,
    PHASE_LABELS,
    POSITION_LABELS,
    POSITION_NARROW,
    POSITION_SHORT,
    PROOF_LABELS,
    PROVENANCE_LABELS,
    REASON_LABELS,
    STATUS_LABELS,
    STATUS_ORDER,
)

#: Strings of the interface, read by templates as ``T.key``.
TEXTS = {
    "site_name": "Tenir parole",
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
    "seats": ("siège", "sièges"),
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
    "vote_for": "{n} voix pour",
    "vote_against": "{n} contre",
    "vote_voices": ("voix", "voix"),
    "vote_abstentions": ("abstention", "abstentions"),
    "days": ("jour", "jours"),
    "home_title_at": "{title} {at_commune}",
    "proof": "Appuyé sur :",
    "town_hall_asked": "Mairie sollicitée le {date} ({means})",
    "town_hall_waiting": "sans réponse depuis {days}",
    "town_hall_answered": "elle a répondu",
    "carried": "Demande portée auprès {of_whom} le {date}.",
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

TEXTS.update({
    "bilan_title": "Le bilan en un coup d'œil",
    "bilan_intro": "{commitments} {of_team}, par état du suivi au {date} :",
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
    "data_package_title": "Tenir parole — {commune}",
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
