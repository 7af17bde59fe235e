"""The pages of content/ before Pelican reads them (build.content.problems): Markdown files
named « .md », each refused in French by its name, in alphabetical order; editors' leftovers
beside them ignored."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from tenir_parole.build.content import problems

PAGE = "Title: À propos\n\nLe café du village.\n"
NOT_MARKDOWN = ("non pris en charge : seules les pages Markdown (.md) sont publiées — "
                "convertissez-la en Markdown, sous un nom en .md, ou retirez-la de ce dossier")


def refused(project: Path, files: dict[str, str]) -> list[str]:
    """The messages for a content/ folder of ``project`` holding ``files`` (name: text)."""
    content = project / "content"
    for name, text in files.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    with contextlib.chdir(project):
        return [str(problem) for problem in problems(content)]


def test_markdown_pages_are_accepted(tmp_path):
    assert refused(tmp_path, {"pages/a-propos.md": PAGE, "pages/contact.md": PAGE}) == []


@pytest.mark.parametrize(("name", "kind"), [
    ("A-PROPOS.MD", "format .MD"),  # Pelican reads « .md » only: this page would just vanish
    ("a-propos.Md", "format .Md"),
    ("a-propos.markdown", "format .markdown"),
    ("a-propos.html", "format .html"),
    ("LISEZMOI", "fichier sans extension"),
])
def test_a_page_not_named_in_md_is_refused_by_its_name(tmp_path, name, kind):
    assert refused(tmp_path, {f"pages/{name}": PAGE}) == [
        f"content/pages/{name} : {kind} {NOT_MARKDOWN}"]


@pytest.mark.parametrize("leftover", ["a-propos.md~", "a-propos.md.swp", "a-propos.md.swo",
                                      "#a-propos.md#", "a-propos.md.bak", "a-propos.md.orig",
                                      ".DS_Store", "Thumbs.db", "desktop.ini"])
def test_an_editors_leftover_beside_a_page_is_ignored(tmp_path, leftover):
    """Backups, swap files, folder settings: Pelican does not publish them, nor do we
    refuse the build for them."""
    assert refused(tmp_path, {"pages/a-propos.md": PAGE, f"pages/{leftover}": "reste"}) == []


def test_an_emacs_lock_link_to_nowhere_is_ignored(tmp_path):
    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "content" / "pages" / ".#a-propos.md").symlink_to(
        "editeur@machine.4242:1700000000")
    assert refused(tmp_path, {"pages/a-propos.md": PAGE}) == []


def test_a_link_to_a_folder_is_refused_even_inside_content(tmp_path):
    """Pelican would follow it and publish the same pages twice."""
    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "content" / "encore").symlink_to(tmp_path / "content" / "pages")
    assert refused(tmp_path, {"pages/a-propos.md": PAGE}) == [
        "content/encore : lien vers un dossier : mettez ici le dossier lui-même, pas un lien"]


def test_every_refused_file_of_a_folder_is_named_in_alphabetical_order(tmp_path):
    names = ["zz.txt", "b.rst", "d.html", "aa.MD", "c.htm", "e.markdown", "notes", "a.md"]
    said = refused(tmp_path, {f"pages/{name}": PAGE for name in names})
    assert [line.split(" : ")[0] for line in said] == [
        "content/pages/aa.MD", "content/pages/b.rst", "content/pages/c.htm",
        "content/pages/d.html", "content/pages/e.markdown", "content/pages/notes",
        "content/pages/zz.txt"]


def test_the_refusals_of_several_folders_come_folder_by_folder_in_alphabetical_order(tmp_path):
    """The same folder gives the same list on every machine, whatever order the disk keeps."""
    folders = ["pages", "images", "extra", "annexes", "zones", "brouillons"]
    said = refused(tmp_path, {f"{folder}/notes.txt": PAGE for folder in folders})
    assert [line.split(" : ")[0] for line in said] == [
        "content/annexes/notes.txt", "content/brouillons/notes.txt", "content/extra/notes.txt",
        "content/images/notes.txt", "content/pages/notes.txt", "content/zones/notes.txt"]


def test_a_link_to_a_file_gone_is_refused_in_french_not_a_traceback(tmp_path):
    """A page renamed or deleted, its link left behind."""
    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "content" / "pages" / "ancienne.md").symlink_to("supprimee.md")
    assert refused(tmp_path, {"pages/a-propos.md": PAGE}) == [
        "content/pages/ancienne.md : lien vers un fichier absent : mettez ici le fichier "
        "lui-même, pas un lien"]


def test_a_page_over_a_megabyte_is_refused_before_it_is_read(tmp_path):
    said = refused(tmp_path, {"pages/a-propos.md": PAGE + "Le café du village. " * 60_000})
    assert [line.split(" : ", 2)[:2] for line in said] == [
        ["content/pages/a-propos.md", "fichier trop gros (1,2 Mo ; 1 Mo au plus)"]]


def test_a_named_pipe_among_the_pages_is_refused_not_waited_on(tmp_path):
    """Pelican would wait for ever reading it."""
    (tmp_path / "content" / "pages").mkdir(parents=True)
    os.mkfifo(tmp_path / "content" / "pages" / "tube.md")
    [said] = refused(tmp_path, {"pages/a-propos.md": PAGE})
    assert said == ("content/pages/tube.md : ce n'est pas un fichier ordinaire (périphérique, "
                    "tube…) : mettez ici un fichier enregistré par votre éditeur")
