"""What residents see: the pages built from the example commune and the fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import EXAMPLE, FIXTURES, TODAY, soup, words
from tenir_parole import texts as ui_fr
from tenir_parole.build.links import check_links
from tenir_parole.core.assembly import load_dataset


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize("pledges", [EXAMPLE, FIXTURES / "avant"])
def test_grid_shows_every_list_and_measure_with_its_label_in_words(pledges, request):
    site = request.getfixturevalue("example_site" if pledges == EXAMPLE else "before_site")
    data = load_dataset(pledges, TODAY)
    table = soup(site, "index.html").find("caption", string=ui_fr.TEXTS["grid_caption"]).parent
    header = [th.get_text(" ", strip=True) for th in table.thead.find_all("th")]
    assert [h.split(" (")[0] for h in header[1:]] == [lst.name for lst in data.lists.values()]
    rows = table.tbody.find_all("tr")
    assert len(rows) == len(data.measures)
    for row, measure in zip(rows, data.measures, strict=True):
        assert row.th["scope"] == "row" and measure.title in words(row.th.get_text())
        cells = [td.get_text(strip=True) for td in row.find_all("td")]
        expected = [ui_fr.POSITION_SHORT[data.stance(slug, measure.slug).position]
                    for slug in data.lists]
        assert cells == expected


def test_each_measure_page_quotes_each_list_with_its_source(example_site):
    data = load_dataset(EXAMPLE, TODAY)
    for measure in data.measures:
        page = soup(example_site, f"mesures/{measure.slug}.html")
        for slug, lst in data.lists.items():
            section = page.find("section", id=slug)
            stance = data.stance(slug, measure.slug)
            assert lst.name in section.h3.get_text()
            assert ui_fr.POSITION_LABELS[stance.position] in section.get_text()
            if stance.quote:
                words = re.sub(r"[*_`]", "", stance.quote).split()[:6]
                assert " ".join(words) in " ".join(section.blockquote.get_text().split())
            if stance.source and stance.source.url:
                link = section.find("a", href=stance.source.url)
                assert link is not None and link["rel"] == ["noopener", "noreferrer"]


def test_list_pages_show_every_measure_and_mark_elected_and_defeated(example_site):
    data = load_dataset(EXAMPLE, TODAY)
    for slug in data.lists:
        page = soup(example_site, f"listes/{slug}.html")
        assert len(page.find_all("section", class_="stance")) == len(data.measures)
        text = words(page.get_text(" "))
        if slug == data.commune.elected_list:
            assert ui_fr.TEXTS["elected"] in text and ui_fr.TEXTS["not_elected"] not in text
        else:
            assert ui_fr.TEXTS["not_elected"] in text


def test_before_the_election_there_is_no_follow_up(before_site):
    text = words(soup(before_site, "index.html").get_text(" "))
    assert ui_fr.PHASE_LABELS["avant"] in text
    assert ui_fr.TEXTS["followup_title"] not in text


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
    data = load_dataset(EXAMPLE, TODAY)
    expected = {"index.html", "404.html", "poids.html", "poids.json", "mesures/index.html",
                "listes/index.html", "a-propos.html", "methode.html", "contribuer.html",
                "mentions-legales.html"}
    expected |= {f"mesures/{m.slug}.html" for m in data.measures}
    expected |= {f"listes/{slug}.html" for slug in data.lists}
    assert expected <= written
    for blog in ("tags.html", "categories.html", "authors.html", "archives.html", "feeds",
                 "theme", "pages"):
        assert not any(w.startswith(blog) for w in written), blog


def test_content_pages_use_the_theme(example_site):
    page = soup(example_site, "methode.html")
    assert page.find("nav") and page.find("a", class_="skip")
    assert page.find("a", attrs={"aria-current": "page"}).get_text() == ui_fr.TEXTS["nav_method"]


def test_not_found_page_links_home_relatively_then_absolutely_when_published(example_site,
                                                                            published_site):
    assert soup(example_site, "404.html").find("a", string=ui_fr.TEXTS["not_found_back"])[
        "href"] == "./index.html"
    assert soup(published_site, "404.html").find("a", string=ui_fr.TEXTS["not_found_back"])[
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
