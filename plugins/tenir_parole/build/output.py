"""`make html` / `make publish`: build aside, verify, then swap into output/.

The caller has loaded and checked the data already (``tenir_parole.build.verify.load``), so a data
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

import gzip
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tenir_parole.build.links import check_links
from tenir_parole.build.pelican import PELICAN_FAILED, pelican_locale, run_pelican

UNCHANGED = "{output}/ n'a pas été modifié."
GZIP_SUFFIXES = {".html", ".css", ".xml", ".json", ".csv", ".txt", ".svg", ".atom"}


def recover(output: Path) -> None:
    """Undo what an interrupted run left: restore the old site, drop half-built ones."""
    for old in sorted(output.parent.glob(f".{output.name}-old-*")):
        if not output.exists():
            old.rename(output)
        else:
            shutil.rmtree(old)
    for new in output.parent.glob(f".{output.name}-new-*"):
        shutil.rmtree(new)


def precompress(site: Path) -> None:
    """Write a .gz beside each text file (gzip -9, fixed mtime) for the web server."""
    for path in sorted(site.rglob("*")):
        if path.suffix in GZIP_SUFFIXES and path.is_file():
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(path.read_bytes(), 9,
                                                                        mtime=0))


def swap(new: Path, output: Path) -> None:
    old = output.parent / f".{output.name}-old-{os.getpid()}"
    if output.exists():
        output.rename(old)
    new.rename(output)
    if old.exists():
        shutil.rmtree(old)


def build_aside(output: Path, settings_for: Callable[[Path], dict], gz: bool) -> int:
    """Run Pelican with ``settings_for(folder)`` into a new folder beside ``output``, check
    its links, gzip its text files if ``gz``, then swap it in; 0 on success, 1 (and
    ``output`` untouched) otherwise."""
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
