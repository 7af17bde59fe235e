"""Pelican wiring of the federation: its strings, filters and globals, and its generator."""

from __future__ import annotations

from pelican import signals

from tenir_parole.core.dataset import STALE_AFTER_DAYS
from tenir_parole.overview import departements, pages
from tenir_parole.overview.generator import FederationGenerator
from tenir_parole.site.plugin import filters
from tenir_parole.texts import overview as ui_fr


def enabled(settings: dict) -> bool:
    """Signals are process-wide: act only for builds that list this plugin."""
    return "tenir_parole.overview" in settings.get("PLUGINS", ())


def configure(pelican) -> None:
    settings = pelican.settings
    if not enabled(settings):
        return
    settings["JINJA_GLOBALS"].update(T=ui_fr.TEXTS, T_COLUMNS=ui_fr.COLUMNS,
                                     DEPARTMENTS=departements.names(),
                                     REGIONS=departements.region_names(),
                                     department_page=pages.department_page,
                                     region_page=pages.region_page,
                                     coverage_text=coverage_text,
                                     STALE_DAYS=STALE_AFTER_DAYS)
    # The theme's filters: its macros use them (the federation renders no Markdown from
    # communes, only names and titles, escaped).
    settings["JINJA_FILTERS"].update(filters())


def coverage_text(covered, scope: str = "") -> str:
    """A Coverage (overview.model) in words."""
    return ui_fr.coverage(covered.communes, covered.all_communes, covered.population,
                          covered.all_population, covered.examples, scope)


def get_generators(pelican):
    return FederationGenerator if enabled(pelican.settings) else None


def register() -> None:
    signals.initialized.connect(configure)
    signals.get_generators.connect(get_generators)
