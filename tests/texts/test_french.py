"""French for identifiers and order: every letter kept (œ → oe, æ → ae), accents and case
aside when sorting."""

from __future__ import annotations

import datetime as dt

import pytest

from tenir_parole.texts.french import (
    at,
    count,
    date_fr,
    intercommunality_name,
    month_fr,
    number,
    of,
    percent,
    slugified,
    sort_key,
)


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


# ─── Every official name ──────────────────────────────────────────────────────────────────────

def spelled_out(name: str) -> str:
    """The slug a French reader would write by hand, with the standard library only: accents
    dropped (NFKD), ligatures written out, anything else between words as one hyphen."""
    import re
    import unicodedata

    plain = name.translate(str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}))
    plain = "".join(c for c in unicodedata.normalize("NFKD", plain)
                    if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


@pytest.fixture(scope="module")
def communes():
    from tenir_parole.core import geography

    return list(geography.load().communes.values())


def test_every_official_name_keeps_every_letter_in_its_slug_and_file_names(communes):
    """The 34,969 communes of the COG 2026: a slug for each, every letter kept (« Œting »,
    « L'Haÿ-les-Roses », « Y »), unique within its département, and editions' file names a
    FAT stick takes."""
    from tenir_parole.build.editions import edition_name

    assert len(communes) == 34_969
    slugs = {c.code: slugified(c.name) for c in communes}
    assert [c.name for c in communes if slugs[c.code] != spelled_out(c.name)] == []
    seen: dict[tuple[str, str], str] = {}
    for c in communes:
        key = (c.department, slugs[c.code])
        assert key not in seen, f"{c.name} ({c.code}) et {seen[key]} : même identifiant"
        seen[key] = f"{c.name} ({c.code})"
    names = {edition_name(c.name, "2026-03-15") for c in communes}
    assert all(n.isascii() and "--" not in n and n.islower() for n in names)
    by_code = {c.code: slugs[c.code] for c in communes}
    assert (by_code["94038"], by_code["80829"], by_code["57521"]) == (
        "l-hay-les-roses", "y", "oeting")


def test_every_official_name_sorts_in_french_order(communes):
    """Accents, case, ligatures and punctuation aside: the order of the spelled-out names."""
    ordered = sorted((c.name for c in communes), key=sort_key)
    keys = [spelled_out(name).replace("-", " ") for name in ordered]
    assert keys == sorted(keys)
    place = {name: i for i, name in enumerate(ordered)}
    assert place["Écouflant"] < place["Saumur"] < place["Y"]
    assert place["Oermingen"] < place["Œting"] < place["Œuf-en-Ternois"] < place["Oeyregave"]
    assert place["L'Habit"] < place["L'Haÿ-les-Roses"] < place["L'Herbergement"]


@pytest.mark.parametrize(("n", "said"), [(999, "999"), (34969, "34\u202f969"),
                                         (1234567, "1\u202f234\u202f567"), (0, "0")])
def test_thousands_are_apart_by_a_narrow_no_break_space(n, said):
    assert number(n) == said


@pytest.mark.parametrize(("part", "whole", "said"), [
    (1, 3, "33,3\u00a0%"), (1, 2, "50\u00a0%"), (5, 5, "100\u00a0%"), (1, 1000, "0,1\u00a0%"),
    (1, 10_000, "moins de 0,1\u00a0%"), (0, 5, "0\u00a0%"), (3, 0, "0\u00a0%"),
    (2, 3, "66,7\u00a0%")])
def test_a_share_reads_in_french_and_a_tiny_one_is_never_zero(part, whole, said):
    assert percent(part, whole) == said


@pytest.mark.parametrize(("day", "said", "month"), [
    (dt.date(2026, 3, 1), "1er mars 2026", "mars 2026"),
    (dt.date(2026, 8, 27), "27 août 2026", "août 2026"),
    (dt.date(2027, 12, 31), "31 décembre 2027", "décembre 2027"),
    (dt.date(2026, 1, 2), "2 janvier 2026", "janvier 2026"),
    (dt.date(2026, 2, 11), "11 février 2026", "février 2026")])
def test_dates_read_as_french_print_them(day, said, month):
    assert date_fr(day) == said and month_fr(day) == month


def test_no_date_reads_as_nothing():
    assert date_fr(None) == ""


@pytest.mark.parametrize(("name", "said"), [
    ("CC du Pilat Rhodanien", "Communauté de communes du Pilat Rhodanien"),
    ("CA Saumur Val de Loire", "Communauté d'agglomération Saumur Val de Loire"),
    ("CU d'Arras", "Communauté urbaine d'Arras"),
    ("Métropole de Lyon", "Métropole de Lyon"),
    ("CCAS de Lyon", "CCAS de Lyon")])
def test_an_intercommunality_is_named_in_full(name, said):
    assert intercommunality_name(name) == said
