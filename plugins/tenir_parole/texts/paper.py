"""The printed editions' strings (imprimer_*.html): carnet, affiche, lettre."""

from __future__ import annotations

from tenir_parole.texts.labels import POSITION_LABELS

TEXTS = {
    # The printed editions (imprimer_*.html).
    "print_updated": "à jour au {date}",
    "print_page": "page",
    # LISEZMOI.txt of the USB edition (written with CRLF line ends).
    "usb_readme": """Tenir parole — édition hors ligne du {date}
{commune}

Pour lire le site : ouvrez le fichier index.html de ce dossier dans n'importe quel
navigateur (double-clic). Rien à installer, aucune connexion nécessaire.

Sur un téléphone qui ouvre mal les liens entre fichiers, ouvrez carnet/index.html :
une seule page contient tout.

Cette copie date du {date}. Vérifiez la version en ligne dès que possible :
{url}
""",
    "print_subject_carnet": ("Carnet A5 des engagements municipaux « Désescalade numérique » "
                             "{at_commune}, au {date}"),
    "print_subject_affiche": ("Affiche A4 du suivi des engagements municipaux {at_commune}, au "
                              "{date}"),
    "print_subject_lettre": ("Lettre demandant une réponse sur les engagements municipaux "
                             "{at_commune}, au {date}"),
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
    "print_poster_after_intro": ("Les engagements « Désescalade numérique » {of_team}, "
                                 "état au {date}."),
    "print_poster_before": "{commune} : qui s'engage à quoi\u202f?",
    "print_poster_before_intro": ("Les listes candidates et les dix propositions « Désescalade "
                                  "numérique », au {date}."),
    "print_poster_more": "Citations, sources, dates et historique :",
    "print_letter_title": "Lettre Tenir parole — {commune}",
    "print_letter_sender": "Tenir parole",
    "print_letter_mayor": "Madame la Maire, Monsieur le Maire",
    "print_letter_townhall": "Mairie {of_commune}",
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
}
