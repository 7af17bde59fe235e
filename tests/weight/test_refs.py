"""What counts as a load: pure parsing of HTML, CSS and srcset, and reference resolution."""

from __future__ import annotations

import pytest

from tenir_parole.weight.refs import css_refs, html_refs, may_load, parsed_refs, srcset_urls
from tenir_parole.weight.weigh import EXTERNAL, OUTSIDE, RefError, resolve


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("a.png", ["a.png"]),
        ("a.png 1x, b.png 2x", ["a.png", "b.png"]),
        ("s.jpg 320w,m.jpg 640w,  l.jpg 1280w", ["s.jpg", "m.jpg", "l.jpg"]),
        ("a.png, b.png 2x", ["a.png", "b.png"]),
        ("data:image/png;base64,AAA= 1x, b.png 2x", ["data:image/png;base64,AAA=", "b.png"]),
        ("", []),
        ("a.png 1x, b.png 2x, ", ["a.png", "b.png"]),  # a separator left at the end
        ("%C3%A9t%C3%A9.png 1x, (b).png 2x", ["%C3%A9t%C3%A9.png", "(b).png"]),
        # a candidate longer than a few hundred characters (an inline image)
        (f"data:image/png;base64,{'A' * 400}= 1x, b.png 2x",
         [f"data:image/png;base64,{'A' * 400}=", "b.png"]),
        (f"{'a' * 300}.png 1x foo(1, 2), b.png 2x", [f"{'a' * 300}.png", "b.png"]),
        (f"{'a' * 300}.png 1x, ", [f"{'a' * 300}.png"]),
        (f"b.png 1x, {'c' * 300}.png", ["b.png", f"{'c' * 300}.png"]),
    ],
)
def test_srcset_lists_every_candidate(srcset: str, expected: list[str]) -> None:
    assert srcset_urls(srcset) == expected


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ('@import url("b.css");', ["b.css"]),
        ("@import 'b.css' screen;", ["b.css"]),
        ('@import "b.css";', ["b.css"]),
        ("body { background: url(img/bg.png) }", ["img/bg.png"]),
        ("h1 { background: url( 'x y.png' ) }", ["x y.png"]),
        ("/* url(commented.png) https://cdn.example/a.woff */ p {}", []),
        (
            "@font-face { font-family: F; src: local('F'), url(f.woff2) format('woff2'),"
            " url(f.woff) format('woff'); }",
            ["f.woff2"],
        ),
        (
            "@font-face { src: url(f.eot); src: url(f.woff2) format('woff2'), url(f.ttf); }",
            ["f.eot", "f.woff2"],
        ),
        ("p { color: red }", []),
    ],
)
def test_css_refs(css: str, expected: list[str]) -> None:
    assert sorted(set(css_refs(css))) == sorted(expected)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<link rel="stylesheet" href="s.css">', ["s.css"]),
        ('<link rel="icon" href="f.ico"><link rel="preload" as="font" href="f.woff2">',
         ["f.ico", "f.woff2"]),
        ('<link rel="alternate" href="feed.xml"><link rel="canonical" href="x.html">', []),
        ('<a href="other.html">lien</a>', []),
        ('<script src="app.js"></script>', ["app.js"]),
        ('<img src="a.png" srcset="a2.png 2x, a3.png 3x">', ["a.png", "a2.png", "a3.png"]),
        ('<picture><source srcset="a.webp"><img src="a.jpg"></picture>', ["a.webp", "a.jpg"]),
        ('<video src="v.mp4" poster="p.jpg"><source src="v.webm"></video>',
         ["v.mp4", "p.jpg", "v.webm"]),
        ('<audio src="s.ogg"></audio>', ["s.ogg"]),
        ('<object data="d.svg"></object><iframe src="f.html"></iframe><embed src="e.pdf">',
         ["d.svg", "f.html", "e.pdf"]),
        ('<div style="background: url(bg.png)"></div>', ["bg.png"]),
        ("<style>@import 'i.css'; p { background: url(p.png) }</style>", ["i.css", "p.png"]),
    ],
)
def test_html_refs_are_the_loads_only(html: str, expected: list[str]) -> None:
    assert sorted(html_refs(html)) == sorted(expected)


@pytest.mark.parametrize(
    ("ref", "base", "expected"),
    [
        ("s.css", "", "s.css"),
        ("s.css", "carnet", "carnet/s.css"),
        ("../theme/s.css", "carnet", "theme/s.css"),
        ("/theme/s.css", "carnet/2024", "theme/s.css"),
        ("s.css?v=3", "", "s.css"),
        ("sprite.svg#icone", "", "sprite.svg"),
        ("mon%20image.png", "", "mon image.png"),
        ("data:image/gif;base64,R0lGOD", "", None),
        ("#fragment", "", None),
        ("", "", None),
    ],
)
def test_resolve_local(ref: str, base: str, expected: str | None) -> None:
    assert resolve(ref, base) == expected


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        ("https://fonts.example/f.woff2", EXTERNAL),
        ("http://example.org/a.png", EXTERNAL),
        ("//cdn.example/lib.js", EXTERNAL),
        ("../../etc/passwd", OUTSIDE),
        ("../..", OUTSIDE),  # the folder just above the site
        ("../../", OUTSIDE),
        ("./../..", OUTSIDE),
    ],
)
def test_resolve_rejects(ref: str, reason: str) -> None:
    with pytest.raises(RefError, match=reason):
        resolve(ref, "carnet")


def test_absolute_urls_of_the_site_itself_are_local() -> None:
    assert resolve("https://tenir-parole.fr/theme/s.css", "", "https://tenir-parole.fr") == (
        "theme/s.css"
    )
    with pytest.raises(RefError):
        resolve("https://ailleurs.fr/s.css", "", "https://tenir-parole.fr")


