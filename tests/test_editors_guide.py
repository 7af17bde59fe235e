"""The editor's guide tells the truth: every message its table quotes is one the code prints.

Each row of « Comprendre les messages d'erreur » (content/pages/contribuer.md) has a mistake
below that makes the code print it; a row without one, or a message the code no longer prints,
fails this test. « … » in the guide stands for any text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers import (
    ALPHA,
    COMMUNE,
    EXAMPLE,
    MESURES,
    ROOT,
    SUIVI,
    build,
    cli,
    essay,
    rewrite,
    write_pledges,
)

GUIDE = ROOT / "content" / "pages" / "contribuer.md"


def quoted_messages() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    table = text[text.index("| Message | Que faire |"):]
    table = table[:table.index("\n\n")]
    return [fragment for row in table.splitlines()[2:]
            for fragment in re.findall(r"`([^`]+)`", row.split(" | ")[0])]


def check(tmp_path: Path, **files: str) -> str:
    result = cli("check", "--pledges", str(write_pledges(tmp_path / "pledges", **files)))
    return result.stdout + result.stderr


def alpha(old: str, new: str) -> dict:
    assert old in ALPHA
    return {"listes__alpha_yaml": ALPHA.replace(old, new)}


def suivi(old: str, new: str) -> dict:
    assert old in SUIVI
    return {"suivi_yaml": SUIVI.replace(old, new)}


CITATION = "citation: Nous inscrirons la panne au plan."
MISTAKES = {
    "syntaxe YAML invalide — tabulation interdite": alpha("  - mesure", "\t- mesure"),
    "« : » dans un texte sans guillemets": alpha(CITATION, "citation: Objectif : zéro"),
    "espace manquant après « … »": alpha(CITATION, "citation:Nous inscrirons la panne au plan."),
    "guillemet ouvert sur cette ligne et jamais refermé": alpha(CITATION, 'citation: "Nous'),
    "guillemet ouvert sur cette ligne et refermé seulement ligne …": {
        "listes__alpha_yaml": ALPHA.replace("tete_de_liste: Anne Alpha",
                                            'tete_de_liste: "Anne Alpha').replace(
            f"    {CITATION}", f'    citation: "{CITATION.split(": ")[1]}"')},
    "« … » est rangé sous « … » ; alignez-le sur « … »": alpha(
        "      url: https://alpha.example.org/programme\n    date: 2026-03-01",
        "      url: https://alpha.example.org/programme\n      date: 2026-03-01"),
    "mesure « … » absente des listes — renommée ?": {"mesures_yaml": MESURES.replace(
        "slug: services-hors-reseau", "slug: hors-reseau")},
    "liste « … » introuvable (pas de fichier listes/….yaml)": {
        "commune_yaml": COMMUNE.replace("liste_elue: alpha", "liste_elue: beta")},
    "conflit git non résolu": alpha("tete_de_liste: Anne Alpha", "<<<<<<< HEAD\n"
                                    "tete_de_liste: Anne Alpha\n=======\n>>>>>>> autre"),
    "apostrophe dans un texte entre guillemets simples": alpha(CITATION, "citation: 'à l'un'"),
    "guillemets typographiques": alpha(CITATION, "citation: “Priorité : l'accueil”"),
    "le texte s'arrête avant « #… »": alpha(CITATION, f"{CITATION} #promesse"),
    "deux-points inattendu": {"commune_yaml": COMMUNE.replace("  second_tour: 2026-03-22",
                                                             "   second_tour: 2026-03-22")},
    "… — indentation incohérente": alpha("    provenance: declaree", "   provenance: declaree"),
    "élément de liste mal aligné": alpha("  - mesure: ecrans", " - mesure: ecrans"),
    "crochet « [ » non refermé": alpha("[plan-sauvegarde]", "[plan-sauvegarde\n"),
    "accolade « { » non refermée": {"commune_yaml": COMMUNE + "x: {a: 1\n"},
    "champ « … » en double": alpha("    provenance: declaree",
                                   "    provenance: declaree\n    provenance: deduite"),
    "champ « … » inconnu — vouliez-vous dire « … » ?": alpha("provenance:", "provenence:"),
    "caractère invisible": alpha("provenance:", "provenance\u00a0:"),
    "caractère invisible interdit (U+…": alpha("nom: Alpha pour tous", 'nom: "Alpha\\u202e"'),
    "champ « … » manquant": alpha(f"    {CITATION}\n", ""),
    "position « … » inconnue — vouliez-vous dire « … » ?": alpha("engagement-partiel",
                                                                 "engagement-partielle"),
    "serait lu comme un nombre ou un booléen": alpha("nom: Alpha pour tous", "nom: 1789"),
    "code INSEE … entre guillemets": {"commune_yaml": COMMUNE.replace('"04242"', "04242")},
    "date … invalide : format attendu AAAA-MM-JJ": suivi("2026-06-12", "12/06/2026"),
    "date … invalide : le 30 février 2026 n'existe pas": alpha("2026-03-01", "2026-02-30"),
    "date … dans le futur": alpha("2026-03-01", "2027-03-01"),
    "date antérieure à l'élection": suivi("2026-06-12", "2026-02-01"),
    "adresse web … invalide": alpha("https://alpha.example.org/programme", "alpha.org"),
    "adresse électronique … invalide": {"commune_yaml": COMMUNE + "courriel: mailto:a@b.fr\n"},
    "identifiant … invalide : minuscules sans accents, chiffres et tirets": {
        "mesures_yaml": MESURES.replace("slug: ecrans-publicitaires", "slug: Écrans")},
    "mesure « … » inconnue — vouliez-vous dire « … » ?": alpha("mesure: ecrans-publicitaires",
                                                               "mesure: ecran-publicitaires"),
    "deuxième position pour la mesure": alpha("mesure: ecrans-publicitaires",
                                              "mesure: services-hors-reseau"),
    "aucune position pour la mesure": alpha("mesure: ecrans-publicitaires",
                                            "mesure: services-hors-reseau"),
    "sous-mesure « … » inconnue": alpha("[plan-sauvegarde]", "[plan]"),
    "la liste élue ne s'y était pas engagée": suivi("mesure: services-hors-reseau",
                                                    "mesure: ecrans-publicitaires"),
    "statut « non-tenu » : indiquez la raison": suivi("statut: en-cours", "statut: non-tenu"),
    "source incomplète": suivi("      description: Délibération n° 2026-045",
                               "      archive: https://web.archive.org/x"),
    "source de type « … » (…) : champ « … » manquant": suivi(
        "      description: Délibération n° 2026-045",
        "      type: deliberation\n      numero: \"2026-045\"\n      date: 2026-06-10"),
    "pas de champ « … » pour une source de type « … »": suivi(
        "      description: Délibération n° 2026-045",
        "      type: arrete\n      numero: A-1\n      date: 2026-06-10\n      objet: X\n"
        "      lieu: mairie"),
    "vote : … votants": suivi(
        "      description: Délibération n° 2026-045",
        "      type: deliberation\n      numero: \"45\"\n      date: 2026-06-10\n      objet: X\n"
        "      vote:\n        votants: 10\n        pour: 9\n        contre: 2\n"
        "        abstention: 0"),
    "vote sans aucune voix": suivi(
        "      description: Délibération n° 2026-045",
        "      type: deliberation\n      numero: \"45\"\n      date: 2026-06-10\n      objet: X\n"
        "      vote:\n        pour: 0\n        contre: 0\n        abstention: 0"),
    "compétence « … » : champ « … » manquant": {"mesures_yaml": MESURES.replace(
        "    source: https://desescaladenumerique.org/propositions/\n",
        "    source: https://desescaladenumerique.org/propositions/\n    competence:\n"
        "      niveau: etat\n")},
    "« demande_portee » : la mesure « … » relève de la commune": {"suivi_yaml": SUIVI + (
        "    demande_portee:\n      date: 2026-07-01\n      aupres_de: la préfecture\n"
        "      source:\n        url: https://example.org/x\n")},
    "réponse datée du …, avant la sollicitation": {"suivi_yaml": SUIVI + (
        "    sollicitation:\n      date: 2026-07-01\n      moyen: courriel\n"
        "    reponse_mairie:\n      date: 2026-06-20\n      texte: Oui.\n")},
    "pas de champ « … »": alpha("    sollicitation:", "    citation: x\n    sollicitation:"),
    "« sollicitation » ne sert qu'avec…": alpha(
        "    sous_mesures: [plan-sauvegarde]",
        "    sous_mesures: [plan-sauvegarde]\n    sollicitation:\n      date: 2026-02-01\n"
        "      moyen: courriel"),
    "« raison » ne sert qu'avec…": suivi("statut: en-cours", "statut: en-cours\n    raison: autre"),
    "fichier vide": {"suivi_yaml": ""},
    "caractère invalide : … UTF-8": "bad utf-8",
    "fichier inattendu": {"notes_txt": "x"},
    "nom de fichier invalide": {"listes__Beta_yaml": ALPHA},
    "fichier trop gros": {"suivi_yaml": "# " + "x" * 1_100_000},
    "lien vers un fichier hors du dossier": "link out",
    "lien vers un fichier absent": "link to nothing",
    "format … non pris en charge": "rst page",
    "pèse à lui seul …, plus que tout le budget de la page": "heavy text",
    "… sur la page …, qui dépasse son budget de …": "heavy page",
    "Publication refusée : … à compléter d'abord": "placeholder",
}


def printed(tmp_path: Path, mistake) -> str:
    """What the code prints for one mistake."""
    if isinstance(mistake, dict):
        return check(tmp_path, **mistake)
    if mistake == "bad utf-8":
        root = write_pledges(tmp_path / "pledges")
        (root / "commune.yaml").write_bytes(b"nom: Caf\xe9\n")
        result = cli("check", "--pledges", str(root))
        return result.stderr
    if mistake == "link out":
        root = write_pledges(tmp_path / "pledges")
        (tmp_path / "ailleurs.yaml").write_text(ALPHA, encoding="utf-8")
        (root / "listes" / "beta.yaml").symlink_to(tmp_path / "ailleurs.yaml")
        return cli("check", "--pledges", str(root)).stderr
    if mistake == "link to nothing":
        root = write_pledges(tmp_path / "pledges")
        (root / "listes" / "beta.yaml").symlink_to(root / "listes" / "ancienne.yaml")
        return cli("check", "--pledges", str(root)).stderr
    if mistake == "rst page":
        content = Path(shutil.copytree(ROOT / "content", tmp_path / "content"))
        (content / "pages" / "page.rst").write_text("Page\n####\n", encoding="utf-8")
        return build(tmp_path / "output", write_pledges(tmp_path / "pledges"), "pelicanconf.py",
                     "--content", str(content)).stderr
    if mistake == "placeholder":
        root = write_pledges(tmp_path / "pledges",
                             commune_yaml=COMMUNE.replace("contact: suivi@example.org",
                                                          'contact: "À compléter"'))
        result = cli("usb", "--pledges", str(root), "--dist", str(tmp_path / "dist"))
        return result.stderr
    pledges = Path(shutil.copytree(EXAMPLE, tmp_path / "pledges"))
    words = 6000 if mistake == "heavy text" else 2500
    rewrite(pledges / "listes" / "renouveau-citoyen.yaml",
            lambda data: data.update(presentation=essay(words)))
    result = build(tmp_path / "output", pledges)
    return result.stderr


def pattern(fragment: str) -> re.Pattern:
    return re.compile(".*?".join(map(re.escape, fragment.split("…"))))


def test_every_message_of_the_table_has_a_mistake_here():
    assert sorted(quoted_messages()) == sorted(MISTAKES)


@pytest.mark.parametrize("fragment", list(MISTAKES))
def test_the_guide_quotes_what_the_code_prints(fragment, tmp_path):
    said = printed(tmp_path, MISTAKES[fragment])
    assert pattern(fragment).search(said), said
