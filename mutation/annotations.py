"""A cosmic-ray filter: mutants inside type annotations are skipped, never run.

Every module says ``from __future__ import annotations``: an annotation is a string Python
never evaluates, so mutating ``str | None`` into ``str & None`` changes no behaviour. Built on
cosmic-ray's own FilterApp, like its ``cr-filter-pragma``.

    python -m mutation.annotations SESSION.sqlite
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

from cosmic_ray.tools.filters.filter_app import FilterApp
from cosmic_ray.work_item import WorkerOutcome, WorkResult

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


class AnnotationsFilter(FilterApp):
    """Skips the mutants that lie wholly inside a type annotation."""

    def description(self) -> str:
        return __doc__

    def filter(self, work_db, _args) -> None:
        for item in work_db.pending_work_items:
            if all(inside(m.start_pos, m.end_pos, annotation_spans(Path(m.module_path)))
                   for m in item.mutations):
                work_db.set_result(item.job_id, WorkResult(
                    output="annotation", worker_outcome=WorkerOutcome.SKIPPED))


if __name__ == "__main__":
    sys.exit(AnnotationsFilter().main())
