"""Pelican wiring of the federation: its strings, filters and globals, and its generator."""

from __future__ import annotations

from pelican import signals

from federation import departements, pages
from federation.generator import FederationGenerator
from pledges.plugin import filters
from pledges.ui_fr import federation as ui_fr
from tenir_parole.data.dataset import STALE_AFTER_DAYS


def enabled(settings: dict) -> bool:
    """Signals are process-wide: act only for builds that list this plugin."""
    return "federation" in settings.get("PLUGINS", ())


def configure(pelican) -> None:
    settings = pelican.settings
    if not enabled(settings):
        return
    settings["JINJA_GLOBALS"].update(T=ui_fr.TEXTS, T_COLUMNS=ui_fr.COLUMNS,
                                     DEPARTMENTS=departements.NAMES,
                                     department_page=pages.department_page,
                                     STALE_DAYS=STALE_AFTER_DAYS)
    # The theme's filters: its macros use them (the federation renders no Markdown from
    # communes, only names and titles, escaped).
    settings["JINJA_FILTERS"].update(filters())


def get_generators(pelican):
    return FederationGenerator if enabled(pelican.settings) else None


def register() -> None:
    signals.initialized.connect(configure)
    signals.get_generators.connect(get_generators)
