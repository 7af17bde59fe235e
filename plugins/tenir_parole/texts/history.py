"""The follow-up in time: the bilan month by month, dated bilans, archive editions, feeds per
commitment, the end-of-mandate rule, and residents reporting news."""

from __future__ import annotations

#: The summary of the end-of-mandate rule's update (the data core writes it, dated the end).
END_OF_MANDATE_SUMMARY = ("Le mandat s'achève ce jour : l'engagement, encore « {before} », "
                          "est désormais compté « {after} », selon la règle de fin de mandat "
                          "(page Méthode). Une mise à jour publiée ensuite la remplacera.")

TEXTS = {
    "months_title": "Le bilan mois par mois",
    "months_intro": ("Une barre par mois, de {first} à {last} : l'état des engagements à la "
                      "fin de chaque mois (au {date} pour le dernier), de « Tenu » en bas à "
                      "« Pas encore évalué » en haut, {fills}."),
    "months_fills": "avec les motifs du bilan",
    "months_fills_print": "en couleurs pleines ; le tableau ci-dessous en donne les nombres",
    "months_table": "Les mêmes chiffres, en mots",
    "months_caption": "Engagements par état, à la fin de chaque mois où l'un d'eux a changé",
    "months_month": "Mois",
    "archive_banner": ("Archive : état au {date}, reconstitué d'après l'historique du suivi. "
                       "Ce n'est pas le site à jour."),
    "archive_online": "Le site à jour :",
    "archive_title": "État au {date}",
    "print_archive": "Archive : état au {date}, ce n'est pas l'édition à jour",
    "print_updated_archive": "état au {date} (archive)",
    "milestones_title": "Bilans datés",
    "milestones_intro": ("À chaque anniversaire de l'élection, à mi-mandat et à sa fin : "
                         "l'état de chaque engagement ce jour-là, comparé à aujourd'hui."),
    "milestone_years": ("Un an après", "Deux ans après", "Trois ans après", "Quatre ans après",
                        "Cinq ans après", "Six ans après", "Sept ans après", "Huit ans après",
                        "Neuf ans après", "Dix ans après"),
    "milestone_kinds": {"mi-mandat": "Bilan à mi-mandat", "fin": "Bilan de fin de mandat"},
    "milestone_at": "{title} : le {date}",
    "milestone_intro": ("Le {then}, {elapsed} après l'élection du {vote} : l'état de chaque "
                        "engagement de {team} ce jour-là, et au {now}."),
    "milestone_months": ("mois", "mois"),
    "milestone_caption": "Chaque engagement le {then} et au {now}",
    "milestone_then": "Le {date}",
    "milestone_now": "Au {date}",
    "milestone_change": "Évolution",
    "milestone_same": "inchangé",
    "milestone_changed": "a changé",
    "milestone_counts": "Par état : le {then}, puis au {now}",
    "milestone_count": "{then} puis {now}",
    "report_title": "Signaler une nouvelle",
    "report_intro": ("Vous avez vu du nouveau sur cet engagement (une décision, un chantier, "
                     "un document) ? Dites-nous quoi, quand, et où le vérifier."),
    "report_mail": "Nous écrire (courriel prérempli)",
    "report_forge": "Ouvrir un ticket sur la forge du projet",
    "report_subject": "Tenir parole, mesure {n} : {title}",
    "report_body": ("Mesure : {n}. {title}\n\nCe que j'ai vu :\n\nQuand (date) :\n\n"
                    "Source (lien, document, lieu) :\n"),
    "feed_measure_title": "Suivi de la mesure {n} : {title} — {commune}",
    "feed_measure_link": "Fil Atom de cet engagement",
    "feed_measure_follow": "Suivre cet engagement : son fil Atom (chaque mise à jour, datée)",
    "feed_change": "de « {before} » à « {after} »",
    "feed_same": "toujours « {after} »",
    "method_end_title": "La fin du mandat",
    "method_end_dates": ("Le mandat de l'équipe élue court du {start} (jour du vote décisif) "
                         "au {end}, soit {years}."),
    "method_end_years": ("an", "ans"),
    "method_end_rule": ("Ce jour-là, un engagement encore {pending} est compté {after} : "
                        "l'historique de sa page le dit, daté du {end} (« règle de fin de "
                        "mandat »), et le bilan le compte ainsi. Une mise à jour publiée "
                        "ensuite le remplace, comme toute autre."),
    "method_end_none": ("À la fin du mandat, chaque engagement garde son dernier état : aucun "
                        "n'est changé d'office."),
    "method_or": " ou ",
    "rule_note": "Règle de fin de mandat : voir la méthode",
    "bilan_rule": "Comptés d'office à la fin du mandat (règle de fin de mandat) : {n}.",
    "reason_end_of_mandate": "mandat achevé sans qu'il soit tenu (règle de fin de mandat)",
}
