"""Each mutant judged by the tests that run its line, as coverage recorded them.

`make mutation` first runs the whole suite once under coverage with one context per test
(pytest-cov's ``--cov-context=test``) and keeps, for every line of the code, the tests that
executed it (``record``). A worker then runs this module as its test command: it reads the
mutated line from ``git diff`` of its clone and runs those tests first, then its package's
tests; the first failure stops. The map only orders the tests: it saves time, never a test.

    python -m mutation.select LINES.json MODULE FALLBACK_TEST...
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

CODE = Path("plugins") / "tenir_parole"
#: Stands for « run outside any test » in the map: the package's tests judge such a line.
OUTSIDE = "*"
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? ", re.MULTILINE)
PYTEST = ["-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:cov"]


def record(tree: Path, data_file: Path, lines_file: Path) -> None:
    """The whole suite once in ``tree`` under coverage; ``lines_file``: module → line → tests."""
    env = {**os.environ, "PYTHONPATH": "plugins", "COVERAGE_FILE": str(data_file)}
    # One process: under pytest-xdist, coverage's subprocess patch also starts in each xdist
    # worker, and a whole worker's contexts were lost (no tests/build test named at all).
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-p", "no:xdist", "--cov", "--cov-context=test",
                           "--cov-report=", "tests"],
                          cwd=tree, env=env, stdout=subprocess.DEVNULL)
    if done.returncode != 0:
        raise SystemExit("La suite de tests échoue sur ce commit : aucun mutant ne serait jugé. "
                         "Lancez make test, corrigez, enregistrez, puis relancez make mutation.")
    from coverage import CoverageData

    data = CoverageData(basename=str(data_file))
    data.read()
    code = (tree / CODE).resolve()
    lines: dict[str, dict[int, list[str]]] = {}
    for measured in data.measured_files():
        path = Path(measured).resolve()
        if path.is_relative_to(code):
            lines[path.relative_to(code).as_posix()] = {
                number: sorted({test_of(c) for c in contexts})
                for number, contexts in data.contexts_by_lineno(measured).items()}
    lines_file.write_text(json.dumps(lines), encoding="utf-8")


def test_of(context: str) -> str:
    """pytest-cov's « tests/x.py::test_y|run » → « tests/x.py::test_y »; "" → OUTSIDE."""
    return context.rpartition("|")[0] or OUTSIDE if context else OUTSIDE


def changed_lines(diff: str) -> list[int]:
    """The original file's lines that ``git diff -U0`` says were changed."""
    found = []
    for hunk in HUNK.finditer(diff):
        start, count = int(hunk[1]), int(hunk[2] or 1)
        found += range(start, start + max(count, 1))
    return found


def statement_lines(source: str, line: int) -> range:
    """From the start of the innermost statement holding ``line`` to ``line``: coverage may
    record a statement spread over several lines at its first one."""
    starts = [node.lineno for node in ast.walk(ast.parse(source))
              if isinstance(node, ast.stmt) and node.lineno <= line <= (node.end_lineno or 0)]
    return range(max(starts, default=line), line + 1)


def chosen(lines: dict[str, list[str]], source: str, changed: list[int], own: str,
           fallback: list[str]) -> list[str]:
    """The tests that ran the line, the module's own test file first, then the package's
    tests: with ``-x``, a mutant is most often killed by the first few, while a survivor is
    still judged by every test of its package. The map names only the tests that ran a line
    in their own process: a site built once for a whole module is credited to the first test
    that asked for it, and a test that reads built pages, or runs a command in a subprocess,
    ran no line at all (of the suite's 1,298 tests, 1,100 are named)."""
    tests = {test for line in changed for number in statement_lines(source, line)
             for test in lines.get(str(number), ())} - {OUTSIDE}
    named = sorted(tests, key=lambda test: (not test.startswith(own), test))
    return named + [path for path in fallback if path not in named]


def main(argv: list[str]) -> int:
    lines_file, module, *fallback = argv
    path = (CODE / module).as_posix()
    diff = subprocess.run(["git", "diff", "-U0", "--", path], capture_output=True, text=True,
                          check=True).stdout
    source = subprocess.run(["git", "show", f"HEAD:{path}"], capture_output=True, text=True,
                            check=True).stdout
    by_line = json.loads(Path(lines_file).read_text(encoding="utf-8")).get(module, {})
    own = f"tests/{Path(module).parent.as_posix()}/test_{Path(module).stem}.py"
    tests = chosen(by_line, source, changed_lines(diff), own, fallback)
    return subprocess.run([sys.executable, *PYTEST, *tests]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
