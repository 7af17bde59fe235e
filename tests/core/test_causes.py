"""Editors, round three: one message, at the cause, even when the cause is far from the
symptom — a quote left open lines above, a key one level too deep, a measure renamed in
mesures.yaml, a list file deleted, conflict markers left by a merge. Each test asserts the
exact first line an editor sees (file, line, words) on the example commune's own files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import ALPHA, EXAMPLE, MESURES, errors, write_pledges

AVENIR = "listes/avenir-commun.yaml"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "pledges"))


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "opened"), [
    ('tete_de_liste: "Claire Morvan"', 'tete_de_liste: "Claire Morvan', 2),
    ("    provenance: declaree\n    citation: >-\n      La mairie quittera",
     '    provenance: "declaree\n    citation: >-\n      La mairie quittera', 28),
])
def test_a_quote_left_open_is_named_at_the_line_it_opens(example, old, new, opened):
    """Followed by a folded block, the error shows lines below: the quote's line is named."""
    edit(example, AVENIR, old, new)
    assert errors(example) == [
        f"pledges/{AVENIR}, ligne {opened} : syntaxe YAML invalide — guillemet ouvert sur cette "
        "ligne et refermé seulement ligne 45 : ajoutez-le à la fin du texte de cette ligne "
        "(l'erreur se montre ligne 45)"]


def test_a_key_one_level_too_deep_is_named_where_it_is_with_where_it_belongs(example):
    edit(example, AVENIR, "questionnaire\n    date: 2026-02-20\n",
         "questionnaire\n      date: 2026-02-20\n")
    assert errors(example) == [
        f"pledges/{AVENIR}, ligne 25 : position « engagement-partiel » : « date » est rangé "
        "sous « source » ; alignez-le sur « position » (il manque à ce niveau)"]


def test_a_field_of_the_commune_indented_under_another_is_said_once_at_its_line(example):
    edit(example, "commune.yaml", "  second_tour: 2026-03-22\nphase: apres",
         "  second_tour: 2026-03-22\n  phase: apres")
    assert errors(example) == [
        "pledges/commune.yaml, ligne 7 : « phase » est rangé sous « elections » ; alignez-le "
        "sur « nom » (il manque à ce niveau)"]


def test_a_mistyped_measure_in_the_elected_list_is_one_message_not_two(tmp_path):
    """suivi.yaml follows that measure: its missing stance is the list's mistake, said there."""
    alpha = ALPHA.replace("mesure: services-hors-reseau", "mesure: services-hors-reseaux")
    assert errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha)) == [
        "pledges/listes/alpha.yaml, ligne 4 : mesure « services-hors-reseaux » inconnue — "
        "vouliez-vous dire « services-hors-reseau » ? (elle n'a pas d'autre position dans ce "
        "fichier) Valeurs permises : services-hors-reseau, ecrans-publicitaires"]


def test_a_measure_renamed_in_mesures_yaml_is_said_once_there_with_every_use(example):
    edit(example, "mesures.yaml", "slug: data-centers", "slug: centres-de-donnees")
    assert errors(example) == [
        "pledges/mesures.yaml, ligne 133 : mesure « centres-de-donnees » absente des listes — "
        "renommée ? 4 usages de l'ancien identifiant « data-centers » : "
        "pledges/listes/agir-pour-saint-exemple.yaml, ligne 50 ; "
        "pledges/listes/avenir-commun.yaml, ligne 95 ; "
        "pledges/listes/renouveau-citoyen.yaml, ligne 84 ; "
        "pledges/listes/saint-exemple-d-abord.yaml, ligne 88 — remplacez-les par "
        "« centres-de-donnees », ou remettez « data-centers » ici"]


def test_a_measure_renamed_that_the_follow_up_uses_counts_it_too(tmp_path):
    root = write_pledges(tmp_path / "pledges", mesures_yaml=MESURES.replace(
        "slug: services-hors-reseau", "slug: hors-reseau"))
    [message] = errors(root)
    assert message == (
        "pledges/mesures.yaml, ligne 3 : mesure « hors-reseau » absente des listes — renommée ? "
        "2 usages de l'ancien identifiant « services-hors-reseau » : pledges/listes/alpha.yaml, "
        "ligne 4 ; pledges/suivi.yaml, ligne 3 — remplacez-les par « hors-reseau », ou remettez "
        "« services-hors-reseau » ici")


