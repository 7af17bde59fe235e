"""The printed editions' pages (imprimer/*.html, before Chromium prints them) in the words a
reader of the paper reads: the carnet's date, the letter's greeting to the mayor or to a head
of list, the boxes a list ticks in their order, and the narrow grid's break points."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import shutil

import pytest

from helpers import EXAMPLE, FIXTURES, ROOT, TODAY, crowded, soup, words
from tenir_parole.build.site import build
from tenir_parole.core.assembly import load_dataset

ONLINE = "https://tenir-parole.example.org"


def printed(pledges, output):
    """The printed editions' HTML of ``pledges``, as `make carnet` builds them to print."""
    printing = {"online": ONLINE, "version": "v1", "answer_by": dt.date(2026, 12, 29),
                "archive": None}
    assert build(ROOT / "pelicanconf.py", output, load_dataset(pledges, TODAY), online=ONLINE,
                 extra={"PRINT": printing, "PAGE_PATHS": []}) == 0
    return output / "imprimer"


@pytest.fixture(scope="module")
def after(tmp_path_factory):
    return printed(EXAMPLE, tmp_path_factory.mktemp("imprimer") / "output")


@pytest.fixture(scope="module")
def before(tmp_path_factory):
    return printed(FIXTURES / "avant", tmp_path_factory.mktemp("imprimer-avant") / "output")


def paragraphs(folder, page: str) -> list[str]:
    return [words(p.get_text(" ")) for p in soup(folder, page).find_all("p")]


def test_every_style_of_a_printed_page_is_allowed_by_its_policy(after):
    """A browser drops an inline style its Content-Security-Policy does not name by hash (CSP
    level 2): a printed page keeps its layout and its page rules only if each one is named."""
    for page in sorted(after.glob("*.html")):
        html = soup(after, page.name)
        csp = html.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
        styles = html.find_all("style")
        assert len(styles) == 2, page.name
        for style in styles:
            digest = hashlib.sha256(style.string.encode("utf-8")).digest()
            assert f"'sha256-{base64.b64encode(digest).decode()}'" in csp, page.name
        assert "form-action 'none'" in csp and "base-uri 'none'" in csp, page.name


def test_the_carnet_says_the_day_it_is_up_to_date(after):
    assert "À jour au 29 novembre 2026" in paragraphs(after, "carnet.html")


def test_the_letter_to_the_mayor_greets_the_mayor(after):
    said = paragraphs(after, "lettre.html")
    assert "Madame la Maire, Monsieur le Maire," in said
    assert "Madame, Monsieur," not in said


def test_a_letter_to_a_list_greets_its_head_and_offers_the_boxes_in_order(before):
    page = soup(before, "lettre.html")
    said = [words(p.get_text(" ")) for p in page.find_all("p")]
    assert "Madame, Monsieur," in said
    assert "Madame la Maire, Monsieur le Maire," not in said
    boxes = page.find("ul", class_="cases")
    assert [words(li.text) for li in boxes.find_all("li")] == [
        "S'engage pleinement", "S'engage en partie", "Flou ou neutre", "S'oppose",
        "Ne pas se prononcer (noté « Sollicitée, sans réponse »)"]


def test_a_grid_of_more_than_five_lists_says_where_its_narrow_words_may_break(tmp_path):
    folder = printed(crowded(EXAMPLE, tmp_path / "pledges"), tmp_path / "output")
    cells = {td.get_text() for td in soup(folder, "carnet.html").select("table.grille td")}
    assert "Non sol\u00adli\u00adci\u00adtée" in cells
    assert "Non sollicitée" not in cells


def with_lists(pledges, n: int):
    """A copy of the example with ``n`` lists (copies of its first list, renamed)."""
    shutil.copytree(EXAMPLE, pledges)
    lists = sorted((pledges / "listes").glob("*.yaml"))
    model = lists[0].read_text(encoding="utf-8")
    first = next(line for line in model.splitlines() if line.startswith("nom:"))
    for i in range(len(lists), n):
        (pledges / "listes" / f"liste-{i}.yaml").write_text(
            model.replace(first, f'nom: "Liste numéro {i}"', 1), encoding="utf-8")
    return pledges


@pytest.mark.parametrize(("n", "keyed"), [(5, False), (6, True)])
def test_the_printed_grid_numbers_its_lists_from_six_on(tmp_path, n, keyed):
    folder = printed(with_lists(tmp_path / "pledges", n), tmp_path / "output")
    grid = soup(folder, "carnet.html").select_one("table.grille")
    heads = [words(th.text) for th in grid.thead("th")][1:]
    assert len(heads) == n
    assert (heads == [str(i) for i in range(1, n + 1)]) is keyed
