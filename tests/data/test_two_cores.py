"""Many list files are read on two cores: the same dataset, the same messages in the same
order, and a bug met by the second process is still a French line, never a traceback."""

from __future__ import annotations

import os
import pickle
import re
import time

import pytest

from helpers import ALPHA, TODAY, write_pledges
from tenir_parole import parallel
from tenir_parole.check import load
from tenir_parole.data import folder
from tenir_parole.data.dataset import load_dataset
from tenir_parole.data.errors import DataError, DataErrors


def many_lists(tmp_path, *broken: str):
    """alpha plus eight lists named b1…b8; those in ``broken`` hold a mistake: an odd one, a
    quote never closed (found when the file is read, by either process), an even one, a
    position unknown (found when it is validated, by this process)."""
    files = {}
    for n in range(1, 9):
        text = ALPHA.replace("Alpha pour tous", f"Liste {n}")
        if f"b{n}" in broken:
            text = (text.replace("nom: Liste", "nom: 'Liste") if n % 2  # never closed
                    else text.replace("position: sans-reponse", "position: peut-etre"))
        files[f"listes__b{n}_yaml"] = text
    return write_pledges(tmp_path / "pledges", **files)


@pytest.fixture
def two_cores(tmp_path, monkeypatch):
    """Lists read on two processes, each reading at least one (they wait for each other)."""
    met, real = tmp_path / "rendez-vous", folder.load_file
    met.mkdir()

    def meet_then_load(path, file):
        if path.parent.name != "listes":  # commune.yaml and the others: read here, alone
            return real(path, file)
        (met / path.name).write_text(str(os.getpid()))
        deadline = time.monotonic() + 30
        while len({f.read_text() for f in met.iterdir()}) < 2:
            assert time.monotonic() < deadline, "the second process never read a file"
            time.sleep(0.005)
        return real(path, file)

    monkeypatch.setattr(folder, "load_file", meet_then_load)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    assert parallel.can_fork(9, parallel.PARALLEL_FROM)


def test_an_error_found_by_the_second_process_reaches_this_one_intact():
    error = DataError("pledges/listes/b1.yaml", 3, "guillemet ouvert")
    assert pickle.loads(pickle.dumps(error)) == error


def test_many_lists_read_on_two_cores_make_the_same_dataset(tmp_path, request):
    pledges = many_lists(tmp_path)
    one = load_dataset(pledges, TODAY)
    request.getfixturevalue("two_cores")
    two = load_dataset(pledges, TODAY)
    assert list(two.lists) == list(one.lists) and two.lists == one.lists
    assert {f: (d.data, d.lines, d.comments) for f, d in two.documents.items()} == {
        f: (d.data, d.lines, d.comments) for f, d in one.documents.items()}


def test_mistakes_in_lists_read_on_two_cores_read_as_on_one(tmp_path, request):
    pledges = many_lists(tmp_path, "b1", "b2", "b5", "b8")
    with pytest.raises(DataErrors) as serial:
        load_dataset(pledges, TODAY)
    request.getfixturevalue("two_cores")
    with pytest.raises(DataErrors) as forked:
        load_dataset(pledges, TODAY)
    lines = [str(e) for e in forked.value.errors]
    assert lines == [str(e) for e in serial.value.errors]
    assert {line.split(",")[0] for line in lines} == {
        f"pledges/listes/b{n}.yaml" for n in (1, 2, 5, 8)}


def test_a_bug_met_by_the_second_process_is_a_french_line(tmp_path, two_cores, monkeypatch):
    met = folder.load_file

    def buggy(path, file):
        document = met(path, file)  # once both processes read lists
        if os.getpid() != here and path.parent.name == "listes":
            raise KeyError(f"oups dans {path.name}")
        return document

    monkeypatch.setattr(folder, "load_file", buggy)
    here = os.getpid()
    data, lines = load(many_lists(tmp_path), {})
    assert data is None
    [line] = lines
    assert re.search(r"pledges/listes/(\w+)\.yaml : erreur interne de Tenir parole "
                     r"en lisant ce fichier \(KeyError: 'oups dans \1\.yaml'\)", line), line
