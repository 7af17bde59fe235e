"""The strict YAML loader: what editors type stays what they typed; mistakes name their line."""

import sys

import pytest

from tenir_parole.core.errors import DataError
from tenir_parole.core.loader import PlainNumber, load_text
from tenir_parole.core.reading import decode_utf8


def error_of(text: str) -> str:
    with pytest.raises(DataError) as caught:
        load_text(text, "pledges/x.yaml")
    return str(caught.value)


@pytest.mark.parametrize("typed", ["NO", "yes", "on", "Off", "y", "12:30", "2026-03-15", "0x"])
def test_yaml_1_1_words_stay_text(typed):
    assert load_text(f"a: {typed}\n", "f").data == {"a": typed}


@pytest.mark.parametrize("typed", ["01234", "42", "3.5", "-1", "1e3", ".inf"])
def test_numbers_keep_their_exact_text(typed):
    value = load_text(f"a: {typed}\n", "f").data["a"]
    assert isinstance(value, PlainNumber) and value == typed


def test_quoted_numbers_are_plain_text():
    value = load_text('a: "01234"\n', "f").data["a"]
    assert value == "01234" and not isinstance(value, PlainNumber)


@pytest.mark.parametrize(("typed", "expected"), [
    ("true", True), ("True", True), ("TRUE", True), ("false", False), ("False", False),
    ("FALSE", False), ("~", None), ("null", None), ("Null", None), ("NULL", None), ("", None)])
def test_yaml_1_2_core_booleans_and_nulls(typed, expected):
    assert load_text(f"a: {typed}\n", "f").data["a"] is expected


def test_lines_of_keys_and_items_are_recorded():
    doc = load_text("nom: x\npositions:\n  - mesure: a\n    position: flou\n", "f")
    assert doc.line(("positions", 0, "position")) == 4
    assert doc.line(("positions", 0)) == 3
    assert doc.line(("positions", 0, "absent")) == 3
    doc = load_text("positions:\n  - mesure: a\n  - mesure: b\n", "f")
    assert [doc.line(("positions", i)) for i in (0, 1)] == [2, 3]


def test_a_comment_after_an_empty_value_belongs_to_no_text():
    doc = load_text("citation: # à compléter\nnom: x # y\n", "f")
    assert doc.data == {"citation": None, "nom": "x"}
    assert doc.comments == {("nom",): "# y"}


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 1\nb: 2\na: 3\n",
     "pledges/x.yaml, ligne 3 : champ « a » en double (déjà présent ligne 1) : gardez-en un seul"),
    ("a:\n\t- x\n",
     "pledges/x.yaml, ligne 2 : syntaxe YAML invalide — tabulation interdite : indentez avec des "
     "espaces"),
    ("a: &x 1\nb: *x\n",
     "pledges/x.yaml, ligne 1 : les ancres YAML (&nom) ne sont pas acceptées : recopiez le texte"),
    ("a: !!int 3\n",
     "pledges/x.yaml, ligne 1 : les étiquettes YAML (!!int) ne sont pas acceptées : retirez-les"),
    ("", "pledges/x.yaml, ligne 1 : fichier vide : voir le modèle dans le guide de l'éditeur"),
    ("\n  \n", "pledges/x.yaml, ligne 1 : fichier vide : voir le modèle dans le guide de "
     "l'éditeur"),
    ("# rien\n", "pledges/x.yaml, ligne 1 : rien que des commentaires : retirez les « # » des "
     "lignes du modèle que vous remplissez"),
    ("nom: x\ncitation: Elle a dit: non\n",
     "pledges/x.yaml, ligne 2 : syntaxe YAML invalide — « : » dans un texte sans guillemets : "
     'mettez tout le texte entre guillemets — citation: "Elle a dit: non"'),
    ("a: [1, 2\nb: 3\n", "pledges/x.yaml, ligne 1 : syntaxe YAML invalide — crochet « [ » non "
     "refermé"),
    ("a: 1\nb: \x07\n", "pledges/x.yaml, ligne 2 : caractère non autorisé (code 0x7) : "
     "supprimez-le"),
    # the same traps on other lines: every message names its own line
    ("a: 1\nb: &x 2\n", "pledges/x.yaml, ligne 2 : les ancres YAML (&nom) ne sont pas "
     "acceptées : recopiez le texte"),
    ("a: 1\nb: *x\n", "pledges/x.yaml, ligne 2 : les alias YAML (*nom) ne sont pas acceptés : "
     "recopiez le texte"),
    ("a: 1\nb: !!str 3\n", "pledges/x.yaml, ligne 2 : les étiquettes YAML (!!str) ne sont pas "
     "acceptées : retirez-les"),
    ("a: \x07\n", "pledges/x.yaml, ligne 1 : caractère non autorisé (code 0x7) : supprimez-le"),
    ("a: x\nb: 1\nc: 2\nd: 3\ne: \x07\n", "pledges/x.yaml, ligne 5 : caractère non autorisé "
     "(code 0x7) : supprimez-le"),
    ('a: 1\nb: "x\n', "pledges/x.yaml, ligne 2 : syntaxe YAML invalide — guillemet ouvert sur "
     "cette ligne et jamais refermé : ajoutez-le à la fin du texte"),
    ('a: 1\nb: 2\nc: "x\n', "pledges/x.yaml, ligne 3 : syntaxe YAML invalide — guillemet ouvert "
     "sur cette ligne et jamais refermé : ajoutez-le à la fin du texte"),
    ("a: x\nb: y\nc: “Priorité : l'accueil”\n", "pledges/x.yaml, ligne 3 : syntaxe YAML "
     "invalide — guillemets typographiques (« “ » ou « « ») : YAML ne les reconnaît pas — "
     "entourez le texte de guillemets droits \"…\" (copié d'un traitement de texte ?)"),
    ("a: x\nb: “Priorité : l'accueil”\n", "pledges/x.yaml, ligne 2 : syntaxe YAML invalide — "
     "guillemets typographiques (« “ » ou « « ») : YAML ne les reconnaît pas — entourez le texte "
     "de guillemets droits \"…\" (copié d'un traitement de texte ?)"),
    ("a: b: c\nd: 'l'x'\n", "pledges/x.yaml, ligne 1 : syntaxe YAML invalide — « : » dans un "
     'texte sans guillemets : mettez tout le texte entre guillemets — a: "b: c"'),
    ("a: [1, 2\n", "pledges/x.yaml, ligne 1 : syntaxe YAML invalide — crochet « [ » non "
     "refermé"),
    ("a:\n  - b\n c: d\n", "pledges/x.yaml, ligne 3 : syntaxe YAML invalide — indentation "
     "incohérente : alignez ce champ sur ses voisins (ou cherchez plus haut un guillemet jamais "
     "refermé)"),
    # what libyaml would let through is refused as the reference parser refuses it
    ("a:\tb\n", "pledges/x.yaml, ligne 1 : syntaxe YAML invalide — tabulation interdite : "
     "indentez avec des espaces"),
    ("a: |#\n  x\n", "pledges/x.yaml, ligne 1 : syntaxe YAML invalide — vérifiez l'indentation, "
     "les « : » et les guillemets"),
])
def test_syntax_problems_get_french_messages_with_lines(text, expected):
    assert error_of(text) == expected


