"""The USB edition as volunteers use it: unzip, double-click index.html, click around."""

from __future__ import annotations

import zipfile
from pathlib import Path
from urllib.parse import urldefrag

import pytest

from helpers import EXAMPLE, ROOT, cli
from tenir_parole.build.editions import edition_name, fat_safe

NAME = "tenir-parole-saint-exemple-sur-loire-2026-11-29"


def make(what: str, dist: Path):
    return cli(what, "--dist", str(dist), "--pledges", str(EXAMPLE), "--settings",
               str(ROOT / "pelicanconf.py"))


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    result = make("usb", dist)
    assert result.returncode == 0, result.stderr
    return dist


def test_edition_folder_zip_and_readme_are_named_after_commune_and_date(edition):
    folder = edition / NAME
    assert (folder / "index.html").is_file()
    readme = (folder / "LISEZMOI.txt").read_text(encoding="utf-8")
    assert "ouvrez le fichier index.html" in readme and "29 novembre" not in readme
    assert "2026-11-29" in readme
    names = zipfile.ZipFile(edition / f"{NAME}.zip").namelist()
    assert f"{NAME}/index.html" in names and names == sorted(names)


def test_the_zip_holds_exactly_the_folder_readme_included_byte_for_byte(edition):
    """Who downloads the zip gets what the folder holds: LISEZMOI.txt first of all (with
    Windows line ends, for Notepad), every file world-readable once unzipped."""
    folder = edition / NAME
    with zipfile.ZipFile(edition / f"{NAME}.zip") as archive:
        members = {info.filename: info for info in archive.infolist()}
        assert f"{NAME}/LISEZMOI.txt" in members and f"{NAME}/index.html" in members
        on_disk = {f"{NAME}/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*")
                   if p.is_file()}
        assert set(members) == on_disk
        readme = archive.read(f"{NAME}/LISEZMOI.txt")
        assert readme == (folder / "LISEZMOI.txt").read_bytes()
        assert b"ouvrez le fichier index.html" in readme and b"\r\n" in readme
        assert readme.decode("utf-8").startswith(
            "Tenir parole — édition hors ligne du 2026-11-29\r\nSaint-Exemple-sur-Loire\r\n")
        assert "https://tenir-parole.example.org" in readme.decode("utf-8")
        assert {info.external_attr >> 16 for info in members.values()} == {0o644}


def test_every_page_carries_the_edition_banner(edition):
    for page in (edition / NAME).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Édition hors ligne du 2026-11-29 — vérifiez la version en ligne :" in text, page


def test_zip_is_reproducible(edition, tmp_path):
    assert make("usb", tmp_path).returncode == 0
    assert (tmp_path / f"{NAME}.zip").read_bytes() == (edition / f"{NAME}.zip").read_bytes()


def test_names_survive_fat_sticks(edition, tmp_path):
    assert fat_safe(edition / NAME) == []
    (tmp_path / "Index.html").write_text("x")
    (tmp_path / "index.html").write_text("x")
    (tmp_path / "été.html").write_text("x")
    assert len(fat_safe(tmp_path)) == 2
    assert edition_name("Saint-Étienne-du-Rouvray", "2026-11-29") == (
        "tenir-parole-saint-etienne-du-rouvray-2026-11-29")


def test_clicking_from_index_reaches_every_page_offline_without_errors(edition, browser):
    folder = edition / NAME
    context = browser.new_context()
    problems: list[str] = []
    page = context.new_page()
    page.on("requestfailed", lambda r: problems.append(f"échec {r.url}"))
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.route("http*://**", lambda route: (problems.append(route.request.url), route.abort()))
    start = (folder / "index.html").as_uri()
    todo, seen = [start], {start}
    while todo:
        url = todo.pop()
        page.goto(url)
        assert page.url.endswith(".html"), page.url  # a file, never a directory listing
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            target = urldefrag(href).url
            if not target.startswith("file://") or target in seen:
                continue
            if target.endswith(".html"):
                seen.add(target)
                todo.append(target)
            elif not Path(target[len("file://"):]).is_file():  # data files: present, not opened
                problems.append(f"introuvable {target}")
    context.close()
    reached = {Path(u[len("file://"):]).relative_to(folder).as_posix() for u in seen}
    every = {p.relative_to(folder).as_posix() for p in folder.rglob("*.html")}
    assert problems == []
    assert reached == every
