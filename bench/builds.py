"""Section 3: a commune's build from a cold process, on one core, against bare Pelican with
as many pages — timed by hyperfine (`apt-get install hyperfine`): wall time (median) and CPU
(user + system, hyperfine's means), each command run several times, warm-up first.

Sizes: the example commune, and synthetic communes of 34 and 134 pages. Targets (issue of
the layered house): the example's `make html` within 1.0 s; our CPU within 1.5 × bare
Pelican's at 34 and 134 pages.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench import synth
from bench.common import QUICK, ROOT, build_env, example_pledges, fr, seconds, table
from bench.sites import plain_source

#: (name, lists, measures): None for the example commune.
SIZES = (("exemple", None, None), ("34 pages", 10, 10), ("134 pages", 100, 20))
RUNS = 3 if QUICK else 10
ONE_CORE = ["taskset", "-c", "0"]
TARGET_WALL, TARGET_RATIO = 1.0, 1.5
#: Synthetic communes of a hundred lists outgrow the page budget: weighed, not refused.
SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: E402,F403
PAGE_WEIGHT_MODE = "report"
"""


@dataclass(frozen=True)
class Timing:
    """One command as hyperfine measured it."""

    median: float  # wall seconds
    cpu: float  # user + system seconds, mean of the runs


def parse(report: dict) -> dict[str, Timing]:
    """hyperfine's JSON export, by command name."""
    return {r["command"]: Timing(r["median"], r["user"] + r["system"])
            for r in report["results"]}


def hyperfine(commands: dict[str, list[str]], prepare: str, work: Path) -> dict[str, Timing]:
    """Each command run RUNS times after one warm-up, ``prepare`` before each run."""
    exported = work / "hyperfine.json"
    named = [arg for name, command in commands.items()
             for arg in ("-n", name, shlex.join([*ONE_CORE, *command]))]
    subprocess.run(["hyperfine", "-N" if not prepare else "--shell=bash", "--warmup", "1",
                    "--runs", str(RUNS), *(["--prepare", prepare] if prepare else []),
                    "--export-json", str(exported), "--style", "none", *named],
                   cwd=ROOT, env=build_env(), check=True, capture_output=True)
    return parse(json.loads(exported.read_text(encoding="utf-8")))


def pages_of(output: Path) -> int:
    return sum(1 for _ in output.rglob("*.html"))


def report(work: Path) -> list[str]:
    if shutil.which("hyperfine") is None or shutil.which("taskset") is None:
        return ["## 3. Temps de construction", "",
                "Non mesuré : hyperfine absent (`apt-get install hyperfine`).", ""]
    rows, verdicts = [], []
    settings = work / "benchconf.py"
    work.mkdir(parents=True, exist_ok=True)
    settings.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
    for name, lists, measures in SIZES:
        pledges = (example_pledges() if lists is None
                   else synth.write(work / f"pledges-{lists}x{measures}", lists, measures))
        output = work / f"ours-{lists}"
        ours = [sys.executable, "-m", "tenir_parole.commands.cli", "html", "--output",
                str(output), "--pledges", str(pledges),
                *(["--settings", str(settings)] if lists else [])]
        subprocess.run(ours, cwd=ROOT, env=build_env(), check=True, capture_output=True)
        count = pages_of(output)
        project = work / f"plain-{count}"
        conf = plain_source(project, count)
        bare = [sys.executable, "-m", "pelican", str(project / "content"), "-o",
                str(project / "output"), "-s", str(conf), "-q"]
        timed = hyperfine({"ours": ours, "bare": bare}, "", work)
        ratio = timed["ours"].cpu / timed["bare"].cpu
        rows.append([name, count, seconds(timed["ours"].median), seconds(timed["ours"].cpu),
                     seconds(timed["bare"].median), seconds(timed["bare"].cpu),
                     f"× {fr(ratio, 2)}"])
        if lists is None:
            verdicts.append(f"`make html` de l'exemple en {fr(TARGET_WALL, 1)} s au plus : "
                            f"**{'oui' if timed['ours'].median <= TARGET_WALL else 'non'}** "
                            f"({seconds(timed['ours'].median)}).")
        else:
            verdicts.append(f"{name} : CPU dans {fr(TARGET_RATIO, 1)} × Pelican nu : "
                            f"**{'oui' if ratio <= TARGET_RATIO else 'non'}** "
                            f"(× {fr(ratio, 2)}).")
    return ["## 3. Temps de construction (un cœur, processus neuf)", "",
            f"`hyperfine` ({RUNS} essais après un d'échauffement, `taskset -c 0`) : "
            "`tenir-parole html` (vérification des données, pages, poids, liens, échange de "
            "`output/`) contre `pelican` sans greffon sur autant de pages Markdown simples. "
            "Mur : médiane ; CPU : utilisateur + système, moyenne des essais.", "",
            *table(["Taille", "Pages", "Nous : mur", "Nous : CPU", "Pelican nu : mur",
                    "Pelican nu : CPU", "CPU nous ÷ nu"], rows), "",
            *(f"- {v}" for v in verdicts), ""]
