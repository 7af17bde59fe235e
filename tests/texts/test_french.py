"""French for identifiers and order: every letter kept (œ → oe, æ → ae), accents and case
aside when sorting."""

from __future__ import annotations

import pytest

from tenir_parole.texts.french import count, slugified, sort_key


@pytest.mark.parametrize(("name", "slug"), [
    ("Vœuil-et-Giget", "voeuil-et-giget"),
    ("L'Haÿ-les-Roses", "l-hay-les-roses"),
    ("Œting", "oeting"),
    ("Y", "y"),
    ("Lætitia", "laetitia"),
    ("Écoles sans écrans", "ecoles-sans-ecrans"),
    ("Saint-Julien-Molin-Molette", "saint-julien-molin-molette"),
])
def test_an_identifier_keeps_every_letter(name, slug):
    assert slugified(name) == slug


def test_names_sort_as_a_french_reader_expects():
    names = ["Saumur", "Ouvriers", "Écouflant", "Œuvre commune", "abbécourt", "Abbecourt"]
    assert sorted(names, key=sort_key) == ["Abbecourt", "abbécourt", "Écouflant",
                                           "Œuvre commune", "Ouvriers", "Saumur"]


@pytest.mark.parametrize(("n", "said"), [(0, "0 jour"), (1, "1 jour"), (2, "2 jours")])
def test_zero_and_one_take_the_singular(n, said):
    assert count(n, "jour") == said
