"""Every option of every `tenir-parole` command, resolved once: the parser fills an Options,
and each command reads only that (never argparse's namespace, never sys.argv)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from pathlib import Path

from tenir_parole.build.placeholders import EXAMPLE
from tenir_parole.overview.limits import MAX_BYTES, TIMEOUT, TOTAL


@dataclass(frozen=True)
class Options:
    command: str
    # a commune's site and its editions
    pledges: Path = Path("pledges")
    settings: Path = Path("pelicanconf.py")
    publish_settings: Path = Path("publishconf.py")
    output: Path = Path("output")
    content: Path | None = None
    gzip: bool = False
    dist: Path = Path("dist")
    answer_by: dt.date | None = None
    #: The record as it stood on that day (an archive edition), when given.
    date: dt.date | None = None
    target: str = ""
    # the preview
    port: int = 8000
    interval: float = 0.5
    # the form editor
    editor_port: int = 8001
    # a new commune
    name: str = ""
    insee: str = ""
    department: str = ""
    first_round: str = "2026-03-15"
    second_round: str = "2026-03-22"
    force: bool = False
    example: Path = EXAMPLE
    # an update of Tenir parole
    upstream: str | None = None
    branch: str = "main"
    # the overview of many communes
    list: Path = Path("federation") / "communes.txt"
    copies: Path = Path("federation") / "donnees"
    timeout: float = TIMEOUT
    total_timeout: float = TOTAL
    max_size: int = MAX_BYTES
    # make schemas, make geographie
    folder: Path = Path("schemas")
    version: str = ""

    @classmethod
    def defaults(cls) -> dict[str, object]:
        """Each option's default, for the parser: one place says them."""
        return {f.name: f.default for f in fields(cls) if f.name != "command"}

    @classmethod
    def of(cls, namespace: object) -> Options:
        """The options argparse parsed (its other attributes, the handler, left out)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in vars(namespace).items() if k in names})
