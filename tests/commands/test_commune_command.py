"""`make html`, `make check` and the editions as a volunteer runs them: which days an archive
may show, where each line goes, and the exit status."""

from __future__ import annotations

import pytest

from helpers import COMMUNE, EXAMPLE, ROOT, build, cli, soup, words, write_pledges


@pytest.mark.parametrize("day", ["2026-03-22", "2026-11-29"])
def test_the_election_day_and_the_datas_own_day_can_be_archived(tmp_path, day):
    """The record can be shown from the day of the vote (22 March 2026) up to the day of the
    data (29 November 2026), both included."""
    result = build(tmp_path / "output", EXAMPLE, "pelicanconf.py", "--date", day)
    assert result.returncode == 0, result.stderr
    assert f"Site construit dans output-{day}/" in result.stdout
    assert (tmp_path / f"output-{day}" / "index.html").is_file()


def test_make_check_lists_the_example_texts_and_make_html_only_counts_them(tmp_path):
    """On the example commune, `make check` lists each text to replace under a count, and
    `make html` says the same count in one line that sends to make check."""
    checked = cli("check", "--pledges", str(EXAMPLE), "--settings", str(ROOT / "pelicanconf.py"))
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("À compléter"))
    listed = [line for line in lines[head + 1:] if line.startswith("  ")]
    assert lines[head] == f"À compléter avant de publier ({len(listed)}) :" and len(listed) > 10
    assert "Commune d'exemple" not in checked.stdout
    built = build(tmp_path / "output", EXAMPLE)
    assert built.returncode == 0, built.stderr
    assert (f"Commune d'exemple (« exemple: true » dans commune.yaml) : {len(listed)} textes "
            "d'exemple à remplacer pour une vraie commune ; make check les liste.") in \
        built.stdout.splitlines()
    assert "À compléter" not in built.stdout


def test_the_siteurl_of_the_environment_wins_over_the_communes_site(tmp_path, monkeypatch):
    """A CI file's SITEURL, when filled, is the address the site gives for itself (here the
    archive's link to the site kept up to date), rather than `site:` of commune.yaml."""
    monkeypatch.setenv("SITEURL", "https://suivi.villeneuve.fr/")
    pledges = write_pledges(tmp_path / "pledges",
                            commune_yaml=COMMUNE + "site: https://villeneuve.example.org\n")
    result = build(tmp_path / "output", pledges, "pelicanconf.py", "--date", "2026-06-01")
    assert result.returncode == 0, result.stderr
    banner = soup(tmp_path / "output-2026-06-01", "index.html").select_one(".edition.archive")
    assert words(banner.get_text(" ")).endswith("Le site à jour : https://suivi.villeneuve.fr")
    assert banner.a["href"] == "https://suivi.villeneuve.fr/index.html"
