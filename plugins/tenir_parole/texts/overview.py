"""Every French string of the federation (its pages, its open data, its commands), in one
place. Templates read ``T``: the commune site's strings (tenir_parole.texts.TEXTS, shared labels
and macros) updated with these."""

from __future__ import annotations

from tenir_parole import texts as commune
from tenir_parole.texts.french import count, number, percent

#: Messages of `make federation-collecte` and `make federation`.
MESSAGES = {
    "collect_intro": "Collecte de {sites} de {list} dans {folder}/ ({s} s au plus par "
                     "site, {total} s en tout)…",
    "build_intro": "Lecture de {folder}/, puis construction de la vue d'ensemble dans "
                   "{output}/…",
    "read": "{communes}, dans {departements}.",
    "no_list": "{path} : liste des sites illisible ({error})",
    "bad_address": "adresse invalide : elle doit commencer par https:// (ou http://)",
    "bad_host": "adresse invalide : nom du site ou port illisible (attendu : "
                "https://nom.du.site, suivi au besoin de :port, un nombre de 1 à 65535)",
    "address_extra": "adresse du site seulement, sans « ? », « # » ni identifiant",
    "duplicate": "site déjà dans la liste",
    "manifest_name": "sa copie s'appellerait collecte.json, le nom du registre de la collecte : "
                     "indiquez l'adresse complète du site (avec son domaine)",
    "no_measures": "{path} : fichier des mesures de référence illisible ({error}) ; vérifiez "
                   "FEDERATION_MEASURES dans federationconf.py",
    "bad_manifest": "{path} : fichier de collecte illisible ({error}) ; relancez make "
                    "federation-collecte",
    "redirect": "redirection vers un autre site ({target}), refusée : seule une redirection "
                "vers la même origine (protocole, nom et port) est suivie",
    "redirect_https": "redirection de http vers https ({target}), refusée : écrivez l'adresse "
                      "du site en https:// dans la liste",
    "redirect_scheme": "redirection vers une adresse « {scheme}: », refusée : seules les "
                       "adresses http et https sont suivies",
    "redirect_unreadable": "redirection vers une adresse illisible (« {location} »)",
    "redirect_nowhere": "réponse HTTP {code} sans adresse de redirection (en-tête Location "
                        "absent)",
    "redirect_loop": "redirections en boucle (retour à {target})",
    "redirect_many": "trop de redirections (plus de {n})",
    "too_big": "fichier trop gros (plus de {max} ko)",
    "slow": "délai dépassé ({s} s)",
    "not_collected": "non collecté : délai total de la collecte dépassé ({s} s)",
    "http": "réponse HTTP {code}",
    "malformed": "réponse HTTP mal formée ({what})",
    "status_line": "ligne d'état « {line} »",
    "long_line": "ligne trop longue",
    "headers": "en-têtes illisibles",
    "chunks": "découpage en morceaux (chunked) illisible ou interrompu",
    "bad_length": "Content-Length « {value} » invalide",
    "transfer_coding": "codage de transfert « {value} » inconnu",
    "compressed": "réponse compressée (« {value} ») sans que la collecte l'ait demandé",
    "cut": "réponse coupée avant la fin annoncée",
    "reset": "connexion coupée par le site",
    "no_answer": "le site a fermé la connexion sans répondre",
    "down": "site injoignable ({reason})",
    "no_such_host": "nom de domaine introuvable",
    "bad_domain": "nom de domaine invalide",
    "refused_connection": "connexion refusée",
    "tls": "connexion chiffrée impossible (certificat ?)",
    "tls_broken": "échange chiffré impossible ou interrompu",
    "unexpected": "erreur inattendue ({error}) : signalez-la aux développeurs de Tenir parole",
    "refused": "export refusé :",
    "not_saved": "export reçu mais impossible à enregistrer dans {file} ({error})",
    "no_manifest": "{path} : impossible d'écrire le fichier de collecte ({error}) ; les "
                   "copies reçues sont dans {folder}/, relancez make federation-collecte",
    "more": "… et {others}",
    "markup": "{where} : balisage HTML ou adresse de script (« {excerpt} »)",
    "markup_more": "… et {others} avec du balisage",
    "not_a_commune": "code INSEE {insee} : {what}",
    "too_many_lists": "{n} listes : la vue d'ensemble en montre {max} au plus",
    "too_many_measures": "{n} mesures : la vue d'ensemble en montre {max} au plus",
    "too_long": "{where} : {n} caractères, {max} au plus",
    "no_copy": "aucune copie gardée",
    "copy_of": "copie du {date} gardée ({when})",
    "today": "aujourd'hui",
    "yesterday": "hier",
    "days_ago": "il y a {n} jours",
    "landed_title": "Copies à jour ({n}) :",
    "problems_title": "Problèmes ({n}) — commune · problème · copie gardée :",
    "conflicts_title": "Conflits ({n}) — un même code INSEE pour plusieurs sites, une seule "
                       "copie reprise :",
    "conflict": "{insee} ({commune}) : {winner} retenu, {loser} laissé de côté — {why}",
    "newer": "données plus récentes (du {winner} contre le {loser})",
    "over_https": "données du même jour, adresse en https",
    "listed_first": "données du même jour, site placé avant dans la liste",
    "summary": "Résumé : {ok} à jour sur {n} ; {ko}, les copies "
               "précédentes sont gardées.",
    "missing_file": "Note : {file} ({site}) introuvable : commune laissée de côté",
    "skipped": "Note : {file} ({site}) laissé de côté — {why}",
    "altered": "Note : {file} ({site}) laissé de côté — fichier modifié ou tronqué depuis "
               "la collecte (son empreinte SHA-256 n'est plus celle notée dans "
               "collecte.json) ; relancez make federation-collecte",
    "same_insee": "Note : {file} ({site}) laissé de côté — code INSEE {insee} aussi revendiqué "
                  "par {other}, retenu : {why}",
    "not_listed": "Note : {file} ({site}) laissé de côté — site retiré de {list} (sa copie "
                  "reste dans le dossier)",
    "never_collected": "Note : {site} : aucune copie collectée (lancez make "
                       "federation-collecte)",
    "list_line": "Note : {problem}",
    "unlisted": "Note : {file} ignoré : absent de collecte.json",
    "other_name": "Note : {file} ({site}) nomme « {name} » la commune {insee}, qui est {official} "
                  "selon le Code officiel géographique {year} : le nom officiel est affiché",
}