@pytest.mark.parametrize(("before", "after"), [("a: ", ""), ("", "# une tabulation :\t\n")],
                         ids=["libyaml", "reference"])
def test_too_deep_a_nesting_is_named(before, after):
    """libyaml composes any depth (the strict rules then recurse); PyYAML's parser recurses."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(500)  # 600 levels are too deep whatever the Python version
    try:
        message = error_of(before + "[" * 600 + "]" * 600 + "\n" + after)
    finally:
        sys.setrecursionlimit(limit)
    assert message == ("pledges/x.yaml, ligne 1 : imbrication trop profonde : simplifiez la "
                       "structure")


APOSTROPHE = ("syntaxe YAML invalide — apostrophe dans un texte entre guillemets simples : "
              "doublez-la (l''équipe) ou mettez le texte entre guillemets doubles (\"… l'équipe\")")


@pytest.mark.parametrize(("text", "line"), [
    ("a: x\nb: 'l'équipe'\n", 2),
    ("'l'équipe fait\nautre: y\n", 1),
    # a quoted text on a line of its own: PyYAML stops on the next line
    ("nom: x\ntete: y\nautre: z\n'l'équipe fait\nfin: w\n", 4),
])
def test_an_apostrophe_in_single_quotes_is_named_at_its_line(text, line):
    assert error_of(text) == f"pledges/x.yaml, ligne {line} : {APOSTROPHE}"


def test_ordinary_files_are_read_by_libyaml_the_rest_by_the_reference_parser():
    """libyaml is four times faster; what it would accept and PyYAML refuses, or any anchor,
    alias or tag, goes to the reference parser (same data, same messages)."""
    from tenir_parole.core import loader

    assert loader._fast("nom: x\npositions:\n  - mesure: a\n") is not None
    assert loader._fast("nom: x\ncitation: « Trois & deux ! »\n") is not None
    for text in ("a:\tb\n", "a: x\ufeffy\n", "a: |#\n  x\n", "a: &x 1\n", "- a\n", "a: [\n"):
        assert loader._fast(text) is None, text


def test_bad_utf8_names_the_line_of_the_bad_byte():
    raw = "nom: ok\ncitation: déjà\n".encode() + b"tete: caf\xe9\n"
    with pytest.raises(DataError) as caught:
        decode_utf8(raw, "pledges/x.yaml")
    assert caught.value.line == 3
    assert "UTF-8" in caught.value.message


@pytest.mark.parametrize(("raw", "line"), [(b"caf\xe9: x\n", 1), (b"a: 1\nb: caf\xe9\n", 2),
                                           (b"a: 1\nb: 2\nc: 3\nd: \xff\n", 4)])
def test_a_file_not_saved_as_utf8_is_named_at_its_line(raw, line):
    with pytest.raises(DataError) as caught:
        decode_utf8(raw, "pledges/x.yaml")
    assert str(caught.value) == (f"pledges/x.yaml, ligne {line} : caractère invalide : le fichier "
                                 "doit être enregistré en UTF-8 (vérifiez l'encodage dans votre "
                                 "éditeur)")


def test_utf8_byte_order_mark_is_accepted():
    assert decode_utf8("\ufeffa: b\n".encode(), "f") == "a: b\n"
