"""`make html DATE=…`: the site as it stood on a day, built from the history beside the live
one, marked on every page, the same bytes at every run; a date it cannot show is refused."""

from __future__ import annotations

import subprocess

import pytest
from bs4 import BeautifulSoup

from helpers import EXAMPLE, FIXTURES, ROOT, build, words

DAY = "2026-09-30"


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    """The example as of 30 September 2026, built twice by `make html DATE=…` (each into a
    folder of its own, where a live output/ already stands)."""
    built = []
    for run in ("un", "deux"):
        parent = tmp_path_factory.mktemp(run)
        (parent / "output").mkdir()
        (parent / "output" / "index.html").write_text("le site à jour", encoding="utf-8")
        result = subprocess.run(["make", "-s", "html", f"DATE={DAY}",
                                 f"OUTPUTDIR={parent / 'output'}"], cwd=ROOT,
                                env={**__import__("os").environ, "PLEDGES": str(EXAMPLE)},
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        built.append((parent, result.stdout))
    return built


def test_an_archive_goes_beside_the_live_site_which_it_leaves_alone(archives):
    parent, said = archives[0]
    assert (parent / "output" / "index.html").read_text(encoding="utf-8") == "le site à jour"
    assert (parent / "output-2026-09-30" / "index.html").is_file()
    assert "état au 30 septembre 2026 (archive)" in said
    assert f"Site construit dans output-{DAY}/" in said


def test_every_page_says_it_is_the_record_of_that_day_and_no_search_engine_keeps_it(archives):
    site = archives[0][0] / f"output-{DAY}"
    for page in sorted(site.rglob("*.html")):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        banner = html.select_one("header .archive")
        assert banner and words(banner.text) == (
            "Archive : état au 30 septembre 2026, reconstitué d'après l'historique du suivi. "
            "Ce n'est pas le site à jour. Le site à jour : https://tenir-parole.example.org"
        ), page.name
        assert banner.a["href"] == "https://tenir-parole.example.org/index.html", page.name
        assert html.title.text.startswith("État au 30 septembre 2026 — "), page.name
        assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_the_archive_shows_the_record_of_that_day(archives):
    site = archives[0][0] / f"output-{DAY}"
    home = words(BeautifulSoup((site / "index.html").read_text(encoding="utf-8"),
                               "html.parser").text)
    assert "7 engagements de L'Avenir en commun à Saint-Exemple, par état du suivi au 30 " \
           "septembre 2026" in home
    assert "Tenu : 1 sur 7" in home and "Au point mort : 1 sur 7" in home
    measure = (site / "mesures" / "emplois-pas-ia.html").read_text(encoding="utf-8")
    assert "27 août 2026" in measure and "15 octobre 2026" not in measure  # abandoned later
    corrections = (site / "corrections.html").read_text(encoding="utf-8")
    assert "9 mars 2026" in corrections and "2 octobre 2026" not in corrections
    suivi = (site / "donnees" / "suivi.csv").read_text(encoding="utf-8-sig")
    assert "2026-09-30" in suivi and "2026-10-15" not in suivi  # the open data too


def test_the_same_data_and_day_give_the_same_bytes(archives):
    (one, _), (two, _) = archives
    files = sorted(p.relative_to(one / f"output-{DAY}") for p in
                   (one / f"output-{DAY}").rglob("*") if p.is_file())
    assert files and all((one / f"output-{DAY}" / f).read_bytes()
                         == (two / f"output-{DAY}" / f).read_bytes() for f in files)


@pytest.mark.parametrize(("pledges", "day", "said"), [
    (EXAMPLE, "2027-03-22", "DATE=2027-03-22 : date après celle des données, le 29 novembre "
                            "2026 (aujourd'hui, ou SOURCE_DATE_EPOCH) : l'état de ce jour n'est "
                            "pas encore connu"),
    (EXAMPLE, "2026-03-21", "DATE=2026-03-21 : date avant l'élection du 22 mars 2026 ; l'état "
                            "à une date se reconstitue à partir de ce jour-là"),
    (FIXTURES / "avant", "2026-01-10", "DATE=2026-01-10 : l'état à une date suit l'équipe élue, "
                                       "et la commune est encore « avant » l'élection (phase "
                                       "de commune.yaml)"),
])
def test_a_day_the_history_cannot_show_is_refused_in_french(tmp_path, pledges, day, said):
    result = build(tmp_path / "output", pledges, "pelicanconf.py", "--date", day)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [said, f"output-{day}/ n'a pas été modifié."]
    assert not (tmp_path / f"output-{day}").exists()