@pytest.mark.parametrize("html", [
    '<link rel="stylesheet" href="s.css">', "<IMG SRC=a.png>", "<img/src=a.png>",
    '<img srcset="a.png 2x">', '<video poster="p.jpg">', '<object data="d.svg">',
    '<svg><use href="#i"/></svg>', '<svg><feImage href="f.png"/></svg>',
    '<p style="background:url(x.png)">', "<style>@import 'i.css';</style>",
    # links that surely load nothing are read without the parser; any other is parsed
    '<link rel="icon" href="favicon.ico">', '<link rel="stylesheet" href="s.css" rel="icon">',
    '<link rel="&#115;tylesheet" href="s.css">', "<link rel=stylesheet href=s.css>",
    '<link rel="stylesheet" title="a>b" href="s.css">', '<link href="s.css" rel="STYLESHEET">',
    '<link rel="icon" href="data:,"><link rel="stylesheet" href="s.css">',
    '<link/rel="stylesheet" href="s.css">', '<!-- <link rel="icon" href="i.png"> -->',
    '<svg><rect fill="url(#p)"/></svg><p style="background:url(x.png)">',
    "<style>p{background:url( #x)}</style>",
])
def test_a_page_that_may_load_something_is_parsed(html: str) -> None:
    assert may_load(html)


@pytest.mark.parametrize("html", [
    "<meta http-equiv=Content-Security-Policy content=\"default-src 'none'; style-src x\">",
    '<a href="mesures/data-centers.html">Data</a><p>source : délibération</p>',
    "<style>p{color:red}</style>", "",
    '<link rel="icon" href="data:,">', '<LINK REL="ICON" HREF=" DATA:,"/>',
    '<link rel="alternate" type="application/atom+xml" title="Suivi" href="../suivi.atom">',
    '<link rel="icon" href="">\n<link\nrel="icon"\nhref="data:image/png;base64,AAAA">',
    '<svg><rect fill="url(#p-tenu)"/></svg><p style="fill:URL(#p)">',
    ' <link rel="icon" href="data:,">\n<link href="data:," rel="icon">',  # odd, even offsets
    '<link rel="alternate" href="s.css" rel="stylesheet">',  # the first rel counts
])
def test_a_page_that_cannot_load_anything_is_not_parsed(html: str) -> None:
    assert not may_load(html) and html_refs(html) == []
    assert all(resolve(ref, "") is None for ref in parsed_refs(html))  # the parser agrees


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("a.png foo(1,2), b.png 2x", ["a.png", "b.png"]),  # a comma inside parentheses
        ("a.png (1x), b.png (2x)", ["a.png", "b.png"]),
        ("a.png (x y, z) 1x, c.png 2x", ["a.png", "c.png"]),  # a space inside them
    ],
)
def test_srcset_descriptors_may_hold_parentheses(srcset: str, expected: list[str]) -> None:
    assert srcset_urls(srcset) == expected


def test_urls_before_or_after_a_font_face_all_count() -> None:
    css = ("body { background: url(bg.png) } @font-face { src: url(f.woff2), url(f.woff) }"
           " h1 { background: url(h.png) }")
    assert sorted(css_refs(css)) == ["bg.png", "f.woff2", "h.png"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<input type="image" src="b.png"><input type="IMAGE" src="c.png">', ["b.png", "c.png"]),
        ('<input type="text" src="t.png"><input type="button" src="u.png">', []),
        ('<input type="text" name="q"><input type="image">', []),
        ('<a rel="icon" href="n.html" style="color: red">suite</a>', []),
        ('<p rel="icon" href="p.png" style="color: red">texte</p>', []),
        ('<img rel="stylesheet" href="z.css" src="a.png">', ["a.png"]),  # only <link> has rel
        ('<video rel="stylesheet" href="z.css" src="v.mp4"></video>', ["v.mp4"]),
        ('<img src="a.png" type="image"><video src="v.mp4" type="image"></video>',
         ["a.png", "v.mp4"]),
        ('<p style="color: red">Voir url(x.png) et @import "y.css"</p>', []),
        ("<video src=v.mp4>Votre navigateur : url(x.png)</video>", ["v.mp4"]),
        ("<link rel='Stylesheet' href='s.css'><link rel='next' href='n.html'>", ["s.css"]),
        # « src » inside a policy first, then a real attribute soon after
        ('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">'
         "<img src=a.png>", ["a.png"]),
    ],
)
def test_only_what_the_browser_fetches_counts(html: str, expected: list[str]) -> None:
    assert sorted(html_refs(html)) == expected


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        ("mailto:suivi@example.org", EXTERNAL),
        ("tel:+33123456789", EXTERNAL),
        ("///evil.example/s.css", EXTERNAL),
    ],
)
def test_other_schemes_are_external(ref: str, reason: str) -> None:
    with pytest.raises(RefError, match=reason):
        resolve(ref, "")


@pytest.mark.parametrize("ref", ["-brouillon.css", "+1.png", "(ancien).png"])
def test_names_that_sort_before_dot_dot_stay_inside(ref: str) -> None:
    assert resolve(ref, "") == ref


@pytest.mark.parametrize("ref", ["https://zz.example/s.css", "https://tenir-parole.fr.evil/s"])
def test_an_address_that_is_not_the_site_is_external(ref: str) -> None:
    with pytest.raises(RefError, match=EXTERNAL):
        resolve(ref, "", "https://tenir-parole.fr")


def test_the_address_of_the_site_itself_is_its_home_page() -> None:
    site = "".join(["https://", "tenir-parole.fr"])  # another object than the setting
    assert resolve(site, "carnet", "https://tenir-parole.fr") == "."
