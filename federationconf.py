"""Pelican settings for the federation's overview (`make federation`): the commune site's
settings, with the federation's plugin and pages (federation/contenu/) instead of a commune's."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

# This project's own folders: the pelicanconf already imported may be another copy's.
HERE = os.path.dirname(os.path.abspath(__file__))
THEME = os.path.join(HERE, "theme")
SITENAME = "Tenir parole — vue d'ensemble"
PATH = os.path.join(HERE, "federation", "contenu")
PAGE_PATHS = ["."]
PLUGINS = ["tenir_parole.site.reader", "tenir_parole.site.css", "tenir_parole.overview",
           "tenir_parole.weight"]
# The measures every commune shares, as the project ships them (the example's non-local ones).
FEDERATION_MEASURES = os.path.join(HERE, "examples", "saint-exemple", "mesures.yaml")
# Every page of the overview, whatever the number of communes, within the same budget.
PAGE_WEIGHT_BUDGET = {"default": {"gzip": 14336, "requests": 1}}
# Set by the build driver (tenir_parole.commands.overview): the Federation loaded from
# federation/donnees/.
FEDERATION_DATA = None
FEDERATION_FOLDER = None
