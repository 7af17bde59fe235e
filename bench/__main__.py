"""`make bench`: measure, print the tables, and write them into BENCHMARKS.md.

Figures, not tests: nothing here passes or fails. ``BENCH_QUICK=1`` runs fewer repeats.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench import builds, collector, editor, federation, geography, load, shortcuts, weight
from bench.browser import chromium_version
from bench.common import QUICK, ROOT, build_ours, example_pledges, fr
from bench.machine import commit, describe, load_average, utc_date
from bench.sites import build_default_theme, linked_variant

TARGET = ROOT / "BENCHMARKS.md"
#: Sections written by hand, once (a figure before and after a change): kept as they are.
BY_HAND = "## Relevé ponctuel"


def by_hand(text: str) -> list[str]:
    """The sections of ``text`` whose title starts with BY_HAND, in order."""
    lines, kept, keeping = text.split("\n"), [], False
    for line in lines:
        if line.startswith("## "):
            keeping = line.startswith(BY_HAND)
        if keeping:
            kept.append(line)
    return kept


def header(date: str, machine: list[str], minutes: float) -> list[str]:
    command = "BENCH_QUICK=1 make bench" if QUICK else "make bench"
    return [
        "# Mesures (benchmarks)",
        "",
        "Chiffres produits par une seule exécution de la commande ci-dessous, qui réécrit ce "
        "fichier ; ce ne sont pas des tests (rien n'échoue). Médianes et rapports viennent tous "
        "de cette exécution. 1 ko = 1024 octets.",
        "",
        f"- Commande : `{command}` (depuis la racine du dépôt ; durée totale "
        f"{fr(minutes, 1)} min)",
        f"- Date : `{date}`",
        *machine,
        "",
    ]


def footer() -> list[str]:
    return [
        "## Reproduire, approfondir",
        "",
        "- `make bench` réécrit ce fichier ; `BENCH_QUICK=1 make bench` fait moins d'essais.",
        "- `.venv/bin/python -m bench.shortcuts` : la section 4 seule (options de pyperf).",
        "- `make bench-federation` réécrit la section « Fédération » (environ 10 min, un cœur) ; "
        "`.venv/bin/python -m bench.editor`, la section « Du formulaire à l'écran » (Chromium, "
        "`npm ci` fait) ; `make bench` garde les deux.",
        "",
    ]


def step(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main() -> int:
    start = time.perf_counter()
    date, load_start, code = utc_date(), load_average(), commit()
    with tempfile.TemporaryDirectory(prefix="tenir-parole-bench-") as tmp:
        work = Path(tmp)
        work.chmod(0o755)  # nginx's workers must read the sites
        www = work / "www"
        step("1/5 Poids : construction du site et du même contenu en thème notmyidea…")
        ours = www / "ours"
        pledges = example_pledges()
        build_ours(ours, pledges)
        default = build_default_theme(ours, work / "default-src", www / "default")
        linked_variant(ours, www / "linked")
        section1, weights = weight.report(ours, default, pledges.relative_to(ROOT))
        step(f"2/5 Chargement EDGE et 2G dans Chromium ({load.RUNS} essais par page)…")
        section2, server = load.report(www, weights["ours"])
        step("3/5 Temps de construction, un cœur (hyperfine)…")
        section3 = builds.report(work / "builds")
        step("4/5 Raccourcis de vitesse, avec et sans (pyperf)…")
        section4 = shortcuts.report(work)
        step("5/5 Collecte de la fédération : sites hostiles sur 127.0.0.1…")
        section5 = collector.report(work)
    section6 = geography.report()
    machine = describe(chromium_version(), server, load_start, code)
    minutes = (time.perf_counter() - start) / 60
    old = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    # Measured by their own commands (make bench-federation, python -m bench.editor): kept.
    kept = [*by_hand(old), *federation.kept_section(old), *editor.kept_section(old)]
    text = "\n".join([*header(date, machine, minutes), *section1, *section2, *section3,
                      *section4, *section5, *section6, *kept, *footer()])
    TARGET.write_text(text.rstrip() + "\n", encoding="utf-8")
    print(text)
    step(f"Écrit : {TARGET.relative_to(ROOT)} ({fr(minutes, 1)} min).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
