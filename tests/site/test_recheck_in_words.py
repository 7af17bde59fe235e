"""A commitment not checked for more than six months says so in words, « à revérifier », next
to its last check (the example's follow-up on 29 November 2026, written here literally)."""

from __future__ import annotations

from helpers import soup, words


def test_the_home_page_asks_to_recheck_what_was_last_checked_over_six_months_ago(example_site):
    table = soup(example_site, "index.html").find(
        "caption", string="Engagements de l'équipe élue et leur état").parent
    checked = {row.th.a["href"].removeprefix("./mesures/").removesuffix(".html"):
               words(row.find_all("td")[-1].get_text(" ")) for row in table.tbody("tr")}
    assert checked["ecrans-publicitaires"] == "12 mai 2026 — à revérifier"
    assert checked["data-centers"] == "jamais — à revérifier"
    assert checked["services-hors-reseau"] == "5 novembre 2026"
