"""`make mutation`'s own pieces: which modules and tests, what counts as equivalent, and the
report's figures."""

from __future__ import annotations

import textwrap
from pathlib import Path

from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import (
    MutationSpec,
    WorkerOutcome,
    WorkItem,
    WorkResult,
)
from cosmic_ray.work_item import TestOutcome as Outcome

from helpers import ROOT
from mutation import __main__ as runner
from mutation import select
from mutation.annotations import annotation_spans, inside, refused_by_ruff
from mutation.report import earlier, render


def test_every_runtime_module_is_mutated_each_against_its_own_tests_first():
    every = {p.relative_to(ROOT / "plugins" / "tenir_parole").as_posix()
             for p in (ROOT / "plugins" / "tenir_parole").rglob("*.py")
             if p.read_text(encoding="utf-8").count("\n") > 4}
    assert set(runner.modules()) == every
    assert runner.tests("core/loader.py") == ["tests/core/test_loader.py", "tests/core"]
    assert runner.tests("build/links.py")[0] == "tests/build/test_links.py"


def test_the_workers_run_the_code_of_their_own_clone():
    text = runner.config("site/markdown.py")
    assert 'module-path = "plugins/tenir_parole/site/markdown.py"' in text
    assert "env PYTHONPATH=plugins " in text and "-m mutation.select " in text
    assert "site/markdown.py tests/site/test_markdown.py tests/site" in text


def test_the_printed_editions_are_judged_by_the_tests_that_print_them():
    # `make carnet` prints in a subprocess: coverage's map never names these tests.
    judges = runner.tests("build/paper.py")
    assert "tests/browser/test_paper_content.py" in judges
    assert judges.index("tests/build") < judges.index("tests/browser/test_paper.py")


def test_a_mutant_is_located_by_the_lines_git_diff_says_changed():
    diff = ("--- a/m.py\n+++ b/m.py\n@@ -12 +12 @@ def f():\n-    x = 1\n+    x = 2\n"
            "@@ -30,2 +30,2 @@\n-a\n-b\n+c\n+d\n")
    assert select.changed_lines(diff) == [12, 30, 31]


def test_a_line_inside_a_statement_over_several_lines_counts_from_its_first():
    source = "def f(a):\n    return g(a,\n             a + 1)\n"
    assert list(select.statement_lines(source, 3)) == [2, 3]
    assert list(select.statement_lines(source, 1)) == [1]


def test_the_tests_that_ran_the_line_come_first_then_every_test_of_the_package():
    source = "def f():\n    x = 1\n    y = 2\n    z = 3\n"
    lines = {"2": ["tests/site/test_other.py::t", "tests/site/test_m.py::u"],
             "3": ["*", "tests/site/test_m.py::u"]}
    own, fallback = "tests/site/test_m.py", ["tests/site/test_m.py", "tests/site"]
    assert select.chosen(lines, source, [2], own, fallback) == [
        "tests/site/test_m.py::u", "tests/site/test_other.py::t", *fallback]
    assert select.chosen(lines, source, [3], own, fallback) == ["tests/site/test_m.py::u",
                                                               *fallback]
    assert select.chosen(lines, source, [4], own, fallback) == fallback  # seen by no test


