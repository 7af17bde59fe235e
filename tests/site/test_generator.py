"""The pledges generator under plain Pelican (no build driver): it loads pledges/ itself, with
the same checks, and stops on bad data with the same French lines."""

from __future__ import annotations

from pathlib import Path

import pelican
import pytest

from helpers import COMMUNE, EXAMPLE, ROOT, write_pledges
from tenir_parole.build.pelican import pelican_locale
from tenir_parole.site.generator import PledgesDataError


def plain_pelican(pledges: Path, output: Path, **more) -> None:
    from pelican.settings import read_settings

    with pelican_locale():
        settings = read_settings(str(ROOT / "pelicanconf.py"),
                                 override={"OUTPUT_PATH": str(output),
                                           "PLEDGES_PATH": str(pledges), **more})
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


@pytest.fixture
def signals_put_back():
    """Pelican's signals are the process's: a plugin a test adds would also run in every
    later build of the suite. Its receivers go when the test ends."""
    import weakref

    import blinker
    from pelican.plugins import signals

    kept = {name: dict(signal.receivers) for name in dir(signals)
            if isinstance(signal := getattr(signals, name), blinker.Signal)}
    yield
    for name, receivers in kept.items():
        signal = getattr(signals, name)
        for key in set(signal.receivers) - set(receivers):
            added = signal.receivers[key]
            added = added() if isinstance(added, weakref.ref) else added
            if added is not None:
                signal.disconnect(added)


def test_a_stock_pelican_plugin_sees_every_page_written(tmp_path, signals_put_back):
    """pelican-sitemap lists what Pelican's content_written signal announces: every page of
    the site, ours and content/'s, written in the process that runs the plugins."""
    from pelicanconf import PLUGINS

    output = tmp_path / "site"
    plain_pelican(EXAMPLE, output, PLUGINS=[*PLUGINS, "pelican.plugins.sitemap"],
                  SITEMAP={"format": "txt"})
    listed = set((output / "sitemap.txt").read_text(encoding="utf-8").split())
    pages = {p.relative_to(output).as_posix() for p in output.rglob("*.html")}
    shown = {"/" + page.removesuffix("index.html") for page in pages}
    assert listed == shown and len(shown) == 28


def test_a_plugin_one_build_added_runs_in_no_later_build(tmp_path):
    """The build after the one above writes no sitemap (run alone, it proves nothing)."""
    plain_pelican(EXAMPLE, tmp_path / "site")
    assert not list((tmp_path / "site").glob("sitemap.*"))
