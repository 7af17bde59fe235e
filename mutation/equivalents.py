"""Mutants that change no behaviour, each with its reason: they are skipped, not run.

Two kinds: whole classes recognised from the code (type annotations, never evaluated), and
single mutants listed by hand in ``known``, each with the one line that says why.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from mutation.known import EQUIVALENTS

ANNOTATION = ("annotation de type : jamais évaluée à l'exécution (« from __future__ import "
              "annotations », ou variable locale)")

Span = tuple[tuple[int, int], tuple[int, int]]


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


def listed(module: str, code: str) -> bool:
    return any((e.module, e.code) == (module, code) for e in EQUIVALENTS)


def reason_for(module: str, code: str, operator: str, start: tuple[int, int],
               end: tuple[int, int], spans: list[Span],
               mutated: Callable[[], str] = str, following: str = "") -> str | None:
    """Why this mutant is equivalent, or None when it must be run; ``mutated`` gives the
    mutated line (computed only when a listed equivalent needs it), ``following`` the next
    line of code."""
    if any(first <= start and end <= last for first, last in spans):
        return ANNOTATION
    for equivalent in EQUIVALENTS:
        if equivalent.matches(module, code, operator, mutated, following):
            return equivalent.reason
    return None
