"""A large site is written and checked on two cores: a forked child takes every other item,
its results, its log and its failure reach the parent, and the pages are the bytes a serial
build writes."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import pelican
import pytest

from helpers import EXAMPLE, ROOT
from tenir_parole import parallel
from tenir_parole.build import pelican_locale
from tenir_parole.links import check_links


def pid_writer(folder: Path, name: str):
    """A job that writes the id of the process running it into ``folder/name``."""
    return lambda: (folder / name).write_text(str(os.getpid()))


def pids(folder: Path, count: int) -> list[int]:
    return [int((folder / str(i)).read_text()) for i in range(count)]


def test_every_other_job_runs_in_a_child_process(tmp_path):
    parallel.run([pid_writer(tmp_path, str(i)) for i in range(5)], threshold=5)
    here, child = os.getpid(), pids(tmp_path, 5)[1]
    assert child != here
    assert pids(tmp_path, 5) == [here, child, here, child, here]


def test_results_come_back_in_the_order_of_the_items():
    results = parallel.map_split(lambda n: (n * n, os.getpid()), list(range(7)), threshold=7)
    assert [square for square, _ in results] == [n * n for n in range(7)]
    assert [pid == os.getpid() for _, pid in results] == [True, False] * 3 + [True]


def test_a_result_the_child_cannot_send_is_a_failure():
    with pytest.raises(parallel.ChildFailed, match="impossible à transmettre"):
        parallel.map_split(lambda n: (lambda: n), [1, 2], threshold=1)


def test_below_the_threshold_every_job_runs_here(tmp_path):
    parallel.run([pid_writer(tmp_path, str(i)) for i in range(4)], threshold=5)
    assert pids(tmp_path, 4) == [os.getpid()] * 4


def test_while_another_thread_runs_every_job_runs_here(tmp_path):
    """`make devserver` serves the preview from a thread: forking there is not safe."""
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        parallel.run([pid_writer(tmp_path, str(i)) for i in range(4)], threshold=1)
    finally:
        stop.set()
        server.join()
    assert pids(tmp_path, 4) == [os.getpid()] * 4


def test_a_failure_in_the_child_is_raised_here_once_the_parent_is_done(tmp_path):
    def fail():
        raise ValueError("modèle introuvable")

    jobs = [pid_writer(tmp_path, "0"), fail, pid_writer(tmp_path, "2")]
    with pytest.raises(parallel.ChildFailed, match="ValueError: modèle introuvable"):
        parallel.run(jobs, threshold=1)
    assert int((tmp_path / "2").read_text()) == os.getpid()


def test_a_child_that_dies_silently_is_a_failure(tmp_path):
    with pytest.raises(parallel.ChildFailed, match="sans compte rendu"):
        parallel.run([pid_writer(tmp_path, "0"), lambda: os._exit(3)], threshold=1)


def test_what_the_child_logs_is_logged_here_once(caplog):
    log = logging.getLogger("tests.parallel")
    with caplog.at_level(logging.INFO):
        parallel.run([lambda: None, lambda: log.warning("page %s trop longue", "x.html")],
                     threshold=1)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("tests.parallel", logging.WARNING, "page x.html trop longue")]


def test_a_warning_in_the_child_is_fatal_here_when_pelican_makes_warnings_fatal(monkeypatch):
    from pelican.log import FatalLogger

    monkeypatch.setattr(FatalLogger, "fatal_lvl", logging.WARNING)
    log = logging.getLogger("tests.parallel.fatal")
    assert isinstance(log, FatalLogger)
    with pytest.raises(RuntimeError, match="Warning or error encountered"):
        parallel.run([lambda: None, lambda: log.warning("lien cassé")], threshold=1)


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
