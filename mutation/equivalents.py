"""Mutants that change no behaviour, each with its reason: they are skipped, not run.

Two kinds: whole classes recognised from the code (type annotations, never evaluated), and
single mutants listed by hand below, each with the one line that says why it is equivalent.
A listed mutant is matched by its module, the exact line of code and its operator, so an edit
of that line brings the mutant back to be judged again.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

ANNOTATION = ("annotation de type : jamais évaluée à l'exécution (« from __future__ import "
              "annotations », ou variable locale)")

Span = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class Equivalent:
    module: str
    code: str  # the line as written, without its indentation
    operator: str  # a cosmic-ray operator name, or the start of one
    reason: str

    def matches(self, module: str, code: str, operator: str) -> bool:
        return (module, code) == (self.module, self.code) and operator.startswith(self.operator)


EQUIVALENTS: tuple[Equivalent, ...] = ()


def _columns(line: str, offset: int) -> int:
    """ast counts columns in UTF-8 bytes, cosmic-ray (parso) in characters."""
    return len(line.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))


def annotation_spans(source: str) -> list[Span]:
    """Where the annotations that Python never evaluates are: those of function signatures
    when the module says ``from __future__ import annotations``, and those of local
    variables always. Positions are (line, character column), as cosmic-ray's."""
    tree = ast.parse(source)
    lines = source.splitlines()
    postponed = any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
                    and any(alias.name == "annotations" for alias in node.names)
                    for node in tree.body)
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if postponed:
            arguments = node.args
            for arg in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                        arguments.vararg, arguments.kwarg):
                if arg is not None and arg.annotation is not None:
                    found.append(arg.annotation)
            if node.returns is not None:
                found.append(node.returns)
        found += [sub.annotation for sub in ast.walk(node) if isinstance(sub, ast.AnnAssign)]
    return [((n.lineno, _columns(lines[n.lineno - 1], n.col_offset)),
             (n.end_lineno or n.lineno,
              _columns(lines[(n.end_lineno or n.lineno) - 1], n.end_col_offset or 0)))
            for n in found]


def reason_for(module: str, code: str, operator: str, start: tuple[int, int],
               end: tuple[int, int], spans: list[Span]) -> str | None:
    """Why this mutant is equivalent, or None when it must be run."""
    if any(first <= start and end <= last for first, last in spans):
        return ANNOTATION
    for equivalent in EQUIVALENTS:
        if equivalent.matches(module, code, operator):
            return equivalent.reason
    return None
