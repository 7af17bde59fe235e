"""weigh_site: every file a page loads, counted once, and the references it must not make."""

from __future__ import annotations

import gzip
import random

import pytest

from tenir_parole.weight.weigh import (
    EXTERNAL,
    MISSING,
    OUTSIDE,
    Problem,
    measure,
    weigh_page,
    weigh_site,
)
from weight_sites import noise, site_fixture

site = site_fixture()


def resources(site) -> dict[str, list[str]]:
    return {w.path: [r.path for r in w.resources] for w in weigh_site(site.root)}


def problems(site) -> list[Problem]:
    return [p for w in weigh_site(site.root) for p in w.problems]


def test_css_import_chain_is_followed_relative_to_each_stylesheet(site) -> None:
    site.page("carnet/index.html", "", '<link rel="stylesheet" href="../theme/css/a.css">')
    site.write("theme/css/a.css", '@import url("sub/b.css"); body { color: red }')
    site.write("theme/css/sub/b.css", "@font-face { font-family: F; src: url(../../fonts/f.woff2) "
               "format('woff2'), url(../../fonts/f.woff) format('woff'); }")
    site.write("theme/fonts/f.woff2", b"\x00woff2")
    site.write("theme/fonts/f.woff", b"\x00woff")
    assert resources(site) == {
        "carnet/index.html": ["theme/css/a.css", "theme/css/sub/b.css", "theme/fonts/f.woff2"]
    }
    assert problems(site) == []


def test_srcset_counts_every_candidate(site) -> None:
    site.page("index.html", '<img src="a.png" srcset="a.png 1x, a@2x.png 2x, a@3x.png 3x" alt="">')
    for name in ("a.png", "a@2x.png", "a@3x.png"):
        site.write(name, b"png")
    assert resources(site) == {"index.html": ["a.png", "a@2x.png", "a@3x.png"]}


def test_inline_style_element_and_attribute(site) -> None:
    site.page("index.html", '<div style="background:url(img/b.png)"></div>',
              "<style>header { background: url('img/h.png') }</style>")
    site.write("img/b.png", b"b")
    site.write("img/h.png", b"h")
    assert resources(site) == {"index.html": ["img/b.png", "img/h.png"]}


def test_a_resource_referenced_twice_is_counted_once(site) -> None:
    site.page(
        "index.html",
        '<img src="logo.svg" alt=""><img src="./logo.svg?v=2" alt=""><img src="/logo.svg" alt="">',
        '<link rel="stylesheet" href="s.css"><link rel="stylesheet" href="s.css">',
    )
    site.write("s.css", "h1 { background: url(logo.svg) }")
    site.write("logo.svg", "<svg/>")
    [weight] = weigh_site(site.root)
    assert [r.path for r in weight.resources] == ["logo.svg", "s.css"]
    assert weight.requests == 3


def test_sizes_are_the_page_plus_each_file_gzipped_on_its_own(site) -> None:
    page = site.page("index.html", '<script src="app.js"></script>')
    site.write("app.js", noise(3000))
    [weight] = weigh_site(site.root)

    def gz(data: bytes) -> int:
        return len(gzip.compress(data, 9, mtime=0))

    html = page.read_bytes()
    assert weight.raw == len(html) + 3000
    assert weight.gzip == gz(html) + gz(noise(3000))
    assert weight.resources[0].raw == 3000


def test_navigation_links_and_data_uris_are_not_loads(site) -> None:
    site.page("index.html", '<a href="autre.html">autre</a><a href="https://ailleurs.fr">x</a>'
              '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">'
              '<a href="#haut">haut</a>', "<style>p { background: url(data:image/png;base64,AA) }"
              "</style>")
    site.page("autre.html", "")
    assert resources(site) == {"autre.html": [], "index.html": []}
    assert problems(site) == []


@pytest.mark.parametrize("ref", ["about:blank", "javascript:void(0)", "JavaScript:void(0)",
                                 "blob:https://ici.example/1234"])
def test_addresses_that_fetch_nothing_are_neither_loads_nor_problems(site, ref) -> None:
    """An iframe on « about:blank » or an image on a « blob: » costs no request: the page is
    neither heavier nor refused (the link check, not the weight, judges « javascript: »)."""
    site.page("index.html", f'<iframe src="{ref}" title="vide"></iframe>')
    assert resources(site) == {"index.html": []}
    assert problems(site) == []


