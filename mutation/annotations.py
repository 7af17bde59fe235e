"""A cosmic-ray filter for the mutants no test needs to judge, built on cosmic-ray's own
FilterApp, like its ``cr-filter-pragma``:

- inside a type annotation, skipped: every module says ``from __future__ import annotations``,
  so an annotation is a string Python never evaluates (``str | None`` → ``str & None``);
- ``==`` turned into ``is`` beside a literal (``kind is "page"``), killed: ruff's F632 refuses
  the mutated code, and `make test` runs ruff before any test. Interned strings make most of
  them pass every test, as equal in CPython, while no such line could be committed.

    python -m mutation.annotations SESSION.sqlite
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

from cosmic_ray.mutating import mutate_code
from cosmic_ray.plugins import get_operator
from cosmic_ray.tools.filters.filter_app import FilterApp
from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

Span = tuple[tuple[int, int], tuple[int, int]]


@cache
def annotation_spans(path: Path) -> tuple[Span, ...]:
    """Where the annotations of ``path`` are, as ((line, column), (end line, end column))."""
    spans = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        found = [node.returns] if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else []
        found += [node.annotation] if isinstance(node, ast.arg | ast.AnnAssign) else []
        spans += [((a.lineno, a.col_offset), (a.end_lineno, a.end_col_offset))
                  for a in found if a is not None]
    return tuple(spans)


def inside(start: tuple[int, int], end: tuple[int, int], spans: tuple[Span, ...]) -> bool:
    return any(a <= tuple(start) and tuple(end) <= b for a, b in spans)


def refused_by_ruff(mutation) -> str:
    """What ruff's F632 says of the code with ``mutation`` applied, if it turns a comparison
    into ``is`` or ``is not``; "" otherwise."""
    if not mutation.operator_name.endswith(("_Is", "_IsNot")):
        return ""
    path = Path(mutation.module_path)
    operator = get_operator(mutation.operator_name)(**(mutation.operator_args or {}))
    mutated = mutate_code(path.read_text(encoding="utf-8"), operator, mutation.occurrence)
    found = subprocess.run([str(Path(sys.executable).parent / "ruff"), "check", "--no-cache",
                            "--isolated", "--select", "F632", "--output-format", "concise",
                            "--stdin-filename", path.name, "-"],
                           input=mutated, capture_output=True, text=True)
    return found.stdout.strip() if found.returncode == 1 else ""


class AnnotationsFilter(FilterApp):
    """Skips the mutants that lie wholly inside a type annotation; marks as killed those
    ruff refuses."""

    def description(self) -> str:
        return __doc__

    def filter(self, work_db, _args) -> None:
        for item in work_db.pending_work_items:
            if all(inside(m.start_pos, m.end_pos, annotation_spans(Path(m.module_path)))
                   for m in item.mutations):
                work_db.set_result(item.job_id, WorkResult(
                    output="annotation", worker_outcome=WorkerOutcome.SKIPPED))
                continue
            refused = [said for said in map(refused_by_ruff, item.mutations) if said]
            if refused:
                work_db.set_result(item.job_id, WorkResult(
                    output=f"ruff : {refused[0]}", worker_outcome=WorkerOutcome.NORMAL,
                    test_outcome=TestOutcome.KILLED))


if __name__ == "__main__":
    sys.exit(AnnotationsFilter().main())
