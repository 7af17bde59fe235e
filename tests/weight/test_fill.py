"""Placeholders: the footer figure and the table show the weight of the bytes written."""

from __future__ import annotations

import json
import random
import re

import pytest
from bs4 import BeautifulSoup

from tenir_parole.weight import check_output, format_kb, weigh_site
from tenir_parole.weight.budget import parse_budget
from tenir_parole.weight.fill import settle
from tenir_parole.weight.weigh import PageWeight, measure
from weight_sites import noise, site_fixture

FOOTER = re.compile(r"Poids de cette page : (\d+,\d ko) compressés")

site = site_fixture()


def report(site) -> dict[str, dict]:
    data = json.loads((site.root / "poids.json").read_text(encoding="utf-8"))
    return {page["page"]: page for page in data["pages"]}


def test_footer_is_filled_with_the_final_weight(site) -> None:
    site.page("index.html", '<img src="photo.bin" alt=""><footer><!--page-weight--></footer>')
    site.write("photo.bin", noise(5000))
    check_output(site.root, {})
    html = site.read("index.html")
    assert "<!--page-weight-->" not in html
    [shown] = FOOTER.findall(html)
    final = report(site)["index.html"]
    assert shown == format_kb(final["gzip"])
    # The report describes the bytes on disk after filling.
    [again] = weigh_site(site.root)
    assert (again.gzip, again.raw) == (final["gzip"], final["raw"])


def test_placeholder_may_have_spaces_and_appear_twice(site) -> None:
    site.page("index.html", "<p><!-- page-weight --></p><footer><!--page-weight--></footer>")
    check_output(site.root, {})
    assert len(set(FOOTER.findall(site.read("index.html")))) == 1
    assert len(FOOTER.findall(site.read("index.html"))) == 2


def test_pages_without_placeholder_are_left_untouched(site) -> None:
    page = site.page("index.html", "<p>rien à remplir</p>")
    before = page.read_bytes()
    check_output(site.root, {})
    assert page.read_bytes() == before


def test_table_lists_every_page_with_relative_file_links(site) -> None:
    site.page("index.html", "<p>Accueil</p>")
    site.page("carnet/index.html", "<p>Carnet</p><!--page-weight-->")
    site.page("a-propos/poids/index.html", "<main><!--page-weight-table--></main>")
    check_output(site.root, {"PAGE_WEIGHT_BUDGET": {"overrides": [("carnet/*", {"gzip": 40960})]}})
    soup = BeautifulSoup(site.read("a-propos/poids/index.html"), "html.parser")
    table = soup.find("table")
    assert table.caption.get_text() == "Poids de chaque page"
    headers = [th.get_text() for th in table.find_all("th", scope="col")]
    assert headers == ["Page", "Compressé", "Brut", "Requêtes", "Budget"]
    rows = table.tbody.find_all("tr")
    assert [row.th.get_text() for row in rows] == [
        "a-propos/poids/index.html", "carnet/index.html", "index.html"
    ]
    assert [row.a["href"] for row in rows] == ["index.html", "../../carnet/index.html",
                                               "../../index.html"]
    final = report(site)
    for row in rows:
        page = final[row.th.get_text()]
        cells = [td.get_text() for td in row.find_all("td")]
        assert cells[:3] == [format_kb(page["gzip"]), format_kb(page["raw"]),
                             str(page["requests"])]
        assert cells[3].startswith(format_kb(page["budget_gzip"]))
    # The carnet row shows the weight after its own footer was filled.
    assert FOOTER.search(site.read("carnet/index.html"))
    assert rows[1].find_all("td")[3].get_text() == "40,0 ko, 4 requêtes"


def test_table_marks_pages_over_budget(site) -> None:
    site.page("index.html", '<img src="lourd.bin" alt=""><!--page-weight-table-->')
    site.write("lourd.bin", noise(20000))
    check_output(site.root, {"PAGE_WEIGHT_MODE": "warn"})
    cell = BeautifulSoup(site.read("index.html"), "html.parser").find_all("td")[-1]
    assert cell.get_text() == "14,0 ko, 4 requêtes (dépassé)"


def _words_page(seed: int) -> str:
    """A page of random words; seed 404 sits on a rounding edge of the footer figure."""
    rnd = random.Random(seed)
    words = ["engagement", "commune", "numérique", "sobriété", "liste", "élu", "conseil", "vote"]
    body = " ".join(rnd.choice(words) + str(rnd.randint(0, 999))
                    for _ in range(rnd.randint(200, 3000)))
    return f"<html><body><p>{body}</p><footer><!--page-weight--></footer></body></html>"


def settled_is_consistent(text: str) -> bool:
    weight = PageWeight("index.html", *measure(text.encode()))
    filled, [final] = settle([weight], {"index.html": text}, parse_budget(None))
    data = filled["index.html"]
    [shown] = FOOTER.findall(data.decode())
    return measure(data)[1] == final.gzip and shown == format_kb(final.gzip)


def test_rounding_edge_still_settles() -> None:
    assert settled_is_consistent(_words_page(404))


PAGE = "<!DOCTYPE html><p>Texte.</p><footer><!--page-weight--></footer>\n"


def test_a_page_that_settles_on_the_second_round_gets_no_padding() -> None:
    wrong = PageWeight("index.html", 0, 0)  # so that the first round's figure is wrong
    filled, [weight] = settle([wrong], {"index.html": PAGE}, parse_budget(None))
    data = filled["index.html"]
    assert data == PAGE.replace("<!--page-weight-->", "Poids de cette page : "
                                f"{format_kb(measure(data)[1])} compressés").encode()
    assert (weight.page_raw, weight.page_gzip) == measure(data)


def test_a_page_whose_figure_cannot_settle_is_named(monkeypatch) -> None:
    from tenir_parole.weight import PageWeightError, fill

    monkeypatch.setattr(fill, "MAX_ROUNDS", 1)
    wrong = [PageWeight("b.html", 0, 0), PageWeight("a.html", 0, 0)]
    with pytest.raises(PageWeightError, match="impossible de stabiliser le chiffre affiché de "
                                              "a.html, b.html$"):
        settle(wrong, {"a.html": PAGE, "b.html": PAGE}, parse_budget(None))


def test_filling_adds_no_spaces_unless_asked() -> None:
    from tenir_parole.weight.fill import Shown, fill

    figures = {"a.html": Shown("1,0 ko", "2,0 ko", "1", "14,0 ko, 4 requêtes")}
    assert fill("<p><!-- page-weight --></p>", "a.html", figures) == \
        "<p>Poids de cette page : 1,0 ko compressés</p>"
    assert fill("<p></p>", "a.html", figures, 2) == "<p></p>  "