def test_mutants_inside_type_annotations_are_equivalent(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(textwrap.dedent("""\
        from __future__ import annotations
        def f(a: int | None, b=1) -> str | None:
            c: list[int] = [a | b]
            return str(c)
        """), encoding="utf-8")
    spans = annotation_spans(module)
    assert inside((2, 9), (2, 19), spans)  # int | None
    assert inside((2, 29), (2, 39), spans)  # -> str | None
    assert not inside((3, 20), (3, 25), spans)  # a | b: real code


def test_is_beside_a_literal_is_refused_by_ruff_and_is_beside_a_name_is_not(tmp_path):
    """CPython interns « "page" »: ``kind is "page"`` passes the tests that ``==`` passes, but
    ruff (F632), which `make test` runs first, refuses it. ``a is b`` is left to the tests."""
    module = tmp_path / "m.py"
    module.write_text('def f(kind, other):\n    return kind == "page" or kind == other\n',
                      encoding="utf-8")

    def mutant(operator: str, occurrence: int) -> MutationSpec:
        return MutationSpec(module, f"core/ReplaceComparisonOperator_{operator}", occurrence,
                            (2, 0), (2, 1))

    assert "F632" in refused_by_ruff(mutant("Eq_Is", 0))
    assert "F632" in refused_by_ruff(mutant("Eq_IsNot", 0))
    assert refused_by_ruff(mutant("Eq_Is", 1)) == ""  # kind is other: a real mutant
    assert refused_by_ruff(mutant("Eq_Lt", 0)) == ""  # not an « is »: ruff is not asked


def session(path: Path, *fates: tuple[WorkerOutcome, Outcome | None]) -> Path:
    with use_db(str(path), WorkDB.Mode.create) as db:
        for n, (worker, test) in enumerate(fates):
            spec = MutationSpec(Path("plugins/tenir_parole/core/m.py"), "core/NumberReplacer",
                                n, (n + 1, 0), (n + 1, 4))
            db.add_work_item(WorkItem(job_id=str(n), mutations=(spec,)))
            db.set_result(str(n), WorkResult(worker_outcome=worker, test_outcome=test,
                                             diff="--- a\n+++ b\n-x = 1\n+x = 2\n"))
    return path


def test_the_score_counts_killed_among_judged_mutants_and_lists_each_survivor(tmp_path):
    normal = WorkerOutcome.NORMAL
    db = session(tmp_path / "m.sqlite", *[(normal, Outcome.KILLED)] * 18,
                 (normal, Outcome.SURVIVED), (WorkerOutcome.SKIPPED, None))
    text = render({"core/m.py": db}, {"core/m.py": 75.0}, 80.0, [])
    assert "| `core/m.py` | 20 | 18 | 1 | 0 | 1 | 94,7 % | 1 min 15 s |" in text
    assert "en dessous : core/m.py." in text
    assert "- survived : `plugins/tenir_parole/core/m.py:19` core/NumberReplacer : " \
           "`-x = 1 / +x = 2`" in text


def test_a_mutant_left_without_verdict_is_neither_killed_nor_hidden(tmp_path):
    """A worker that never answered (cosmic-ray's HTTP distributor waits five minutes): the
    mutant counts in no score, is listed beside the survivors, and the page says why."""
    normal = WorkerOutcome.NORMAL
    db = session(tmp_path / "m.sqlite", (normal, Outcome.KILLED), (WorkerOutcome.ABNORMAL, None))
    text = render({"core/m.py": db}, {"core/m.py": 5.0}, 5.0, [])
    assert "| `core/m.py` | 2 | 1 | 0 | 1 | 0 | 100,0 % |" in text
    assert "- incompetent : `plugins/tenir_parole/core/m.py:2` core/NumberReplacer" in text
    assert "n'a pas répondu dans les 5 min" in text


def test_a_module_not_mutated_yet_is_listed_as_such_never_left_out(tmp_path):
    normal = WorkerOutcome.NORMAL
    db = session(tmp_path / "m.sqlite", (normal, Outcome.KILLED))
    text = render({"core/m.py": db, "site/n.py": None}, {"core/m.py": 5.0}, 5.0, [])
    assert "| `site/n.py` | — | — | — | — | — | pas encore muté | — |" in text
    assert "en dessous : aucun ; pas encore mutés : 1 module." in text


def test_a_module_mutated_in_an_earlier_run_keeps_its_row_marked_until_run_again(tmp_path):
    normal = WorkerOutcome.NORMAL
    before = ("| `site/n.py` | 44 | 40 | 3 | 0 | 1 | 93,0 % | 6 min 18 s |\n"
              "| `core/m.py` | 9 | 9 | 0 | 0 | 0 | 100,0 % | 1 min 00 s |\n")
    kept = earlier(before)
    db = session(tmp_path / "m.sqlite", (normal, Outcome.KILLED), (normal, Outcome.SURVIVED))
    text = render({"core/m.py": db, "site/n.py": None}, {"core/m.py": 5.0}, 5.0, [], kept)
    assert "| `site/n.py` ¹ | 44 | 40 | 3 | 0 | 1 | 93,0 % | 6 min 18 s |" in text
    assert "| `core/m.py` | 2 | 1 | 1 | 0 | 0 | 50,0 % | 0 min 05 s |" in text  # run again
    assert "en dessous : core/m.py, site/n.py." in text
    assert "| **total** | 46 | 41 | 4 | 0 | 1 | 91,1 % |" in text
    assert "¹ Résultat d'une exécution précédente" in text
    assert earlier(text)["site/n.py"] == kept["site/n.py"]  # kept again by the next run
