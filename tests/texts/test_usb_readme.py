"""LISEZMOI.txt of the USB edition, as a Windows user opens it: CRLF line ends, the edition's
date, how to open the site, and the online address to check it against."""

from __future__ import annotations

from helpers import EXAMPLE, ROOT, cli

NAME = "tenir-parole-saint-exemple-sur-loire-2026-11-29"


def test_the_readme_ends_with_the_address_to_check_the_copy_against(tmp_path):
    result = cli("usb", "--pledges", str(EXAMPLE), "--settings", str(ROOT / "pelicanconf.py"),
                 "--dist", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / NAME / "LISEZMOI.txt").read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == "Tenir parole — édition hors ligne du 2026-11-29"
    assert lines[-3:] == ["Cette copie date du 2026-11-29. Vérifiez la version en ligne dès "
                          "que possible :", "https://tenir-parole.example.org", ""]
