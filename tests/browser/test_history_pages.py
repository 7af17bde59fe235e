"""The mandate in a picture and the dated bilans, in Chromium and Firefox at 320 and 1280 px:
a year and three months on (the example with two more updates), the home page's bars month by
month fit the screen, one a month, with their table in words once unfolded; the dated page and
the pages that show the picture hide nothing sideways on a phone and pass axe-core."""

from __future__ import annotations

import pytest
from test_in_chromium import AXE, crawl, load_problems, need, nu_errors
from test_in_firefox import Visit, firefox  # noqa: F401 — the fixture
from test_in_firefox import load_problems as ff_problems

from phone import SIDEWAYS, hidden

PAGES = ["index.html", "bilan-2027-03-22.html", "listes/avenir-commun.html",
         "mesures/service-public-humain.html", "carnet/index.html"]
#: March 2026 to June 2027.
MONTHS = 16
OPEN = "document.querySelectorAll('details').forEach((d) => { d.open = true; })"


def test_in_chromium_the_pages_load_clean_pass_axe_and_hide_nothing(year_later_site, serve,
                                                                   browser):
    need(AXE)
    seen = crawl(browser, serve(year_later_site), PAGES, axe=True)
    assert {name: load_problems(s) for name, s in seen.items() if load_problems(s)} == {}
    assert {name: s.axe for name, s in seen.items() if s.axe} == {}
    assert {name: hidden(s.widths) for name, s in seen.items() if hidden(s.widths)} == {}


@pytest.mark.parametrize("width", [320, 1280])
def test_in_chromium_the_bars_fit_the_screen_one_a_month_and_the_table_unfolds(
        year_later_site, serve, browser, width):
    tab = browser.new_page(viewport={"width": width, "height": 900})
    tab.goto(serve(year_later_site) + "index.html")
    picture = tab.evaluate("""() => {
        const svg = document.querySelector('svg.mois').getBoundingClientRect();
        const bars = [...document.querySelectorAll('svg.mois rect')].map(
            (r) => r.getBoundingClientRect());
        const lefts = [...new Set(bars.map((b) => Math.round(b.left)))];
        return {left: svg.left, right: svg.right, height: svg.height, lefts,
                narrowest: Math.min(...bars.map((b) => b.width)),
                shown: document.querySelector('details table').checkVisibility()};
    }""")
    assert picture["left"] >= 0 and picture["right"] <= width
    assert picture["height"] == 80 and len(picture["lefts"]) == MONTHS
    assert picture["narrowest"] >= (8 if width == 320 else 30)  # one bar a month, visible
    assert picture["shown"] is False  # folded
    tab.evaluate(OPEN)
    after = tab.evaluate(SIDEWAYS)
    assert after["problems"] == []
    text = " ".join(after["words"])
    assert "mars 2026" in text and "juin 2027" in text
    tab.close()


def test_in_chromium_the_html_of_the_new_pages_passes_the_nu_checker(year_later_site):
    assert nu_errors([year_later_site / p for p in PAGES]) == []


def test_in_firefox_the_pages_load_clean_and_hide_nothing_folded_or_unfolded(
        year_later_site, serve, firefox):  # noqa: F811
    base = serve(year_later_site)
    folded, unfolded = firefox(Visit(base, PAGES), Visit(base, PAGES, open_details=True))
    for seen in (folded, unfolded):
        assert {name: ff_problems(s) for name, s in seen.items() if ff_problems(s)} == {}
        assert {name: hidden(s["widths"]) for name, s in seen.items()
                if hidden(s["widths"])} == {}
