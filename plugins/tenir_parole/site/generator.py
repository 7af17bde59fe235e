"""A Pelican generator that turns the validated pledges/ dataset into pages."""

from __future__ import annotations

import os
from pathlib import Path

from pelican.generators import Generator

from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.dataset import reference_date
from tenir_parole.core.errors import DataErrors
from tenir_parole.site import opendata
from tenir_parole.site.pages import print_pages, site_pages

FEED = "suivi.atom"


def measure_feed(slug: str) -> str:
    """The Atom feed of one commitment's updates, beside its page."""
    return f"mesures/{slug}.atom"


class PledgesDataError(Exception):
    """Raised inside Pelican when data is invalid (the build driver checks before, in French)."""


def dataset(settings: dict):
    """The Dataset the build driver checked (PLEDGES_DATA); when Pelican runs on its own
    (`pelican -s pelicanconf.py`), pledges/ is loaded here, once, with the data core's checks."""
    if settings.get("PLEDGES_DATA") is not None:
        return settings["PLEDGES_DATA"]
    root = Path(settings.get("PLEDGES_PATH") or "pledges")
    try:
        return load_dataset(root, reference_date(os.environ))
    except DataErrors as e:
        raise PledgesDataError("\n".join([*e.notes, *map(str, e.errors)])) from None


class PledgesGenerator(Generator):
    def generate_context(self) -> None:
        self.data = dataset(self.settings)
        self.context["pledges"] = self.data
        self.context["FEED"] = FEED if self._absolute() and self.data.followup else None

    def generate_output(self, writer) -> None:
        if self.settings.get("PRINT"):  # a build for printing: the printed editions only
            for save_as, template, extra in print_pages(self.data):
                writer.write_file(save_as, self.get_template(template), self.context,
                                  relative_urls=True, **extra)
            return
        self._open_data()
        for save_as, template, extra in site_pages(self.data):
            writer.write_file(save_as, self.get_template(template), self.context,
                              relative_urls=True, **extra)
        if self.context["FEED"]:  # the site's, then one a commitment (the same entries)
            for path, measure in [(FEED, None), *((measure_feed(m.slug), m)
                                                   for m in self.data.commitments())]:
                writer.write_file(path, self.get_template("atom"), self.context,
                                  relative_urls=False, feed_path=path, measure=measure)
        if self._absolute():
            paths = sorted([p for p, _, _ in site_pages(self.data)]
                           + [page.save_as for page in self.context.get("pages", [])])
            writer.write_file("sitemap.xml", self.get_template("sitemap"), self.context,
                              relative_urls=False, sitemap_paths=paths)
        # The 404 page is served at any depth by web servers: absolute links when the site
        # has a real address (publish), relative ones otherwise.
        writer.write_file("404.html", self.get_template("404"), self.context,
                          relative_urls=not self._absolute())

    def _open_data(self) -> None:
        folder = Path(self.output_path) / "donnees"
        folder.mkdir(parents=True, exist_ok=True)
        for name, payload in opendata.files(self.data, self.settings["DATA_LICENCE"]).items():
            (folder / name).write_bytes(payload)

    def _absolute(self) -> bool:
        """True for the publish build, whose SITEURL is the site's real address."""
        return self.settings.get("SITEURL", "").startswith(("http://", "https://"))
