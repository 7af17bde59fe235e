"""A large site's pages written, then checked, on two cores: a forked child process takes
every other item.

Rendering templates and walking parsed pages hold Python's GIL, so threads help little; a
child forked once everything is ready shares it as it is (data, templates, settings), works
on its half and sends the parent, through a pipe, its results, what it logged and whether it
failed. The parent does the other half meanwhile, then waits for the child and logs its
records as if its own: a warning is as fatal as ever, and the results are in the order of
the items, as a serial run gives them.

Only where it is safe and worth it: on a system with ``fork``, in a process with no other
thread (``make devserver`` serves pages from a thread: it works serially), from
``PARALLEL_FROM`` items (a commune's site, 30 pages or so, is built serially).
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: From this many items (pages), work goes on two cores.
PARALLEL_FROM = 200


class ChildFailed(Exception):
    """The child process could not do its half (the message says why)."""


class _Records(logging.Handler):
    """What the child logs, kept to be sent to the parent."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def can_fork(items: int, threshold: int) -> bool:
    """Whether ``items`` items go on two processes here and now."""
    return items >= threshold and hasattr(os, "fork") and threading.active_count() == 1


def _child(function: Callable, items: Sequence, pipe: int) -> None:  # pragma: no cover — child
    """``function`` on each of ``items``; send (results, log records, failure or None) to the
    parent, and exit."""
    records, results, failure = _Records(), [], None
    root = logging.getLogger()
    root.handlers = [records]  # the parent shows them, once
    try:
        results = [function(item) for item in items]
    except BaseException as e:  # noqa: BLE001 — whatever it is, the parent must hear of it
        failure = f"{type(e).__name__}: {e}"
    try:
        report = pickle.dumps((results, records.records, failure), pickle.HIGHEST_PROTOCOL)
    except Exception as e:  # noqa: BLE001 — a result that does not pickle
        failure = f"résultat impossible à transmettre ({type(e).__name__}: {e})"
        report = pickle.dumps(([], records.records, failure))
    try:
        with os.fdopen(pipe, "wb") as out:
            out.write(report)
    finally:
        os._exit(0 if failure is None else 1)


def map_split(function: Callable[[Item], Result], items: Sequence[Item],
              threshold: int | None = None) -> list[Result]:
    """``[function(item) for item in items]``; from ``threshold`` items (``PARALLEL_FROM``
    by default), every other one in a child process (its results must pickle)."""
    threshold = PARALLEL_FROM if threshold is None else threshold
    if not can_fork(len(items), threshold):
        return [function(item) for item in items]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover — runs in the child, which never returns
        os.close(read_end)
        _child(function, items[1::2], write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as incoming:
        try:
            mine = [function(item) for item in items[0::2]]
        finally:  # even when the parent failed: no child left working behind its back
            sent = incoming.read()
            _, status = os.waitpid(pid, 0)
    theirs, records, failure = pickle.loads(sent) if sent else ([], [], None)
    if failure is None and status:
        failure = f"le second processus s'est arrêté sans compte rendu (état {status})"
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)
    if failure:
        raise ChildFailed(f"Travail en parallèle : {failure}")
    results: list = [None] * len(items)
    results[0::2], results[1::2] = mine, theirs
    return results


def _call(job: Callable[[], object]) -> None:
    job()


def run(jobs: Sequence[Callable[[], object]], threshold: int | None = None) -> None:
    """Run each of ``jobs`` (a page to write, say); from ``threshold`` jobs, every other one
    in a child process."""
    map_split(_call, jobs, threshold)
