"""Section 3: build time and memory as the data grows, against plain Pelican."""

from __future__ import annotations

import math
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from bench import synth
from bench.common import QUICK, ROOT, Run, build_ours, fr, median, seconds, table
from bench.sites import plain_source, run_pelican

#: (lists, measures). The largest takes about 2 min on 2 cores (one run only); before commit
#: 2d482ee (one weighing pass, link check without bs4) it took 513 s, and 1000 × 10 was used.
SIZES = ((10, 10), (100, 20), (1000, 50))
HISTORY = ("Avant le commit 2d482ee (pesée unique, vérification des liens sans bs4), une "
           "construction 1000 × 50 prenait 513 s (327 s CPU, 1,4 Go) sur cette machine.")
RUNS = 1 if QUICK else 3
SLOW = 30.0  # seconds: a size whose first build takes longer is built once only

SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: E402,F403
PAGE_WEIGHT_MODE = "report"  # synthetic pages may exceed the budget at scale
"""


@dataclass(frozen=True)
class Series:
    pages: int
    runs: list[Run]
    html_bytes: int  # total size of the HTML written

    @property
    def wall(self) -> float:
        return median([r.wall for r in self.runs])

    @property
    def cpu(self) -> float:
        return median([r.cpu for r in self.runs])

    @property
    def memory_mb(self) -> float:
        return max(r.max_rss_kb for r in self.runs) / 1024

    @property
    def rate(self) -> float:
        return self.pages / self.wall


def repeat(action, first_wall_limit: float = SLOW) -> list[Run]:
    runs = [action()]
    while len(runs) < RUNS and runs[0].wall < first_wall_limit:
        runs.append(action())
    return runs


def html_size(output: Path) -> tuple[int, int]:
    """Number of HTML pages written, and their total size in bytes."""
    files = [path.stat().st_size for path in output.rglob("*.html")]
    return len(files), sum(files)


def ours(work: Path, lists: int, measures: int) -> Series:
    pledges = synth.write(work / f"pledges-{lists}x{measures}", lists, measures)
    settings = work / "benchconf.py"
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    output = work / f"site-{lists}x{measures}"
    runs = repeat(lambda: build_ours(output, pledges, settings))
    pages, size = html_size(output)
    shutil.rmtree(output)
    return Series(pages, runs, size)


def plain(work: Path, count: int) -> Series:
    project = work / f"plain-{count}"
    conf = plain_source(project, count)
    output = project / "output"

    def once() -> Run:
        shutil.rmtree(output, ignore_errors=True)
        return run_pelican(project, conf, output)

    runs = repeat(once)
    size = html_size(output)[1]
    shutil.rmtree(project)
    return Series(count, runs, size)


def exponent(small: Series, large: Series, attr: str, per: str = "pages") -> float:
    """Log-log slope of time against pages (or HTML bytes) between two sizes (1 = linear)."""
    return (math.log(getattr(large, attr) / getattr(small, attr))
            / math.log(getattr(large, per) / getattr(small, per)))


def marginal(series: list[Series]) -> float:
    """CPU seconds per extra page between the smallest and the largest size."""
    return (series[-1].cpu - series[0].cpu) / (series[-1].pages - series[0].pages)


def cells(series: Series) -> list[str]:
    return [seconds(series.wall), seconds(series.cpu), f"{fr(series.memory_mb, 0)} Mo",
            fr(series.rate, 1), f"{fr(series.html_bytes / 2**20, 1)} Mo"]


def report(work: Path) -> tuple[list[str], dict]:
    rows, mine, base = [], [], []
    for lists, measures in SIZES:
        print(f"  construction {lists} × {measures}…", file=sys.stderr, flush=True)
        series = ours(work, lists, measures)
        baseline = plain(work, series.pages)
        mine.append(series)
        base.append(baseline)
        runs = f"{len(series.runs)}/{len(baseline.runs)}"
        rows.append([f"{lists} × {measures}", fr(series.pages, 0), runs, *cells(series),
                     *cells(baseline), f"× {fr(series.wall / baseline.wall, 1)} "
                     f"(CPU × {fr(series.cpu / baseline.cpu, 1)})"])
    slopes = {name: (exponent(s[0], s[-1], "wall"), exponent(s[0], s[-1], "cpu"))
              for name, s in (("ours", mine), ("plain", base))}
    lines = [
        "## 3. Temps de construction et passage à l'échelle",
        "",
        "Données synthétiques valides (`bench/synth.py`) : N listes × M mesures, phase après "
        "l'élection, deux mises à jour de suivi par engagement de la liste élue. Nous : "
        "`tenir-parole html` complet (vérification des données, Pelican, poids, liens), "
        "avec un fichier de réglages qui importe `pelicanconf.py` et met "
        "`PAGE_WEIGHT_MODE = \"report\"`. Pelican nu : même nombre de pages Markdown simples, "
        "thème par défaut, sans extension. Temps : médiane (essais nous/Pelican nu) ; CPU = "
        "utilisateur + système de tout l'arbre de processus ; mémoire = RSS maximal "
        f"(`getrusage(RUSAGE_CHILDREN)`, processus neuf par essai). Une taille dont le 1er "
        f"essai dépasse {fr(SLOW, 0)} s n'est construite qu'une fois. {HISTORY}",
        "",
        *table(["Taille", "Pages", "Essais", "Nous : temps", "CPU", "mémoire", "pages/s",
                "HTML écrit", "Pelican nu : temps", "CPU", "mémoire", "pages/s", "HTML écrit",
                "Rapport"], rows),
        "",
        f"Exposant de croissance (pente log-log du temps selon les pages, de "
        f"{fr(mine[0].pages, 0)} à {fr(mine[-1].pages, 0)} pages ; 1 = linéaire) : "
        f"nous {fr(slopes['ours'][0], 2)} (CPU {fr(slopes['ours'][1], 2)}), "
        f"Pelican nu {fr(slopes['plain'][0], 2)} (CPU {fr(slopes['plain'][1], 2)}). "
        f"Coût marginal d'une page (CPU, entre ces deux tailles) : nous "
        f"{fr(marginal(mine) * 1000, 1)} ms, Pelican nu {fr(marginal(base) * 1000, 1)} ms. "
        "Nos pages grossissent avec N × M (l'accueil a une grille de N × M cellules, chaque "
        "page de mesure liste N positions) : rapporté au HTML écrit, notre exposant est "
        f"{fr(exponent(mine[0], mine[-1], 'cpu', 'html_bytes'), 2)} (CPU).",
        "",
    ]
    return lines, {"ours": mine, "plain": base, "slopes": slopes}
