"""The figures and TESTING.md: pure functions of the mutants' outcomes (no cosmic-ray here)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bench.common import fr, table

#: Outcomes, as the report names them.
KILLED, TIMEOUT, SURVIVED, INCOMPETENT, EQUIVALENT, PENDING = (
    "tué", "délai dépassé", "survivant", "incompétent", "équivalent", "non exécuté")


@dataclass(frozen=True)
class Mutant:
    module: str
    line: int
    code: str  # the original line, without its indentation
    operator: str
    outcome: str
    mutated: str = ""  # the mutated line, as the diff shows it
    reason: str = ""  # why it is equivalent
    killer: str = ""  # the first test that failed

    @property
    def key(self) -> tuple[str, str, str]:
        return self.module, self.code, self.operator


@dataclass(frozen=True)
class Counts:
    generated: int = 0
    killed: int = 0  # timeouts included: a mutant that makes the tests hang is caught
    timeouts: int = 0
    survived: int = 0
    incompetent: int = 0
    equivalent: int = 0
    pending: int = 0

    @classmethod
    def of(cls, mutants: Iterable[Mutant]) -> Counts:
        n = Counter(m.outcome for m in mutants)
        return cls(generated=sum(n.values()), killed=n[KILLED] + n[TIMEOUT], timeouts=n[TIMEOUT],
                   survived=n[SURVIVED], incompetent=n[INCOMPETENT], equivalent=n[EQUIVALENT],
                   pending=n[PENDING])

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.row(), other.row(), strict=True)))

    def row(self) -> tuple[int, ...]:
        return (self.generated, self.killed, self.timeouts, self.survived, self.incompetent,
                self.equivalent, self.pending)

    @property
    def score(self) -> float | None:
        """Killed / (generated − equivalent): the share of mutants that change behaviour and
        that a test catches. None when there is no such mutant."""
        judged = self.generated - self.equivalent
        return self.killed / judged if judged else None


@dataclass(frozen=True)
class SessionResult:
    name: str
    module: str
    command: str
    seconds: float
    mutants: tuple[Mutant, ...]
    note: str = ""

    @property
    def counts(self) -> Counts:
        return Counts.of(self.mutants)


@dataclass(frozen=True)
class Context:
    """Where and when the figures were measured."""

    command: str
    date: str
    minutes: float
    lanes: int
    machine: Sequence[str]
    first_run: Sequence[str] = field(default_factory=tuple)
    planted: Sequence[tuple[str, str]] = field(default_factory=tuple)


_FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)


def killer(output: str | None) -> str:
    """The first test pytest names as failed in ``output`` (``-x``: the only one)."""
    found = _FAILED.search(output or "")
    return found.group(1) if found else ""


def percent(value: float | None) -> str:
    return "—" if value is None else f"{fr(100 * value)} %"


def duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def results_table(results: Sequence[SessionResult]) -> list[str]:
    header = ["module", "générés", "tués", "dont délai dépassé", "survivants", "incompétents",
              "équivalents", "score", "durée"]
    rows = []
    for result in results:
        c = result.counts
        rows.append([f"`{result.module}`", *map(str, c.row()[:6]), percent(c.score),
                     duration(result.seconds)])
    total = sum((r.counts for r in results), Counts())
    rows.append(["**total**", *(f"**{n}**" for n in total.row()[:6]),
                 f"**{percent(total.score)}**", duration(sum(r.seconds for r in results))])
    return table(header, rows)


def _shown(mutant: Mutant) -> str:
    change = f"`{mutant.code}` → `{mutant.mutated}`" if mutant.mutated else f"`{mutant.code}`"
    return f"`{mutant.module}:{mutant.line}` {mutant.operator} : {change}"


def survivors(results: Sequence[SessionResult]) -> list[str]:
    found = [m for r in results for m in r.mutants if m.outcome in (SURVIVED, PENDING,
                                                                    INCOMPETENT)]
    if not found:
        return ["Aucun : chaque mutant qui change le comportement est tué par un test."]
    return [f"- {m.outcome} : {_shown(m)}" for m in found]


def equivalents(results: Sequence[SessionResult], classes: Sequence[str]) -> list[str]:
    """Whole classes (one line each, with their count per module), then each listed one."""
    lines = []
    every = [m for r in results for m in r.mutants if m.outcome == EQUIVALENT]
    for reason in classes:
        per_module = Counter(m.module for m in every if m.reason == reason)
        if per_module:
            where = ", ".join(f"`{module}` {n}" for module, n in sorted(per_module.items()))
            lines.append(f"- {sum(per_module.values())} × {reason} — {where}")
    lines += [f"- {_shown(m)} — {m.reason}" for m in every if m.reason not in classes]
    return lines or ["Aucun."]


def first_run(results: Sequence[SessionResult], first: Iterable[tuple[str, str, str]]
              ) -> list[str]:
    """Each survivor of the first measure, and what became of it in this run."""
    now: dict[tuple[str, str, str], list[Mutant]] = {}
    for mutant in (m for r in results for m in r.mutants):
        now.setdefault(mutant.key, []).append(mutant)
    rows = []
    for key in first:
        module, code, operator = key
        fates = sorted({_fate(m) for m in now.get(key, [])}) or ["ligne modifiée depuis"]
        rows.append([f"`{module}`", f"`{code}`", operator, " ; ".join(fates)])
    return table(["module", "ligne", "opérateur", "aujourd'hui"], rows) if rows else []


def _fate(mutant: Mutant) -> str:
    if mutant.outcome == KILLED:
        return f"tué par `{mutant.killer}`" if mutant.killer else "tué"
    if mutant.outcome == EQUIVALENT:
        return f"équivalent : {mutant.reason}"
    return mutant.outcome


def render(context: Context, results: Sequence[SessionResult], classes: Sequence[str],
           first: Sequence[tuple[str, str, str]]) -> str:
    """TESTING.md, in French."""
    lines = [
        "# Tests de mutation",
        "",
        "Un mutant est une copie du code avec un petit défaut (un `<` devenu `<=`, un `and` "
        "devenu `or`, une ligne qui renvoie autre chose…). Si aucun test n'échoue, le défaut "
        "passerait inaperçu : le mutant « survit ». Ce fichier est réécrit par la commande "
        "ci-dessous ; ne le modifiez pas à la main.",
        "",
        f"- Commande : `{context.command}` (outil : cosmic-ray ; durée totale "
        f"{duration(60 * context.minutes)}, {context.lanes} sessions à la fois)",
        f"- Date : `{context.date}`",
        *context.machine,
        "- Score = tués ÷ (générés − équivalents). Un mutant qui fait dépasser le délai aux "
        "tests compte comme tué ; « incompétent » : le mutant n'a pas pu être essayé.",
        "",
        "## Résultats par module",
        "",
        *results_table(results),
        "",
        "## Survivants",
        "",
        *survivors(results),
        "",
        "## Mutants équivalents (écartés sans être exécutés)",
        "",
        "Ils ne changent aucun comportement : aucun test ne peut les tuer.",
        "",
        *equivalents(results, classes),
        "",
    ]
    if context.planted:
        lines += ["## Les défauts plantés à la main (issue 20), et le test qui échoue", "",
                  "Chacun est passé inaperçu de la suite d'avant ; ces tests échouent quand on "
                  "le replante :", ""]
        lines += [f"- {bug} : {tests}" for bug, tests in context.planted] + [""]
    history = first_run(results, first)
    if history:
        lines += ["## Survivants de la première mesure, et le test qui les tue maintenant", "",
                  *context.first_run, "", *history, ""]
    lines += ["## Tests lancés pour chaque module", "",
              "Seuls les tests rapides qui couvrent le module, arrêtés au premier échec "
              "(`-x`), sans couverture ni parallélisme :", ""]
    lines += [f"- `{r.module}`{r.note} : `{r.command.split(' -m ', 1)[-1]}`" for r in results]
    return "\n".join(lines) + "\n"
