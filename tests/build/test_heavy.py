"""A text too heavy for a page is named where the editor wrote it, whichever file holds it.

`make check` refuses, before any build, a text that alone outweighs the whole budget of a page
showing it (compressed as the budget counts, gzip -9); it names the file, the line, the field
and the page. test_site_build.py shows the same through `make html`, and the text to shorten
on a page that the whole of its texts make too heavy.
"""

from __future__ import annotations

import gzip
import random
import string
from types import SimpleNamespace

import pytest

from helpers import ALPHA, COMMUNE, MESURES, SUIVI, cli, essay, write_pledges
from tenir_parole.build.heavy import explain
from tenir_parole.build.verify import load

HEAVY = essay(6000)  # about 30 ko compressed: over every page's budget, the carnet's included
CORRECTIONS = """\
corrections:
  - date: 2026-05-02
    page: "listes/alpha.html"
    modification: Ajout de la source.
    motif: Oubli de notre part.
"""


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def heavy(text: str, old: str) -> str:
    """``text`` with the one-line value ``old`` replaced by HEAVY."""
    assert text.count(old) == 1, old
    return text.replace(old, f'"{HEAVY}"')


# (file, its text with one value made heavy, the line's start, field, page named)
CASES = {
    "commune": ("commune.yaml", heavy(COMMUNE, "suivi@example.org"), "contact:", "contact",
                "index.html"),
    "measure": ("mesures.yaml", heavy(MESURES, "Interdire les écrans publicitaires numériques."),
                "    resume: \"", "resume", "mesures/ecrans-publicitaires.html"),
    "sub-measure": ("mesures.yaml", heavy(MESURES, "Une journée sans électricité par an"),
                    "        texte: \"", "texte", "mesures/services-hors-reseau.html"),
    "follow-up": ("suivi.yaml", heavy(SUIVI, "Le plan est en révision."), "    resume:",
                  "resume", "mesures/services-hors-reseau.html"),
    "correction": ("corrections.yaml", heavy(CORRECTIONS, "Oubli de notre part."), "    motif:",
                   "motif", "corrections.html"),
    "list": ("listes/alpha.yaml", heavy(ALPHA, "Anne Alpha"), "tete_de_liste:", "tete_de_liste",
             "listes/alpha.html"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_text_heavier_than_its_page_is_refused_at_its_file_and_line(tmp_path, case):
    name, text, start, field, page = CASES[case]
    root = write_pledges(tmp_path / "pledges", corrections_yaml=CORRECTIONS, **{name: text})
    result = cli("check", "--pledges", str(root))
    assert result.returncode == 1
    assert (f"pledges/{name}, ligne {line_of(text, start)} : « {field} » pèse à lui seul "
            in result.stderr), result.stderr
    assert f"plus que tout le budget de la page {page} (14,0 ko)" in result.stderr
    assert "1 erreur à corriger." in result.stderr


def test_a_stance_is_judged_against_the_lighter_of_its_two_pages(tmp_path):
    """A quote shows on its list's page and on its measure's page: the smaller budget rules."""
    text = heavy(ALPHA, "Nous inscrirons la panne au plan.")
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=text)
    budget = {"default": {"gzip": 40960}, "overrides": [("mesures/*", {"gzip": 20480})]}
    data, lines = load(root, {"PAGE_WEIGHT_BUDGET": budget})
    assert data is None
    assert (f"pledges/listes/alpha.yaml, ligne {line_of(text, '    citation:')} : « citation » "
            "pèse à lui seul " in lines[0])
    assert "plus que tout le budget de la page mesures/services-hors-reseau.html (20,0 ko)" \
        in lines[0]


def incompressible(size: int) -> str:
    """Letters whose gzip -9 is exactly ``size`` bytes."""
    rng = random.Random(7)
    text = ""
    while len(gzip.compress(text.encode(), 9)) < size:
        text += rng.choice(string.ascii_letters)
    assert len(gzip.compress(text.encode(), 9)) == size
    return text


@pytest.mark.parametrize("weight, refused", [(2048, False), (2049, True)])
def test_a_text_exactly_as_heavy_as_the_budget_still_fits(tmp_path, weight, refused):
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=ALPHA.replace(
        "Anne Alpha", incompressible(weight)))
    budget = {"default": {"gzip": 2048}, "overrides": [("carnet/*", {"gzip": 40960})]}
    data, lines = load(root, {"PAGE_WEIGHT_BUDGET": budget})
    assert (data is None) is refused, lines
    if refused:
        assert "« tete_de_liste » pèse à lui seul 2,0 ko compressés" in lines[0]


def test_a_page_over_budget_without_any_editor_text_names_no_text(tmp_path):
    """A page of content/ (the method, the legal notice) holds no text of pledges/: its excess
    is for the build's report alone; the commune's page and the carnet, which shows every
    text, name the heaviest they show."""
    root = write_pledges(tmp_path / "pledges", commune_yaml=COMMUNE.replace(
        "contact: suivi@example.org", f"contact: {essay(40)}"))
    data, _ = load(root, {})
    over = [SimpleNamespace(path="methode.html", over_gzip=2048),
            SimpleNamespace(path="index.html", over_gzip=1024),
            SimpleNamespace(path="carnet/index.html", over_gzip=512)]
    assert explain(data, over) == [
        "pledges/commune.yaml, ligne 9 : « contact » pèse 0,3 ko compressés sur la page "
        f"{page}, qui dépasse son budget de {excess} : raccourcissez ce texte d'au moins "
        "autant (ou coupez-le en plusieurs)"
        for page, excess in (("carnet/index.html", "0,5 ko"), ("index.html", "1,0 ko"))]
