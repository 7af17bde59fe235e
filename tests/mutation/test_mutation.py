"""The mutation report's own pieces: its arithmetic, its French, what it counts as equivalent,
and the tests each session runs."""

from __future__ import annotations

import re
import subprocess

import pytest

from helpers import ROOT
from mutation.equivalents import ANNOTATION, annotation_spans, reason_for
from mutation.known import EQUIVALENTS
from mutation.report import (
    EQUIVALENT,
    INCOMPETENT,
    KILLED,
    PENDING,
    SURVIVED,
    TIMEOUT,
    Context,
    Counts,
    Mutant,
    SessionResult,
    duration,
    first_run,
    killer,
    percent,
    render,
)
from mutation.sessions import SESSIONS


def mutant(outcome: str, **extra) -> Mutant:
    fields = {"module": "plugins/m.py", "line": 3, "code": "if a < b:",
              "operator": "core/ReplaceComparisonOperator_Lt_LtE", "outcome": outcome,
              "mutated": "if a <= b:"}
    return Mutant(**{**fields, **extra})


def result(*outcomes: str, name: str = "m") -> SessionResult:
    return SessionResult(name, f"plugins/{name}.py", "python -m pytest -x tests/t.py", 75.0,
                         tuple(mutant(o, module=f"plugins/{name}.py") for o in outcomes))


def test_counts_and_score_leave_equivalents_out_and_count_timeouts_as_killed():
    counts = result(KILLED, KILLED, TIMEOUT, SURVIVED, INCOMPETENT, EQUIVALENT, EQUIVALENT).counts
    assert counts == Counts(generated=7, killed=3, timeouts=1, survived=1, incompetent=1,
                            equivalent=2)
    assert counts.score == 3 / 5


def test_totals_add_up_module_by_module():
    total = result(KILLED, SURVIVED).counts + result(KILLED, EQUIVALENT, PENDING).counts
    assert total == Counts(generated=5, killed=2, survived=1, equivalent=1, pending=1)
    assert total.score == 2 / 4


def test_a_module_of_equivalents_only_has_no_score():
    assert result(EQUIVALENT).counts.score is None
    assert percent(None) == "—"


def test_figures_are_written_the_french_way():
    assert percent(0.9234) == "92,3 %" and percent(1) == "100,0 %"
    assert duration(75.4) == "1 min 15 s" and duration(9) == "9 s" and duration(3600) == \
        "60 min 00 s"


@pytest.mark.parametrize(("output", "test"), [
    ("...F\n=== short test summary info ===\nFAILED tests/a.py::test_b[x y] - assert 1\n",
     "tests/a.py::test_b[x"),
    ("ERROR tests/a.py - TypeError: unsupported operand\n", "tests/a.py"),
    ("timeout", ""),
    (None, ""),
])
def test_the_test_that_killed_a_mutant_is_read_from_pytest(output, test):
    assert killer(output) == test


def test_the_first_survivors_are_followed_to_the_test_that_kills_them_now():
    session = SessionResult("m", "plugins/m.py", "c", 1.0,
                            (mutant(KILLED, killer="tests/t.py::test_lt"),))
    [_, _, row, gone] = first_run([session], [
        ("plugins/m.py", "if a < b:", "core/ReplaceComparisonOperator_Lt_LtE"),
        ("plugins/m.py", "if a > b:", "core/ReplaceComparisonOperator_Gt_GtE")])
    assert "tué par `tests/t.py::test_lt`" in row
    assert "ligne modifiée depuis" in gone


def test_the_report_names_every_survivor_and_every_equivalent_with_its_reason():
    context = Context("make mutation", "jeu. 26 nov. 2026", 12.5, 2, ["- Machine : test"])
    equivalent = mutant(EQUIVALENT, reason=ANNOTATION)
    results = [result(KILLED, SURVIVED, name="a"),
               SessionResult("b", "plugins/b.py", "python -m pytest tests/b.py", 3.0,
                             (equivalent,))]
    text = render(context, results, [ANNOTATION], [])
    assert "durée totale 12 min 30 s, 2 sessions à la fois" in text
    assert "- survivant : `plugins/a.py:3` core/ReplaceComparisonOperator_Lt_LtE : " \
           "`if a < b:` → `if a <= b:`" in text
    assert f"- 1 × {ANNOTATION} — `plugins/m.py` 1" in text
    assert "| **total** | **3** | **1** | **0** | **1** | **0** | **1** | **50,0 %** |" in \
        re.sub(" +", " ", text)
    assert "`pytest tests/b.py`" in text


