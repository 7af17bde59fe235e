"""The « Hors ligne » downloads: copied into telechargements/, readable by a web server (not by
their owner only), each listed with its size in bytes and its kind."""

from __future__ import annotations

import os
import stat

from tenir_parole.build.site import offer


def test_the_downloads_are_readable_by_a_web_server_and_listed_with_their_size(tmp_path):
    made = tmp_path / "dist"
    made.mkdir()
    (made / "saint-exemple-carnet.pdf").write_bytes(b"%PDF-" + b"x" * 95)
    (made / "saint-exemple.zip").write_bytes(b"PK" + b"y" * 48)
    site = tmp_path / "output"
    site.mkdir()
    old = os.umask(0o022)
    try:
        listed = offer(sorted(made.iterdir()), site)
    finally:
        os.umask(old)
    assert listed == [{"name": "saint-exemple-carnet.pdf", "size": 100, "kind": "carnet"},
                      {"name": "saint-exemple.zip", "size": 50, "kind": "zip"}]
    folder = site / "telechargements"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o644}
    assert (folder / "saint-exemple.zip").read_bytes() == b"PK" + b"y" * 48


def test_no_download_writes_no_folder(tmp_path):
    assert offer([], tmp_path) == []
    assert not (tmp_path / "telechargements").exists()
