"""French for identifiers and order: every letter kept (œ → oe, æ → ae), accents and case
aside when sorting."""

from __future__ import annotations

import pytest

from tenir_parole.texts.french import at, count, of, slugified, sort_key


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


@pytest.mark.parametrize(("name", "of_it", "at_it"), [
    ("Agir pour le Pilat", "d'Agir pour le Pilat", "à Agir pour le Pilat"),
    ("Le Renouveau", "du Renouveau", "au Renouveau"),
    ("Les Verts solidaires", "des Verts solidaires", "aux Verts solidaires"),
    ("La Rochelle", "de La Rochelle", "à La Rochelle"),
    ("L'Haÿ-les-Roses", "de L'Haÿ-les-Roses", "à L'Haÿ-les-Roses"),
    ("Le Mans", "du Mans", "au Mans"),
    ("Œting", "d'Œting", "à Œting"),
    ("Y", "d'Y", "à Y"),
    ("Haguenau", "de Haguenau", "à Haguenau"),
    ("Saint-Exemple-sur-Loire", "de Saint-Exemple-sur-Loire", "à Saint-Exemple-sur-Loire"),
    ("le conseil départemental", "du conseil départemental", "au conseil départemental"),
])
def test_de_and_a_before_a_name_elide_and_contract(name, of_it, at_it):
    assert (of(name), at(name)) == (of_it, at_it)
