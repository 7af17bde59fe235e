"""`make bench-federation`: the federation's build, on one core (`taskset -c 0`), at 100 to
34,969 communes (every commune of the official geography), against bare Pelican on the same
page count; writes the « Fédération » section of BENCHMARKS.md (and only it: `make bench`
keeps it when it rewrites the rest). Targets: every commune within 150 s and 1 GB, CPU within
1.5 × bare Pelican's.

Figures, not tests: nothing here passes or fails. Each size is built once (its first run is
the measure: a fresh process), twice under 1,000 communes; medians when more than one.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import common, federation_synth
from bench.common import QUICK, ROOT, Run, fr, measured, median, seconds, table
from bench.machine import commit, load_average, utc_date
from bench.sites import plain_source

TARGET = ROOT / "BENCHMARKS.md"
TITLE = "## Fédération"
ALL = 34_969  # every current commune of the Code officiel géographique 2026
SIZES = (100, 1_000, 10_000) if QUICK else (100, 1_000, 10_000, ALL)
ONE_CORE = ["taskset", "-c", "0"]
TARGETS = (150.0, 1024.0, 1.5)  # seconds, MB, CPU ratio


def runs(command: list[str], count: int) -> list[Run]:
    done = [measured([*ONE_CORE, *command]) for _ in range(2 if count < 1_000 else 1)]
    if any(run.returncode for run in done):
        raise RuntimeError(f"{command[2:4]} a échoué :\n{done[-1].output[-3000:]}")
    return done


@dataclass(frozen=True)
class Size:
    communes: int
    pages: int
    wall: float
    cpu: float
    memory_mb: float
    bare_wall: float
    bare_cpu: float

    @property
    def ratio(self) -> float:
        return self.cpu / self.bare_cpu

    def row(self) -> list[str]:
        return [fr(self.communes, 0), fr(self.pages, 0), seconds(self.wall), seconds(self.cpu),
                f"{fr(self.memory_mb, 0)} Mo", seconds(self.bare_wall), seconds(self.bare_cpu),
                f"× {fr(self.ratio, 2)}"]


def size(work: Path, count: int) -> Size:
    folder = federation_synth.write(work / f"donnees-{count}", count, work / "pool")
    output = work / f"site-{count}"
    mine = runs([sys.executable, "-m", "tenir_parole.commands.cli", "federation", "--copies",
                 str(folder), "--list", str(federation_synth.sites_of(folder)), "--output",
                 str(output), "--settings", str(ROOT / "federationconf.py")], count)
    pages = sum(1 for _ in output.rglob("*.html"))
    shutil.rmtree(folder)
    shutil.rmtree(output)
    project = work / f"plain-{pages}"
    conf = plain_source(project, pages)
    bare = runs([sys.executable, "-m", "pelican", str(project / "content"), "-o",
                 str(project / "output"), "-s", str(conf), "-q"], count)
    shutil.rmtree(project)
    return Size(count, pages, median([r.wall for r in mine]), median([r.cpu for r in mine]),
                max(r.max_rss_kb for r in mine) / 1024, median([r.wall for r in bare]),
                median([r.cpu for r in bare]))


def section(sizes: list[Size], minutes: float, code: str, date: str, loads: str) -> list[str]:
    largest = sizes[-1]
    met = (largest.wall <= TARGETS[0] and largest.memory_mb <= TARGETS[1]
           and largest.ratio <= TARGETS[2])
    return [
        TITLE, "",
        f"`make bench-federation` (durée {fr(minutes, 1)} min), commit `{code}`, `{date}`, "
        f"charge moyenne {loads}, un seul cœur (`taskset -c 0`). Les vraies communes de la "
        "géographie officielle (`geographie/`, COG 2026 : noms, codes INSEE, départements, "
        "régions ; à la plus grande taille, les 34 969), chacune avec un export synthétique "
        "valide (`bench/federation_synth.py`) : un tiers après l'élection avec quatre listes "
        "(l'exemple), un tiers avant avec trois, un tiers minimal. Nous : `tenir-parole "
        "federation` complet, comme `make federation` "
        "(lecture et vérification de chaque export, Pelican, pesée de chaque page, liens, "
        "remplacement du dossier). Pelican nu : même nombre de pages Markdown simples, sans "
        "extension. CPU et mémoire maximale : tout l'arbre de processus (`bench/child.py`).",
        "", *table(["Communes", "Pages", "Nous : temps", "CPU", "mémoire", "Pelican nu : temps",
                    "CPU", "CPU nous ÷ nu"], [s.row() for s in sizes]), "",
        f"Objectif à {fr(largest.communes, 0)} communes (150 s, 1 Go, CPU dans 1,5 × Pelican "
        f"nu) : **{'atteint' if met else 'non atteint'}** ({seconds(largest.wall)}, "
        f"{fr(largest.memory_mb, 0)} Mo, × {fr(largest.ratio, 2)}).", ""]


def replace_section(text: str, new: list[str]) -> str:
    """BENCHMARKS.md with its « Fédération » section replaced, or added before the last."""
    return common.replace_section(text, TITLE, new)


def kept_section(text: str) -> list[str]:
    """The « Fédération » section of ``text`` (for `make bench`, which rewrites the rest)."""
    return common.section(text, TITLE)


def main() -> int:
    began, date, loads, code = time.perf_counter(), utc_date(), load_average(), commit()
    sizes = []
    with tempfile.TemporaryDirectory(prefix="tenir-parole-bench-federation-") as tmp:
        for count in SIZES:
            print(f"  {fr(count, 0)} communes…", file=sys.stderr, flush=True)
            sizes.append(size(Path(tmp), count))
    new = section(sizes, (time.perf_counter() - began) / 60, code, date, loads)
    TARGET.write_text(replace_section(TARGET.read_text(encoding="utf-8"), new), "utf-8")
    print("\n".join(new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
