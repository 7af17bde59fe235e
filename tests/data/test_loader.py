"""The strict YAML loader: what editors type stays what they typed; mistakes name their line."""

import pytest

from tenir_parole.data.errors import DataError
from tenir_parole.data.loader import PlainNumber, decode_utf8, load_text


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


@pytest.mark.parametrize(("typed", "expected"), [("true", True), ("False", False), ("~", None),
                                                 ("null", None), ("", None)])
def test_yaml_1_2_core_booleans_and_nulls(typed, expected):
    assert load_text(f"a: {typed}\n", "f").data["a"] is expected


def test_lines_of_keys_and_items_are_recorded():
    doc = load_text("nom: x\npositions:\n  - mesure: a\n    position: flou\n", "f")
    assert doc.line(("positions", 0, "position")) == 4
    assert doc.line(("positions", 0)) == 3
    assert doc.line(("positions", 0, "absent")) == 3


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
    ("# rien\n", "pledges/x.yaml, ligne 1 : fichier vide : voir le modèle dans le guide de "
     "l'éditeur"),
    ("nom: x\ncitation: Elle a dit: non\n",
     "pledges/x.yaml, ligne 2 : syntaxe YAML invalide — « : » dans un texte sans guillemets : "
     'mettez tout le texte entre guillemets — citation: "Elle a dit: non"'),
    ("a: [1, 2\nb: 3\n", "pledges/x.yaml, ligne 1 : syntaxe YAML invalide — crochet « [ » non "
     "refermé"),
    ("a: 1\nb: \x07\n", "pledges/x.yaml, ligne 2 : caractère non autorisé (code 0x7) : "
     "supprimez-le"),
])
def test_syntax_problems_get_french_messages_with_lines(text, expected):
    assert error_of(text) == expected


def test_bad_utf8_names_the_line_of_the_bad_byte():
    raw = "nom: ok\ncitation: déjà\n".encode() + b"tete: caf\xe9\n"
    with pytest.raises(DataError) as caught:
        decode_utf8(raw, "pledges/x.yaml")
    assert caught.value.line == 3
    assert "UTF-8" in caught.value.message


def test_utf8_byte_order_mark_is_accepted():
    assert decode_utf8("\ufeffa: b\n".encode(), "f") == "a: b\n"
