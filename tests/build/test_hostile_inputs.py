"""Our own hostile corpus, for what a commune's build reads: pages in other formats, links out
of the project, oversized files, invisible characters. Each case asserts the safe outcome:
nothing published, nothing read outside, no connection, the file named in French, output/ as
it was."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ALPHA, EXAMPLE, ROOT, cli, write_pledges

SECRET = "JETON-SECRET-DE-LA-CI-4242"
RST = f"""\
Piège
#####

.. include:: {{secret}}

.. raw:: html

   <script>alert("{SECRET}")</script>

.. raw:: html
   :url: http://127.0.0.1:9/
"""


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside every project folder, as a CI runner's environment or a home's key."""
    path = tmp_path / "ailleurs" / "environ"
    path.parent.mkdir()
    path.write_text(f"nom: {SECRET}\ntete_de_liste: {SECRET}\nTOKEN={SECRET}\n", "utf-8")
    return path


def content_with(tmp_path: Path, name: str, text: str | None = None,
                 link: Path | None = None) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    page = content / "pages" / name
    if link:
        page.symlink_to(link)
    else:
        page.write_text(text or "", encoding="utf-8")
    return content


def yesterday(tmp_path: Path) -> Path:
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("site d'hier", encoding="utf-8")
    return output


def html(output: Path, content: Path, pledges: Path = EXAMPLE):
    return cli("html", "--settings", str(ROOT / "pelicanconf.py"), "--output", str(output),
               "--pledges", str(pledges), "--content", str(content))


def test_a_restructuredtext_page_is_refused_by_name_and_nothing_is_published(tmp_path, secret):
    content = content_with(tmp_path, "piege.rst", RST.format(secret=secret))
    output = yesterday(tmp_path)
    result = html(output, content)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-3:] == [
        f"{content / 'pages' / 'piege.rst'} : format .rst non pris en charge : seules les "
        "pages Markdown (.md) sont publiées — convertissez-la en Markdown, sous un nom en .md, "
        "ou retirez-la de ce dossier",
        "Construction arrêtée : corrigez ces pages, puis relancez.",
        "output/ n'a pas été modifié."]
    assert SECRET not in result.stdout + result.stderr
    assert (output / "index.html").read_text(encoding="utf-8") == "site d'hier"


def test_a_page_or_a_list_file_that_links_out_of_its_folder_is_refused_unread(tmp_path, secret):
    content = content_with(tmp_path, "fuite.md", link=secret)
    pledges = write_pledges(tmp_path / "pledges")
    (pledges / "listes" / "fuite.yaml").symlink_to(secret)
    output = yesterday(tmp_path)
    checked = cli("check", "--pledges", str(pledges))
    built = html(output, content, pledges)
    assert checked.returncode == built.returncode == 1
    refused = ("pledges/listes/fuite.yaml : lien vers un fichier hors du dossier pledges/ : "
               "refusé, rien n'en est lu — mettez ici le fichier lui-même, pas un lien")
    assert refused in checked.stderr.splitlines() and refused in built.stderr.splitlines()
    for result in (checked, built):
        assert SECRET not in result.stdout + result.stderr
    pledges.joinpath("listes", "fuite.yaml").unlink()
    page = html(output, content, pledges)
    assert page.returncode == 1
    assert (f"{content / 'pages' / 'fuite.md'} : lien vers un fichier hors du dossier content/ "
            ": refusé, rien n'en est lu — mettez ici le fichier lui-même, pas un lien"
            ) in page.stderr.splitlines()
    assert SECRET not in page.stdout + page.stderr
    assert (output / "index.html").read_text(encoding="utf-8") == "site d'hier"


def test_a_build_reads_nothing_outside_its_folders_and_opens_no_connection(tmp_path):
    """The example, with a Markdown page that tries the rest: a {static} file out of the
    project, a pasted image from another site, raw HTML."""
    content = content_with(tmp_path, "essai.md", (
        "Title: Essai\n\n![logo](https://example.org/logo.png) "
        "[fichier]({static}/../../../../../../etc/hostname) "
        "<img src=\"http://127.0.0.1:9/pixel.gif\"><script>fetch('http://127.0.0.1:9')</script>"))
    report = tmp_path / "report.json"
    output = tmp_path / "site" / "output"
    subprocess.run([sys.executable, str(ROOT / "tests" / "sandbox.py"), "html", "--settings",
                    str(ROOT / "pelicanconf.py"), "--output", str(output), "--pledges",
                    str(EXAMPLE), "--content", str(content)], cwd=ROOT, check=True,
                   capture_output=True, env={**os.environ, "SANDBOX_REPORT": str(report)})
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["network"] == []
    allowed = (str(ROOT), str(tmp_path), sys.prefix, sys.base_prefix, "/usr/share/zoneinfo/")
    assert [path for path in seen["opened"] if not path.startswith(allowed)] == []
    assert "/etc/hostname" not in seen["opened"]
    # The official geography is read only by what needs it: the fictional example, none.
    assert [path for path in seen["opened"] if "geographie" in path] == []


def test_a_data_file_over_a_megabyte_is_refused_before_it_is_read(tmp_path):
    """32 MB of list (600,000 positions): one French line at once, little memory."""
    pledges = write_pledges(tmp_path / "pledges")
    with (pledges / "listes" / "enorme.yaml").open("w", encoding="utf-8") as out:
        out.write("nom: Énorme\ntete_de_liste: X\npositions:\n")
        out.writelines(f"  - mesure: m{i}\n    position: flou\n" for i in range(600_000))
    result = subprocess.run([sys.executable, "-c", (
        "import resource, sys\n"
        "from tenir_parole.commands.cli import main\n"
        f"code = main(['check', '--pledges', {str(pledges)!r}])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)")], cwd=ROOT, capture_output=True, text=True)
    *said, peak_kb = result.stderr.splitlines()
    assert result.returncode == 1
    assert said == [
        "pledges/listes/enorme.yaml : fichier trop gros (22,2 Mo ; 1 Mo au plus) : un "
        "fichier de données ou une page fait quelques kilo-octets — vérifiez que c'est le bon "
        "fichier, ou répartissez son contenu", "1 erreur à corriger."]
    assert int(peak_kb) < 300 * 1024
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 300 * 1024


@pytest.mark.parametrize(("name", "shown"), [
    ("Liste\u202e du maire", "U+202E, inversion du sens d'écriture"),
    ("\x1b[2J\x1b[31mListe effacée", "U+001B, échappement de terminal"),
    ("Liste\u2066isolée\u2069", "U+2066, caractère de contrôle"),
    ("Liste\u200f du maire", "U+200F, marque de droite à gauche"),
    ("Liste\x7f effacée", "U+007F, caractère de contrôle"),  # DEL
    ("Liste\x9b2J", "U+009B, caractère de contrôle"),  # a C1 control: a terminal's CSI
])
def test_invisible_direction_and_control_characters_are_refused_in_names(tmp_path, name,
                                                                          shown):
    escaped = json.dumps(name)  # "\u202e", "\u001b": YAML's double quotes read them too
    pledges = write_pledges(tmp_path / "pledges",
                            listes__alpha_yaml=ALPHA.replace("nom: Alpha pour tous",
                                                             f"nom: {escaped}"))
    result = cli("check", "--pledges", str(pledges))
    assert result.returncode == 1
    line = next(line for line in result.stderr.splitlines() if "caractère invisible" in line)
    assert f"« nom » : caractère invisible interdit ({shown})" in line
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
