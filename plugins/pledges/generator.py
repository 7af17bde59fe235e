"""A Pelican generator that turns the validated pledges/ dataset into pages."""

from __future__ import annotations

import os
from pathlib import Path

from pelican.generators import Generator

from pledges.dataset import load_dataset, reference_date
from pledges.errors import DataErrors
from pledges.pages import site_pages


class PledgesDataError(Exception):
    """Raised inside Pelican when data is invalid (the build driver checks before, in French)."""


class PledgesGenerator(Generator):
    def generate_context(self) -> None:
        root = Path(self.settings["PLEDGES_PATH"])
        try:
            self.data = load_dataset(root, reference_date(os.environ))
        except DataErrors as e:
            raise PledgesDataError(str(e)) from None
        self.context["pledges"] = self.data

    def generate_output(self, writer) -> None:
        for save_as, template, extra in site_pages(self.data):
            writer.write_file(save_as, self.get_template(template), self.context,
                              relative_urls=True, **extra)
        # The 404 page is served at any depth by web servers: absolute links when the site
        # has a real address (publish), relative ones otherwise.
        absolute = self.settings.get("SITEURL", "").startswith(("http://", "https://"))
        writer.write_file("404.html", self.get_template("404"), self.context,
                          relative_urls=not absolute)
