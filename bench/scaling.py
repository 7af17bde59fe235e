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

#: (lists, measures). 1000 × 50 was tried first, outside `make bench`: one build took 513 s
#: (327 s CPU, 1.4 GB peak) on the reference machine, over 2 min, so the largest is 1000 × 10.
SIZES = ((10, 10), (100, 20), (1000, 10))
TRIED_LARGEST = ("1000 × 50 a été écarté : un essai hors banc, sur la même machine, a pris "
                 "513 s (327 s CPU, 1,4 Go de mémoire) pour 1064 pages, plus de 2 minutes par "
                 "construction ; la plus grande taille est donc 1000 × 10.")
RUNS = 1 if QUICK else 3
SLOW = 30.0  # seconds: a size whose first build takes longer is built once only

SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: E402,F403
PAGE_WEIGHT_MODE = "warn"  # synthetic pages may exceed the budget at scale
"""


@dataclass(frozen=True)
class Series:
    pages: int
    runs: list[Run]

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


def ours(work: Path, lists: int, measures: int) -> Series:
    pledges = synth.write(work / f"pledges-{lists}x{measures}", lists, measures)
    settings = work / "benchconf.py"
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    output = work / f"site-{lists}x{measures}"
    runs = repeat(lambda: build_ours(output, pledges, settings))
    pages = len(list(output.rglob("*.html")))
    shutil.rmtree(output)
    return Series(pages, runs)


def plain(work: Path, count: int) -> Series:
    project = work / f"plain-{count}"
    conf = plain_source(project, count)
    output = project / "output"

    def once() -> Run:
        shutil.rmtree(output, ignore_errors=True)
        return run_pelican(project, conf, output)

    runs = repeat(once)
    shutil.rmtree(project)
    return Series(count, runs)


def exponent(small: Series, large: Series, attr: str) -> float:
    """Log-log slope of time against pages between two sizes (1 = linear)."""
    return (math.log(getattr(large, attr) / getattr(small, attr))
            / math.log(large.pages / small.pages))


def marginal(series: list[Series]) -> float:
    """CPU seconds per extra page between the smallest and the largest size."""
    return (series[-1].cpu - series[0].cpu) / (series[-1].pages - series[0].pages)


def cells(series: Series) -> list[str]:
    return [seconds(series.wall), seconds(series.cpu), f"{fr(series.memory_mb, 0)} Mo",
            fr(series.rate, 1)]


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
        "`python -m build_site` complet (vérification des données, Pelican, poids, liens), "
        "avec un fichier de réglages qui importe `pelicanconf.py` et met "
        "`PAGE_WEIGHT_MODE = \"warn\"`. Pelican nu : même nombre de pages Markdown simples, "
        "thème par défaut, sans extension. Temps : médiane (essais nous/Pelican nu) ; CPU = "
        "utilisateur + système de tout l'arbre de processus ; mémoire = RSS maximal "
        f"(`getrusage(RUSAGE_CHILDREN)`, processus neuf par essai). {TRIED_LARGEST}",
        "",
        *table(["Taille", "Pages", "Essais", "Nous : temps", "CPU", "mémoire", "pages/s",
                "Pelican nu : temps", "CPU", "mémoire", "pages/s", "Rapport"], rows),
        "",
        f"Exposant de croissance (pente log-log du temps selon les pages, de "
        f"{fr(mine[0].pages, 0)} à {fr(mine[-1].pages, 0)} pages ; 1 = linéaire) : "
        f"nous {fr(slopes['ours'][0], 2)} (CPU {fr(slopes['ours'][1], 2)}), "
        f"Pelican nu {fr(slopes['plain'][0], 2)} (CPU {fr(slopes['plain'][1], 2)}). "
        f"Coût marginal d'une page (CPU, entre ces deux tailles) : nous "
        f"{fr(marginal(mine) * 1000, 1)} ms, Pelican nu {fr(marginal(base) * 1000, 1)} ms.",
        "",
    ]
    return lines, {"ours": mine, "plain": base, "slopes": slopes}
