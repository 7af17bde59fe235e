"""What residents see: the pages built from the example commune and the fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import EXAMPLE, TODAY, soup, words
from tenir_parole.build.links import check_links
from tenir_parole.core.assembly import load_dataset

TITLES = ["1. Sécuriser les services essentiels « hors réseau »",
          "2. Assurer une gestion municipale sobre et dégafamisée",
          "3. Garantir un service public humain",
          "4. Favoriser les emplois, pas les IA",
          "5. Assurer la sécurité sans vidéosurveillance",
          "6. Bannir les écrans publicitaires de l'espace public et des transports en commun",
          "7. Favoriser une école ouverte et créative",
          "8. Lutter contre l'airbnbisation de l'habitat",
          "9. Refuser l'installation de data centers",
          "10. Limiter les antennes relais et l'exposition électromagnétique"]
SLUGS = ["services-hors-reseau", "commune-degafamisee", "service-public-humain",
         "emplois-pas-ia", "securite-sans-videosurveillance", "ecrans-publicitaires",
         "ecole-ouverte", "locations-touristiques", "data-centers", "antennes-relais"]
#: The example's lists, in the grid's order, and each one's position on measures 1 to 10
#: (listes/*.yaml), in the grid's short words.
EXAMPLE_LISTS = {
    "agir-pour-saint-exemple": "Agir pour Saint-Exemple",
    "avenir-commun": "L'Avenir en commun à Saint-Exemple",
    "renouveau-citoyen": "Renouveau citoyen",
    "saint-exemple-d-abord": "Saint-Exemple d'abord",
}
EXAMPLE_GRID = [
    ["Non sollicitée", "En partie", "Oui", "Oui"],
    ["Non sollicitée", "Oui", "Oui", "Non"],
    ["En partie", "Oui", "Oui", "En partie"],
    ["Non sollicitée", "En partie", "Oui", "Flou"],
    ["Non", "Flou", "Oui", "Non"],
    ["Non sollicitée", "Oui", "Oui", "Sans réponse"],
    ["Flou", "En partie", "En partie", "Flou"],
    ["Non sollicitée", "Sans réponse", "Oui", "En partie"],
    ["Non", "Oui", "Oui", "Flou"],
    ["Non sollicitée", "Non", "En partie", "Sans réponse"],
]
#: tests/fixtures/avant, before the vote: three lists, no elected one.
BEFORE_LISTS = ["Cap sur demain", "Exempleville ensemble", "Vallée vivante"]
BEFORE_GRID = [
    ["Oui", "Sans réponse", "En partie"],
    ["En partie", "Sans réponse", "Oui"],
    ["Oui", "Oui", "Oui"],
    ["Flou", "Sans réponse", "En partie"],
    ["Non", "Non", "Oui"],
    ["Oui", "Sans réponse", "Oui"],
    ["Sans réponse", "Sans réponse", "Oui"],
    ["En partie", "Non", "Oui"],
    ["Oui", "Sans réponse", "Oui"],
    ["Flou", "Sans réponse", "Non sollicitée"],
]
#: The words of a measure page for each word of the grid.
IN_FULL = {"Oui": "S'engage pleinement", "En partie": "S'engage en partie",
           "Flou": "Flou ou neutre", "Non": "S'oppose", "Sans réponse": "Sollicitée, sans réponse",
           "Non sollicitée": "Non sollicitée"}


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize("site_name, header, grid", [
    ("example_site", ["Agir pour Saint-Exemple",
                      "L'Avenir en commun à Saint-Exemple (liste élue)",
                      "Renouveau citoyen", "Saint-Exemple d'abord"], EXAMPLE_GRID),
    ("before_site", BEFORE_LISTS, BEFORE_GRID),
], ids=["example", "avant"])
def test_grid_shows_every_list_and_measure_with_its_label_in_words(site_name, header, grid,
                                                                   request):
    site = request.getfixturevalue(site_name)
    table = soup(site, "index.html").find(
        "caption", string="Position de chaque liste sur chaque mesure (avant l'élection)").parent
    assert [th.get_text(" ", strip=True) for th in table.thead.find_all("th")] == \
        ["Mesure", *header]
    rows = table.tbody.find_all("tr")
    assert all(row.th["scope"] == "row" for row in rows)
    assert [(words(row.th.get_text()), [td.get_text(strip=True) for td in row("td")])
            for row in rows] == list(zip(TITLES, grid, strict=True))


def test_each_measure_page_quotes_each_list_with_its_source(example_site):
    """Each list's section, in full words (« S'engage en partie »), quoting the list's own
    words from its file and linking its source without telling it where the reader came from."""
    data = load_dataset(EXAMPLE, TODAY)  # for the editors' quotes and source addresses
    for measure, grid_row in zip(SLUGS, EXAMPLE_GRID, strict=True):
        page = soup(example_site, f"mesures/{measure}.html")
        sections = page("section", class_="stance")
        assert [(s["id"], s.h3.get_text(" ", strip=True).split(" (")[0],
                 s.find("span", class_="pos").get_text()) for s in sections] == \
            [(slug, name, IN_FULL[short])
             for (slug, name), short in zip(EXAMPLE_LISTS.items(), grid_row, strict=True)]
        for slug, section in zip(EXAMPLE_LISTS, sections, strict=True):
            stance = data.stance(slug, measure)
            if stance.quote:
                quoted = re.sub(r"[*_`]", "", stance.quote).split()[:6]
                assert " ".join(quoted) in " ".join(section.blockquote.get_text().split())
            if stance.source and stance.source.url:
                link = section.find("a", href=stance.source.url)
                assert link is not None and link["rel"] == ["noopener", "noreferrer"]


NOT_ELECTED = ("Liste non élue : ses positions d'avant l'élection sont conservées pour "
               "mémoire.")


def test_list_pages_show_every_measure_and_mark_elected_and_defeated(example_site):
    for slug in EXAMPLE_LISTS:
        page = soup(example_site, f"listes/{slug}.html")
        assert len(page.find_all("section", class_="stance")) == 10  # the ten measures
        text = words(page.get_text(" "))
        if slug == "avenir-commun":  # commune.yaml's liste_elue
            assert "Liste élue" in text and NOT_ELECTED not in text
        else:
            assert NOT_ELECTED in text and "Liste élue" not in text


def test_before_the_election_there_is_no_follow_up(before_site):
    text = words(soup(before_site, "index.html").get_text(" "))
    assert "Phase actuelle : Avant l'élection : engagements des listes candidates" in text
    assert "Suivi de l'équipe élue" not in text


@pytest.mark.parametrize("site_name", ["example_site", "before_site", "minimal_site"])
def test_every_internal_link_resolves_to_a_file(site_name, request):
    assert check_links(request.getfixturevalue(site_name)) == []


def test_every_page_is_french_scriptless_and_allows_only_its_own_stylesheet(example_site):
    for path in pages(example_site):
        page = soup(example_site, str(path.relative_to(example_site)))
        assert page.html["lang"] == "fr", path
        assert not page.find_all(["script", "iframe", "object", "embed", "img"]), path
        assert not page.find_all(attrs={"style": True}), path
        csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp
        assert page.find("meta", attrs={"name": "referrer"})["content"] == "no-referrer"
        # browsers ask every site for an icon: an empty one spares the request (and a 404)
        assert page.find("link", rel="icon")["href"] == "data:,"
        assert "img-src data:;" in csp and "form-action 'none'" in csp
        assert len(page.find_all("h1")) == 1, path


def test_headings_never_skip_a_level(example_site):
    for path in pages(example_site):
        levels = [int(h.name[1]) for h in soup(example_site, str(path.relative_to(example_site)))
                  .find_all(re.compile(r"^h[1-6]$"))]
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (path, levels)


def test_only_our_pages_are_written_no_blog_machinery(example_site):
    written = {p.relative_to(example_site).as_posix() for p in example_site.rglob("*")
               if p.is_file()}
    expected = {"index.html", "404.html", "poids.html", "poids.json", "mesures/index.html",
                "listes/index.html", "a-propos.html", "methode.html", "contribuer.html",
                "mentions-legales.html"}
    expected |= {f"mesures/{slug}.html" for slug in SLUGS}
    expected |= {f"listes/{slug}.html" for slug in EXAMPLE_LISTS}
    assert expected <= written
    for blog in ("tags.html", "categories.html", "authors.html", "archives.html", "feeds",
                 "theme", "pages"):
        assert not any(w.startswith(blog) for w in written), blog


def test_content_pages_use_the_theme(example_site):
    page = soup(example_site, "methode.html")
    assert page.find("nav") and page.find("a", class_="skip")
    assert page.find("a", attrs={"aria-current": "page"}).get_text() == "Méthode"


def test_not_found_page_links_home_relatively_then_absolutely_when_published(example_site,
                                                                            published_site):
    assert soup(example_site, "404.html").find("a", string="Revenir à l'accueil")[
        "href"] == "./index.html"
    assert soup(published_site, "404.html").find("a", string="Revenir à l'accueil")[
        "href"].startswith("https://")


def test_published_build_ships_gzip_copies_and_keeps_links_relative(published_site):
    assert (published_site / "index.html.gz").is_file()
    sitemap = (published_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://tenir-parole.example.org/methode.html</loc>" in sitemap
    assert "<loc>https://tenir-parole.example.org/mesures/data-centers.html</loc>" in sitemap
    assert check_links(published_site) == []


def test_the_offline_page_of_a_plain_build_says_how_to_get_the_offline_editions(example_site):
    plain = soup(example_site, "hors-ligne.html").main.get_text(" ")
    assert "ci-dessus" not in plain and "make usb" in plain and "make carnet" in plain
