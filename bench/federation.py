"""`make bench-federation`: the federation's build at 100, 1,000, 10,000 and 35,000 synthetic
communes, against bare Pelican on the same page count; writes the « Fédération » section of
BENCHMARKS.md (and only it: `make bench` keeps it when it rewrites the rest).

Figures, not tests: nothing here passes or fails.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench import federation_synth
from bench.common import QUICK, ROOT, Run, fr, measured, seconds, table
from bench.machine import commit, load_average, utc_date
from bench.scaling import Series, cells, exponent, html_size, marginal, plain, repeat

TARGET = ROOT / "BENCHMARKS.md"
TITLE = "## Fédération"
SIZES = (100, 1_000, 10_000) if QUICK else (100, 1_000, 10_000, 35_000)


def build(folder: Path, output: Path) -> Run:
    run = measured([sys.executable, "-m", "tenir_parole.commands.cli", "federation", "--copies",
                    str(folder), "--list", str(federation_synth.sites_of(folder)),
                    "--output", str(output), "--settings", str(ROOT / "federationconf.py")])
    if run.returncode != 0:
        raise RuntimeError(f"tenir-parole federation a échoué :\n{run.output[-3000:]}")
    return run


def ours(work: Path, count: int) -> tuple[Series, Run]:
    """The build (repeated for the small sizes), then a rebuild after one commune changed."""
    folder = federation_synth.write(work / f"donnees-{count}", count, work / "pool")
    output = work / f"site-{count}"
    runs = repeat(lambda: build(folder, output))
    pages, size = html_size(output)
    federation_synth.touch_one(folder)
    again = build(folder, output)
    shutil.rmtree(output)
    shutil.rmtree(folder)
    return Series(pages, runs, size), again


def section(rows: list[list[str]], mine: list[Series], base: list[Series],
            rebuilds: list[Run], minutes: float, code: str, date: str, loads: str) -> list[str]:
    big, rebuild = mine[-1], rebuilds[-1]
    return [
        TITLE,
        "",
        f"`make bench-federation` (durée {fr(minutes, 1)} min), commit `{code}`, `{date}`, "
        f"charge moyenne {loads}. Exports synthétiques valides (`bench/federation_synth.py`) : "
        "un tiers après l'élection avec quatre listes (l'exemple), un tiers avant avec trois, "
        "un tiers minimal, répartis sur les départements de métropole (le Pas-de-Calais trois "
        "fois plus, 999 au plus, partagé en pages de 100 communes). Nous : "
        "`tenir-parole federation` complet, comme `make federation` (lecture et vérification "
        "de chaque export, Pelican, pesée de chaque page au budget de 14 336 o en mode "
        "erreur, liens, remplacement du dossier). Pelican nu : même nombre de pages Markdown "
        "simples, sans extension. "
        "Mêmes mesures que la section 3 (CPU de tout l'arbre de processus, RSS maximal).",
        "",
        *table(["Communes", "Pages", "Essais", "Nous : temps", "CPU", "CPU/page", "mémoire",
                "HTML écrit", "Pelican nu : temps", "CPU", "CPU/page", "mémoire",
                "HTML écrit", "Rapport", "Reconstruction (1 commune changée)"], rows),
        "",
        f"**{fr(SIZES[-1], 0)} communes : {seconds(big.wall)} ({fr(big.wall / 60, 1)} min), "
        f"CPU {seconds(big.cpu)}, mémoire maximale {fr(big.memory_mb, 0)} Mo, "
        f"{fr(big.pages, 0)} pages** (objectif : moins de 5 min et de 2 Go sur 2 cœurs). "
        f"Exposant de croissance (pente log-log du temps selon les pages, de "
        f"{fr(mine[0].pages, 0)} à {fr(big.pages, 0)} pages ; 1 = linéaire) : nous "
        f"{fr(exponent(mine[0], big, 'wall'), 2)} (CPU {fr(exponent(mine[0], big, 'cpu'), 2)}), "
        f"Pelican nu {fr(exponent(base[0], base[-1], 'wall'), 2)} "
        f"(CPU {fr(exponent(base[0], base[-1], 'cpu'), 2)}) ; coût marginal d'une page "
        f"(CPU) : nous {fr(marginal(mine) * 1000, 2)} ms, Pelican nu "
        f"{fr(marginal(base) * 1000, 2)} ms.",
        "",
        f"Reconstruction après le changement d'une commune : {seconds(rebuild.wall)} "
        f"(CPU {seconds(rebuild.cpu)}) à {fr(SIZES[-1], 0)} communes, autant qu'une "
        "construction complète. Pelican ne permet pas de réutiliser ce qui n'a pas changé "
        "ici : son cache (`CACHE_CONTENT`, `LOAD_CONTENT_CACHE`) ne couvre que la lecture des "
        "fichiers de contenu par ses lecteurs, pas les pages écrites par un générateur ; et "
        "chaque construction se fait dans un dossier neuf, remplacé d'un coup. Ce qui pourrait "
        "l'être (la lecture des exports inchangés, par empreinte) n'a pas été fait : la "
        "construction complète tient déjà dans l'objectif.",
        "",
    ]


def replace_section(text: str, new: list[str]) -> str:
    """BENCHMARKS.md with its « Fédération » section replaced, or added before the last."""
    lines = text.rstrip("\n").split("\n")
    if TITLE in lines:
        start = lines.index(TITLE)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
                   len(lines))
        lines[start:end] = new
    else:
        last = max((i for i, line in enumerate(lines) if line.startswith("## ")),
                   default=len(lines))
        lines[last:last] = new
    return "\n".join(lines) + "\n"


def kept_section(text: str) -> list[str]:
    """The « Fédération » section of ``text`` (for `make bench`, which rewrites the rest)."""
    lines = text.split("\n")
    if TITLE not in lines:
        return []
    start = lines.index(TITLE)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
               len(lines))
    return lines[start:end]


def main() -> int:
    began, date, loads, code = time.perf_counter(), utc_date(), load_average(), commit()
    rows, mine, base, rebuilds = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="tenir-parole-bench-federation-") as tmp:
        work = Path(tmp)
        for count in SIZES:
            print(f"  {fr(count, 0)} communes…", file=sys.stderr, flush=True)
            series, again = ours(work, count)
            baseline = plain(work, series.pages)
            mine.append(series)
            base.append(baseline)
            rebuilds.append(again)
            rows.append([fr(count, 0), fr(series.pages, 0),
                         f"{len(series.runs)}/{len(baseline.runs)}", *cells(series),
                         *cells(baseline), f"× {fr(series.wall / baseline.wall, 2)} "
                         f"(CPU × {fr(series.cpu / baseline.cpu, 2)})",
                         f"{seconds(again.wall)} (CPU {seconds(again.cpu)})"])
    minutes = (time.perf_counter() - began) / 60
    new = section(rows, mine, base, rebuilds, minutes, code, date, loads)
    TARGET.write_text(replace_section(TARGET.read_text(encoding="utf-8"), new), "utf-8")
    print("\n".join(new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
