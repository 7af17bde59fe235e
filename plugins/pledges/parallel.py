"""Write a large site's pages on two cores: a forked child process runs every other job.

Rendering templates holds Python's GIL, so threads would not help; a child forked once the
context is ready shares it as it is (data, templates, settings), writes its half of the pages
and tells the parent, through a pipe, what it logged and whether it failed. The parent writes
the other half meanwhile, then waits for the child and logs its records as if its own: a
warning is as fatal as ever, and nothing written by either differs from a serial build.

Only where it is safe and worth it: on a system with ``fork``, in a process with no other
thread (``make devserver`` serves pages from a thread: it writes serially), from
``PLEDGES_PARALLEL_FROM`` pages (a commune's site, 30 pages or so, is written serially).
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Callable, Sequence

Job = Callable[[], object]

#: From this many pages a build writes on two cores (setting PLEDGES_PARALLEL_FROM).
PARALLEL_FROM = 200


class ChildFailed(Exception):
    """The child process could not write its pages (the message says why)."""


class _Records(logging.Handler):
    """What the child logs, kept to be sent to the parent."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def can_fork(jobs: int, threshold: int) -> bool:
    """Whether ``jobs`` jobs go on two processes here and now."""
    return jobs >= threshold and hasattr(os, "fork") and threading.active_count() == 1


def _child(jobs: Sequence[Job], pipe: int) -> None:  # pragma: no cover — in the child
    """Run ``jobs``, send (log records, failure or None) to the parent, and exit."""
    records, failure = _Records(), None
    root = logging.getLogger()
    root.handlers = [records]  # the parent shows them, once
    try:
        for job in jobs:
            job()
    except BaseException as e:  # noqa: BLE001 — whatever it is, the parent must hear of it
        failure = f"{type(e).__name__}: {e}"
    finally:
        try:
            with os.fdopen(pipe, "wb") as out:
                pickle.dump((records.records, failure), out)
        finally:
            os._exit(0 if failure is None else 1)


def run(jobs: Sequence[Job], threshold: int = PARALLEL_FROM) -> None:
    """Run each of ``jobs`` (a page to write, say); from ``threshold`` jobs, every other one
    in a child process."""
    if not can_fork(len(jobs), threshold):
        for job in jobs:
            job()
        return
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover — runs in the child, which never returns
        os.close(read_end)
        _child(jobs[1::2], write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as incoming:
        try:
            for job in jobs[0::2]:
                job()
        finally:  # even when the parent failed: no child left writing behind its back
            sent = incoming.read()
            _, status = os.waitpid(pid, 0)
    records, failure = pickle.loads(sent) if sent else ([], None)
    if failure is None and status:
        failure = f"le second processus s'est arrêté sans compte rendu (état {status})"
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)
    if failure:
        raise ChildFailed(f"Écriture des pages en parallèle : {failure}")
