"""Safe builds: a bad edit, a hostile edit or a killed run never damages the published output/.

Data errors stop before Pelican starts: the checker is tested on them directly (test_check.py,
tests/data/); here, one of each kind of failure goes through the whole build, as `make html`
runs it, to prove the wiring leaves output/ exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from helpers import EXAMPLE, ROOT, build, command, essay, rewrite
from tenir_parole.build.output import recover, swap

HOSTILE = ('<script>alert(1)</script><img src=x onerror=alert(1)> '
           '[clic](javascript:alert(1)) [d](data:text/html,x) '
           '<iframe src=https://evil.example></iframe><style>*{}</style>'
           '<a href="https://evil.example" onclick="alert(1)">a</a> ![i](https://evil.example/i.png)')
TEXT_KEYS = ("nom", "tete_de_liste", "titre", "resume", "citation", "texte", "moyen",
             "description", "presentation", "contact", "departement", "modification", "motif",
             "page")


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def first_build(tmp_path_factory) -> Path:
    """One good build of the example, copied into each test's folder."""
    output = tmp_path_factory.mktemp("premier") / "output"
    result = build(output, EXAMPLE)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture
def site(tmp_path, first_build):
    """A copy of the example data, and its published site in output/."""
    pledges = tmp_path / "pledges"
    shutil.copytree(EXAMPLE, pledges)
    output = tmp_path / "output"
    shutil.copytree(first_build, output)
    return pledges, output, hashes(output)


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def assert_refused(result, output: Path, before: dict, *fragments: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "output/ n'a pas été modifié." in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    assert hashes(output) == before


def test_a_data_error_names_file_and_line_and_leaves_output_unchanged(site):
    pledges, output, before = site
    edit(pledges / "commune.yaml", "phase: apres", "phase: apres: oui")
    line = (pledges / "commune.yaml").read_text(encoding="utf-8").split("phase: apres")[0]
    assert_refused(build(output, pledges), output, before,
                   f"pledges/commune.yaml, ligne {line.count(chr(10)) + 1} : syntaxe YAML "
                   "invalide — « : » dans un texte sans guillemets")


def test_template_error_leaves_output_unchanged(site, tmp_path):
    pledges, output, before = site
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    edit(theme / "templates" / "measure.html", "{% endblock %}", "{% endblock %}{% if %}")
    settings = tmp_path / "broken.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                        f"from pelicanconf import *\nTHEME = {str(theme)!r}\n")
    result = build(output, pledges, settings)
    assert_refused(result, output, before, "Pelican a signalé un problème")
    assert "Liens cassés" not in result.stderr  # a half-built site's links are not its fault


def test_a_page_over_budget_fails_the_build_and_names_the_text_to_shorten(site):
    """A broken link made in the same edit is named as well: one run names both."""
    pledges, output, before = site
    edit(pledges / "commune.yaml", "*Commune fictive", "[voir](absente.html) *Commune fictive")
    path = pledges / "listes" / "renouveau-citoyen.yaml"
    rewrite(path, lambda data: data.update(presentation=essay(2500)))
    line = next(n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1)
                if text.startswith("presentation:"))
    result = build(output, pledges)
    assert_refused(result, output, before, "listes/renouveau-citoyen.html", "Dépassement",
                   f"pledges/listes/renouveau-citoyen.yaml, ligne {line} : « presentation » "
                   "pèse ", "Liens cassés :", "absente.html")
    assert re.search(r"sur la page listes/renouveau-citoyen\.html, qui dépasse son budget de "
                     r"\d+,\d ko : raccourcissez ce texte", result.stderr), result.stderr


def test_a_stance_quote_that_makes_a_measure_page_too_heavy_is_named_as_the_quote(site):
    """The quote (« citation ») of one list's stance on one measure, not the list's other
    texts nor the word « positions », is named, at its own line, for the measure's page."""
    pledges, output, before = site
    path = pledges / "listes" / "renouveau-citoyen.yaml"
    edit(path, """citation: >-
      Une mairie n'a pas à envoyer ses habitants sur les plateformes
      américaines.""", f'citation: "{essay(2500)}"')
    lines = path.read_text("utf-8").splitlines()
    measure = lines.index("  - mesure: commune-degafamisee")
    line = next(n for n, text in enumerate(lines, 1)
                if n > measure and text.startswith("    citation: "))
    result = build(output, pledges)
    assert_refused(result, output, before, "mesures/commune-degafamisee.html", "Dépassement")
    assert re.search(rf"pledges/listes/renouveau-citoyen\.yaml, ligne {line} : « citation » pèse "
                     r"\d+,\d ko compressés sur la page mesures/commune-degafamisee\.html, qui "
                     r"dépasse son budget de \d+,\d ko : raccourcissez ce texte",
                     result.stderr), result.stderr
    assert "« positions »" not in result.stderr and "« mesure »" not in result.stderr


def test_a_text_heavier_than_a_whole_page_is_refused_before_the_build(site):
    pledges, output, before = site
    rewrite(pledges / "listes" / "renouveau-citoyen.yaml",
            lambda data: data.update(presentation=essay(6000)))
    result = build(output, pledges)
    assert_refused(result, output, before, "« presentation » pèse à lui seul ",
                   "plus que tout le budget de la page listes/renouveau-citoyen.html (14,0 ko)")
    assert "Dépassement" not in result.stderr  # nothing was built


def test_broken_internal_link_fails(site):
    pledges, output, before = site
    edit(pledges / "commune.yaml", "*Commune fictive", "[voir](absente.html) *Commune fictive")
    assert_refused(build(output, pledges), output, before, "absente.html",
                   "fichier introuvable")


