"""A large site read, written and checked on two cores: a forked child process shares the
items (list files, pages) with this one.

Parsing YAML, rendering templates and walking parsed pages hold Python's GIL, so threads help
little; a child forked once everything is ready shares it as it is (data, templates,
settings). Both processes take the next item from a shared counter until none is left, so
that neither waits for the other; the child sends the parent, through a pipe, its results,
what it logged and whether it failed. The parent then logs the child's records as if its own
(a warning is as fatal as ever) and returns the results in the order of the items, as a
serial run does.

Only where it is safe and worth it: on a system with ``fork``, in a process with no other
thread (``make devserver`` serves pages from a thread: it works serially), from
``PARALLEL_FROM`` items (a commune's site, 30 pages and a few lists, is built serially).
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

#: From this many items (list files, pages), work goes on two cores.
PARALLEL_FROM = 50


class ChildFailed(Exception):
    """The child process could not do its share (the message says why)."""


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


def _child(work: Callable[[], list], pipe: int) -> None:  # pragma: no cover — in the child
    """Do ``work``; send (its results, log records, failure or None) to the parent, and exit."""
    records, results, failure = _Records(), [], None
    root = logging.getLogger()
    root.handlers = [records]  # the parent shows them, once
    try:
        results = work()
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
    by default), shared with a child process (its results must pickle)."""
    threshold = PARALLEL_FROM if threshold is None else threshold
    if not can_fork(len(items), threshold):
        return [function(item) for item in items]
    import multiprocessing  # only here: it takes a while to import

    taken = multiprocessing.Value("q", 0)  # the number of items taken, by either process

    def take() -> int:
        with taken.get_lock():
            taken.value += 1
            return taken.value - 1

    def work() -> list[tuple[int, Result]]:
        done = []
        while (index := take()) < len(items):
            done.append((index, function(items[index])))
        return done

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover — runs in the child, which never returns
        os.close(read_end)
        _child(work, write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as incoming:
        try:
            mine = work()
        finally:  # even when the parent failed: no child left working behind its back
            with taken.get_lock():
                taken.value = len(items)  # nothing more to take
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
    for index, result in (*mine, *theirs):
        results[index] = result
    return results


def _call(job: Callable[[], object]) -> None:
    job()


def run(jobs: Sequence[Callable[[], object]], threshold: int | None = None) -> None:
    """Run each of ``jobs`` (a page to write, say); from ``threshold`` jobs, shared with a
    child process."""
    map_split(_call, jobs, threshold)
