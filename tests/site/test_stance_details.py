"""What a measure page says under each list and each update, paragraph by paragraph, as a
resident reads it: the stance's label and where it comes from, the sub-measures it covers, its
source with the day it was said, the day a list was asked, its reply; an update's requests to
others and the town hall's reply, each with its own date.

Expected words are the example's YAML (the input) and the site's French, written literally."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from helpers import words


def block(site: Path, measure: str, anchor: str) -> list[str]:
    """The paragraphs of a list's section (or of an update) on a measure page, in words; a
    quote's own paragraphs left out."""
    page = BeautifulSoup((site / "mesures" / f"{measure}.html").read_text(encoding="utf-8"),
                         "html.parser")
    return [words(p.get_text()) for p in page.find(id=anchor).find_all("p")
            if not p.find_parent("blockquote")]


def test_a_stance_says_its_label_where_it_comes_from_its_sub_measures_and_its_dated_source(
        example_site):
    said = block(example_site, "services-hors-reseau", "avenir-commun")
    assert said[0] == "S'engage en partie — déclarée par la liste"
    assert said[1] == ("Sous-mesures concernées : Inscrire la panne d'électricité ou de réseau "
                       "dans le plan communal de sauvegarde; S'appuyer sur l'entraide entre "
                       "voisins.")
    assert said[2] == ("Source : https://avenir-commun.example.org/questionnaire-desescalade/ "
                       "(copie archivée), le 20 février 2026.")


def test_a_stance_read_in_a_programme_says_so_and_a_source_without_address_is_plain_text(
        example_site):
    said = block(example_site, "emplois-pas-ia", "avenir-commun")
    assert said[0] == "S'engage en partie — déduite de son programme"
    assert said[-1] == ("Source : Programme imprimé, page 7, distribué le 21 février 2026, "
                        "le 21 février 2026.")


def test_the_archived_copy_of_a_source_is_linked_beside_it(example_site):
    page = BeautifulSoup((example_site / "mesures" / "services-hors-reseau.html")
                         .read_text(encoding="utf-8"), "html.parser")
    links = page.find(id="avenir-commun").find_all("a", string="copie archivée")
    assert [a["href"] for a in links] == [
        "https://archive.example.org/2026/avenir-commun-questionnaire"]
    assert not page.find(id="renouveau-citoyen").find_all("a", string="copie archivée")


def test_a_list_asked_and_silent_says_when_and_how_and_only_a_list_never_asked_says_that(
        example_site):
    asked = block(example_site, "locations-touristiques", "avenir-commun")
    assert asked == ["Sollicitée, sans réponse",
                     "Sollicitée le 2 février 2026 (Questionnaire envoyé par courriel à la tête "
                     "de liste, relancé le 16 février 2026), sans réponse."]
    never = "Cette liste n'a pas été sollicitée sur cette mesure."
    assert block(example_site, "services-hors-reseau", "agir-pour-saint-exemple") == [
        "Non sollicitée", never]
    for page in sorted((example_site / "mesures").glob("*.html")):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for section in html.select("section.stance"):
            said = [words(p.get_text()) for p in section.find_all("p")]
            assert (never in said) == (said[0] == "Non sollicitée"), (page.name, section["id"])


def test_a_lists_reply_is_dated_by_the_day_it_replied_not_the_day_it_spoke(example_site):
    said = block(example_site, "securite-sans-videosurveillance", "saint-exemple-d-abord")
    assert said[:3] == ["S'oppose — déclarée par la liste",
                        "Source : https://saint-exemple-dabord.example.org/nos-reponses/, "
                        "le 25 février 2026.",
                        "Droit de réponse de la liste (9 mars 2026)"]
    assert "recruter deux médiateurs de rue" in said[3]


def test_only_a_deliberation_links_to_the_communes_list_of_deliberations(example_site):
    linked = 0
    for page in sorted((example_site / "mesures").glob("*.html")):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in html.find_all("a", string="toutes les délibérations de la commune"):
            assert link["href"] == "https://mairie-saint-exemple.example.org/deliberations/"
            assert words(link.parent.get_text()).startswith("Source : Délibération n° 2026-")
            linked += 1
    assert linked == 4  # délibérations 2026-031, 2026-036, 2026-045 and 2026-078


def test_a_request_carried_to_others_is_dated_by_the_day_it_was_carried(example_site):
    said = block(example_site, "emplois-pas-ia", "2026-10-15")
    assert said[0] == "15 octobre 2026 : Non tenu — Raison : faute de budget"
    assert ("Demande portée auprès de la communauté de communes du Val d'Exemple le 14 septembre "
            "2026. Source : Courrier du 14 septembre 2026") in said[-1]


def test_the_town_halls_reply_is_dated_by_the_day_it_replied(example_site):
    said = block(example_site, "commune-degafamisee", "2026-09-30")
    assert said[0] == "30 septembre 2026 : Tenu en partie — Raison : jugé non prioritaire"
    assert ("Mairie sollicitée le 30 septembre 2026 (courriel au cabinet du maire), elle a "
            "répondu.") in said
    assert "Réponse de la mairie (6 octobre 2026)" in said
