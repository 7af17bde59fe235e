"""French figures and text table for people, JSON report for tools."""

from __future__ import annotations

from collections.abc import Sequence

from tenir_parole.weight.budget import BudgetConfig, Verdict
from tenir_parole.weight.weigh import Problem

HEAVIEST = 3


def format_kb(n: int) -> str:
    """``n`` bytes in ko (1 ko = 1024 octets), one decimal rounded half up, French comma."""
    tenths = (n * 10 + 512) // 1024
    return f"{tenths // 10},{tenths % 10} ko"


def plural(count: int, word: str) -> str:
    """``1 requête``, ``2 requêtes`` (French: 0 and 1 are singular)."""
    return f"{count} {word}{'s' if count > 1 else ''}"


def overrun(verdict: Verdict) -> str:
    """What the page exceeds, e.g. ``+1,2 ko, +1 requête``; a dash when within budget."""
    parts = []
    if verdict.over_gzip:
        shown = format_kb(verdict.over_gzip)
        parts.append(f"+{shown}" if shown != "0,0 ko" else f"+{plural(verdict.over_gzip, 'octet')}")
    if verdict.over_requests:
        parts.append(f"+{plural(verdict.over_requests, 'requête')}")
    return ", ".join(parts) or "—"


def _columns(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
            for row in rows]


def pages_table(verdicts: Sequence[Verdict]) -> list[str]:
    """One line per page: weight, budget, overrun and requests against their maximum."""
    header = ("Page", "Poids (compressé)", "Budget", "Dépassement", "Requêtes")
    rows = [
        (
            v.path,
            format_kb(v.weight.gzip),
            format_kb(v.budget.gzip),
            overrun(v),
            f"{v.weight.requests}/{v.budget.requests}",
        )
        for v in verdicts
    ]
    return _columns([header, *rows])


def heaviest_lines(verdict: Verdict, count: int = HEAVIEST) -> list[str]:
    """The page's heaviest resources (compressed), heaviest first."""
    heavy = sorted(verdict.weight.resources, key=lambda r: (-r.gzip, r.path))[:count]
    lines = [f"{verdict.path} : ressources les plus lourdes"]
    lines += [f"  - {r.path} : {format_kb(r.gzip)}" for r in heavy]
    if not heavy:
        lines.append("  (aucune : la page elle-même est trop lourde)")
    return lines


def problem_line(problem: Problem) -> str:
    return f"  - {problem.page} : {problem.reference} — {problem.reason}"


def summary(verdicts: Sequence[Verdict], problems: Sequence[Problem]) -> str:
    over = sum(v.over for v in verdicts)
    if not over and not problems:
        return f"Poids des pages : {plural(len(verdicts), 'page')}, toutes dans leur budget."
    parts = []
    if over == 1:
        parts.append(f"1 page sur {len(verdicts)} dépasse son budget")
    elif over:
        parts.append(f"{over} pages sur {len(verdicts)} dépassent leur budget")
    if problems:
        parts.append(plural(len(problems), "problème") + " de ressource")
    return "Poids des pages : " + " ; ".join(parts) + "."


def text_report(verdicts: Sequence[Verdict], problems: Sequence[Problem]) -> str:
    """The readable French report: table, heaviest resources of failing pages, problems."""
    lines = ["Poids de chaque page (ko compressés, 1 ko = 1024 octets)", ""]
    lines += pages_table(verdicts) if verdicts else ["(aucune page HTML)"]
    for verdict in verdicts:
        if verdict.over:
            lines += ["", *heaviest_lines(verdict)]
    if problems:
        lines += ["", f"Problèmes ({len(problems)}) :", *map(problem_line, problems)]
    lines += ["", summary(verdicts, problems)]
    return "\n".join(lines)


def json_report(
    verdicts: Sequence[Verdict], problems: Sequence[Problem], config: BudgetConfig, mode: str
) -> dict:
    """The machine-readable report (pages and problems sorted by page)."""
    return {
        "budget": config.as_json() | {"mode": mode},
        "pages": [
            {
                "page": v.path,
                "raw": v.weight.raw,
                "gzip": v.weight.gzip,
                "requests": v.weight.requests,
                "budget_gzip": v.budget.gzip,
                "budget_requests": v.budget.requests,
                "over": v.over,
                "resources": [
                    {"path": r.path, "raw": r.raw, "gzip": r.gzip} for r in v.weight.resources
                ],
            }
            for v in sorted(verdicts, key=lambda v: v.path)
        ],
        "problems": [
            {"page": p.page, "reference": p.reference, "reason": p.reason}
            for p in sorted(problems)
        ],
    }
