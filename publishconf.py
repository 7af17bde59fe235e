"""Settings for `make publish`: the site's real address (feeds, sitemap), links still relative.

The address is the commune's (`site:` in pledges/commune.yaml, or the SITEURL environment
variable): the build driver sets SITEURL and SITEURL_ONLINE to it.
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

# This project's own folders: the pelicanconf already imported may be another copy's.
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "content")
THEME = os.path.join(HERE, "theme")

PUBLISH = True  # the driver gives this build the site's absolute address
RELATIVE_URLS = True  # internal links stay relative: the same pages work from a USB stick