def test_annotations_are_equivalent_only_where_python_never_evaluates_them():
    source = ("from __future__ import annotations\n"
              "def f(a: int | None, *b: str | bytes) -> dict[str, int | None]:\n"
              "    c: list[int | str] = []\n"
              "    return a | c\n"
              "Alias = int | str\n")
    spans = annotation_spans(source)
    inside = [(2, 13), (2, 30), (2, 54), (3, 16)]  # the four « | » of annotations
    outside = [(4, 13), (5, 12)]  # an operation, and a type alias evaluated at import
    for line, column in inside:
        assert reason_for("m.py", "", "op", (line, column), (line, column + 1), spans) == \
            ANNOTATION
    for line, column in outside:
        assert reason_for("m.py", "", "op", (line, column), (line, column + 1), spans) is None


def test_without_the_future_import_signatures_are_evaluated():
    spans = annotation_spans("def f(a: int | None) -> str | None:\n    b: int | str = 1\n")
    assert reason_for("m.py", "", "op", (1, 13), (1, 14), spans) is None
    assert reason_for("m.py", "", "op", (2, 11), (2, 12), spans) == ANNOTATION


def test_columns_count_characters_not_bytes():
    spans = annotation_spans("from __future__ import annotations\n"
                             "def é(à: int | None) -> None: pass\n")
    assert reason_for("m.py", "", "op", (2, 13), (2, 14), spans) == ANNOTATION


@pytest.mark.parametrize("equivalent", EQUIVALENTS, ids=lambda e: f"{e.module}:{e.code}")
def test_each_listed_equivalent_names_a_line_that_exists_and_says_why(equivalent):
    lines = [line.strip() for line in (ROOT / equivalent.module).read_text("utf-8").splitlines()]
    assert equivalent.code in lines
    assert equivalent.operator.startswith("core/") and len(equivalent.reason) > 20


def test_each_session_runs_existing_tests_without_coverage_or_xdist():
    names = [session.name for session in SESSIONS]
    assert len(names) == len(set(names))
    for session in SESSIONS:
        assert (ROOT / session.module).exists()
        command = session.command("python")
        assert " -x " in command and "-p no:cov" in command and "-p no:xdist" in command
        for test in session.tests:
            if test.startswith("tests/"):
                assert (ROOT / test.split("::")[0]).exists(), test


def test_the_report_says_which_test_fails_on_each_bug_planted_by_hand():
    from mutation.first_run import PLANTED

    context = Context("make mutation", "d", 1.0, 2, [], planted=PLANTED)
    text = render(context, [result(KILLED)], [ANNOTATION], [])
    assert "## Les défauts plantés à la main (issue 20), et le test qui échoue" in text
    assert len(PLANTED) == 5 and all(f"- {bug} : {tests}" in text for bug, tests in PLANTED)
    for _, tests in PLANTED:
        path = tests.split("`")[1].split("::")[0]
        assert (ROOT / path).is_file(), path


def test_a_lane_imports_its_own_copy_of_the_code_with_the_projects_libraries(tmp_path):
    from mutation.__main__ import lane_python

    (tmp_path / "plugins" / "tenir_parole").mkdir(parents=True)
    (tmp_path / "plugins" / "tenir_parole" / "__init__.py").write_text("LANE = True\n")
    shown = subprocess.run([lane_python(tmp_path), "-c", "import pelican, tenir_parole; "
                            "print(tenir_parole.__file__, tenir_parole.LANE)"],
                           capture_output=True, text=True, check=True).stdout.split()
    assert shown == [str(tmp_path / "plugins" / "tenir_parole" / "__init__.py"), "True"]
