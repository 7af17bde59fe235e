"""The overview's tables as a reader reads them, row by row, on the example communes: how many
communes each région and département has and how many are followed after their vote; each
commune's phase and, once its team is elected, its bilan (a dash before the vote); a commune's
page, its commitments or its lists' positions; the measure tables where a team was elected;
the menu that says where the reader is."""

from __future__ import annotations

from bs4 import BeautifulSoup


def said(path) -> str:
    page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
    return " ".join(page.main.get_text(" ").split())


def rows(path, caption: str) -> list[list[str]]:
    page = BeautifulSoup(path.read_text("utf-8"), "html.parser")
    table = page.find("caption", string=caption).parent
    return [[" ".join(cell.get_text(" ").split()) for cell in tr.find_all(["th", "td"])]
            for tr in table.find_all("tr")]


def test_each_region_and_departement_counts_its_communes_and_those_followed_after_the_vote(
        federation_site):
    home = federation_site / "index.html"
    assert rows(home, "Communes suivies par région") == [
        ["Région", "Communes", "Après l'élection"],
        ["Auvergne-Rhône-Alpes", "1", "0"],
        ["Occitanie", "1", "0"],
        ["Pays de la Loire", "2", "2"]]
    assert rows(home, "Communes suivies par département") == [
        ["Département", "Communes", "Après l'élection"],
        ["Cantal (15)", "1", "0"],
        ["Maine-et-Loire (49)", "2", "2"],
        ["Hautes-Pyrénées (65)", "1", "0"]]


def test_a_departement_gives_each_communes_bilan_once_elected_and_a_dash_before(
        federation_site):
    header = ["Commune", "Phase", "Engagements", "Tenu", "Tenu en partie", "Non tenu",
              "Données du"]
    caption = "Communes du département et leur bilan"
    assert rows(federation_site / "departements" / "49.html", caption) == [
        header,
        ["Bourg-Exemple-en-Anjou", "après l'élection", "7", "2", "1", "1", "29 novembre 2026"],
        ["Saint-Exemple-sur-Loire", "après l'élection", "7", "2", "1", "1",
         "29 novembre 2026"]]
    assert rows(federation_site / "departements" / "65.html", caption) == [
        header,
        ["Exempleville-les-Bains", "avant l'élection", "—", "—", "—", "—", "29 novembre 2026"]]


def test_a_communes_page_gives_each_commitment_its_state_reason_and_last_check(federation_site):
    commune = federation_site / "communes" / "49901.html"
    assert ("7 engagements de L'Avenir en commun à Saint-Exemple, par état du suivi au "
            "29 novembre 2026 :" in said(commune))
    assert "données de plus de six mois" not in said(commune)  # collected the same day
    table = rows(commune, "Engagements de l'équipe élue et leur état")
    assert table[0] == ["Engagement", "Engagée", "État", "Dernière vérification"]
    assert table[2] == ["2. Assurer une gestion municipale sobre et dégafamisée", "Oui",
                        "Tenu en partie (jugé non prioritaire)", "30 septembre 2026"]
    assert table[-1] == ["9. Refuser l'installation de data centers", "Oui",
                         "Pas encore évalué", "jamais"]


def test_before_the_vote_a_communes_page_counts_each_lists_positions_in_order(federation_site):
    assert rows(federation_site / "communes" / "65901.html",
                "Positions des listes candidates, en nombre de mesures") == [
        ["Liste", "S'engage pleinement", "S'engage en partie", "Flou ou neutre", "S'oppose",
         "Sollicitée, sans réponse", "Non sollicitée"],
        ["Cap sur demain", "4", "2", "2", "1", "1", "0"],
        ["Exempleville ensemble", "1", "0", "0", "2", "7", "0"],
        ["Vallée vivante", "7", "2", "0", "0", "0", "1"]]


def test_measure_by_measure_only_where_a_team_was_elected(federation_site):
    caption = "Engagements des équipes élues, mesure par mesure"
    for path in ("departements/49.html", "regions/52.html"):
        assert rows(federation_site / path, caption)[1] == [
            "1. Sécuriser les services essentiels « hors réseau »", "2 sur 2", "2", "0", "0",
            "0"], path
    for path in ("departements/65.html", "regions/76.html"):  # before their vote
        assert "Mesure par mesure" not in said(federation_site / path), path


def test_the_menu_marks_the_page_the_reader_is_on_and_only_it(federation_site):
    for path, label in (("index.html", "Accueil"), ("rejoindre.html", "Rejoindre")):
        current = BeautifulSoup((federation_site / path).read_text("utf-8"), "html.parser"
                                ).find_all(attrs={"aria-current": "page"})
        assert [a.get_text(strip=True) for a in current] == [label], path
