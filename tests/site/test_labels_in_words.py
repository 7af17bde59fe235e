"""The words a resident reads for each status and each stance, written here literally (never
taken from texts/labels.py, so a swap there shows), on the example's built pages, whose
statuses and stances are known from examples/saint-exemple/."""

from __future__ import annotations

import pytest

from helpers import soup, words

#: The example's follow-up (suivi.yaml), each commitment's latest update on 29 November 2026.
CURRENT = {
    "services-hors-reseau": "Tenu",  # 5 November 2026
    "commune-degafamisee": "Tenu en partie",  # 30 September 2026
    "service-public-humain": "Tenu",  # 1 July 2026
    "emplois-pas-ia": "Non tenu",  # 15 October 2026
    "ecrans-publicitaires": "En cours",  # 12 May 2026
    "ecole-ouverte": "Invérifiable",  # 10 November 2026
    "data-centers": "Pas encore évalué",  # never updated
}
#: The elected list's (avenir-commun) commitment on each, in the grid's short words.
ELECTED = {"services-hors-reseau": "En partie", "commune-degafamisee": "Oui",
           "service-public-humain": "Oui", "emplois-pas-ia": "En partie",
           "ecrans-publicitaires": "Oui", "ecole-ouverte": "En partie", "data-centers": "Oui"}
#: The four lists' stances (listes/*.yaml) on three measures.
STANCES = {
    "ecrans-publicitaires": {"agir-pour-saint-exemple": "Non sollicitée",
                             "avenir-commun": "S'engage pleinement",
                             "renouveau-citoyen": "S'engage pleinement",
                             "saint-exemple-d-abord": "Sollicitée, sans réponse"},
    "securite-sans-videosurveillance": {"agir-pour-saint-exemple": "S'oppose",
                                        "avenir-commun": "Flou ou neutre",
                                        "renouveau-citoyen": "S'engage pleinement",
                                        "saint-exemple-d-abord": "S'oppose"},
    "ecole-ouverte": {"agir-pour-saint-exemple": "Flou ou neutre",
                      "avenir-commun": "S'engage en partie",
                      "renouveau-citoyen": "S'engage en partie",
                      "saint-exemple-d-abord": "Flou ou neutre"},
}


def test_the_home_page_says_each_commitments_status_in_words(example_site):
    table = soup(example_site, "index.html").find(
        "caption", string="Engagements de l'équipe élue et leur état").parent
    committed, status = {}, {}
    for row in table.tbody.find_all("tr"):
        slug = row.th.a["href"].removeprefix("./mesures/").removesuffix(".html")
        cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
        committed[slug], status[slug] = cells[0], cells[1]
    assert status == CURRENT
    assert committed == ELECTED


@pytest.mark.parametrize(("measure", "history"), [
    ("emplois-pas-ia", ["15 octobre 2026 : Non tenu — Raison : faute de budget",
                        "27 août 2026 : Au point mort",
                        "20 mai 2026 : En cours"]),
    ("commune-degafamisee", ["30 septembre 2026 : Tenu en partie — Raison : jugé non prioritaire",
                             "8 juillet 2026 : En cours",
                             "15 avril 2026 : En cours"]),
    ("service-public-humain", ["1er juillet 2026 : Tenu", "10 avril 2026 : Pas encore évalué"]),
])
def test_a_measure_page_dates_each_status_of_its_history_in_words(example_site, measure,
                                                                   history):
    main = soup(example_site, f"mesures/{measure}.html").main
    said = [words(div.p.get_text()) for div in main.select("div.stance")]
    assert said[:len(history)] == history


@pytest.mark.parametrize("measure", STANCES)
def test_a_measure_page_says_each_lists_stance_in_words(example_site, measure):
    main = soup(example_site, f"mesures/{measure}.html").main
    said = {section["id"]: words(section.find("span", class_="pos").get_text())
            for section in main.select("section.stance")}
    assert said == STANCES[measure]
