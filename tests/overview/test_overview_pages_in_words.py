"""The overview's pages of the example communes (federation/donnees/), read in words: a
commune's bilan and its table, a list's positions, the measure tables of a département and a
région that have elected teams, and the menu that says where the reader is."""

from __future__ import annotations

from bs4 import BeautifulSoup


def page(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text("utf-8"), "html.parser")


def said(soup: BeautifulSoup) -> str:
    return " ".join(soup.main.get_text(" ").split())


def table(soup: BeautifulSoup, caption: str) -> list[list[str]]:
    found = soup.find("caption", string=caption).parent
    return [[" ".join(cell.get_text(" ").split()) for cell in tr.find_all(["th", "td"])]
            for tr in found.find_all("tr")]


def test_a_communes_page_gives_each_commitment_its_state_reason_and_last_check(federation_site):
    commune = page(federation_site, "communes/49901.html")
    assert ("7 engagements de L'Avenir en commun à Saint-Exemple, par état du suivi au "
            "29 novembre 2026 :" in said(commune))
    assert "données de plus de six mois" not in said(commune)  # collected the same day
    rows = table(commune, "Engagements de l'équipe élue et leur état")
    assert rows[0] == ["Engagement", "Engagée", "État", "Dernière vérification"]
    assert rows[2] == ["2. Assurer une gestion municipale sobre et dégafamisée", "Oui",
                       "Tenu en partie (jugé non prioritaire)", "30 septembre 2026"]
    assert rows[-1] == ["9. Refuser l'installation de data centers", "Oui",
                        "Pas encore évalué", "jamais"]


def test_before_the_vote_a_communes_page_counts_each_lists_positions_in_order(federation_site):
    rows = table(page(federation_site, "communes/65901.html"),
                 "Positions des listes candidates, en nombre de mesures")
    assert rows == [
        ["Liste", "S'engage pleinement", "S'engage en partie", "Flou ou neutre", "S'oppose",
         "Sollicitée, sans réponse", "Non sollicitée"],
        ["Cap sur demain", "4", "2", "2", "1", "1", "0"],
        ["Exempleville ensemble", "1", "0", "0", "2", "7", "0"],
        ["Vallée vivante", "7", "2", "0", "0", "0", "1"]]


def test_measure_by_measure_only_where_a_team_was_elected(federation_site):
    caption = "Engagements des équipes élues, mesure par mesure"
    for path in ("departements/49.html", "regions/52.html"):
        rows = table(page(federation_site, path), caption)
        assert rows[1] == ["1. Sécuriser les services essentiels « hors réseau »", "2 sur 2",
                           "2", "0", "0", "0"], path
    for path in ("departements/65.html", "regions/76.html"):  # before their vote
        assert "Mesure par mesure" not in said(page(federation_site, path)), path


def test_the_menu_marks_the_page_the_reader_is_on_and_only_it(federation_site):
    for path, label in (("index.html", "Accueil"), ("rejoindre.html", "Rejoindre")):
        current = page(federation_site, path).find_all(attrs={"aria-current": "page"})
        assert [a.get_text(strip=True) for a in current] == [label], path
