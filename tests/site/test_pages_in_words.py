"""Each fact of the example commune in its place, as a resident reads it on the built pages.

The words are written out here, from examples/saint-exemple/: two dates swapped, an address
under the director's name, a column heading lost, and a test fails.
"""

from __future__ import annotations

from helpers import soup, words


def text(site, page: str) -> str:
    return words(soup(site, page).get_text(" "))


def headings(table) -> list[str]:
    return [words(th.get_text(" ")) for th in table.thead.find_all("th")]


def test_the_home_page_dates_each_round_in_order(example_site):
    assert ("Élections municipales : premier tour le 15 mars 2026, second tour le 22 mars 2026."
            in text(example_site, "index.html"))


def test_the_legal_notice_gives_the_publishers_address_and_director_each_on_its_line(
        example_site):
    items = [words(li.get_text(" ")) for li in soup(example_site, "mentions-legales.html")
             .find_all("li")]
    assert "Adresse : 1 place de la Mairie, 00000 Saint-Exemple-sur-Loire" in items
    assert ("Directeur ou directrice de la publication : Camille Exemple, présidente du "
            "collectif (personne fictive)") in items


def test_the_method_gives_the_mandate_from_the_decisive_vote_to_its_end(example_site):
    assert ("Le mandat de l'équipe élue court du 22 mars 2026 (jour du vote décisif) au "
            "22 mars 2032, soit 6 ans." in text(example_site, "methode.html"))


def test_the_corrections_log_gives_each_change_and_its_reason_in_their_columns(example_site):
    table = soup(example_site, "corrections.html").find("table")
    assert headings(table) == ["Date", "Page", "Modification", "Motif"]
    rows = {words(row.find_all(["th", "td"])[0].get_text(" ")):
            [words(cell.get_text(" ")) for cell in row.find_all(["th", "td"])]
            for row in table.tbody.find_all("tr")}
    assert rows["9 mars 2026"][2:] == [
        "Ajout du droit de réponse de la liste sur la mesure « Assurer la sécurité sans "
        "vidéosurveillance ».", "Demande de la liste reçue par courriel le 9 mars 2026."]


def test_the_data_page_names_each_column_then_what_it_holds(example_site):
    for table in soup(example_site, "donnees/index.html").find_all("table"):
        assert headings(table)[:2] == ["Colonne", "Contenu"]


def test_the_follow_up_table_says_how_far_the_team_committed_and_when_it_was_checked(
        example_site):
    table = soup(example_site, "index.html").find(
        "caption", string="Engagements de l'équipe élue et leur état").parent
    assert headings(table) == ["Engagement", "Engagée", "État", "Dernière vérification"]
    first = [words(cell.get_text(" ")) for cell in table.tbody.tr.find_all(["th", "td"])]
    assert first == ["1. Sécuriser les services essentiels « hors réseau »", "En partie", "Tenu",
                     "5 novembre 2026"]
