"""A large site is written and checked on two cores: a forked child shares the items, its
results, its log and its failure reach the parent, and the pages are the bytes a serial build
writes."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import pelican
import pytest

from helpers import EXAMPLE, ROOT
from tenir_parole import parallel
from tenir_parole.build import pelican_locale
from tenir_parole.links import check_links

HERE = os.getpid()


def meeting(folder: Path):
    """``meet(n)``: note which process takes item ``n``, then wait until both processes have
    taken one (so that each surely does some of the work); its process id."""
    def meet(n: int) -> int:
        (folder / str(n)).write_text(str(os.getpid()))
        deadline = time.monotonic() + 30
        while len({f.read_text() for f in folder.iterdir()}) < 2:
            assert time.monotonic() < deadline, "the second process never took an item"
            time.sleep(0.005)
        return os.getpid()
    return meet


def in_child(action, meet):
    """An item function: meet, then ``action()`` in the child only."""
    return lambda n: action() if meet(n) != HERE else None


def test_the_items_are_shared_by_two_processes_and_come_back_in_order(tmp_path):
    meet = meeting(tmp_path)
    results = parallel.map_split(lambda n: (n * n, meet(n)), list(range(9)), threshold=9)
    assert [square for square, _ in results] == [n * n for n in range(9)]
    assert {pid for _, pid in results} == {HERE, next(p for _, p in results if p != HERE)}
    assert [int((tmp_path / str(n)).read_text()) for n in range(9)] == [p for _, p in results]


def test_below_the_threshold_every_item_is_done_here():
    assert parallel.map_split(lambda n: os.getpid(), [1, 2, 3], threshold=4) == [HERE] * 3


def test_while_another_thread_runs_every_item_is_done_here():
    """`make devserver` serves the preview from a thread: forking there is not safe."""
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert parallel.map_split(lambda n: os.getpid(), [1, 2, 3], threshold=1) == [HERE] * 3
    finally:
        stop.set()
        server.join()


def test_jobs_are_run_for_their_effect(tmp_path):
    meet = meeting(tmp_path / "rendez-vous")
    (tmp_path / "rendez-vous").mkdir()
    jobs = [lambda n=n: (tmp_path / f"page-{n}").write_text(str(meet(n))) for n in range(4)]
    parallel.run(jobs, threshold=1)
    assert sorted(p.name for p in tmp_path.glob("page-*")) == [f"page-{n}" for n in range(4)]


def test_a_failure_in_the_child_is_raised_here_once_the_parent_is_done(tmp_path):
    def fail():
        raise ValueError("modèle introuvable")

    with pytest.raises(parallel.ChildFailed, match="ValueError: modèle introuvable"):
        parallel.map_split(in_child(fail, meeting(tmp_path)), range(4), threshold=1)


def test_a_child_that_dies_silently_is_a_failure(tmp_path):
    with pytest.raises(parallel.ChildFailed, match="sans compte rendu"):
        parallel.map_split(in_child(lambda: os._exit(3), meeting(tmp_path)), range(4), 1)


def test_a_result_the_child_cannot_send_is_a_failure(tmp_path):
    with pytest.raises(parallel.ChildFailed, match="impossible à transmettre"):
        parallel.map_split(in_child(lambda: (lambda: 0), meeting(tmp_path)), range(4), 1)


def test_what_the_child_logs_is_logged_here_once(tmp_path, caplog):
    log = logging.getLogger("tests.parallel")
    with caplog.at_level(logging.INFO):
        parallel.map_split(in_child(lambda: log.warning("page %s trop longue", "x.html"),
                                    meeting(tmp_path)), range(2), threshold=1)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("tests.parallel", logging.WARNING, "page x.html trop longue")]


def test_a_warning_in_the_child_is_fatal_here_when_pelican_makes_warnings_fatal(
        tmp_path, monkeypatch):
    from pelican.log import FatalLogger

    monkeypatch.setattr(FatalLogger, "fatal_lvl", logging.WARNING)
    log = logging.getLogger("tests.parallel.fatal")
    assert isinstance(log, FatalLogger)
    with pytest.raises(RuntimeError, match="Warning or error encountered"):
        parallel.map_split(in_child(lambda: log.warning("lien cassé"), meeting(tmp_path)),
                           range(2), threshold=1)


def build(output: Path) -> dict[str, bytes]:
    """The example built by Pelican and checked for links, every file's bytes by path."""
    from pelican.settings import read_settings

    with pelican_locale():
        settings = read_settings(str(ROOT / "pelicanconf.py"), override={
            "OUTPUT_PATH": str(output), "PLEDGES_PATH": str(EXAMPLE)})
        pelican.Pelican(settings).run()
    assert check_links(output) == []
    return {p.relative_to(output).as_posix(): p.read_bytes()
            for p in sorted(output.rglob("*")) if p.is_file()}


def test_a_site_built_on_two_cores_has_the_bytes_of_a_serial_build(tmp_path, monkeypatch):
    """Written, weighed (its footers and the weight table filled) and link-checked on two
    processes, the example is byte for byte what one process makes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795910400")
    one = build(tmp_path / "un")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    assert parallel.can_fork(len(one), parallel.PARALLEL_FROM)  # so it does use two
    two = build(tmp_path / "deux")
    assert len(two) > 30 and two == one
