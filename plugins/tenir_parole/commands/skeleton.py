"""What `make nouvelle-commune` writes: a pledges/ folder that passes `make check` at once,
every file an editor will need (suivi.yaml too, as its commented template), each optional
field shown commented where it goes (.vscode/settings.json ties each file to its schema),
commune.yaml's lines traced back to the variable given on
the command line (NOM, INSEE…), so that a bad value is named by that variable."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tenir_parole.core.errors import DataError, DataErrors
from tenir_parole.core.loader import load_file
from tenir_parole.core.model import MeasuresFile
from tenir_parole.core.validate import validate

LIST_SLUG = "liste-a-renommer"
SCHEMA_LINE = re.compile(r"#\s*yaml-language-server:")
PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
SIRET_HINT = [
    "# Le SIRET de la mairie, pour les délibérations des données ouvertes (COLL_SIRET) :",
    "# 14 chiffres, le SIREN puis 5 autres (https://annuaire-entreprises.data.gouv.fr).",
    '# siret: "…"',
]
COMMUNE_TAIL = [
    "phase: avant",
    "# Après l'élection : « phase: apres », et la liste élue (le nom de son fichier, sans .yaml) :",
    "# liste_elue: liste-a-renommer",
    "contact: >-",
    "  À compléter : comment nous écrire pour signaler une erreur, une source ou demander un",
    "  droit de réponse (par exemple une adresse électronique).",
    "# presentation: >-",
    "#   Quelques lignes sur la commune et sur qui tient ce site.",
    "# L'adresse où le site sera publié (flux, plan du site, éditions hors ligne) :",
    "# site: https://tenir-parole.ma-commune.fr",
    "# La page où la mairie publie les délibérations du conseil (chaque délibération citée y",
    "# renverra) :",
    "# deliberations: https://www.ma-commune.fr/deliberations",
    "# « Signaler une nouvelle » : l'adresse où les habitants écrivent (sinon la première adresse",
    "# du contact) et le dépôt de la commune sur une forge, où ils peuvent ouvrir un ticket :",
    "# courriel: suivi@ma-commune.fr",
    "# forge: https://codeberg.org/votre-collectif/votre-depot",
    "# Mentions légales : qui publie le site, qui l'héberge.",
    "editeur:",
    '  nom: "À compléter : le collectif ou l\'association qui publie le site"',
    '  adresse: "À compléter : son adresse postale"',
    '  directeur_publication: "À compléter : nom et qualité de la personne responsable"',
    "hebergeur:",
    '  nom: "À compléter : le nom de l\'hébergeur"',
    '  adresse: "À compléter : son adresse postale"',
    '  telephone: "À compléter : son numéro de téléphone"',
]


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def commune_lines(args, who) -> list[tuple[str, str | None]]:
    """commune.yaml as (line, name of the command-line variable it comes from): ``who`` is
    the commune as the official geography has it (commands.identity)."""
    def date(value: str) -> str:
        return value if PLAIN_DATE.fullmatch(value) else quoted(value)

    lines = [(f"nom: {quoted(who.name)}", "NOM" if args.name.strip() else "INSEE"),
             (f"code_insee: {quoted(who.insee)}", "INSEE"),
             (f"departement: {quoted(who.department)}",
              "DEPARTEMENT" if args.department.strip() else "INSEE")]
    if who.region:
        lines.append((f"region: {quoted(who.region)}", "INSEE"))
    if who.siren:
        lines.append((f"siren: {quoted(who.siren)}", "INSEE"))
    if who.intercommunality:
        name, siren = who.intercommunality
        lines += [("intercommunalite:", "INSEE"), (f"  nom: {quoted(name)}", "INSEE"),
                  (f"  siren: {quoted(siren)}", "INSEE")]
    lines += [(line, None) for line in SIRET_HINT if who.siren]
    lines += [("elections:", None), (f"  premier_tour: {date(args.first_round)}", "PREMIER_TOUR")]
    if args.second_round:
        lines.append((f"  second_tour: {date(args.second_round)}", "SECOND_TOUR"))
    return lines + [(line, None) for line in COMMUNE_TAIL]


def measures_text(example: Path, folder: Path) -> tuple[str, list[str]]:
    """mesures.yaml copied from the example (without a schema line an older copy may have:
    .vscode/settings.json ties the files to their schemas), and the measures' slugs."""
    source = example / "mesures.yaml"
    doc = load_file(source, str(source))
    measures, problems = validate(doc, MeasuresFile)
    if problems or measures is None:
        raise DataErrors(problems)
    body = source.read_text(encoding="utf-8").splitlines(keepends=True)
    while body and SCHEMA_LINE.match(body[0]):
        body.pop(0)
    return ("".join(common_to_all(body)),
            [m.slug for m in measures.measures])