TEXTS = {
    **commune.TEXTS,
    "site_name": "Tenir parole",
    "fed_name": "vue d'ensemble des communes",
    "nav_departments": "Départements",
    "nav_join": "Rejoindre",
    "nav_data": "Données ouvertes",
    "home_title": "Les communes tiennent-elles parole\u202f?",
    "home_intro": ("Dans chaque commune, des habitants relèvent sur un site Tenir parole ce que "
                   "les listes ont promis sur les dix propositions « Désescalade numérique », "
                   "puis ce que fait l'équipe élue. Cette page rassemble les données que ces "
                   "sites publient."),
    "home_counts": ("Régions : {regions} ; départements : {departments} ; communes après "
                    "l'élection : {followed}. Données au {date}."),
    "followed_counts": "Communes après l'élection : {followed}. Données au {date}.",
    "nav_regions": "Régions",
    "regions_title": "Par région",
    "regions_caption": "Communes suivies par région",
    "col_region": "Région",
    "region_title": "{name}",
    "region_departments": "Ses départements",
    "department_region": "Région :",
    "commune_region": "région",
    "commune_example": ("Commune d'exemple, fictive : ses données ne parlent d'aucune commune "
                        "réelle."),
    "national_title": "Tous les engagements, par état",
    "national_intro": "{commitments} des équipes élues, par état du suivi au {date} :",
    "measures_title": "Mesure par mesure",
    "measures_intro": ("Pour chaque mesure : combien d'équipes élues s'y sont engagées, sur "
                       "les communes dont l'équipe élue est connue ({n}), et où en sont ces "
                       "engagements."),
    "measures_caption": "Engagements des équipes élues, mesure par mesure",
    "col_measure": "Mesure",
    "col_committed": "Équipes engagées",
    "col_other": "Autres états",
    "departments_title": "Par département",
    "departments_caption": "Communes suivies par département",
    "col_department": "Département",
    "col_communes": "Communes",
    "col_followed": "Après l'élection",
    "department_title": "{name} ({code})",
    "department_communes": "Les communes",
    "department_parts": ("{n} communes : la liste est partagée en pages de {size} au plus, "
                         "par ordre alphabétique."),
    "department_part": "Communes de « {first} » à « {last} »",
    "part_title": "{name} ({code}) : communes de « {first} » à « {last} »",
    "part_back": "Retour au département",
    "communes_caption": "Communes du département et leur bilan",
    "col_commune": "Commune",
    "col_phase": "Phase",
    "col_commitments": "Engagements",
    "col_data": "Données du",
    "phase_short": {"avant": "avant l'élection", "apres": "après l'élection"},
    "commune_title": "{name} ({insee})",
    "commune_department": "Département :",
    "commune_site": "Son site Tenir parole :",
    "commune_data": ("Données publiées par son site le {published}, collectées le {collected}."),
    "commune_last_update": "Dernière mise à jour du suivi : {date}.",
    "commune_no_update": "Aucune mise à jour du suivi publiée.",
    "commune_old": "données de plus de six mois",
    "commune_elected": "Équipe élue : {name}.",
    "commune_before": ("Avant l'élection : voici, pour chaque liste candidate, le nombre de "
                       "mesures sur lesquelles elle a pris chaque position."),
    "commune_lists_caption": "Positions des listes candidates, en nombre de mesures",
    "col_list": "Liste",
    "commune_followup_caption": "Engagements de l'équipe élue et leur état",
    "commune_details": "Citations, sources et historique : sur le site de la commune.",
    "data_title": "Données ouvertes",
    "data_intro": ("Les données de toutes les communes reprises ici, à réutiliser librement en "
                   "citant la source. Les fichiers CSV sont en UTF-8, séparés par des "
                   "points-virgules ; ils s'ouvrent dans LibreOffice et dans Excel."),
    "data_communes": "une ligne par commune : son bilan en nombres",
    "data_commitments": ("une ligne par mesure de chaque commune dont l'équipe élue est "
                         "connue : sa position et l'état du suivi"),
    "data_federation": "la même chose en JSON, et le chiffre de chaque mesure",
    "data_package": "la description des fichiers CSV (Frictionless Data Package)",
    "data_exports": ("Le fichier complet de chaque commune, tel que son site le publie, est "
                     "dans communes/ (format « tenir-parole/1 », décrit par "
                     "tenir-parole.schema.json). Par exemple :"),
    "data_schema": "le schéma JSON du format des fichiers des communes",
    "join_title": "Rejoindre et lire les chiffres",
    "not_found_back": "Revenir à l'accueil",
}

