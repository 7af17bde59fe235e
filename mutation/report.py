"""TESTING.md from cosmic-ray's session databases: each module's score, its survivors with
their diff, and the lines skipped as equivalent (``# pragma: no mutate``, with the reason)."""

from __future__ import annotations

import platform
import re
import subprocess
from collections import Counter
from pathlib import Path

from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome, WorkerOutcome

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT / "plugins" / "tenir_parole"
TARGET = 0.95
COLUMNS = ("module", "mutants", "tués", "survivants", "incompétents", "équivalents", "score",
           "durée")
PRAGMA = re.compile(r"#\s*pragma:\s*no mutate\W*(.*)$")
ROW = re.compile(r"^\| `([^`]+)`(?: ¹)? \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| "
                 r"([^|]+?) \| ([^|]+?) \|$", re.MULTILINE)


def outcome(result) -> str:
    """« killed », « survived », « incompetent », « skipped » or « pending »."""
    if result is None:
        return "pending"
    if result.worker_outcome == WorkerOutcome.SKIPPED:
        return "skipped"
    if result.worker_outcome != WorkerOutcome.NORMAL:
        return "incompetent"
    return {TestOutcome.KILLED: "killed", TestOutcome.SURVIVED: "survived"}.get(
        result.test_outcome, "incompetent")


def read(db_path: Path) -> tuple[Counter, list[str]]:
    """The outcomes of one session, and its survivors (line, operator, diff)."""
    counts: Counter = Counter()
    survivors = []
    with use_db(str(db_path), WorkDB.Mode.open) as db:
        results = dict(db.results)
        for item in db.work_items:
            fate = outcome(results.get(item.job_id))
            counts[fate] += 1
            if fate in ("survived", "incompetent"):
                mutation = item.mutations[0]
                diff = [line for line in (results[item.job_id].diff or "").splitlines()
                        if line[:1] in "+-" and line[:3] not in ("+++", "---")]
                survivors.append(f"- {fate} : `{mutation.module_path}:{mutation.start_pos[0]}` "
                                 f"{mutation.operator_name} : `{' / '.join(diff)[:160]}`")
    return counts, survivors


def score(counts: Counter) -> float | None:
    judged = counts["killed"] + counts["survived"]
    return counts["killed"] / judged if judged else None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def minutes(seconds: float) -> str:
    return f"{int(seconds // 60)} min {int(seconds % 60):02d} s"


def pragmas() -> list[str]:
    """Every line the pragma skips, with its reason."""
    found = []
    for path in sorted(CODE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if m := PRAGMA.search(line):
                found.append(f"- `{path.relative_to(CODE).as_posix()}:{number}` — {m.group(1)}")
    return found


def commit() -> str:
    """The commit the workers tested: their clone's (the work tree may have moved on)."""
    tree = ROOT / ".mutation" / "tree"
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                          cwd=tree if tree.is_dir() else ROOT,
                          capture_output=True, text=True).stdout.strip()


def earlier(text: str) -> dict[str, tuple[str, ...]]:
    """The rows of a previous TESTING.md: a module mutated then, whose session database this
    copy lacks (a new checkout, another machine), keeps its figures, marked « ¹»."""
    return {row[0]: row[1:] for row in ROW.findall(text)}


def render(sessions: dict[str, Path | None], seconds: dict[str, float], total: float,
           rerun: list[str], kept: dict[str, tuple[str, ...]] | None = None) -> str:
    """``sessions``: every runtime module, None for one not mutated yet (said so) or mutated
    in an earlier run (``kept``: its row then)."""
    rows, lost, below, missing = [], [], [], []
    overall: Counter = Counter()
    for module, db in sessions.items():
        if db is None and module in (kept or {}):
            counts = Counter(dict(zip(("killed", "survived", "incompetent", "skipped"),
                                      map(int, kept[module][1:5]), strict=True)))
            row = (f"`{module}` ¹", *kept[module])
        elif db is None:
            missing.append(module)
            rows.append((f"`{module}`", "—", "—", "—", "—", "—", "pas encore muté", "—"))
            continue
        else:
            counts, survivors = read(db)
            lost += survivors
            row = (f"`{module}`", sum(counts.values()), counts["killed"], counts["survived"],
                   counts["incompetent"], counts["skipped"], percent(score(counts)),
                   minutes(seconds.get(module, 0)))
        overall += counts
        value = score(counts)
        if value is not None and value < TARGET:
            below.append(module)
        rows.append(row)
    rows.append(("**total**", sum(overall.values()), overall["killed"], overall["survived"],
                 overall["incompetent"], overall["skipped"], percent(score(overall)),
                 minutes(sum(seconds.values()))))
    table = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS),
             *("| " + " | ".join(map(str, row)) + " |" for row in rows)]
    again = f" ; sessions relancées : {', '.join(rerun)}" if rerun else ""
    return "\n".join([
        "# Tests de mutation", "",
        "Un mutant est une copie du code avec un petit défaut (un `<` devenu `<=`, un `and` "
        "devenu `or`…). Si aucun test n'échoue, il « survit ». Fichier réécrit par `make "
        "mutation` (cosmic-ray) ; ne le modifiez pas à la main. Chaque mutant est jugé d'abord par "
        "les tests qui exécutent sa ligne (relevés sous coverage), puis par ceux de son paquet.",
        "",
        f"- Code : commit `{commit()}` ; Python {platform.python_version()} ; durée de cette "
        f"exécution {minutes(total)}{again}",
        "- Score = tués ÷ (tués + survivants) ; un délai dépassé compte comme tué, et un `==` "
        "devenu `is` à côté d'un littéral aussi (ruff, que lance make test, le refuse : F632) ; "
        "« équivalents » : mutants écartés sans être essayés (annotations de type, lignes "
        "`# pragma: no mutate`, raison ci-dessous) ; « incompétents » : mutants sans verdict, "
        "listés avec les survivants, dont le travailleur n'a pas répondu dans les 5 min "
        "qu'attend le distributeur HTTP de cosmic-ray (souvent une boucle sans fin).",
        f"- Objectif : {percent(TARGET)} dans chaque module ; en dessous : "
        f"{', '.join(below) or 'aucun'}" + (f" ; pas encore mutés : {len(missing)} module"
                                            f"{'s' if len(missing) > 1 else ''}"
                                            if missing else "") + ".",
        f"- Mutants pas encore essayés (exécution interrompue) : {overall['pending']}."
        if overall["pending"] else "", "",
        "## Résultats par module", "", *table, "",
        *(["¹ Résultat d'une exécution précédente, dont cette copie n'a plus la base : ses "
           "survivants n'y sont plus listés ; `make mutation ONLY=…` le refait.", ""]
          if any(row[0].endswith("¹") for row in rows) else []),
        "## Survivants", "", *(lost or ["Aucun."]), "",
        "## Lignes écartées (équivalentes)", "", *(pragmas() or ["Aucune."]), ""])
