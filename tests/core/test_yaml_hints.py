"""What a YAML syntax error says to an editor: the hint fits the mistake actually made, and the
fix it proposes can be copied as it is."""

from __future__ import annotations

import pytest

from tenir_parole.core.errors import DataError
from tenir_parole.core.loader import load_text


def said(text: str) -> str:
    with pytest.raises(DataError) as refused:
        load_text(text, "pledges/x.yaml")
    return str(refused.value)


@pytest.mark.parametrize(("text", "message"), [
    # a quote opened and closed on one line is no stray quote: the tab below is the mistake
    ('nom: "Alpha"\ntete: y\n\tz: 1\n', "pledges/x.yaml, ligne 3 : syntaxe YAML invalide — "
     "tabulation interdite : indentez avec des espaces"),
    # a two-line quote that starts at the misaligned line is not « opened higher up »
    ('a:\n  b: 1\n "y\n z"\n', "pledges/x.yaml, ligne 3 : syntaxe YAML invalide — indentation "
     "incohérente : alignez ce champ sur ses voisins (ou cherchez plus haut un guillemet jamais "
     "refermé)"),
    # a field one space left of its neighbours, under a list item: not a forgotten « - »
    ("positions:\n  - mesure: a\n    position: b\n   mesure: c\n", "pledges/x.yaml, ligne 4 : "
     "syntaxe YAML invalide — indentation incohérente : alignez ce champ sur ses voisins (ou "
     "cherchez plus haut un guillemet jamais refermé)"),
    # the quotes inside a text with « : » are escaped in the line proposed
    ('nom: x\nresume: Objectif : le "zéro écran"\n', "pledges/x.yaml, ligne 2 : syntaxe YAML "
     "invalide — « : » dans un texte sans guillemets : mettez tout le texte entre guillemets — "
     'resume: "Objectif : le \\"zéro écran\\""'),
    # a brace left open is a brace, not a bracket
    ("source: {url: https://a.org\ndate: 2026-01-01\n", "pledges/x.yaml, ligne 1 : syntaxe "
     "YAML invalide — accolade « { » non refermée"),
])
def test_the_hint_names_the_mistake_made_not_a_lookalike(text, message):
    assert said(text) == message


def test_a_web_address_pasted_without_its_field_is_not_a_field_missing_its_space():
    """« https://… » has its « : » followed by « // »: no « écrivez « https: //b.org » »."""
    assert said("source:\n  https://b.org\n  date: 2026-01-01\n") == (
        "pledges/x.yaml, ligne 3 : syntaxe YAML invalide — deux-points inattendu : mettez le "
        "texte entre guillemets ou vérifiez l'indentation")
