"""Page weight, a Pelican plugin: what each built page makes a browser download, against a
budget. On Pelican's ``finalized`` signal, every page of the output is weighed with what it
loads (``refs``: stylesheets and what they import, images, srcset, fonts, scripts, iframes…;
``weigh``: each file gzip -9 on its own), judged (``budget``), its footer and the table of
every page filled with the figures of the bytes written (``fill``), a JSON report written
(``report``), and the build stopped in "error" mode (``verdict``).

Settings (plain data): ``PAGE_WEIGHT_BUDGET`` (``{"default": {"gzip": 14336, "requests":
4}, "overrides": [(glob, {...}), …]}``, the last matching override wins), ``PAGE_WEIGHT_MODE``
("error", "warn" or "report"), ``PAGE_WEIGHT_REPORT`` ("poids.json", inside the output).
Placeholders: ``<!--page-weight-->`` (« Poids de cette page : 4,2 ko compressés ») and
``<!--page-weight-table-->``.

Part of the application rather than a reusable plugin: its messages are French, for our
editors; build.heavy reads its budgets to name the text to shorten; no other site uses it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from tenir_parole.weight.budget import PageWeightError
from tenir_parole.weight.report import format_kb
from tenir_parole.weight.verdict import Result, check_output
from tenir_parole.weight.weigh import PageWeight, Problem, Resource, weigh_site

__all__ = [
    "PageWeight",
    "PageWeightError",
    "Problem",
    "Resource",
    "Result",
    "check_output",
    "format_kb",
    "on_finalized",
    "register",
    "weigh_site",
]

logger = logging.getLogger(__name__)


def _enabled(settings: dict) -> bool:
    """Pelican's signals are process-wide: only act on builds that list this plugin."""
    names = [str(p if isinstance(p, str) else getattr(p, "__name__", p))
             for p in settings.get("PLUGINS") or ()]
    return __name__ in names


def on_finalized(pelican: object) -> None:
    """``finalized`` receiver: check the output; raise ``PageWeightError`` in error mode."""
    settings = pelican.settings  # type: ignore[attr-defined]
    if not _enabled(settings):
        return
    result = check_output(Path(pelican.output_path), settings)  # type: ignore[attr-defined]
    if result.failed:
        raise PageWeightError(result.text, tuple(result.pages))
    quiet = result.clean or result.mode == "report"
    logger.log(logging.INFO if quiet else logging.WARNING, "%s", result.text)


def register() -> None:
    from pelican import signals

    signals.finalized.connect(on_finalized)
