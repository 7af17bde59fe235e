"""The mistakes editors really make, each named where it was made, with the fix.

Nothing an editor wrote is lost silently: a « # » that would cut a text, a quote left open, an
apostrophe inside single quotes, a colon in unquoted text, quotes or spaces pasted from a word
processor. And a consequence is said with its cause, not before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import ALPHA, COMMUNE, MESURES, SUIVI, TODAY, errors, write_pledges
from tenir_parole.core.assembly import load_dataset


def line_of(text: str, needle: str) -> int:
    return text.split(needle)[0].count("\n") + 1


# ─── Nothing lost silently ──────────────────────────────────────────────────────────────────

@pytest.mark.parametrize(("file", "old", "new"), [
    ("suivi_yaml", "description: Délibération n° 2026-045",
     "description: Délibération #45 du conseil"),
    ("suivi_yaml", "resume: Le plan est en révision.", "resume: Le plan #2 est en révision."),
    ("listes__alpha_yaml", "nom: Alpha pour tous", "nom: Alpha #1 pour tous"),
    ("listes__alpha_yaml", "citation: Nous inscrirons la panne au plan.",
     "citation: Nous inscrirons la panne au plan. #promesse"),
])
def test_a_hash_that_would_cut_a_text_is_reported_with_the_quoted_fix(tmp_path, file, old, new):
    original = {"suivi_yaml": SUIVI, "listes__alpha_yaml": ALPHA}[file]
    text = original.replace(old, new)
    key, typed = new.split(": ", 1)
    key = key.strip()
    [message] = errors(write_pledges(tmp_path / "pledges", **{file: text}))
    assert message.startswith(f"pledges/{file.replace('__', '/').replace('_yaml', '.yaml')}, "
                              f"ligne {line_of(text, new)} : « {key} » : le texte s'arrête avant")
    assert message.endswith(f'mettez tout le texte entre guillemets : {key}: "{typed}"')


def test_a_comment_after_a_value_that_is_not_free_text_is_fine(tmp_path):
    suivi = SUIVI.replace("statut: en-cours", "statut: en-cours  # à revoir en janvier")
    commune = COMMUNE.replace("phase: apres", "phase: apres # depuis le 22 mars")
    data = load_dataset(write_pledges(tmp_path / "pledges", suivi_yaml=suivi,
                                      commune_yaml=commune), TODAY)
    assert data.current("services-hors-reseau").status == "en-cours"


def test_a_quoted_text_keeps_its_hash(tmp_path):
    suivi = SUIVI.replace("description: Délibération n° 2026-045",
                          'description: "Délibération #45 du conseil"')
    data = load_dataset(write_pledges(tmp_path / "pledges", suivi_yaml=suivi), TODAY)
    assert data.current("services-hors-reseau").source.description == \
        "Délibération #45 du conseil"


# ─── YAML traps, named at their line ────────────────────────────────────────────────────────

@pytest.mark.parametrize(("old", "new", "where", "expected"), [
    ("citation: Nous inscrirons la panne au plan.",
     'citation: "Nous inscrirons la panne au plan.', "citation:",
     "guillemet ouvert sur cette ligne et jamais refermé"),
    ("citation: Nous inscrirons la panne au plan.",
     "citation: 'Nous dirons à l'équipe de le faire'", "citation:",
     "apostrophe dans un texte entre guillemets simples : doublez-la (l''équipe)"),
    ("citation: Nous inscrirons la panne au plan.", "citation: Objectif : zéro écran", "citation:",
     '« : » dans un texte sans guillemets : mettez tout le texte entre guillemets — '
     'citation: "Objectif : zéro écran"'),
    ("citation: Nous inscrirons la panne au plan.", "citation: “Priorité : l'accueil”",
     "citation:", "guillemets typographiques"),
    ("citation: Nous inscrirons la panne au plan.", "citation: « Priorité : l'accueil »",
     "citation:", "guillemets typographiques"),
])
def test_yaml_traps_are_named_at_the_line_where_they_are(tmp_path, old, new, where, expected):
    text = ALPHA.replace(old, new)
    [message] = errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=text))
    assert message.startswith(f"pledges/listes/alpha.yaml, ligne {line_of(text, where)} : "
                              "syntaxe YAML invalide — ")
    assert expected in message


@pytest.mark.parametrize(("char", "name"), [("\u00a0", "espace insécable"),
                                            ("\u200b", "espace de largeur nulle"),
                                            ("\ufeff", "marque d'ordre des octets")])
def test_an_invisible_character_pasted_into_a_key_is_named(tmp_path, char, name):
    commune = COMMUNE.replace("contact:", f"contact{char}:")
    [message] = errors(write_pledges(tmp_path / "pledges", commune_yaml=commune))
    assert message.startswith(f"pledges/commune.yaml, ligne {line_of(commune, 'contact')} : "
                              "champ « contact")
    assert f"caractère invisible, {name}, sans doute copié d'un traitement de texte" in message
    assert "vouliez-vous dire « contact » ?" in message


# ─── Messages at the cause ──────────────────────────────────────────────────────────────────

def test_a_mistyped_measure_is_said_once_with_the_position_it_leaves_missing(tmp_path):
    text = ALPHA.replace("mesure: ecrans-publicitaires", "mesure: ecrans-publicitaire")
    assert errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=text)) == [
        f"pledges/listes/alpha.yaml, ligne {line_of(text, 'ecrans-publicitaire')} : mesure "
        "« ecrans-publicitaire » inconnue — vouliez-vous dire « ecrans-publicitaires » ? (elle "
        "n'a pas d'autre position dans ce fichier) Valeurs permises : services-hors-reseau, "
        "ecrans-publicitaires"]


def test_a_measure_written_as_a_title_gets_its_identifier(tmp_path):
    text = ALPHA.replace("mesure: ecrans-publicitaires", "mesure: Écrans publicitaires")
    [message] = errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=text))
    assert "mesure « Écrans publicitaires » inconnue — vouliez-vous dire " \
           "« ecrans-publicitaires » ?" in message


def test_a_mistyped_key_is_said_once_at_the_typo(tmp_path):
    text = MESURES.replace("    resume: Interdire", "    résumé: Interdire")
    assert errors(write_pledges(tmp_path / "pledges", mesures_yaml=text)) == [
        f"pledges/mesures.yaml, ligne {line_of(text, 'résumé')} : champ « résumé » inconnu — "
        "vouliez-vous dire « resume » ? (champ obligatoire, absent d'ici)"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("statut: en-cours", "statut: en_cours",
     "statut « en_cours » inconnu — vouliez-vous dire « en-cours » ? Valeurs permises : "
     "non-evalue, en-cours,"),
    ("statut: en-cours", "statut: tenue",
     "statut « tenue » inconnu — vouliez-vous dire « tenu » ?"),
    ("liste: alpha", "liste: alfa",
     "le suivi porte sur « alfa » mais la liste élue (commune.yaml) est « alpha »"),
])
def test_unknown_values_suggest_the_closest_known_one(tmp_path, old, new, expected):
    text = SUIVI.replace(old, new)
    [message] = errors(write_pledges(tmp_path / "pledges", suivi_yaml=text))
    assert message.startswith(f"pledges/suivi.yaml, ligne {line_of(text, new)} : {expected}")


def test_an_invalid_identifier_is_shown_how_to_write_it(tmp_path):
    text = MESURES.replace("slug: ecrans-publicitaires", "slug: Écrans Publicitaires")
    [message] = errors(write_pledges(tmp_path / "pledges", mesures_yaml=text))
    assert message.endswith("identifiant « Écrans Publicitaires » invalide : minuscules sans "
                            "accents, chiffres et tirets, par exemple « ecrans-publicitaires »")


@pytest.mark.parametrize(("date", "expected"), [
    ("2026-02-30", "le 30 février 2026 n'existe pas"),
    ("2026-04-31", "le 31 avril 2026 n'existe pas"),
    ("2026-13-01", "il n'y a pas de mois 13"),
    ("15/06/2026", "format attendu AAAA-MM-JJ"),
])
def test_an_impossible_date_says_why(tmp_path, date, expected):
    text = SUIVI.replace("date: 2026-06-12", f"date: {date}")
    [message] = errors(write_pledges(tmp_path / "pledges", suivi_yaml=text))
    assert message.startswith(f"pledges/suivi.yaml, ligne {line_of(text, date)} : « date » : "
                              f"date « {date} » invalide : {expected}")


def test_errors_come_sorted_by_file_then_line(tmp_path):
    commune = COMMUNE.replace("phase: apres", "phase: x").replace(
        "departement: Alpes-de-Haute-Provence", "departement: 12")
    suivi = SUIVI.replace("statut: en-cours", "statut: y")
    lines = errors(write_pledges(tmp_path / "pledges", commune_yaml=commune, suivi_yaml=suivi))
    places = [(line.split(",")[0], int(line.split("ligne ")[1].split(" ")[0])) for line in lines]
    assert places == sorted(places) and len(places) == 3


# ─── Files as editors save them ─────────────────────────────────────────────────────────────

def test_files_saved_on_windows_build_the_same_data(tmp_path):
    unix = load_dataset(write_pledges(tmp_path / "unix"), TODAY)
    windows = write_pledges(tmp_path / "windows")
    for path in windows.rglob("*.yaml"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_dataset(windows, TODAY) == unix


#: What editors, merges and file browsers leave beside the data (Emacs, Vim, git, macOS,
#: Windows).
LEFT = ("listes/alpha.yaml~", "listes/.#alpha.yaml", "listes/.alpha.yaml.swp",
        "listes/.alpha.yaml.swo", "commune.yaml.bak", "listes/#alpha.yaml#",
        "listes/alpha.yaml.orig", ".DS_Store", "listes/Thumbs.db", "desktop.ini")


def test_backup_and_lock_files_are_skipped_with_a_note(tmp_path):
    root = write_pledges(tmp_path / "pledges")
    for name in LEFT:
        (root / name).write_text("nom: cassé\n", encoding="utf-8")
    data = load_dataset(root, dt.date(2026, 11, 29))
    assert sorted(data.notes) == sorted(
        f"Note : pledges/{name} ignoré (copie de sauvegarde ou fichier de travail d'un éditeur)"
        for name in LEFT)


# ─── Files of the wrong shape ───────────────────────────────────────────────────────────────

SOURCE_KEYS = ("type, url, description, archive, numero, date, objet, vote, document, chapitre, "
               "montant, lieu, expediteur, destinataire")
COMMUNE_KEYS = ("nom, code_insee, departement, region, siren, intercommunalite, siret, "
                "elections, phase, liste_elue, contact, presentation, site, editeur, hebergeur, "
                "exemple, deliberations, courriel, forge")


@pytest.mark.parametrize("text", ["Villeneuve # la commune\n", "- nom\n- phase\n"],
                         ids=["texte", "liste"])
def test_a_file_without_fields_says_what_fields_it_needs(tmp_path, text):
    assert errors(write_pledges(tmp_path / "pledges", commune_yaml=text)) == [
        "pledges/commune.yaml, ligne 1 : le fichier doit contenir des champs « nom: valeur », un "
        f"par ligne (champs attendus : {COMMUNE_KEYS})"]


def test_a_group_written_as_a_value_says_what_goes_under_it(tmp_path):
    commune = COMMUNE.replace("elections:\n  premier_tour: 2026-03-15\n  second_tour: 2026-03-22",
                              "elections: 2026")
    assert errors(write_pledges(tmp_path / "pledges", commune_yaml=commune)) == [
        "pledges/commune.yaml, ligne 4 : « elections » doit contenir des champs « nom: valeur » "
        "indentés en dessous (champs attendus : premier_tour, second_tour)"]


def test_an_empty_list_of_measures_is_refused(tmp_path):
    assert errors(write_pledges(tmp_path / "pledges", mesures_yaml="mesures: []\n")) == [
        "pledges/mesures.yaml, ligne 1 : « mesures » ne doit pas être vide"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("  second_tour:", "  second_tours:",
     "ligne 6 : champ « second_tours » inconnu — vouliez-vous dire « second_tour » ? Champs "
     "permis : premier_tour, second_tour"),
    ("  second_tour:", "  second_tour\u200b:",
     "ligne 6 : champ « second_tour\\u200b » inconnu (le nom contient un caractère invisible, "
     "espace de largeur nulle, sans doute copié d'un traitement de texte : retapez-le) — "
     "vouliez-vous dire « second_tour » ? Champs permis : premier_tour, second_tour"),
    ("  premier_tour:", "  premier_tour\u00a0:",
     "ligne 5 : champ « premier_tour\u00a0 » inconnu (le nom contient un caractère invisible, "
     "espace insécable, sans doute copié d'un traitement de texte : retapez-le) — vouliez-vous "
     "dire « premier_tour » ? (champ obligatoire, absent d'ici)"),
    ("contact:", "contact\u00a0\u200b:",
     "ligne 9 : champ « contact\u00a0\\u200b » inconnu (le nom contient un caractère invisible, "
     "espace insécable, sans doute copié d'un traitement de texte : retapez-le) — vouliez-vous "
     "dire « contact » ? (champ obligatoire, absent d'ici)"),
], ids=["imbrique", "imbrique-invisible", "imbrique-obligatoire", "deux-invisibles"])
def test_an_unknown_key_is_named_with_the_keys_of_its_own_group(tmp_path, old, new, expected):
    commune = COMMUNE.replace(old, new)
    assert errors(write_pledges(tmp_path / "pledges", commune_yaml=commune)) == [
        f"pledges/commune.yaml, {expected}"]


def test_a_single_value_where_a_list_is_expected_says_how_to_write_a_list(tmp_path):
    alpha = ALPHA.replace("sous_mesures: [plan-sauvegarde]", "sous_mesures: plan-sauvegarde")
    assert errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha)) == [
        "pledges/listes/alpha.yaml, ligne 11 : « sous_mesures » doit être une liste : un élément "
        "par ligne, commençant par « - »"]


def test_a_comment_after_a_list_item_is_fine(tmp_path):
    alpha = ALPHA.replace("sous_mesures: [plan-sauvegarde]",
                          "sous_mesures:\n      - plan-sauvegarde # la première")
    data = load_dataset(write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha), TODAY)
    assert data.stance("alpha", "services-hors-reseau").sub_measures == ["plan-sauvegarde"]


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("listes__alpha_yaml", "      url: https://alpha", "      urll: https://alpha",
     "pledges/listes/alpha.yaml, ligne 9 : champ « urll » inconnu — vouliez-vous dire « url » ? "
     f"Champs permis : {SOURCE_KEYS}"),
    ("listes__alpha_yaml", "      url: https://alpha", "      url\u200b: https://alpha",
     "pledges/listes/alpha.yaml, ligne 9 : champ « url\\u200b » inconnu (le nom contient un "
     "caractère invisible, espace de largeur nulle, sans doute copié d'un traitement de texte : "
     f"retapez-le) — vouliez-vous dire « url » ? Champs permis : {SOURCE_KEYS}"),
    ("mesures_yaml", "    titre: Pas d'écrans publicitaires\n", "",
     "pledges/mesures.yaml, ligne 12 : champ « titre » manquant"),
    ("listes__alpha_yaml", "      moyen: courriel\n", "",
     "pledges/listes/alpha.yaml, ligne 14 : champ « moyen » manquant"),
], ids=["inconnu", "invisible", "manquant", "manquant-profond"])
def test_a_key_deep_in_a_file_is_named_at_its_own_line_with_its_own_group(tmp_path, file, old,
                                                                          new, expected):
    text = {"listes__alpha_yaml": ALPHA, "mesures_yaml": MESURES}[file]
    assert old in text
    assert errors(write_pledges(tmp_path / "pledges", **{file: text.replace(old, new)})) == [
        expected]
