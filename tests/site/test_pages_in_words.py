"""Each fact of the example commune in its place, as a resident reads it on the built pages.

The words are written out here, from examples/saint-exemple/: two dates swapped, an address
under the director's name, a column heading lost, and a test fails.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import EXAMPLE, built, page_text, soup, words


def headings(table) -> list[str]:
    return [words(th.get_text(" ")) for th in table.thead.find_all("th")]


def test_the_home_page_dates_each_round_in_order(example_site):
    assert ("Élections municipales : premier tour le 15 mars 2026, second tour le 22 mars 2026."
            in page_text(example_site, "index.html"))


def test_the_legal_notice_gives_the_publishers_address_and_director_each_on_its_line(
        example_site):
    items = [words(li.get_text(" ")) for li in soup(example_site, "mentions-legales.html")
             .find_all("li")]
    assert "Adresse : 1 place de la Mairie, 00000 Saint-Exemple-sur-Loire" in items
    assert ("Directeur ou directrice de la publication : Camille Exemple, présidente du "
            "collectif (personne fictive)") in items


def test_the_method_gives_the_mandate_from_the_decisive_vote_to_its_end(example_site):
    assert ("Le mandat de l'équipe élue court du 22 mars 2026 (jour du vote décisif) au "
            "22 mars 2032, soit 6 ans." in page_text(example_site, "methode.html"))


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


def test_the_grid_marks_the_elected_list_and_totals_each_position_across_all_columns(
        example_site):
    table = soup(example_site, "index.html").find("th", string="Total par position").find_parent(
        "table")
    assert headings(table) == ["Mesure", "Agir pour Saint-Exemple",
                               "L'Avenir en commun à Saint-Exemple (liste élue)",
                               "Renouveau citoyen", "Saint-Exemple d'abord"]
    elected = "L'Avenir en commun à Saint-Exemple (liste élue)"
    assert table.find("td", attrs={"data-label": elected})  # a phone names each cell's column
    total = table.find("th", string="Total par position")
    assert total["colspan"] == "5"
    rows = {words(tr.th.get_text(" ")): [td.get_text() for td in tr.find_all("td")]
            for tr in total.find_parent("tr").find_next_siblings("tr")}
    assert rows["S'engage pleinement"] == ["0", "4", "8", "1"]
    assert rows["Non sollicitée"][:2] == ["6", "0"]


def test_the_lists_page_names_each_head_of_list_and_marks_the_elected_one(example_site):
    items = [words(li.get_text(" ")) for li in soup(example_site, "listes/index.html")
             .find("main").find_all("li")]
    assert "Agir pour Saint-Exemple — tête de liste : Gérard Pelletier" in items
    assert ("L'Avenir en commun à Saint-Exemple — tête de liste : Claire Morvan (liste élue)"
            in items)


def test_a_list_page_gives_its_result_and_only_the_elected_list_its_follow_up(example_site):
    elected = page_text(example_site, "listes/avenir-commun.html")
    assert "Résultat : premier tour 38,4 %, second tour 54,6 %, 23 sièges" in elected
    assert "État : Tenu (dernière vérification : 5 novembre 2026)" in elected
    other = page_text(example_site, "listes/saint-exemple-d-abord.html")
    assert "Résultat : premier tour 33,1 %, second tour 45,4 %, 6 sièges" in other
    assert "dernière vérification" not in other


def test_the_carnet_is_dated_by_the_data_and_gives_each_commitments_last_check(example_site):
    carnet = page_text(example_site, "carnet/index.html")
    assert ("État au 29 novembre 2026. Après l'élection : suivi des engagements de l'équipe "
            "élue." in carnet)
    assert ("1. Sécuriser les services essentiels « hors réseau » : Tenu (dernière "
            "vérification : 5 novembre 2026)" in carnet)


def test_the_carnet_gives_the_history_of_commitments_only_newest_first(example_site):
    page = soup(example_site, "carnet/index.html")
    measure = page.find("section", id="services-hors-reseau")
    assert [words(h.get_text()) for h in measure.find_all("h4")] == [
        "Agir pour Saint-Exemple", "L'Avenir en commun à Saint-Exemple (liste élue)",
        "Renouveau citoyen", "Saint-Exemple d'abord"]
    history = measure.find("h3", string="Historique du suivi").find_next_siblings("div")
    assert [words(u.get_text(" ")).split(" : ")[0] for u in history[:3]] == [
        "5 novembre 2026", "12 juin 2026", "22 avril 2026"]
    uncommitted = page.find("section", id="antennes-relais")
    assert "Historique du suivi" not in uncommitted.get_text()


def test_a_measure_page_lists_its_sub_measures_who_decides_on_what_source_and_the_elected_list(
        example_site):
    page = soup(example_site, "mesures/emplois-pas-ia.html")
    assert page.find("h2", string="Sous-mesures") is not None
    said = words(page.get_text(" "))
    assert ("Cette mesure dépend de l'intercommunalité (Communauté de communes du Val "
            "d'Exemple)." in said)
    assert "Source : https://cc-val-exemple.example.org/competences/" in said
    assert [words(h.get_text(" ")) for h in page.find_all("h3")
            if h.a and h.a["href"].startswith("../listes/")] == [
        "Agir pour Saint-Exemple", "L'Avenir en commun à Saint-Exemple (liste élue)",
        "Renouveau citoyen", "Saint-Exemple d'abord"]


def test_the_bilan_counts_the_commitments_not_kept_by_reason_each_with_its_state(example_site):
    heading = soup(example_site, "index.html").find(
        string=lambda s: "par raison donnée" in s)
    assert words(heading) == ("Engagements non tenus ou tenus en partie, au 29 novembre 2026, "
                              "par raison donnée :")
    items = heading.find_parent("p").find_next_sibling("ul").find_all("li")
    assert [words(li.get_text(" ")) for li in items] == [
        "Jugé non prioritaire : 1 — 2. Assurer une gestion municipale sobre et dégafamisée "
        "(tenu en partie)",
        "Faute de budget : 1 — 4. Favoriser les emplois, pas les IA (non tenu)"]


def test_every_page_ends_with_the_contact_and_the_link_to_the_corrections(example_site):
    for path in sorted(example_site.rglob("*.html")):
        page = soup(example_site, path.relative_to(example_site).as_posix())
        footer = page.find("footer")
        assert words(footer.find(class_="contact").get_text(" ")).startswith(
            "Contact : Une erreur, une source à signaler, un droit de réponse ?"), path
        link = footer.find("a", string="Corrections")
        assert (path.parent / link["href"]).resolve() == example_site / "corrections.html", path


def test_a_legal_notice_without_publisher_says_which_field_to_fill(before_site):
    said = page_text(before_site, "mentions-legales.html")
    assert "Adresse :" not in said and "Directeur ou directrice" not in said
    assert "Non renseigné (champ editeur de commune.yaml)." in said


@pytest.fixture(scope="module")
def variant(tmp_path_factory) -> Path:
    """The example elected in one round, its tenth measure a local one, and two commitments
    set aside for the same reason."""
    pledges = tmp_path_factory.mktemp("variante") / "pledges"
    shutil.copytree(EXAMPLE, pledges)
    for name, old, new in (("commune.yaml", "  second_tour: 2026-03-22\n", ""),
                           ("mesures.yaml", "    slug: antennes-relais\n",
                            "    slug: antennes-relais\n    locale: true\n"),
                           ("suivi.yaml", "    raison: budget\n", "    raison: non-prioritaire\n")):
        path = pledges / name
        source = path.read_text(encoding="utf-8")
        assert source.count(old) == 1, (name, old)
        path.write_text(source.replace(old, new), encoding="utf-8")
    return built(tmp_path_factory, pledges, "variante")


def test_a_single_round_a_local_measure_and_a_shared_reason_are_said_so(variant):
    home = page_text(variant, "index.html")
    assert "Élections municipales : tour unique le 15 mars 2026." in home
    assert ("Jugé non prioritaire : 2 — 2. Assurer une gestion municipale sobre et dégafamisée "
            "(tenu en partie) ; 4. Favoriser les emplois, pas les IA (non tenu)" in home)
    assert ("10. Limiter les antennes relais et l'exposition électromagnétique (mesure locale)"
            in page_text(variant, "mesures/index.html"))
    assert page_text(variant, "mesures/index.html").count("(mesure locale)") == 1
