"""The overview's tables as a reader reads them, row by row, on the example communes: how many
communes each région and département has and how many are followed after their vote; each
commune's phase and, once its team is elected, its bilan (a dash before the vote)."""

from __future__ import annotations

from bs4 import BeautifulSoup


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
