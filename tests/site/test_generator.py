"""The pledges generator under plain Pelican (no build driver): it loads pledges/ itself, with
the same checks, and stops on bad data with the same French lines."""

from __future__ import annotations

from pathlib import Path

import pelican
import pytest

from helpers import COMMUNE, EXAMPLE, ROOT, write_pledges
from tenir_parole.build.pelican import pelican_locale
from tenir_parole.site.generator import PledgesDataError


def plain_pelican(pledges: Path, output: Path) -> None:
    from pelican.settings import read_settings

    with pelican_locale():
        settings = read_settings(str(ROOT / "pelicanconf.py"),
                                 override={"OUTPUT_PATH": str(output),
                                           "PLEDGES_PATH": str(pledges)})
        pelican.Pelican(settings).run()


def test_plain_pelican_builds_the_site_from_the_data_folder(tmp_path):
    plain_pelican(EXAMPLE, tmp_path / "site")
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Saint-Exemple-sur-Loire" in home


def test_plain_pelican_stops_on_bad_data_with_the_french_lines(tmp_path):
    pledges = write_pledges(tmp_path / "pledges",
                            commune_yaml=COMMUNE.replace("phase: apres", "phase: oui"))
    with pytest.raises(PledgesDataError, match="pledges/commune.yaml, ligne 7 : phase « oui »"):
        plain_pelican(pledges, tmp_path / "site")