def test_a_folder_reference_weighs_the_index_html_a_server_would_send(site) -> None:
    site.page("index.html", '<iframe src="carte/" title="carte"></iframe>')
    site.page("carte/index.html", "")
    assert resources(site)["index.html"] == ["carte/index.html"]
    assert problems(site) == []


def test_percent_encoded_and_folder_relative_paths(site) -> None:
    site.page("carnet/2024/index.html", '<img src="../images/mon%20plan.png#vue" alt="">')
    site.write("carnet/images/mon plan.png", b"plan")
    assert resources(site)["carnet/2024/index.html"] == ["carnet/images/mon plan.png"]


@pytest.mark.parametrize(
    ("head", "files", "reference", "reason"),
    [
        ('<link rel="stylesheet" href="absent.css">', {}, "absent.css", MISSING),
        ('<link rel="stylesheet" href="s.css">', {"s.css": "p{background:url(trou.png)}"},
         "trou.png", MISSING),
        ('<link rel="stylesheet" href="s.css">',
         {"s.css": "@font-face{font-family:F;src:url(https://fonts.example/f.woff2)}"},
         "https://fonts.example/f.woff2", EXTERNAL),
        ('<script src="//cdn.example/lib.js"></script>', {}, "//cdn.example/lib.js", EXTERNAL),
        ('<img src="http://example.org/a.png" alt="">', {}, "http://example.org/a.png",
         EXTERNAL),
        ('<img src="../../hors.png" alt="">', {}, "../../hors.png", OUTSIDE),
    ],
)
def test_forbidden_references_are_problems(site, head, files, reference, reason) -> None:
    site.page("carnet/index.html", "", head)
    for path, content in files.items():
        site.write(f"carnet/{path}", content)
    assert problems(site) == [Problem("carnet/index.html", reference, reason)]


def test_missing_files_are_not_counted_as_resources(site) -> None:
    site.page("index.html", '<img src="absent.png" alt=""><img src="la.png" alt="">')
    site.write("la.png", b"x")
    [weight] = weigh_site(site.root)
    assert [r.path for r in weight.resources] == ["la.png"]
    assert weight.requests == 2


def test_pages_are_every_html_file_sorted(site) -> None:
    for path in ("z.html", "a/index.html", "index.html"):
        site.page(path, "")
    site.write("notes.txt", "pas une page")
    assert [w.path for w in weigh_site(site.root)] == ["a/index.html", "index.html", "z.html"]


def table_page(rows: int = 3000, seed: int = 0) -> bytes:
    """A long HTML table: gzip -9 and gzip -8 differ on it by some bytes."""
    rng = random.Random(seed)
    return "".join(f'<tr><td class="c{rng.randint(0, 9)}">{rng.choice(["tenu", "en-cours"])}'
                   f"</td><td>{rng.randint(0, 99999)}</td></tr>\n"
                   for _ in range(rows)).encode()


def test_sizes_of_long_pages_are_those_of_gzip_9_to_the_byte() -> None:
    table = table_page()
    repeated = noise(20000, seed=3).hex().encode()[:20000] * 2  # a repeat 20 000 bytes back
    for data in (table, repeated):
        assert measure(data) == (len(data), len(gzip.compress(data, 9, mtime=0)))


def test_two_problems_of_a_page_are_both_named_in_order(site) -> None:
    site.page("index.html", '<img src="z.png" alt=""><img src="https://cdn.example/a.png" alt="">')
    assert problems(site) == [Problem("index.html", "https://cdn.example/a.png", EXTERNAL),
                              Problem("index.html", "z.png", MISSING)]


def test_what_follows_a_refused_or_inert_reference_is_still_weighed(site) -> None:
    site.page("index.html", '<img src="https://cdn.example/a.png" alt=""><img src="b.png" alt="">'
              '<img src="data:image/gif;base64,R0lGOD" alt=""><img src="c.png" alt="">')
    site.write("b.png", b"b")
    site.write("c.png", b"c")
    assert resources(site) == {"index.html": ["b.png", "c.png"]}


def test_one_page_is_weighed_on_its_own(site) -> None:
    site.page("index.html", "", '<link rel="stylesheet" href="s.css">')
    site.write("s.css", "p { color: red }")
    weight = weigh_page(site.root, "index.html")
    assert [r.path for r in weight.resources] == ["s.css"] and weight.requests == 2


def test_a_page_that_names_itself_does_not_load_itself_again(site) -> None:
    site.page("index.html", "", '<link rel="prefetch" href="index.html">'
              '<link rel="prefetch" href="./index.html?v=2">')
    [weight] = weigh_site(site.root)
    assert weight.resources == () and weight.requests == 1
