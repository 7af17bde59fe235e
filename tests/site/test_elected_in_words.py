"""Whose list is it: after the vote a list's page says whether it was elected, and the others
say why their positions stay; before the vote no list is called either. The live site is for
search engines to find; only an archive asks them not to keep it."""

from __future__ import annotations

import pytest

from helpers import page_text, soup

NOT_ELECTED = ("Liste non élue : ses positions d'avant l'élection sont conservées pour "
               "mémoire.")


def test_the_elected_list_says_so_on_its_page(example_site):
    text = page_text(example_site, "listes/avenir-commun.html")
    assert "Liste élue" in text and "non élue" not in text


@pytest.mark.parametrize("slug", ["agir-pour-saint-exemple", "renouveau-citoyen",
                                  "saint-exemple-d-abord"])
def test_a_list_not_elected_says_its_positions_are_kept_for_the_record(example_site, slug):
    assert NOT_ELECTED in page_text(example_site, f"listes/{slug}.html")


@pytest.mark.parametrize("slug", ["cap-sur-demain", "exempleville-ensemble", "vallee-vivante"])
def test_before_the_vote_no_list_is_called_elected_or_not(before_site, slug):
    text = page_text(before_site, f"listes/{slug}.html")
    assert "élue" not in text


def test_the_live_site_lets_search_engines_keep_every_page(example_site):
    for page in sorted(example_site.rglob("*.html")):
        html = soup(example_site, str(page.relative_to(example_site)))
        assert html.find("meta", attrs={"name": "robots"}) is None, page.name
