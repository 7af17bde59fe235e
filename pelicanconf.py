"""Pelican settings for Tenir parole (development build: relative links, no absolute URL)."""

import os

from jinja2 import FileSystemBytecodeCache

HERE = os.path.dirname(os.path.abspath(__file__))

SITENAME = "Tenir parole"
SITEURL = ""
RELATIVE_URLS = True
DEFAULT_LANG = "fr"
TIMEZONE = "Europe/Paris"
LOCALE = ("C",)

PATH = os.path.join(HERE, "content")
THEME = os.path.join(HERE, "theme")
THEME_STATIC_PATHS = []
TEMPLATE_EXTENSIONS = [".html", ".xml"]  # the stylesheet is inlined (tenir_parole.site.css)
INLINE_CSS_EXTRA = {"PRINT_CSS": "static/print.css"}  # the printed editions' own stylesheet

# Autoescape everything; editors' Markdown arrives already sanitised (tenir_parole.site.markdown).
# Compiled templates are kept between builds (in .cache/jinja/ of the project: a build reads
# nothing outside it; checked against each template's source): the preview rebuilds faster.
JINJA_CACHE = os.path.join(HERE, ".cache", "jinja")
os.makedirs(JINJA_CACHE, exist_ok=True)
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True,
                     "bytecode_cache": FileSystemBytecodeCache(JINJA_CACHE)}

# The plugins are installed with the project (`pip install -e .`, done by the Makefile).
# Order matters: the page weight plugin weighs pages last, once everything else wrote them.
PLUGINS = ["tenir_parole.site.reader", "tenir_parole.site.css", "tenir_parole.site",
           "tenir_parole.weight"]

# Pages from content/pages/, at the root of the site, as files.
PAGE_PATHS = ["pages"]
PAGE_URL = "{slug}.html"
PAGE_SAVE_AS = "{slug}.html"
STATIC_PATHS = []
# Markdown only (tenir_parole.site.reader replaces every other reader; the build driver refuses
# pages in other formats by name): reStructuredText and HTML would bypass the sanitiser.
READERS = {"html": None, "htm": None, "rst": None}
MARKDOWN = {"extension_configs": {"markdown.extensions.toc": {}, "markdown.extensions.tables": {}},
            "output_format": "html"}

# No blog: no articles, archives, tags, categories, authors or default feeds.
ARTICLE_PATHS = []
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = ""
PAGE_LANG_SAVE_AS = DRAFT_PAGE_SAVE_AS = DRAFT_PAGE_LANG_SAVE_AS = ""
DIRECT_TEMPLATES = []
ARCHIVES_SAVE_AS = AUTHORS_SAVE_AS = CATEGORIES_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = CATEGORY_SAVE_AS = TAG_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = False
SLUGIFY_SOURCE = "basename"

# Follow-up: a commitment not re-checked for more than this many days is flagged
# « à revérifier » (default: 183, about six months).
# FOLLOWUP_STALE_DAYS = 183
# The mandate lasts this many years from the decisive round (commune.yaml's elections); when
# it ends, a commitment still in a status on the left counts in the one on its right (the
# follow-up's page, the bilan and the method page say so). {} changes none.
MANDATE_YEARS = 6
END_OF_MANDATE = {"en-cours": "non-tenu", "au-point-mort": "non-tenu"}
DATA_LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"
DATA_LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"

# Page weight: every page, with everything it loads, gzip level 9 (see README).
PAGE_WEIGHT_BUDGET = {
    "default": {"gzip": 14336, "requests": 1},
    # The carnet holds the whole tracker on one page, for printing and for phones.
    "overrides": [("carnet/index.html", {"gzip": 40960}),
                  # The printed editions (built apart, never published as pages).
                  ("imprimer/*", {"gzip": 40960})],
}

# Set by the build driver (tenir_parole.build.output): the checked data (PLEDGES_DATA), the USB
# edition's date (OFFLINE_EDITION) and the files offered on « Hors ligne » (OFFLINE_DOWNLOADS).
OFFLINE_EDITION = None
# The day an archive edition shows the record as it stood (`make html DATE=…`), set by the driver.
ARCHIVE_DATE = None
# The site's public address, shown on USB editions: commune.yaml's `site:` (or SITEURL).
SITEURL_ONLINE = ""
OFFLINE_DOWNLOADS = []
PAGE_WEIGHT_MODE = "error"
PAGE_WEIGHT_REPORT = "poids.json"
