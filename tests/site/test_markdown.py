"""The sanitiser: whatever an editor types, a page can neither run nor load anything."""

import pytest

from tenir_parole.site.markdown import FIELD_TAGS, render, sanitize


@pytest.mark.parametrize(("dirty", "gone"), [
    ('<script>alert("piège")</script>', ("<script", "alert", "piège")),
    ('<p onmouseover="alert(1)">x</p>', ("onmouseover", "alert")),
    ('<a href="javascript:alert(1)">x</a>', ("javascript:", "alert")),
    ('<a href="data:text/html,x">x</a>', ("data:",)),
    ('<a href="ftp://example.org/f">x</a>', ("ftp:",)),
    ("<img src=x onerror=alert(1)>", ("<img", "onerror", "alert")),
    ('<iframe src="https://evil.example/"></iframe>', ("<iframe", "evil")),
    ("<style>body{display:none}</style>", ("<style", "display")),
    ('<p style="color:red">x</p>', ("style", "color")),
    ('<div class="x" id="y">x</div>', ("<div", "class", "id=")),
    ("<!-- caché --><p>x</p>", ("caché", "<!--")),
    ('<form action="https://evil.example"><input name="x"></form>', ("<form", "<input")),
])
def test_hostile_markup_is_removed(dirty, gone):
    clean = sanitize(f"<p>Avant</p>{dirty}<p>Après</p>")
    assert "<p>Avant</p>" in clean and "<p>Après</p>" in clean
    for fragment in gone:
        assert fragment not in clean


@pytest.mark.parametrize("kept", [
    "<p>Un <em>mot</em>, un <strong>autre</strong>, du <code>code</code>.</p>",
    '<p><abbr title="Plan communal de sauvegarde">PCS</abbr></p>',
    '<h2 id="methode">Méthode</h2><h3 id="a">A</h3><h4 id="b">B</h4>',
    "<ul><li>un</li></ul><ol><li>deux</li></ol><blockquote><p>cité</p></blockquote>",
    '<table><caption>T</caption><thead><tr><th scope="col">A</th></tr></thead>'
    '<tbody><tr><td colspan="2" rowspan="1">1</td></tr></tbody></table>',
    "<dl><dt>terme</dt><dd>définition</dd></dl><hr><pre>bloc</pre><p><kbd>Ctrl</kbd><br></p>",
    '<p><a href="contribuer.html" title="Guide" hreflang="fr" rel="noopener noreferrer">'
    "guide</a></p>",
    '<p><a href="mailto:suivi@example.org" rel="noopener noreferrer">écrire</a></p>',
])
def test_harmless_markup_of_a_page_is_kept_as_written(kept):
    assert sanitize(kept) == kept


def test_every_link_gets_noopener_noreferrer():
    clean = sanitize('<a href="https://example.org/" onclick="alert(1)">x</a>')
    assert clean == '<a href="https://example.org/" rel="noopener noreferrer">x</a>'


def test_fields_have_no_headings_or_tables():
    clean = sanitize("<h2>Titre</h2><table><tr><td>1</td></tr></table><p>x</p>", FIELD_TAGS)
    assert "<h2" not in clean and "<table" not in clean and "<td" not in clean
    assert "Titre" in clean and "<p>x</p>" in clean


@pytest.mark.parametrize("text", [None, ""])
def test_nothing_renders_as_nothing(text):
    assert render(text) == ""


def test_an_editors_markdown_renders_sanitised():
    assert render("Le **plan** [communal](https://example.org/) <script>x()</script>") == (
        '<p>Le <strong>plan</strong> <a href="https://example.org/" '
        'rel="noopener noreferrer">communal</a> </p>')
    assert render("# Titre\n\ntexte") == "Titre\n<p>texte</p>"


def test_one_text_cannot_define_links_for_the_next():
    render("[programme]: https://evil.example/\n\nVoir [le programme][programme].")
    assert "evil" not in render("Voir [le programme][programme].")


@pytest.mark.parametrize(("text", "link"), [
    ("Voir ![le logo de la mairie](https://mairie.example.org/logo.png).",
     '<a href="https://mairie.example.org/logo.png" rel="noopener noreferrer">le logo de la '
     "mairie</a>"),
    ("![](https://x.example.org/a.png)",
     '<a href="https://x.example.org/a.png" rel="noopener noreferrer">'
     "https://x.example.org/a.png</a>"),
])
def test_an_image_pasted_in_a_text_becomes_a_link_to_it_with_its_words(text, link):
    """No page loads anything from another site, and nothing the editor wrote disappears."""
    html = render(text)
    assert link in html and "<img" not in html
