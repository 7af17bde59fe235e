"""Section 3: build time and memory as the data grows, against plain Pelican."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import synth
from bench.common import QUICK, ROOT, Run, build_env, build_ours, fr, median, seconds, table
from bench.sites import plain_source, run_pelican
from bench.stages import STEPS

#: (lists, measures): 34 pages (the size of a real commune), 134, and 1 024 pages.
SIZES = ((10, 10), (100, 20), (1000, 10))
HISTORY = ("Avant le passage à un seul paquet et un seul passage (commit 4906b06 et "
           "suivants), la même mesure donnait × 4,2 à 34 pages, × 14,2 à 134 et × 16,7 à "
           "1 024 (23 ms de CPU par page contre 1,2 ms) ; après, sur un seul cœur (commit "
           "4df2b54), × 1,62, × 2,44 et × 2,35 (5,8 ms de CPU par page).")
#: Where the in-memory comparison builds (no disk: what is left is the work itself).
MEMORY = Path("/dev/shm")
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
    return [seconds(series.wall), seconds(series.cpu),
            f"{fr(series.cpu / series.pages * 1000, 1)} ms", f"{fr(series.memory_mb, 0)} Mo",
            f"{fr(series.html_bytes / 2**20, 1)} Mo"]


def stages(work: Path, lists: int, measures: int) -> dict[str, float]:
    """One build of that size, step by step, in a fresh process (bench/stages.py)."""
    pledges = work / f"pledges-{lists}x{measures}"
    result = subprocess.run([sys.executable, "-m", "bench.stages", str(pledges),
                             str(work / "benchconf.py")], cwd=ROOT, env=build_env(),
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def stage_lines(work: Path) -> list[str]:
    sizes = [SIZES[0], SIZES[-1]]
    times = [stages(work, *size) for size in sizes]
    rows = [[step, *(f"{seconds(t[step])} ({fr(100 * t[step] / sum(t.values()), 0)} %)"
                     for t in times)] for step in STEPS]
    return [
        "### Où va le temps",
        "",
        "Une construction de chaque taille, étape par étape, dans un processus neuf "
        "(`python -m bench.stages`, temps « mur »). Pour une commune réelle, l'essentiel est "
        "le démarrage (importer Pelican, pydantic, lxml) ; à 1 024 pages, c'est d'écrire "
        "les pages, sur deux cœurs : les N × M positions sont rendues une fois par processus "
        "et reprises sur la page de la liste, celle de la mesure et le carnet ; les plus "
        "grandes pages (accueil, carnet) d'abord, pour qu'aucun processus ne finisse seul "
        "avec l'une d'elles. La pesée ne passe par l'analyseur HTML que les pages qui "
        "pourraient charger un fichier (ici : aucune) ; chaque page n'y est lue et "
        "compressée qu'une fois. "
        "`.venv/bin/python -m bench.profile LISTES MESURES` détaille chaque étape avec cProfile.",
        "",
        *table(["Étape", *(f"{a} × {b}" for a, b in sizes)], rows),
        "",
    ]


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
                     *cells(baseline), f"× {fr(series.wall / baseline.wall, 2)} "
                     f"(CPU × {fr(series.cpu / baseline.cpu, 2)})"])
    slopes = {name: (exponent(s[0], s[-1], "wall"), exponent(s[0], s[-1], "cpu"))
              for name, s in (("ours", mine), ("plain", base))}
    lines = [
        "## 3. Temps de construction et passage à l'échelle",
        "",
        "Données synthétiques valides (`bench/synth.py`) : N listes × M mesures, phase après "
        "l'élection, deux mises à jour de suivi par engagement de la liste élue. Nous : "
        "`tenir-parole html` complet, comme `make html` (démarrage, vérification des données, "
        "Pelican, pesée des pages, liens, remplacement de output/), avec un fichier de "
        "réglages qui importe `pelicanconf.py` et met `PAGE_WEIGHT_MODE = \"report\"` (à "
        "grande taille, des pages dépassent le budget). Pelican nu : même nombre de pages "
        "Markdown simples, thème par défaut, sans extension. À partir de 50 pages ou "
        "fichiers de listes, nous lisons, écrivons, pesons et vérifions sur les deux cœurs "
        "(un processus fils, `tenir_parole.parallel`) ; Pelican nu n'en utilise qu'un : le "
        "temps dit ce qu'attend l'éditeur, le CPU le travail fait. Temps : médiane (essais "
        "nous/Pelican nu) ; CPU = utilisateur + système de tout l'arbre de processus, et par "
        "page ; mémoire = RSS maximal du plus gros processus (`getrusage(RUSAGE_CHILDREN)`, "
        "processus neuf par essai ; le fils partage les pages de son parent tant qu'il ne "
        f"les modifie pas). Une taille dont le 1er essai dépasse {fr(SLOW, 0)} s n'est "
        f"construite qu'une fois. {HISTORY}",
        "",
        *table(["Taille", "Pages", "Essais", "Nous : temps", "CPU", "CPU/page", "mémoire",
                "HTML écrit", "Pelican nu : temps", "CPU", "CPU/page", "mémoire",
                "HTML écrit", "Rapport"], rows),
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
        *memory_lines(),
        *stage_lines(work),
    ]
    return lines, {"ours": mine, "plain": base, "slopes": slopes}


def memory_lines() -> list[str]:
    """The largest size again, built in memory (tmpfs) by both: without the disk."""
    if not (MEMORY.is_dir() and os.access(MEMORY, os.W_OK)):
        return []
    lists, measures = SIZES[-1]
    print(f"  construction {lists} × {measures} en mémoire…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="tenir-parole-bench-", dir=MEMORY) as tmp:
        series = ours(Path(tmp), lists, measures)
        baseline = plain(Path(tmp), series.pages)
    return [
        "### Sans le disque",
        "",
        "Les temps sur disque varient d'un essai à l'autre (Pelican nu écrit 1 024 fichiers "
        "neufs à chaque essai sur un disque partagé) ; la même mesure, dans un dossier en "
        f"mémoire (`{MEMORY}`, tmpfs), ne garde que le travail lui-même :",
        "",
        *table(["Taille", "Pages", "Essais", "Nous : temps", "CPU", "CPU/page", "mémoire",
                "HTML écrit", "Pelican nu : temps", "CPU", "CPU/page", "mémoire",
                "HTML écrit", "Rapport"],
               [[f"{lists} × {measures}", fr(series.pages, 0),
                 f"{len(series.runs)}/{len(baseline.runs)}", *cells(series),
                 *cells(baseline), f"× {fr(series.wall / baseline.wall, 2)} "
                 f"(CPU × {fr(series.cpu / baseline.cpu, 2)})"]]),
        "",
    ]
