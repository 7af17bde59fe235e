"""The house in layers (ARCHITECTURE.md): every import of plugins/tenir_parole points down, or
inside its own package, and no module imports itself back through others. Read from the
source (ast), lazy imports inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import ROOT

CODE = ROOT / "plugins" / "tenir_parole"
#: Bottom to top; packages of one rank never import each other.
LAYERS = (("texts",), ("core",), ("weight", "site"), ("overview",), ("build",), ("commands",))
RANK = {package: rank for rank, packages in enumerate(LAYERS) for package in packages}


def module_name(path: Path) -> str:
    parts = path.relative_to(CODE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The tenir_parole modules ``path`` imports: ``from package import module`` imports that
    module; ``from module import name``, that module."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in MODULES
                      else node.module for alias in node.names}
    return {name for name in found if name.split(".")[0] == "tenir_parole" and name in MODULES}


MODULES = {module_name(p): p for p in CODE.rglob("*.py")}
GRAPH = {name: imports(path) - {name} for name, path in MODULES.items()}


def package(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_every_package_has_its_layer():
    assert {package(m) for m in MODULES} - {None} == set(RANK)


def test_no_import_points_up_or_across():
    wrong = []
    for module, imported in GRAPH.items():
        here = package(module)
        for other in imported:
            there = package(other)
            if here and there and here != there and (RANK[there] > RANK[here]
                                                     or RANK[there] == RANK[here]):
                wrong.append(f"{module} → {other}")
    assert wrong == []


def test_no_module_imports_itself_back():
    cycles, done = [], set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycles.append(" → ".join([*path[path.index(module):], module]))
            return
        if module in done:
            return
        for other in sorted(GRAPH[module]):
            visit(other, [*path, module])
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, [])
    assert cycles == []


def test_the_dev_tools_stay_apart():
    """bench/ and mutation/ measure the code; neither imports the other."""
    for tool, other in (("bench", "mutation"), ("mutation", "bench")):
        for path in (ROOT / tool).glob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
            names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
            assert not {n for n in names if n.split(".")[0] == other}, path
