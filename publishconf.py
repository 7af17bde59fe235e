"""Settings for `make publish`: the site's real address (feeds, sitemap), links still relative."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "https://tenir-parole.example.org")
RELATIVE_URLS = True  # internal links stay relative: the same pages work from a USB stick
SITEURL_ONLINE = SITEURL
