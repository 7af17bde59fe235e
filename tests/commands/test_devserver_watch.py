"""What `make devserver` says and does after each save, run on a clock the test turns by
hand: a stand-in `make html` (its exit status chosen), no server, no waiting."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from tenir_parole.commands import devserver
from tenir_parole.commands.options import Options
from tenir_parole.commands.reload import Builds

OPTIONS = Options("devserver", port=8000, interval=0.5)


class Stopped(Exception):
    """The test has seen enough (the editor pressed Ctrl-C)."""


class Clock:
    """The watcher's polls: each does the next save, then says whether the form editor woke
    the watcher (a file written whole) or the poll interval ran out. A file saved as None is
    deleted."""

    def __init__(self, *turns: tuple[dict[str, str | None], bool]) -> None:
        self.turns = list(turns)

    def wait(self, timeout: float) -> bool:
        assert timeout == 0.5  # the poll interval
        if not self.turns:
            raise Stopped
        saved, woken = self.turns.pop(0)
        for name, text in saved.items():
            Path(name).parent.mkdir(parents=True, exist_ok=True)
            if text is None:
                Path(name).unlink()
            else:
                Path(name).write_text(text, encoding="utf-8")
        return woken

    def clear(self) -> None:
        pass


@pytest.fixture
def watching(tmp_path, monkeypatch):
    """Run the watcher on ``clock``, each build exiting with the next of ``statuses``; what it
    printed, the build numbers the open pages were told, and the pauses it made."""
    monkeypatch.chdir(tmp_path)
    Path("pledges").mkdir()

    def run(clock: Clock, statuses: list[int], server=True):
        pauses: list[float] = []
        builds = Builds()
        monkeypatch.setattr(devserver.commune, "run", lambda options: statuses.pop(0))
        monkeypatch.setattr(devserver.time, "sleep", pauses.append)
        preview = types.SimpleNamespace(builds=builds) if server else None
        with pytest.raises(Stopped):
            devserver.watch(OPTIONS, devserver.snapshot(devserver.watched(OPTIONS)), preview,
                            clock)
        return builds.number, pauses
    return run


def saves(count: int) -> dict[str, str]:
    return {f"pledges/listes/liste-{i}.yaml": "nom: x\n" for i in range(1, count + 1)}


@pytest.mark.parametrize(("count", "said"), [
    (3, "pledges/listes/liste-1.yaml, pledges/listes/liste-2.yaml, pledges/listes/liste-3.yaml"
        " —"),
    (4, "pledges/listes/liste-1.yaml, pledges/listes/liste-2.yaml, pledges/listes/liste-3.yaml"
        " et 1 autre —"),
    (6, "pledges/listes/liste-1.yaml, pledges/listes/liste-2.yaml, pledges/listes/liste-3.yaml"
        " et 3 autres —"),
], ids=["trois", "quatre", "six"])
def test_the_changed_files_are_named_three_at_most_then_counted(watching, capsys, count, said):
    watching(Clock((saves(count), True)), [0])
    out = capsys.readouterr().out
    assert out == (f"\nModifié : {said} reconstruction…\n"
                   "Aperçu à jour : http://127.0.0.1:8000/index.html\n")


def test_the_open_pages_reload_after_a_good_build_only(watching, capsys):
    """A mistake keeps the last good preview: the pages open on it are not told to reload; and
    a build is not made again until the next save."""
    number, _ = watching(Clock(({"pledges/commune.yaml": "a"}, True),
                               ({"pledges/commune.yaml": "ab"}, True),
                               ({"pledges/commune.yaml": "abc"}, True),
                               ({}, False)), [0, 1, 0])
    assert number == 2
    said = capsys.readouterr()
    assert said.out.count("Aperçu à jour") == 2
    assert said.err == ("L'aperçu garde la dernière version valide : corrigez, puis "
                        "enregistrez.\n")


def test_without_a_preview_server_the_rebuild_says_no_address(watching, capsys):
    """`make regenerate`: rebuilt, nothing served."""
    watching(Clock(({"pledges/commune.yaml": "a"}, True)), [0], server=False)
    assert capsys.readouterr().out.endswith("\nAperçu à jour.\n")


@pytest.mark.parametrize(("woken", "pauses"), [(False, [0.5]), (True, [])])
def test_a_save_seen_by_polling_waits_one_interval_before_building(watching, woken, pauses):
    """An editor may be writing several files: a change found by polling waits one more
    interval before the build; a file the form editor wrote whole is built at once."""
    assert watching(Clock(({"pledges/commune.yaml": "a"}, woken)), [0])[1] == pauses


def test_a_deleted_file_is_a_change(watching, capsys):
    """A list removed from pledges/listes/ leaves the preview once rebuilt."""
    Path("pledges/listes").mkdir()
    Path("pledges/listes/beta.yaml").write_text("nom: Beta\n", encoding="utf-8")
    assert watching(Clock(({"pledges/listes/beta.yaml": None}, True)), [0])[0] == 1
    assert capsys.readouterr().out.startswith("\nModifié : pledges/listes/beta.yaml —")


def test_no_change_no_build(watching, capsys):
    assert watching(Clock(({}, False), ({}, True)), []) == (0, [])
    assert capsys.readouterr() == ("", "")
