"""`make usb` never hands a volunteer a zip whose names a FAT stick or Windows would mangle:
it names each such file and stops, with no zip written."""

from __future__ import annotations

import pytest

from helpers import EXAMPLE, ROOT
from tenir_parole.build import editions
from tenir_parole.build.verify import load


@pytest.fixture(scope="module")
def data():
    dataset, said = load(EXAMPLE, {})
    assert dataset is not None, said
    return dataset


@pytest.mark.parametrize(("files", "said"), [
    (["index.html", "Index.html"], "index.html : même nom que Index.html à la casse près"),
    (["plan-été.html"], "plan-été.html : nom non ASCII ou caractère interdit"),
    (["heure:10h.html"], "heure:10h.html : nom non ASCII ou caractère interdit"),
    (["question?.html"], "question?.html : nom non ASCII ou caractère interdit"),
])
def test_a_name_a_fat_stick_would_mangle_stops_the_edition_and_is_named(
        tmp_path, monkeypatch, capsys, data, files, said):
    def build(settings_file, folder, *_args, **_kwargs):  # a site holding those names
        folder.mkdir(parents=True)
        for name in files:
            (folder / name).write_text("<p>page</p>", encoding="utf-8")
        return 0

    monkeypatch.setattr(editions, "build", build)
    dist = tmp_path / "dist"
    dist.mkdir()
    assert editions.usb(ROOT / "pelicanconf.py", data, dist, "https://exemple.org") is None
    assert said in capsys.readouterr().err.splitlines()
    assert list(dist.glob("*.zip")) == []


def test_names_a_fat_stick_keeps_make_the_zip(tmp_path, monkeypatch, data):
    def build(settings_file, folder, *_args, **_kwargs):
        (folder / "mesures").mkdir(parents=True)
        (folder / "index.html").write_text("<p>accueil</p>", encoding="utf-8")
        (folder / "mesures" / "ecrans-a-l-ecole.html").write_text("<p>m</p>", encoding="utf-8")
        return 0

    monkeypatch.setattr(editions, "build", build)
    zipped = editions.usb(ROOT / "pelicanconf.py", data, tmp_path, "https://exemple.org")
    assert zipped is not None and zipped.name.endswith("-2026-11-29.zip")
