"""Pelican run by the build (build.pelican): a warning stops the build and is shown in French
context, build after build; a failure says its cause; the site's address has no trailing « / »."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from helpers import ROOT, build, write_pledges
from tenir_parole.build.pelican import pelican_locale, pelican_settings, run_pelican

FAILED = "Pelican a signalé un problème (les avertissements sont bloquants) :"


def test_a_link_to_a_missing_page_is_a_warning_that_stops_every_build(tmp_path):
    """Pelican only warns about « {filename} » naming no page: here that stops the build,
    and the same mistake is said again, by name, on every later build in the same process
    (`make devserver` rebuilds in one; Pelican counts warnings process-wide, and past five
    of a kind it says them vaguely, then no more)."""
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    (content / "pages" / "a-propos.md").write_text(
        "Title: À propos\n\nVoir [la charte]({filename}/charte.md).\n", encoding="utf-8")
    pledges = write_pledges(tmp_path / "pledges")
    for _ in range(7):
        result = build(tmp_path / "output", pledges, "pelicanconf.py", "--content", str(content))
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            FAILED, "Unable to find '/charte.md', skipping url replacement.",
            "output/ n'a pas été modifié."]


def test_a_good_build_prints_no_line_of_pelicans_own(tmp_path):
    """Pelican's English summary (« Done: Processed 5 pages… ») is not shown to editors."""
    result = build(tmp_path / "output", write_pledges(tmp_path / "pledges"))
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.splitlines()[1:3] == ["Données valides : 2 mesures, 1 liste.",
                                               "Site construit dans output/ : 17 pages."]


def test_a_template_error_is_named_by_its_cause(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    (theme / "templates" / "page.html").write_text("{% if %}", encoding="utf-8")
    settings = tmp_path / "theme.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                        f"from pelicanconf import *\nTHEME = {str(theme)!r}\n")
    result = build(tmp_path / "output", write_pledges(tmp_path / "pledges"), settings)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        FAILED, "TemplateSyntaxError: Expected an expression, got 'end of statement block'",
        "output/ n'a pas été modifié."]


def pelican_logging(lines: int):
    """A Pelican that logs its progress, then one warning of ``lines`` lines, each followed
    by a blank one (not shown)."""

    class Logs:
        def __init__(self, settings: dict):
            self.settings = settings

        def run(self) -> None:
            logger = logging.getLogger("pelican.essai")
            logger.setLevel(logging.DEBUG)
            logger.info("Écriture de index.html")  # progress, not a problem
            logger.warning("\n".join(f"ligne {n}\n  " for n in range(1, lines + 1)))

    return Logs


@pytest.mark.parametrize(("lines", "shown"), [(3, range(1, 4)), (15, range(1, 16)),
                                              (20, range(6, 21))])
def test_a_failure_shows_pelicans_warnings_up_to_their_last_fifteen_lines(monkeypatch, lines,
                                                                           shown):
    import pelican

    monkeypatch.setattr(pelican, "Pelican", pelican_logging(lines))
    assert run_pelican({}) == [FAILED, *(f"ligne {n}" for n in shown)]


@pytest.mark.parametrize(("settings", "siteurl"), [("publishconf.py", "https://suivi.ville.example"),
                                                   ("pelicanconf.py", "")])
@pytest.mark.parametrize("typed", ["https://suivi.ville.example", "https://suivi.ville.example/"])
def test_the_sites_address_is_taken_without_its_trailing_slash(settings, siteurl, typed):
    """« site: https://…/ » in commune.yaml (or SITEURL=…/): no « //mesures/… » in feeds."""
    with pelican_locale():
        taken = pelican_settings(ROOT / settings, Path("output"), None, None, None, [], typed)
    assert (taken["SITEURL"], taken["SITEURL_ONLINE"]) == (siteurl,
                                                            "https://suivi.ville.example")
