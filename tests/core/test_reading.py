"""An editor's file read before any parsing: what is not a file, what is too big, what is not
UTF-8, and what git left of a merge — each refused in French, at its line when it has one."""

from __future__ import annotations

import os
import threading

import pytest

from tenir_parole.core import reading
from tenir_parole.core.errors import DataError
from tenir_parole.core.reading import decode_utf8, read_limited, refuse_conflicts, too_big


def refusal(call, *args) -> str:
    with pytest.raises(DataError) as refused:
        call(*args)
    return str(refused.value)


def test_a_folder_named_like_a_list_is_refused_in_words(tmp_path):
    (tmp_path / "dossier.yaml").mkdir()
    assert refusal(read_limited, tmp_path / "dossier.yaml", "pledges/listes/dossier.yaml") == (
        "pledges/listes/dossier.yaml : dossier à la place d'un fichier : mettez ici un fichier "
        ".yaml, ou retirez ce dossier")


def test_a_named_pipe_is_refused_at_once_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "commune.yaml"
    os.mkfifo(pipe)
    said = []
    reader = threading.Thread(target=lambda: said.append(
        refusal(read_limited, pipe, "pledges/commune.yaml")), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # let the blocked reader go before failing
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("la lecture attend un écrivain")
    assert said == ["pledges/commune.yaml : ce n'est pas un fichier ordinaire (périphérique, "
                    "tube…) : mettez ici un fichier enregistré par votre éditeur"]


def test_a_device_is_refused(tmp_path):
    assert "pas un fichier ordinaire" in refusal(read_limited, os.devnull, "pledges/suivi.yaml")


def test_a_file_of_exactly_the_limit_is_read_one_byte_more_refused(tmp_path):
    path = tmp_path / "mesures.yaml"
    path.write_bytes(b"#" * 100)
    assert read_limited(path, "pledges/mesures.yaml", limit=100) == b"#" * 100
    path.write_bytes(b"#" * 101)
    assert "fichier trop gros" in refusal(read_limited, path, "pledges/mesures.yaml", 100)


def test_a_file_grown_after_its_size_was_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "suivi.yaml"
    path.write_bytes(b"#" * 101)
    real = os.fstat
    monkeypatch.setattr(reading.os, "fstat",
                        lambda fd: os.stat_result((*real(fd)[:6], 10, *real(fd)[7:])))
    assert "fichier trop gros" in refusal(read_limited, path, "pledges/suivi.yaml", 100)


@pytest.mark.parametrize(("size", "said"), [
    (3 * 1_048_576 // 2, "fichier trop gros (1,5 Mo ; 1 Mo au plus)"),
    (2 * 1_048_576, "fichier trop gros (2 Mo ; 1 Mo au plus)"),
])
def test_a_size_is_said_in_french_megabytes(size, said):
    assert too_big(size, 1_048_576).startswith(said + " : un fichier de données ou une page")


def test_a_bad_byte_is_named_at_its_line_and_a_byte_order_mark_is_dropped():
    assert refusal(decode_utf8, b"nom: a\ncontact: \xe9t\xe9\n", "pledges/commune.yaml") == (
        "pledges/commune.yaml, ligne 2 : caractère invalide : le fichier doit être enregistré "
        "en UTF-8 (vérifiez l'encodage dans votre éditeur)")
    assert decode_utf8("\ufeffnom: Évry\n".encode(), "pledges/commune.yaml") == "nom: Évry\n"


@pytest.mark.parametrize(("text", "line", "mark"), [
    ("nom: a\n<<<<<<< HEAD\nnom: b\n", 2, "<<<<<<<"),
    ("nom: a\n=======\nnom: b\n", 2, "======="),
    ("nom: a\nnom: b\n>>>>>>> branche\n", 3, ">>>>>>>"),
])
def test_what_git_left_of_a_merge_is_named_at_its_line(text, line, mark):
    assert refusal(refuse_conflicts, text, "pledges/commune.yaml").startswith(
        f"pledges/commune.yaml, ligne {line} : conflit git non résolu (marque « {mark} »)")


@pytest.mark.parametrize("text", [
    "# ======= Positions =======\n", "titre: =======\n", "=======x: 1\n",
    "citation: >-\n  <<<<<<< dans une citation\n"])
def test_marks_that_are_not_at_a_line_start_or_not_alone_are_text(text):
    refuse_conflicts(text, "pledges/commune.yaml")
