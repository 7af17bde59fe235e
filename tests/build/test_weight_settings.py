"""PAGE_WEIGHT_BUDGET and PAGE_WEIGHT_MODE as an operator writes them in pelicanconf.py: a
wrong one refused in French at its line before anything is built; « warn » builds the site
and says which pages are over their budget."""

from __future__ import annotations

from helpers import EXAMPLE, ROOT, build


def settings(tmp_path, *lines: str):
    path = tmp_path / "reglages.py"  # not « pelicanconf.py »: it would import itself
    path.write_text(f"import sys\nsys.path.append({str(ROOT)!r})\n"
                    "from pelicanconf import *  # noqa: F403\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    return path


def test_a_budget_that_is_no_dictionary_is_refused_at_its_line(tmp_path):
    path = settings(tmp_path, "PAGE_WEIGHT_BUDGET = 14000")
    result = build(tmp_path / "output", EXAMPLE, path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{path.as_posix()}, ligne 4 : PAGE_WEIGHT_BUDGET doit être un dictionnaire",
        "output/ n'a pas été modifié."]
    assert not (tmp_path / "output").exists()


def test_an_unknown_mode_is_refused_at_its_line(tmp_path):
    path = settings(tmp_path, "PAGE_WEIGHT_MODE = 'avertir'")
    result = build(tmp_path / "output", EXAMPLE, path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == (
        f"{path.as_posix()}, ligne 4 : PAGE_WEIGHT_MODE : « avertir » inconnu (attendu : error, "
        "warn, report)")


def test_in_warn_mode_the_site_is_built_and_the_pages_over_budget_are_named(tmp_path):
    path = settings(tmp_path, "PAGE_WEIGHT_MODE = 'warn'",
                    "PAGE_WEIGHT_BUDGET = {'default': {'gzip': 6_000}}")
    result = build(tmp_path / "output", EXAMPLE, path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "index.html").is_file()
    said = result.stderr.splitlines()
    # The home page (6,0 ko) fits 5,9 ko no more; the guide for editors is longer still.
    assert [line.split()[0] for line in said if "+" in line] == [
        "carnet/index.html", "contribuer.html", "index.html"]
    assert said[-1] == "Poids des pages : 3 pages sur 28 dépassent leur budget."