def _poison(value, key=None):
    """Prefix every editor-written text with hostile markup."""
    if isinstance(value, dict):
        return {k: _poison(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key) for v in value]
    if isinstance(value, str) and key in TEXT_KEYS:
        return f"{HOSTILE} {value}"
    return value


def test_hostile_markup_in_every_text_field_never_reaches_a_page(site):
    pledges, output, _ = site
    for path in pledges.rglob("*.yaml"):
        rewrite(path, lambda data: data.update(_poison(data)))
    result = build(output, pledges)
    assert result.returncode == 0, result.stderr
    assert HOSTILE.split("<")[1] not in (output / "index.html").read_text()  # it was escaped
    for page in output.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert not soup.find_all(["script", "iframe", "img", "object", "embed"]), page
        assert len(soup.find_all("style")) == 1, page
        icons = soup.find_all("link", rel="icon")
        assert [icon["href"] for icon in icons] == ["data:,"], page  # ours, empty
        for tag in soup.find_all(True):
            assert not [a for a in tag.attrs if a.startswith("on") or a in ("src", "style")]
            href = tag.get("href", "")
            assert tag in icons or not href.startswith(("javascript:", "data:")), (page, href)
            if href.startswith("https://evil"):
                assert tag["rel"] == ["noopener", "noreferrer"]


def test_unparsable_content_page_fails_the_build_with_its_name(site, tmp_path):
    pledges, output, before = site
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "pages" / "cassee.md").write_bytes(b"Title: Cass\xe9e\n\nTexte.\n")
    result = build(output, pledges, "pelicanconf.py", "--content", str(content))
    assert_refused(result, output, before, "cassee.md")


def test_a_content_page_left_with_git_conflict_markers_is_named_at_the_marker(site, tmp_path):
    pledges, output, before = site
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    page = content / "pages" / "a-propos.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<<<<<<< HEAD\nUn.\n=======\nDeux.\n"
                    ">>>>>>> autre\n", encoding="utf-8")
    line = page.read_text(encoding="utf-8").split("<<<<<<<")[0].count("\n") + 1
    result = build(output, pledges, "pelicanconf.py", "--content", str(content))
    assert f"{page}, ligne {line} : conflit git non résolu (marque « <<<<<<< »)" in result.stderr
    assert_refused(result, output, before, "a-propos.md")


def test_killed_build_leaves_output_intact_and_next_run_cleans_up(site):
    pledges, output, before = site
    process = subprocess.Popen(command("html", "--output", str(output), "--pledges",
                                       str(pledges)), cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 30
    # Kill once Pelican has started writing pages into the new folder.
    while not list(output.parent.glob(".output-new-*/mesures/*.html")) and \
            time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert hashes(output) == before
    assert build(output, pledges).returncode == 0
    assert not list(output.parent.glob(".output-*"))


def test_run_killed_between_renames_is_restored_by_the_next_run(site):
    pledges, output, before = site
    output.rename(output.parent / ".output-old-999")
    edit(pledges / "commune.yaml", "phase: apres", "phase: NO")
    assert_refused(build(output, pledges), output, before, "phase « NO » inconnue")


# The swap and the recovery, on their own: folders with one file that says which site it is.

def site_folder(path: Path, name: str) -> Path:
    path.mkdir()
    (path / "index.html").write_text(name, encoding="utf-8")
    return path


def published(parent: Path) -> dict[str, str]:
    """Each folder beside output/ and the site it holds."""
    return {p.name: (p / "index.html").read_text(encoding="utf-8")
            for p in sorted(parent.iterdir())}


def test_swap_replaces_the_published_site_and_leaves_nothing_beside_it(tmp_path):
    site_folder(tmp_path / "output", "ancien")
    swap(site_folder(tmp_path / ".output-new-x1", "nouveau"), tmp_path / "output")
    assert published(tmp_path) == {"output": "nouveau"}


def test_swap_publishes_a_first_site(tmp_path):
    swap(site_folder(tmp_path / ".output-new-x1", "nouveau"), tmp_path / "output")
    assert published(tmp_path) == {"output": "nouveau"}


@pytest.mark.parametrize(("before", "after"), [
    # killed between the two renames: the previous site comes back
    ({".output-old-12": "ancien"}, {"output": "ancien"}),
    # killed after the second rename: the new site stays, the old copy goes
    ({".output-old-12": "ancien", "output": "nouveau"}, {"output": "nouveau"}),
    # killed while building: the half-built site goes, the published one stays
    ({".output-new-ab": "moitié", ".output-new-cd": "moitié", "output": "publié"},
     {"output": "publié"}),
    # other folders are not ours
    ({"output-old-1": "autre", ".autre-old-1": "autre", "output": "publié"},
     {"output-old-1": "autre", ".autre-old-1": "autre", "output": "publié"}),
])
def test_recover_puts_back_what_an_interrupted_run_left(tmp_path, before, after):
    for name, site in before.items():
        site_folder(tmp_path / name, site)
    recover(tmp_path / "output")
    assert published(tmp_path) == after


def test_recover_after_two_interrupted_runs_restores_one_previous_site(tmp_path):
    site_folder(tmp_path / ".output-old-12", "avant-hier")
    site_folder(tmp_path / ".output-old-13", "hier")
    recover(tmp_path / "output")
    [(name, site)] = published(tmp_path).items()
    assert name == "output" and site in ("avant-hier", "hier")


def test_recover_with_nothing_left_over_changes_nothing(tmp_path):
    recover(tmp_path / "output")
    assert published(tmp_path) == {}
