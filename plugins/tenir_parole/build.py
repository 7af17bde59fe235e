"""`make html` / `make publish`: build aside, verify, then swap into output/.

The caller has loaded and checked the data already (``tenir_parole.check.load``), so a data
error is a French message and never reaches Pelican. Then:

1. Pelican runs in this process into a fresh folder beside output/ (same filesystem), with
   warnings fatal; the Dataset, the edition date and the downloads are plain settings; the
   page_weight plugin weighs every page through its own ``finalized`` hook;
2. the offline link check runs on that folder;
3. only then is output/ replaced (rename old aside, rename new in, delete old).

Any failure leaves output/ as it was. If a run is killed between the two renames, the next
run puts the previous site back before doing anything else.
"""

from __future__ import annotations

import contextlib
import gzip
import locale
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from pelican.plugins.page_weight import PageWeightError

from tenir_parole.data.dataset import Dataset
from tenir_parole.heavy import explain
from tenir_parole.links import check_links

UNCHANGED = "{output}/ n'a pas été modifié."
GZIP_SUFFIXES = {".html", ".css", ".xml", ".json", ".csv", ".txt", ".svg", ".atom"}
PELICAN_FAILED = "Pelican a signalé un problème (les avertissements sont bloquants) :"


def recover(output: Path) -> None:
    """Undo what an interrupted run left: restore the old site, drop half-built ones."""
    for old in sorted(output.parent.glob(f".{output.name}-old-*")):
        if not output.exists():
            old.rename(output)
        else:
            shutil.rmtree(old)
    for new in output.parent.glob(f".{output.name}-new-*"):
        shutil.rmtree(new)


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


def precompress(site: Path) -> int:
    """Write a .gz beside each text file (gzip -9, fixed mtime) for the web server."""
    count = 0
    for path in sorted(site.rglob("*")):
        if path.suffix in GZIP_SUFFIXES and path.is_file():
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(path.read_bytes(), 9,
                                                                        mtime=0))
            count += 1
    return count


def swap(new: Path, output: Path) -> None:
    old = output.parent / f".{output.name}-old-{os.getpid()}"
    if output.exists():
        output.rename(old)
    new.rename(output)
    if old.exists():
        shutil.rmtree(old)


def offer(downloads: Sequence[Path], site: Path) -> list[dict]:
    """Copy files into telechargements/; return what the « Hors ligne » page lists."""
    if not downloads:
        return []
    folder = site / "telechargements"
    folder.mkdir(exist_ok=True)
    for path in downloads:
        shutil.copyfile(path, folder / path.name)
    return [{"name": p.name, "size": p.stat().st_size,
             "kind": "zip" if p.suffix == ".zip" else p.stem.rsplit("-", 1)[-1]}
            for p in downloads]


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


def build(settings_file: Path, output: Path, data: Dataset, *, content: Path | None = None,
          gz: bool = False, edition: str | None = None, downloads: Sequence[Path] = (),
          online: str = "", extra: dict | None = None) -> int:
    """Build ``data`` with ``settings_file`` into ``output``; 0 on success, 1 otherwise."""
    return build_aside(output, lambda new: pelican_settings(
        settings_file, new, data, content, edition, offer(downloads, new), online, extra), gz=gz)


def build_aside(output: Path, settings_for: Callable[[Path], dict], *, gz: bool = False) -> int:
    """Run Pelican with ``settings_for(folder)`` into a new folder beside ``output``, check
    its links, then swap it in; 0 on success, 1 (and ``output`` untouched) otherwise."""
    output = output.resolve()
    recover(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{output.name}-new-", dir=output.parent))
    new.chmod(0o755)  # mkdtemp makes it private; the web server must read it
    try:
        with pelican_locale():  # pages are written in the settings' LOCALE, then it is undone
            problems = run_pelican(settings_for(new))
        if not problems or not problems[0].startswith(PELICAN_FAILED):
            broken = check_links(new)
            problems += ["Liens cassés :", *broken] if broken else []
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print(UNCHANGED.format(output=output.name), file=sys.stderr)
            return 1
        if gz:
            precompress(new)
        swap(new, output)
    finally:
        if new.exists():
            shutil.rmtree(new)
    pages = len(list(output.rglob("*.html")))
    print(f"Site construit dans {output.name}/ : {pages} pages.")
    return 0
