"""What the official geography (geographie/cog-AAAA.tsv) costs: bytes in the repository, and
time in a commune's `make check` / `make html` and in the federation's build.

A commune's build reads the file and scans it for a handful of lines (its commune, its
département, région and intercommunalité); the shipped example is fictional (`exemple:
true`) and reads nothing. The federation builds the whole tables once. Medians of in-process
runs, each on a fresh `Geography` (the file read again each time)."""

from __future__ import annotations

import statistics
import time
import zlib
from collections.abc import Callable

from bench.common import QUICK, fr
from tenir_parole.core import geography

RUNS = 7 if QUICK else 31
#: A real commune, as make nouvelle-commune INSEE=42246 writes it.
CODE = "42246"


def timed(action: Callable[[], object], runs: int = RUNS) -> float:
    """Median seconds of ``action``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def one_commune() -> None:
    """What make check looks up for one real commune."""
    cog = geography.Geography(geography.path())
    commune = cog.resolve(CODE).commune
    cog.department(commune.department), cog.region(commune.region), cog.epci(commune.epci)


def whole_tables() -> None:
    cog = geography.Geography(geography.path())
    assert len(cog.communes) > 30_000


def report() -> list[str]:
    path = geography.path()
    raw = path.read_bytes()
    packed = len(zlib.compress(raw, 9))
    commune, tables = timed(one_commune), timed(whole_tables, max(5, RUNS // 5))
    return [
        "## Géographie officielle", "",
        f"`{path.parent.name}/{path.name}` : {fr(len(raw) / 1024, 0)} ko dans le dépôt "
        f"({fr(packed / 1024, 0)} ko compressé, l'ordre de grandeur de ce que git en stocke).",
        "",
        "| Qui la lit | Ce qu'elle lit | Temps (médiane) |", "|---|---|---|",
        "| l'exemple (`make html`, commune fictive) | rien | 0 ms |",
        f"| une vraie commune (`make check`, `make html` ; ici {CODE}) | le fichier, puis cinq "
        f"lignes | {fr(commune * 1000, 1)} ms |",
        f"| la fédération (`make federation`) | les tables entières, une fois | "
        f"{fr(tables * 1000, 0)} ms |", "",
    ]


if __name__ == "__main__":
    print("\n".join(report()))
