"""`make publish` as a volunteer runs it, into folders that do not exist yet: the USB edition's
zip (its dates, modes and compression), the printed editions, the published site offering
them, and the gzip copies the web server sends. `make usb` and `make carnet` that fail say so
by their exit code."""

from __future__ import annotations

import gzip
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from helpers import EXAMPLE, ROOT, cli, words
from tenir_parole.build.paper import CHROMIUM

NAME = "tenir-parole-saint-exemple-sur-loire-2026-11-29"
#: The files a web server may send compressed: text, never an archive or a PDF.
TEXT = {".html", ".css", ".xml", ".json", ".csv", ".txt", ".svg", ".atom"}


def edition(what: str, pledges: Path, dist: Path, *extra: str):
    return cli(what, "--pledges", str(pledges), "--settings", str(ROOT / "pelicanconf.py"),
               "--dist", str(dist), *extra)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """`make publish` of the example, its dist/ and output/ two folders down a new one."""
    root = tmp_path_factory.mktemp("publier")
    dist, output = root / "cles" / "novembre" / "dist", root / "web" / "public" / "output"
    result = edition("publish", EXAMPLE, dist, "--publish-settings",
                     str(ROOT / "publishconf.py"), "--output", str(output))
    assert result.returncode == 0, result.stderr
    return dist, output, result


def members(dist: Path) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(dist / f"{NAME}.zip") as archive:
        return archive.infolist()


def test_publish_makes_its_folders_however_deep(published):
    dist, output, _ = published
    assert (dist / f"{NAME}.zip").is_file() and (dist / NAME / "LISEZMOI.txt").is_file()
    assert (output / "index.html").is_file() and (output / "hors-ligne.html").is_file()


def test_every_file_of_the_zip_is_dated_the_edition_day_at_midnight(published):
    dates = {info.date_time for info in members(published[0])}
    assert dates == {(2026, 11, 29, 0, 0, 0)}


def test_every_file_unzips_readable_by_all_and_writable_by_its_owner_only(published):
    """-rw-r--r-- on Linux and macOS, no MS-DOS attribute (read-only, hidden) on Windows."""
    assert {info.external_attr for info in members(published[0])} == {0o644 << 16}


def test_the_zip_is_deflated_as_tightly_as_deflate_can(published):
    dist = published[0]
    with zipfile.ZipFile(dist / f"{NAME}.zip") as archive:
        for info in archive.infolist():
            assert info.compress_type == zipfile.ZIP_DEFLATED, info.filename
            tightest = zlib.compressobj(9, zlib.DEFLATED, -15)
            data = archive.read(info)
            assert info.compress_size == len(tightest.compress(data) + tightest.flush()), \
                info.filename


def test_the_published_site_offers_the_zip_and_every_printed_edition(published):
    dist, output, result = published
    offered = sorted(p.name for p in (output / "telechargements").iterdir()
                     if p.suffix != ".gz")
    if not Path(CHROMIUM).exists():  # no printer: published all the same, and said so
        assert "Les éditions imprimables manquent : le site est publié sans elles." \
            in result.stderr
        assert offered == [f"{NAME}.zip"]
        return
    assert "Les éditions imprimables manquent" not in result.stderr
    assert offered == [f"{NAME}-affiche.pdf", f"{NAME}-carnet.pdf", f"{NAME}-lettre.pdf",
                       f"{NAME}.zip"]


def test_the_web_server_gets_a_gzip_copy_of_each_text_file_and_of_nothing_else(published):
    output = published[1]
    files = [p for p in output.rglob("*") if p.is_file() and p.suffix != ".gz"]
    assert {p.suffix for p in files} >= {".html", ".zip"}
    for path in files:
        assert path.with_name(path.name + ".gz").is_file() == (path.suffix in TEXT), path
    assert not list(output.rglob("*.gz.gz"))


def test_each_gzip_copy_is_the_file_at_level_9_with_no_date(published):
    """Same site, same bytes: gzip's header says « maximum compression » and no time."""
    for copy in sorted(published[1].rglob("*.gz")):
        data = copy.read_bytes()
        assert data[:4] == b"\x1f\x8b\x08\x00", copy  # gzip, deflate, no file name
        assert data[4:8] == b"\x00\x00\x00\x00", copy  # no modification time
        assert data[8] == 2, copy  # XFL: compressed at the slowest, tightest level
        assert gzip.decompress(data) == copy.with_suffix("").read_bytes(), copy


def test_a_site_built_without_gzip_ships_no_gz_file(example_site):
    assert not list(example_site.rglob("*.gz"))


@pytest.fixture
def broken(tmp_path) -> Path:
    """The example with a link to a page that does not exist: its site cannot be built."""
    pledges = tmp_path / "pledges"
    shutil.copytree(EXAMPLE, pledges)
    commune = pledges / "commune.yaml"
    text = commune.read_text(encoding="utf-8")
    commune.write_text(text.replace("*Commune fictive", "[voir](absente.html) *Commune fictive",
                                    1), encoding="utf-8")
    return pledges


@pytest.mark.parametrize("what", ["usb", "publish"])
def test_an_edition_whose_site_cannot_be_built_exits_1_and_zips_nothing(broken, tmp_path, what):
    dist = tmp_path / "dist"
    publishing = ("--publish-settings", str(ROOT / "publishconf.py"), "--output",
                  str(tmp_path / "output"))
    result = edition(what, broken, dist, *(publishing if what == "publish" else ()))
    assert result.returncode == 1
    assert "absente.html" in result.stderr and "Liens cassés :" in result.stderr
    assert not list(dist.glob("*.zip")) and not (dist / NAME / "LISEZMOI.txt").exists()
    assert not (tmp_path / "output").exists()


def test_a_printed_edition_too_heavy_to_check_is_never_printed(tmp_path):
    settings = tmp_path / "serre.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                        "from pelicanconf import *\n"
                        "PAGE_WEIGHT_BUDGET = {**PAGE_WEIGHT_BUDGET, 'overrides': "
                        "[('imprimer/*', {'gzip': 2048})]}\n", encoding="utf-8")
    result = cli("carnet", "--pledges", str(EXAMPLE), "--settings", str(settings),
                 "--dist", str(tmp_path / "dist"))
    assert result.returncode == 1
    assert "imprimer/carnet.html" in result.stderr and "Carnet :" not in result.stdout
    assert not list((tmp_path / "dist").glob("*.pdf"))


def test_a_printed_edition_without_its_printer_exits_1(tmp_path, monkeypatch):
    from tenir_parole.build import paper

    monkeypatch.setattr(paper, "CHROMIUM", str(tmp_path / "pas-de-chromium"))
    result = edition("carnet", EXAMPLE, tmp_path / "dist")
    assert result.returncode == 1
    assert f"carnet : {tmp_path}/pas-de-chromium absent : apt-get install chromium pour " \
        "imprimer" in result.stderr.splitlines()
    assert not list((tmp_path / "dist").glob("*.pdf"))


def test_the_offline_page_gives_each_downloads_size_in_kilobytes(published):
    """« (412 ko) », as the file on the server weighs, to the nearest ko (a half up): what a
    phone will download."""
    output = published[1]
    page = BeautifulSoup((output / "hors-ligne.html").read_text("utf-8"), "html.parser")
    for link in page.select('a[href^="telechargements/"]'):
        size = (output / link["href"]).stat().st_size
        assert words(link.next_sibling).startswith(f"({int(size / 1024 + 0.5)} ko) : "), size