def common_to_all(lines: list[str]) -> list[str]:
    """The example's measures without what is true of the example commune only: who holds
    the power there (a ``competence:`` block, with everything indented under it)."""
    kept, skipping = [], False
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if skipping and (indent > 4 or not line.strip()):
            continue
        skipping = line.startswith("    competence:")
        if not skipping:
            kept.append(line)
    return kept


LIST_HEAD = [
    "# Renommez ce fichier d'après la liste (minuscules, chiffres et tirets, .yaml),",
    "# puis copiez-le pour chaque autre liste candidate.",
    'nom: "Liste à renommer"',
    'tete_de_liste: "À compléter"',
    "# site: https://site-de-la-liste.fr",
    "# presentation: >-",
    "#   Quelques lignes sur la liste : qui la conduit, ce qu'elle défend.",
    "# Après le vote, ses résultats (en %) et ses sièges au conseil :",
    "# resultat:",
    "#   premier_tour: 38.4",
    "#   second_tour: 54.6",
    "#   sieges: 23",
    "# Une position par mesure. Quand la liste répond, par exemple :",
    "#   - mesure: ecrans-publicitaires",
    "#     position: engagement-partiel",
    "#     sous_mesures:",
    "#       - reglement-local-de-publicite",
    "#     provenance: declaree",
    "#     citation: >-",
    "#       Nous réviserons le règlement local de publicité.",
    "#     source:",
    "#       url: https://site-de-la-liste.fr/nos-reponses/",
    "#     date: 2026-02-20",
    "# Interrogée sans réponse : « position: sans-reponse » et",
    "#     sollicitation:",
    "#       date: 2026-02-02",
    '#       moyen: "Questionnaire envoyé par courriel à la tête de liste"',
    "positions:",
]
#: suivi.yaml before the election: its template, comments only (read as « not there yet »).
FOLLOW_UP = [
    "# Le suivi de l'équipe élue, après l'élection (« phase: apres » dans commune.yaml) :",
    "# retirez les « # » des lignes ci-dessous et remplissez-les. Une mise à jour datée par",
    "# nouvelle, ajoutée à la fin ; les anciennes restent : elles forment l'historique.",
    "# liste: liste-a-renommer",
    "# mises_a_jour:",
    "#   - mesure: ecrans-publicitaires",
    "#     date: 2026-05-12",
    "#     statut: en-cours",
    "#     resume: >-",
    "#       Le conseil engage la révision du règlement local de publicité.",
    "#     source:",
    "#       type: deliberation",
    '#       numero: "2026-031"',
    "#       date: 2026-05-12",
    '#       objet: "Prescription de la révision du règlement local de publicité"',
    "#       url: https://www.ma-commune.fr/deliberations/2026-031.pdf",
]
CORRECTIONS = [
    "# Le journal des corrections : chaque correction d'une page publiée, datée, par exemple",
    "#   - date: 2026-03-09",
    '#     page: "listes/liste-a-renommer.html"',
    "#     modification: >-",
    "#       Ajout du droit de réponse de la liste sur la mesure 6.",
    "#     motif: >-",
    "#       Demande de la liste reçue par courriel le 9 mars 2026.",
    "corrections: []",
]


def list_text(folder: Path, slugs: list[str]) -> str:
    lines = list(LIST_HEAD)
    for slug in slugs:
        lines += [f"  - mesure: {slug}", "    position: non-sollicitee"]
    return "\n".join(lines) + "\n"


def write_skeleton(staged: Path, final: Path, args, who) -> dict[int, str]:
    """Write the new folder; return the command-line variable behind each line of
    commune.yaml."""
    (staged / "listes").mkdir(parents=True)
    lines = commune_lines(args, who)
    (staged / "commune.yaml").write_text("\n".join(text for text, _ in lines) + "\n",
                                         encoding="utf-8")
    measures, slugs = measures_text(args.example, final)
    (staged / "mesures.yaml").write_text(measures, encoding="utf-8")
    (staged / "listes" / f"{LIST_SLUG}.yaml").write_text(list_text(final / "listes", slugs),
                                                        encoding="utf-8")
    (staged / "suivi.yaml").write_text("\n".join(FOLLOW_UP) + "\n", encoding="utf-8")
    (staged / "corrections.yaml").write_text("\n".join(CORRECTIONS) + "\n", encoding="utf-8")
    return {number: name for number, (_, name) in enumerate(lines, start=1) if name}


def explain(errors: list[DataError], origins: dict[int, str]) -> list[str]:
    """French lines; errors in commune.yaml name the command-line variable to change."""
    lines = []
    for error in errors:
        name = origins.get(error.line) if error.file.endswith("commune.yaml") else None
        message = re.sub(r"^« [a-z_]+ » : ", "", error.message)  # the key: name the variable
        lines.append(f"{name} : {message}" if name else str(error))
    return lines
