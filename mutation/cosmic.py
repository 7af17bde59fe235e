"""cosmic-ray's session files: skip what is out of scope or equivalent, read the outcomes."""

from __future__ import annotations

import functools
from pathlib import Path

from mutation.equivalents import ANNOTATION, annotation_spans, listed, reason_for
from mutation.report import (
    EQUIVALENT,
    INCOMPETENT,
    KILLED,
    PENDING,
    SURVIVED,
    TIMEOUT,
    Mutant,
    killer,
)
from mutation.sessions import Session


@functools.cache
def _source(path: Path) -> tuple[str, list[str], list]:
    text = path.read_text(encoding="utf-8")
    return text, text.splitlines(), annotation_spans(text)


def mutated_line(root: Path, spec) -> str:
    """The line as this mutant changes it (cosmic-ray applies the mutation to a copy)."""
    from cosmic_ray.mutating import mutate_code
    from cosmic_ray.plugins import get_operator

    text, _, _ = _source(root / spec.module_path)
    operator = get_operator(spec.operator_name)(**(spec.operator_args or {}))
    changed = mutate_code(text, operator, spec.occurrence)
    return changed.splitlines()[spec.start_pos[0] - 1].strip() if changed else ""


def _judge(root: Path, session: Session, spec) -> tuple[bool, str | None]:
    """(in scope, reason it is equivalent or None) for one cosmic-ray MutationSpec."""
    if session.functions and spec.definition_name not in session.functions:
        return False, None
    _, lines, spans = _source(root / spec.module_path)
    code = lines[spec.start_pos[0] - 1].strip()
    module = str(spec.module_path)
    mutated = functools.partial(mutated_line, root, spec) if listed(module, code) else str
    row = spec.start_pos[0]
    following = lines[row].strip() if row < len(lines) else ""
    return True, reason_for(module, code, spec.operator_name, tuple(spec.start_pos),
                            tuple(spec.end_pos), spans, mutated, following)


def skip(database: Path, root: Path, session: Session) -> None:
    """Mark out-of-scope and equivalent mutants as skipped, so that exec never runs them."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    with use_db(str(database), WorkDB.Mode.open) as db:
        skipped = []
        for item in db.work_items:
            in_scope, reason = _judge(root, session, item.mutations[0])
            if not in_scope or reason:
                skipped.append(item.job_id)
        if skipped:
            db.set_multiple_results(skipped, WorkResult(worker_outcome=WorkerOutcome.SKIPPED))


def _mutated(diff: str | None) -> str:
    for line in (diff or "").splitlines():
        if line.startswith("+") and not line.startswith("+++"):
            return line[1:].strip()
    return ""


def _outcome(result) -> str:
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    if result is None:
        return PENDING
    if result.worker_outcome != WorkerOutcome.NORMAL:
        return INCOMPETENT
    if result.test_outcome == TestOutcome.SURVIVED:
        return SURVIVED
    if result.test_outcome == TestOutcome.KILLED:
        return TIMEOUT if result.output == "timeout" else KILLED
    return INCOMPETENT


def read(database: Path, root: Path, session: Session) -> tuple[Mutant, ...]:
    """Every mutant in scope, with its outcome, in the order of the code."""
    from cosmic_ray.work_db import WorkDB, use_db

    mutants = []
    with use_db(str(database), WorkDB.Mode.open) as db:
        results = dict(db.results)
        for item in db.work_items:
            spec = item.mutations[0]
            in_scope, reason = _judge(root, session, spec)
            if not in_scope:
                continue
            _, lines, _ = _source(root / spec.module_path)
            result = results.get(item.job_id)
            outcome = EQUIVALENT if reason else _outcome(result)
            shown = _mutated(result.diff if result else None)
            if reason and reason != ANNOTATION:
                shown = mutated_line(root, spec)
            mutants.append(Mutant(
                module=str(spec.module_path), line=spec.start_pos[0],
                code=lines[spec.start_pos[0] - 1].strip(), operator=spec.operator_name,
                outcome=outcome, mutated=shown,
                reason=reason or "",
                killer=killer(result.output) if outcome == KILLED and result else ""))
    return tuple(sorted(mutants, key=lambda m: (m.module, m.line, m.operator)))
