"""Pelican, run in this process: its settings for one build (the checked data and what the
driver resolved), its log collected, its warnings fatal, its locale kept inside the build.

``run_pelican`` gives French lines describing a failure, or [] when the pages were written;
a page over its budget also names the editor's text to shorten (build.heavy).
"""

from __future__ import annotations

import contextlib
import locale
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from tenir_parole.build.heavy import explain
from tenir_parole.core.dataset import Dataset
from tenir_parole.weight import PageWeightError

PELICAN_FAILED = "Pelican a signalé un problème (les avertissements sont bloquants) :"


class _Collect(logging.Handler):
    """Keeps the warnings and errors Pelican logs during one run."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines += [line for line in record.getMessage().splitlines() if line.strip()]


def run_pelican(settings: dict) -> list[str]:
    """Run Pelican in this process, warnings fatal; return French lines describing a
    failure, or [] when the pages were written."""
    from pelican import Pelican
    from pelican.log import FatalLogger, LimitFilter, console

    collect = _Collect()
    root = logging.getLogger()
    saved = FatalLogger.fatal_lvl, console.quiet
    FatalLogger.fatal_lvl, console.quiet = logging.WARNING, True
    LimitFilter._raised_messages.clear()  # process-wide: a warning seen in an earlier build
    LimitFilter._group_count.clear()  # or counted there (past 5 of a kind: vague, then none)
    root.addHandler(collect)
    try:
        Pelican(settings).run()
    except PageWeightError as e:  # and which editor's text to shorten, for a commune's site
        data = settings.get("PLEDGES_DATA")
        return [str(e), *(explain(data, e.verdicts) if data is not None else [])]
    except Exception as e:  # noqa: BLE001 — every failure becomes a message, never a traceback
        cause = [] if str(e) == "Warning or error encountered" else [f"{type(e).__name__}: {e}"]
        return [PELICAN_FAILED, *collect.lines[-15:], *cause]
    finally:
        root.removeHandler(collect)
        FatalLogger.fatal_lvl, console.quiet = saved
    # Only what was logged as a warning on purpose got this far (PAGE_WEIGHT_MODE = "warn"):
    # shown, since the build goes on.
    if collect.lines:
        print("\n".join(collect.lines), file=sys.stderr)
    return []


@contextlib.contextmanager
def pelican_locale() -> Iterator[None]:
    """Pelican applies its LOCALE setting to the whole process when it reads settings: keep
    that inside the build, so this process's own text and files stay UTF-8."""
    saved = locale.setlocale(locale.LC_ALL)
    try:
        yield
    finally:
        locale.setlocale(locale.LC_ALL, saved)


def read_pelican_settings(settings_file: Path, override: dict | None = None) -> dict:
    """Pelican's ``read_settings``, without changing this process's locale."""
    from pelican.settings import read_settings

    with pelican_locale():
        return read_settings(str(settings_file), override=override)


def pelican_settings(settings_file: Path, target: Path, data: Dataset, content: Path | None,
                     edition: str | None, downloads: list[dict], online: str = "",
                     extra: dict | None = None) -> dict:
    """The Pelican settings of one build: the settings file, plus what the driver resolved:
    the data, the USB edition's date, the downloads, the site's public address (which a
    publish build, ``PUBLISH = True``, also takes as its SITEURL). Pelican sets the process's
    locale to its LOCALE setting here."""
    from pelican.settings import read_settings

    online = online.rstrip("/")
    override = {"OUTPUT_PATH": str(target), "PLEDGES_DATA": data, "OFFLINE_EDITION": edition,
                "OFFLINE_DOWNLOADS": downloads, "SITEURL_ONLINE": online}
    if content is not None:
        override["PATH"] = str(content.resolve())
    settings = read_settings(str(settings_file), override={**override, **(extra or {})})
    if settings.get("PUBLISH") and online:
        settings["SITEURL"] = online
    return settings