def test_an_identifier_like_no_measure_in_one_file_names_both_places(tmp_path):
    """Renamed in mesures.yaml, or mistyped in the list? The message says both places."""
    alpha = ALPHA.replace("mesure: ecrans-publicitaires", "mesure: ecrans")
    assert errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha)) == [
        "pledges/mesures.yaml, ligne 13 : mesure « ecrans-publicitaires » absente des listes — "
        "renommée, ou mal tapée là-bas ? 1 usage de l'ancien identifiant « ecrans » : "
        "pledges/listes/alpha.yaml, ligne 12 — remplacez-le par « ecrans-publicitaires », ou "
        "remettez « ecrans » ici"]


def test_a_deleted_list_file_names_every_file_that_still_names_it(example):
    (example / AVENIR).unlink()
    assert errors(example) == [
        "pledges/commune.yaml, ligne 8 : liste « avenir-commun » introuvable (pas de fichier "
        "listes/avenir-commun.yaml) ; nommée aussi dans pledges/suivi.yaml, ligne 1 — listes "
        "connues (noms des fichiers de listes/) : agir-pour-saint-exemple, renouveau-citoyen, "
        "saint-exemple-d-abord"]


def test_conflict_markers_left_by_a_merge_are_named_at_the_first_one(example):
    edit(example, AVENIR, 'tete_de_liste: "Claire Morvan"\n',
         '<<<<<<< HEAD\ntete_de_liste: "Claire Morvan"\n=======\ntete_de_liste: "C. Morvan"\n'
         '>>>>>>> autre-branche\n')
    assert errors(example) == [
        f"pledges/{AVENIR}, ligne 2 : conflit git non résolu (marque « <<<<<<< ») : entre "
        "« <<<<<<< » et « >>>>>>> », deux versions du même passage ; gardez la bonne, "
        "supprimez les lignes de marques (<<<<<<<, =======, >>>>>>>), puis enregistrez"]


def test_the_elected_list_given_by_its_name_is_given_its_file_name(example):
    edit(example, "commune.yaml", "liste_elue: avenir-commun",
         "liste_elue: \"L'Avenir en commun à Saint-Exemple\"")
    assert errors(example) == [
        "pledges/commune.yaml, ligne 8 : « L'Avenir en commun à Saint-Exemple » est le nom de "
        "la liste : indiquez le nom de son fichier, sans .yaml — liste_elue: avenir-commun"]


def test_a_list_item_whose_dash_was_forgotten_is_named_so(example):
    edit(example, AVENIR, "  - mesure: commune-degafamisee\n", "  mesure: commune-degafamisee\n")
    assert errors(example) == [
        f"pledges/{AVENIR}, ligne 26 : syntaxe YAML invalide — élément de liste sans « - » : "
        "commencez la ligne par « - », comme les éléments au-dessus"]


@pytest.mark.parametrize(("old", "new", "line", "fix"), [
    ('tete_de_liste: "Claire Morvan"', 'tete_de_liste:"Claire Morvan"', 2,
     'tete_de_liste: "Claire Morvan"'),
    ("  - mesure: commune-degafamisee", "  - mesure:commune-degafamisee", 26,
     "mesure: commune-degafamisee"),
    ("    citation: >-", "    citation:>-", 18, "citation: >-"),
    ('nom: "L\'Avenir', 'nom:"L\'Avenir', 1, 'nom: "L\'Avenir en commun à Saint-Exemple"'),
])
def test_a_colon_without_its_space_is_named_at_its_line_not_below(example, old, new, line, fix):
    """PyYAML sees « nom:"x" » as a key without its « : » and stops a line further down."""
    edit(example, AVENIR, old, new)
    key = fix.split(":")[0]
    assert errors(example) == [
        f"pledges/{AVENIR}, ligne {line} : syntaxe YAML invalide — espace manquant après "
        f"« {key}: » : écrivez « {fix} »"]


def test_a_list_file_named_as_the_list_is_one_message_saying_its_file_name(example):
    """« Avenir Commun.yaml »: commune.yaml and suivi.yaml still name « avenir-commun »; the
    file's own name is the cause, said once, with the name to give it."""
    (example / AVENIR).rename(example / "listes" / "Avenir Commun.yaml")
    assert errors(example) == [
        "pledges/listes/Avenir Commun.yaml : nom de fichier invalide : minuscules sans accents, "
        "chiffres et tirets, terminé par .yaml, autre que index, suivi ou contenu (renommez-le "
        "« avenir-commun.yaml »)"]
