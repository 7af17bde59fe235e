"""A Pelican generator that writes the federation's pages and open data from the Federation
the build driver loaded (setting FEDERATION_DATA)."""

from __future__ import annotations

from pathlib import Path

from pelican.generators import Generator

from tenir_parole.overview import opendata
from tenir_parole.overview.pages import site_pages


class FederationGenerator(Generator):
    def generate_context(self) -> None:
        self.federation = self.settings["FEDERATION_DATA"]
        self.context["federation"] = self.federation

    def generate_output(self, writer) -> None:
        templates = {}
        for save_as, template, extra in site_pages(self.federation):
            if template not in templates:
                templates[template] = self.get_template(template)
            writer.write_file(save_as, templates[template], self.context, relative_urls=True,
                              **extra)
        writer.write_file("404.html", self.get_template("federation/404"), self.context,
                          relative_urls=True)
        opendata.write(Path(self.output_path) / "donnees", self.federation,
                       Path(self.settings["FEDERATION_FOLDER"]), self.settings["DATA_LICENCE"])