#: How much of a territory is followed: « … de la population » + these.
SCOPES = {"": "", "region": " de la région", "department": " du département"}


def coverage(followed: int, total: int, people: int, all_people: int, examples: int = 0,
             scope: str = "") -> str:
    """« 12 communes suivies sur 34 969, 3,4 % de la population »: real communes only, the
    example ones (fictional) said apart."""
    said = (f"{number(followed)} {'commune suivie' if followed <= 1 else 'communes suivies'} "
            f"sur {number(total)}, {percent(people, all_people)} de la population"
            f"{SCOPES[scope]}")
    if examples:
        said += (f" (et {count(examples, 'commune', 'communes')} d'exemple, "
                 f"{'fictive' if examples == 1 else 'fictives'})")
    return said


#: Columns of the federation's CSV files (donnees/index.html, datapackage.json).
STATUS_COLUMNS = {f"{status.replace('-', '_')}_nombre":
                  f"engagements à l'état « {label} »"
                  for status, label in commune.STATUS_LABELS.items()}
COLUMNS = {
    "communes.csv": {
        "code_insee": "code INSEE de la commune",
        "commune": "nom de la commune",
        "departement_code": "code du département",
        "departement": "nom du département",
        "region_code": "code de la région",
        "region": "nom de la région",
        "population": ("population municipale (géographie officielle ; vide pour une commune "
                       "d'exemple)"),
        "site": "adresse de son site Tenir parole",
        "phase": "avant ou apres (l'élection)",
        "equipe_elue": "nom de la liste élue (après l'élection)",
        "date_donnees": "date des données publiées par son site (AAAA-MM-JJ)",
        "date_collecte": "date de la collecte (AAAA-MM-JJ)",
        "date_derniere_mise_a_jour": "date de la dernière mise à jour du suivi",
        "engagements_nombre": "nombre de mesures auxquelles l'équipe élue s'est engagée",
        **STATUS_COLUMNS,
    },
    "engagements.csv": {
        "code_insee": "code INSEE de la commune",
        "commune": "nom de la commune",
        "departement_code": "code du département",
        "mesure": "identifiant de la mesure",
        "mesure_numero": "numéro de la mesure dans la commune",
        "mesure_titre": "titre de la mesure dans la commune",
        "position": "position de la liste élue : " + ", ".join(commune.POSITION_LABELS),
        "statut": ("état du suivi, pour un engagement (vide sinon) : "
                   + ", ".join(commune.STATUS_LABELS)),
        "date": "date de la dernière vérification (AAAA-MM-JJ)",
        "raison": "raison d'un engagement non tenu : " + ", ".join(commune.REASON_LABELS),
    },
}
