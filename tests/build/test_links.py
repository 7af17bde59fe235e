"""Offline link check: links that would break on a USB stick are named, page by page."""

import pytest

from tenir_parole.build.links import check_links


@pytest.mark.parametrize(("href", "problem"), [
    ("/index.html", "lien absolu depuis la racine"),
    ("mesures/", "lien vers un dossier"),
    ("mesures", "lien vers un dossier"),
    ("absente.html", "fichier introuvable"),
    ("../dehors.html", "lien qui sort du site"),
    ("index.html#nulle-part", "ancre « #nulle-part » introuvable"),
    ("//cdn.example/x.css", "adresse sans schéma"),
    ("data:text/html,<script>x</script>", "lien vers un autre protocole"),
    ("x.y%2F..%2F..", "lien qui sort du site"),  # encoded slashes, decoded to « .. »
])
def test_broken_links_are_named(tmp_path, href, problem):
    (tmp_path / "mesures").mkdir()
    (tmp_path / "index.html").write_text(f'<h1 id="haut">x</h1><a href="{href}">x</a>')
    [line] = check_links(tmp_path)
    assert line.startswith(f"index.html : lien « {href} » — ") and problem in line


@pytest.mark.parametrize("href", ["listes/", "listes", "listes/#haut", "./listes/"])
def test_a_link_to_a_folder_is_named_even_when_the_folder_has_an_index(tmp_path, href):
    """On a USB stick, « listes/ » opens a folder listing, not listes/index.html."""
    (tmp_path / "listes").mkdir()
    (tmp_path / "listes" / "index.html").write_text('<h1 id="haut">Listes</h1>')
    (tmp_path / "index.html").write_text(f'<a href="{href}">Les listes</a>')
    assert check_links(tmp_path) == [
        f"index.html : lien « {href} » — lien vers un dossier : il doit nommer un fichier "
        "(…/index.html)"]


def test_good_links_pass(tmp_path):
    (tmp_path / "mesures").mkdir()
    (tmp_path / "mesures" / "a.html").write_text('<p id="suivi">x</p><a href="../index.html">x</a>')
    (tmp_path / "-brouillon.html").write_text("x")  # names that sort before « .. »
    (tmp_path / "+1.html").write_text("x")
    (tmp_path / "index.html").write_text(
        '<a href="mesures/a.html#suivi">x</a><a href="#top" id="top">x</a>'
        '<a href="https://example.org/">x</a><a href="mailto:x@example.org">x</a>'
        '<a href="-brouillon.html">x</a><a href="+1.html">x</a>'
        '<link rel="icon" href="data:,">')
    assert check_links(tmp_path) == []


@pytest.mark.parametrize("href", ["site.css", "data.css"])  # only « data: » holds its content
def test_a_stylesheet_that_is_not_there_is_named(tmp_path, href):
    (tmp_path / "index.html").write_text(f'<link rel="stylesheet" href="{href}">')
    assert check_links(tmp_path) == [f"index.html : lien « {href} » — fichier introuvable"]


def test_an_anchor_on_the_same_page_is_judged_page_by_page(tmp_path):
    """Two pages of one folder link to « #haut »; only the first has it."""
    (tmp_path / "listes").mkdir()
    links = '<a href="#haut">x</a><a href="?v=1#haut">x</a>'
    (tmp_path / "listes" / "a.html").write_text(f'<h1 id="haut">A</h1>{links}')
    (tmp_path / "listes" / "b.html").write_text(f"<h1>B</h1>{links}")
    assert check_links(tmp_path) == [
        "listes/b.html : lien « #haut » — ancre « #haut » introuvable dans la page",
        "listes/b.html : lien « ?v=1#haut » — ancre « #haut » introuvable dans la page"]


def test_a_link_written_as_a_browser_reads_it_passes(tmp_path):
    """Spaces around an address, a page name and an anchor written with %-escapes (« é » as
    %C3%A9): a browser follows each one, so the check does too."""
    (tmp_path / "page d'accueil.html").write_text('<h2 id="règle">Règle</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href=" page%20d\'accueil.html ">x</a><a href="page%20d\'accueil.html#r%C3%A8gle">x'
        '</a>', encoding="utf-8")
    assert check_links(tmp_path) == []


def test_an_image_maps_area_is_a_link_too(tmp_path):
    (tmp_path / "index.html").write_text('<map name="m"><area href="absente.html"></map>')
    assert check_links(tmp_path) == ["index.html : lien « absente.html » — fichier introuvable"]


def test_broken_links_are_named_page_after_page_in_the_order_of_their_names(tmp_path):
    for name in ("d.html", "b.html", "e.html", "c.html", "a.html"):
        (tmp_path / name).write_text('<a href="absente.html">x</a>')
    assert [line.split(" : ")[0] for line in check_links(tmp_path)] == [
        "a.html", "b.html", "c.html", "d.html", "e.html"]
