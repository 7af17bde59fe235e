"""A mandate that has run its course, in the words a resident reads: every dated bilan by its
name, how long after the vote each one is, the end-of-mandate rule's own update, and the
method page's length of the mandate (« 1 an », singular, « 6 ans »); a five-year
mandate's midpoint, « 30 mois » after the vote."""

from __future__ import annotations

import pytest

from helpers import ROOT, build, epoch, page_text, soup, words, write_pledges

ENDED = "1964390400"  # 2032-04-01: the mandate of the vote of 22 March 2026 is over


@pytest.fixture(scope="module")
def ended(tmp_path_factory):
    """The minimal commune (one commitment still « En cours »), built after its mandate."""
    pledges = write_pledges(tmp_path_factory.mktemp("ended") / "pledges")
    output = tmp_path_factory.mktemp("ended-site") / "output"
    with epoch(ENDED):
        result = build(output, pledges)
    assert result.returncode == 0, result.stderr
    return output


def test_the_home_page_names_every_dated_bilan_of_the_mandate_latest_first(ended):
    dated = soup(ended, "index.html").find(id="bilans-dates").parent
    assert [words(a.text) for a in dated.select("a")] == [
        "Bilan de fin de mandat : le 22 mars 2032",
        "Cinq ans après : le 22 mars 2031",
        "Quatre ans après : le 22 mars 2030",
        "Bilan à mi-mandat : le 22 mars 2029",
        "Deux ans après : le 22 mars 2028",
        "Un an après : le 22 mars 2027",
    ]


@pytest.mark.parametrize(("page", "title", "elapsed"), [
    ("bilan-2028-03-22.html", "Deux ans après : le 22 mars 2028", "deux ans"),
    ("bilan-2029-03-22.html", "Bilan à mi-mandat : le 22 mars 2029", "trois ans"),
    ("bilan-2032-03-22.html", "Bilan de fin de mandat : le 22 mars 2032", "six ans"),
])
def test_a_dated_bilan_says_how_long_after_the_vote_it_is(ended, page, title, elapsed):
    h1 = soup(ended, page).h1
    assert words(h1.text) == title
    assert words(h1.find_next("p").text).startswith(
        f"Le {title.split(' le ')[1]}, {elapsed} après l'élection du 22 mars 2026 : ")


def test_the_rules_update_says_the_status_it_had_and_the_one_it_counts_as(ended):
    last = soup(ended, "mesures/services-hors-reseau.html").find(id="fin-de-mandat")
    assert ("Le mandat s'achève ce jour : l'engagement, encore « En cours », est désormais "
            "compté « Non tenu », selon la règle de fin de mandat (page Méthode). Une mise à "
            "jour publiée ensuite la remplacera.") in words(last.text)


def test_the_method_page_gives_the_mandates_length_in_years(ended):
    assert ("court du 22 mars 2026 (jour du vote décisif) au 22 mars 2032, soit 6 ans."
            in page_text(ended, "methode.html"))


def built_with(tmp_path, setting: str):
    """The minimal commune built with pelicanconf.py and ``setting`` (one line of Python)."""
    settings = tmp_path / "reglage.py"
    settings.write_text(f"import sys\nsys.path.append({str(ROOT)!r})\n"
                        f"from pelicanconf import *  # noqa: F403\n{setting}\n",
                        encoding="utf-8")
    output = tmp_path / "output"
    result = build(output, write_pledges(tmp_path / "pledges"), settings)
    assert result.returncode == 0, result.stderr
    return output


def test_a_one_year_mandate_is_said_in_the_singular(tmp_path):
    output = built_with(tmp_path, "MANDATE_YEARS = 1")
    assert "au 22 mars 2027, soit 1 an." in page_text(output, "methode.html")


def test_a_dated_bilan_counts_each_state_held_on_that_day_or_now(ended):
    """On the first anniversary the one commitment was « En cours »; at the mandate's end it
    counts « Non tenu »: both states are counted, the one held only then as well."""
    counts = soup(ended, "bilan-2027-03-22.html").find("main").find_all("ul")[-1]
    assert [words(li.text) for li in counts.find_all("li")] == [
        "En cours : 1 sur 1 puis 0 sur 1", "Non tenu : 0 sur 1 puis 1 sur 1"]


def test_the_midpoint_of_a_five_year_mandate_is_said_in_months(tmp_path):
    """Five years: the midpoint falls 30 months after the vote, not on an anniversary."""
    with epoch("1853971200"):  # 2028-10-01
        output = built_with(tmp_path, "MANDATE_YEARS = 5")
    h1 = soup(output, "bilan-2028-09-22.html").h1
    assert words(h1.text) == "Bilan à mi-mandat : le 22 septembre 2028"
    assert words(h1.find_next("p").text).startswith(
        "Le 22 septembre 2028, 30 mois après l'élection du 22 mars 2026 : ")


def test_without_an_end_of_mandate_rule_the_method_page_says_nothing_changes(tmp_path):
    output = built_with(tmp_path, "END_OF_MANDATE = {}")
    assert ("À la fin du mandat, chaque engagement garde son dernier état : aucun n'est changé "
            "d'office.") in page_text(output, "methode.html")
