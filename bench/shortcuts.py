"""Section 4: each speed-only shortcut the code keeps, with and without, on the stage of the
example's build it speeds up — measured by pyperf (worker processes, warm-ups, calibrated
loops). A shortcut stays only while it gains more than 10 % of its stage.

    python -m bench.shortcuts -o shortcuts.json [--fast]     # pyperf's own options
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # pyperf's workers: bench, conf

from bench.common import QUICK, ROOT, build_env, example_pledges, fr, table

#: name: (the stage it speeds up, where the code is, what it does)
SHORTCUTS = {
    "libyaml": ("lecture des données", "core/loader.py, _fast",
                "les événements YAML de libyaml (C) sous notre composeur strict"),
    "pre-tri": ("pesée", "weight/refs.py, may_load",
                "une page qui ne peut rien charger n'est pas analysée"),
    "rendu-markdown": ("pages", "site/markdown.py, render (lru_cache)",
                       "une citation montrée sur trois pages n'est rendue qu'une fois"),
    "cache-jinja": ("pages", "pelicanconf.py, JINJA_ENVIRONMENT",
                    "les gabarits compilés sont gardés d'une construction à l'autre"),
}
KEEP_ABOVE = 0.10


def worker() -> None:  # pragma: no cover — runs under pyperf, in its workers
    import pyperf

    import pelicanconf
    from tenir_parole.build import pelican as bp
    from tenir_parole.build.verify import load
    from tenir_parole.core import loader
    from tenir_parole.site import markdown, plugin
    from tenir_parole.weight import refs, weigh

    conf = ROOT / "pelicanconf.py"
    settings = bp.read_pelican_settings(conf)
    pledges = example_pledges()
    data, _ = load(pledges, settings)
    work = Path(tempfile.mkdtemp(prefix="tenir-parole-shortcuts-"))
    cache = pelicanconf.JINJA_ENVIRONMENT["bytecode_cache"]
    fast, html_refs, render = loader._fast, refs.html_refs, markdown.render

    def pages(bytecode=cache) -> None:
        site = bp.pelican_settings(conf, Path(tempfile.mkdtemp(dir=work)), data, None, None,
                                   [])
        site["JINJA_ENVIRONMENT"] = {**site["JINJA_ENVIRONMENT"], "bytecode_cache": bytecode}
        site["PAGE_WEIGHT_MODE"] = "report"
        with bp.pelican_locale():
            assert not bp.run_pelican(site)

    built = Path(tempfile.mkdtemp(dir=work))
    site = bp.pelican_settings(conf, built, data, None, None, [])
    with bp.pelican_locale():
        bp.run_pelican(site)

    def reading(on: bool):
        def run() -> None:
            loader._fast = fast if on else (lambda text: None)
            load(pledges, settings)
        return run

    def weighing(on: bool):
        def run() -> None:
            weigh.html_refs = html_refs if on else refs.parsed_refs
            weigh.weigh_site(built)
        return run

    def rendering(on: bool):
        def run() -> None:
            plugin.render = render if on else render.__wrapped__
            render.cache_clear()
            pages()
        return run

    def compiling(on: bool):
        return lambda: pages(cache if on else None)

    runner = pyperf.Runner()
    for name, stage in (("libyaml", reading), ("pre-tri", weighing),
                        ("rendu-markdown", rendering), ("cache-jinja", compiling)):
        runner.bench_func(f"{name} avec", stage(True))
        runner.bench_func(f"{name} sans", stage(False))


def report(work: Path) -> list[str]:
    out = work / "shortcuts.json"
    subprocess.run([sys.executable, "-m", "bench.shortcuts", "-o", str(out), "--quiet",
                    "--inherit-environ=SOURCE_DATE_EPOCH", *(["--fast"] if QUICK else [])],
                   cwd=ROOT, env=build_env(), check=True, capture_output=True)
    medians = {b["metadata"]["name"]: _median(b) for b in
               json.loads(out.read_text(encoding="utf-8"))["benchmarks"]}
    rows = []
    for name, (stage, where, what) in SHORTCUTS.items():
        with_it, without = medians[f"{name} avec"], medians[f"{name} sans"]
        gain = without / with_it - 1
        sign = "+" if gain >= 0 else ""
        rows.append([name, stage, f"`{where}`", what, f"{fr(with_it * 1000, 1)} ms",
                     f"{fr(without * 1000, 1)} ms", f"{sign}{fr(gain * 100, 0)} %",
                     "gardé" if gain > KEEP_ABOVE else "**à retirer**"])
    return ["## 4. Raccourcis de vitesse gardés", "",
            "Chaque raccourci qui ne change que la vitesse, avec et sans lui, sur l'étape de la "
            "construction de l'exemple qu'il accélère (pyperf : processus séparés, "
            "échauffement, boucles calibrées ; médianes). Il n'est gardé que s'il fait gagner "
            "plus de 10 % à son étape. Retirés pour cette raison : le cache des verdicts de "
            "liens (+9 %), la compression par préfixe de la pesée (+2 %), le cache des "
            "fragments de gabarit (aucun gain) et le composeur propre de libyaml (+14 %, 1 ms).",
            "", *table(["Raccourci", "Étape", "Où", "Ce qu'il fait", "Avec", "Sans", "Gain",
                        "Verdict"], rows), ""]


def _median(benchmark: dict) -> float:
    import statistics

    return statistics.median(value for run in benchmark["runs"]
                             for value in run.get("values", []))


if __name__ == "__main__":
    worker()
