"""The overview of the example communes in the words a reader reads: the home page's table,
measure by measure, and each commune's page (written literally, from the example data:
federation/donnees/ holds Saint-Exemple twice, then two communes before the vote)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup


def soup(path):
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


#: The overview's measure-by-measure table: the two followed communes are both copies of
#: Saint-Exemple (7 commitments: 1, 2, 3, 4, 6, 7, 9), so each count is Saint-Exemple's twice;
#: « Autres états » are its en cours (6), invérifiable (7) and never rated (9).
MEASURE_ROWS = {
    "1. Sécuriser les services essentiels « hors réseau »": ["2 sur 2", "2", "0", "0", "0"],
    "2. Assurer une gestion municipale sobre et dégafamisée": ["2 sur 2", "0", "2", "0", "0"],
    "3. Garantir un service public humain": ["2 sur 2", "2", "0", "0", "0"],
    "4. Favoriser les emplois, pas les IA": ["2 sur 2", "0", "0", "2", "0"],
    "5. Assurer la sécurité sans vidéosurveillance": ["0 sur 2", "0", "0", "0", "0"],
    "6. Bannir les écrans publicitaires de l'espace public et des transports en commun":
        ["2 sur 2", "0", "0", "0", "2"],
    "7. Favoriser une école ouverte et créative": ["2 sur 2", "0", "0", "0", "2"],
    "8. Lutter contre l'airbnbisation de l'habitat": ["0 sur 2", "0", "0", "0", "0"],
    "9. Refuser l'installation de data centers": ["2 sur 2", "0", "0", "0", "2"],
    "10. Limiter les antennes relais et l'exposition électromagnétique":
        ["0 sur 2", "0", "0", "0", "0"],
}


def test_the_home_page_counts_each_measure_from_the_communes_own_data(federation_site):
    table = soup(federation_site / "index.html").find("table")
    assert [text(th) for th in table.thead("th")] == [
        "Mesure", "Équipes engagées", "Tenu", "Tenu en partie", "Non tenu", "Autres états"]
    rows = {text(tr.th): [text(td) for td in tr.find_all("td")]
            for tr in table.tbody.find_all("tr")}
    assert rows == MEASURE_ROWS


#: Saint-Exemple's bilan on 29 November 2026 (its copy Bourg-Exemple states the same).
SAINT_EXEMPLE_BILAN = ["Tenu : 2 sur 7", "Tenu en partie : 1 sur 7", "En cours : 1 sur 7",
                       "Non tenu : 1 sur 7", "Invérifiable : 1 sur 7",
                       "Pas encore évalué : 1 sur 7"]


@pytest.mark.parametrize(("insee", "title", "site", "bilan"), [
    ("49901", "Saint-Exemple-sur-Loire (49901)", "https://tenir-parole.example.org",
     SAINT_EXEMPLE_BILAN),
    ("49902", "Bourg-Exemple-en-Anjou (49902)",
     "https://tenir-parole.bourg-exemple.example.org", SAINT_EXEMPLE_BILAN),
    ("65901", "Exempleville-les-Bains (65901)", "https://exempleville.example.org", []),
    ("15901", "Petit-Exemple (15901)", "https://petit-exemple.example.org", []),
], ids=["saint-exemple", "bourg-exemple", "exempleville", "petit-exemple"])
def test_each_commune_page_shows_its_bilan_dates_and_its_own_site(federation_site, insee,
                                                                  title, site, bilan):
    page = soup(federation_site / "communes" / f"{insee}.html")
    words = text(page.main)
    assert page.h1.get_text() == title
    assert f'{site}/index.html' in {a["href"] for a in page.find_all("a")}
    assert "Données publiées par son site le 29 novembre 2026, collectées le 29 novembre " \
           "2026." in words
    legend = page.find("ul", class_="legende")
    assert ([text(li) for li in legend("li")] if legend else []) == bilan
    # The latest update of Saint-Exemple's suivi.yaml: the school, on 10 November 2026.
    assert ("Dernière mise à jour du suivi : 10 novembre 2026." in words) == bool(bilan)
