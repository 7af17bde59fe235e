"""Mutants that change no behaviour, each with its reason: they are skipped, not run.

Two kinds: whole classes recognised from the code (type annotations, never evaluated), and
single mutants listed by hand below, each with the one line that says why it is equivalent.
A listed mutant is matched by its module, the exact line of code, its operator and, where one
line holds several mutants of that operator, the mutated line: an edit of that line brings the
mutant back to be judged again.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
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
    mutated: str = ""  # the mutated line, when the operator alone is not enough

    def matches(self, module: str, code: str, operator: str, mutated: Callable[[], str]) -> bool:
        return ((module, code) == (self.module, self.code) and operator.startswith(self.operator)
                and (not self.mutated or mutated() == self.mutated))


LINKS = "plugins/tenir_parole/links.py"
SANITIZE = "plugins/safe_markdown/sanitize.py"
_SPEED = "ne change que la vitesse, jamais le résultat"
_DISJOINT = "ensembles disjoints : leur différence symétrique (^) est leur union (|)"
_FIRST_PIECE = ("le premier morceau d'un split ne dépend pas du nombre maximal de coupures "
                "(1 ou 2)")

EQUIVALENTS: tuple[Equivalent, ...] = (
    Equivalent(SANITIZE, 'FIELD_TAGS = _INLINE | {"p", "ul", "ol", "li", "blockquote"}',
               "core/ReplaceBinaryOperator_BitOr_BitXor", _DISJOINT),
    Equivalent(SANITIZE, 'PAGE_TAGS = FIELD_TAGS | {"h2", "h3", "h4", "pre", "hr", "dl", "dt", '
               '"dd", "table", "thead",', "core/ReplaceBinaryOperator_BitOr_BitXor", _DISJOINT),
    Equivalent(SANITIZE, "@lru_cache(maxsize=65536)", "core/NumberReplacer",
               f"taille du cache de render : {_SPEED}"),
    Equivalent(SANITIZE, "@lru_cache(maxsize=65536)", "core/RemoveDecorator",
               f"le cache de render (même texte, même HTML) {_SPEED}"),
    Equivalent(LINKS, "@dataclass(frozen=True)", "core/ReplaceTrueWithFalse",
               "un Scan n'est jamais modifié après sa création : le figer ne change rien"),
    Equivalent(LINKS, '_local.parser = etree.HTMLParser(encoding="utf-8", remove_comments=True,',
               "core/ReplaceTrueWithFalse", "pour lxml, un commentaire ne contient ni lien ni "
               "id : le garder ne change aucun verdict"),
    Equivalent(LINKS, "no_network=True)", "core/ReplaceTrueWithFalse",
               "l'analyseur HTML de lxml ne charge aucun document externe (pas de DTD) : il "
               "n'irait pas sur le réseau"),
    Equivalent(LINKS, "with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:",
               "core/", f"le nombre de fils d'analyse {_SPEED}"),
    Equivalent(LINKS, "strict=True))", "core/ReplaceTrueWithFalse",
               "pool.map rend un résultat par page : les deux suites ont toujours la même "
               "longueur"),
    Equivalent(LINKS, 'same_page = not link.split("#", 1)[0].split("?", 1)[0]',
               "core/NumberReplacer", _FIRST_PIECE,
               mutated='same_page = not link.split("#", 2)[0].split("?", 1)[0]'),
    Equivalent(LINKS, 'same_page = not link.split("#", 1)[0].split("?", 1)[0]',
               "core/NumberReplacer", _FIRST_PIECE,
               mutated='same_page = not link.split("#", 1)[0].split("?", 2)[0]'),
)


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
               mutated: Callable[[], str] = str) -> str | None:
    """Why this mutant is equivalent, or None when it must be run; ``mutated`` gives the
    mutated line (computed only when a listed equivalent needs it)."""
    if any(first <= start and end <= last for first, last in spans):
        return ANNOTATION
    for equivalent in EQUIVALENTS:
        if equivalent.matches(module, code, operator, mutated):
            return equivalent.reason
    return None
