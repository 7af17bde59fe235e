"""The form editor's backend in this process: what it reads, what it refuses, what it writes."""

from __future__ import annotations

import shutil

import pytest

from helpers import EXAMPLE, ROOT
from tenir_parole.build.settings import read_settings
from tenir_parole.commands.editor_api import Backend, Refused


@pytest.fixture
def backend(tmp_path):
    pledges = shutil.copytree(EXAMPLE, tmp_path / "pledges")
    saved = []
    return Backend(pledges, read_settings(ROOT / "pelicanconf.py"), lambda: saved.append(1)), saved


def persist(backend, path: str, raw: str, **options):
    return backend.handle({"action": "persistEntry", "params": {
        "dataFiles": [{"path": path, "raw": raw}], "assets": [], "options": options}})


def test_it_lists_and_reads_the_data_files_only(backend):
    api, _ = backend
    lists = api.handle({"action": "entriesByFolder", "params": {"folder": "pledges/listes"}})
    assert len(lists) == 4 and all(e["file"]["id"] for e in lists)
    commune = api.handle({"action": "getEntry", "params": {"path": "pledges/commune.yaml"}})
    assert "Saint-Exemple-sur-Loire" in commune["data"]
    for path in ("pelicanconf.py", "pledges/../pelicanconf.py", "pledges/listes/Index.yaml"):
        assert api.handle({"action": "getEntry", "params": {"path": path}})["data"] is None
    assert api.handle({"action": "getMedia", "params": {}}) == []


def test_a_save_make_check_refuses_writes_nothing_and_says_why(backend):
    api, saved = backend
    path = api.pledges / "commune.yaml"
    before = path.read_bytes()
    with pytest.raises(Refused) as refused:
        persist(api, "pledges/commune.yaml", before.decode().replace("phase: apres", "phase: NO"))
    assert "Non enregistré, rien n'a été écrit" in str(refused.value)
    assert any("pledges/commune.yaml, ligne" in p and "phase « NO » inconnue" in p
               for p in refused.value.problems)
    assert path.read_bytes() == before and not saved


def test_a_valid_save_replaces_the_file_and_wakes_the_preview(backend):
    api, saved = backend
    path = api.pledges / "commune.yaml"
    text = path.read_text(encoding="utf-8").replace("Commune fictive", "Commune imaginaire")
    assert persist(api, "pledges/commune.yaml", text) == {"message": "entry persisted"}
    assert path.read_text(encoding="utf-8") == text and saved == [1]
    assert not [p for p in api.pledges.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(("body", "said"), [
    ({"action": "deleteFiles", "params": {"paths": ["pledges/listes/avenir-commun.yaml"]}},
     "Supprimer un fichier"),
    ({"action": "persistMedia", "params": {}}, "images"),
    ({"action": "rien", "params": {}}, "Action inconnue"),
    ([], "illisible"),
])
def test_what_the_form_may_not_do_is_refused_in_french(backend, body, said):
    api, _ = backend
    with pytest.raises(Refused, match=said):
        api.handle(body)


def test_a_new_list_may_not_replace_an_existing_one(backend):
    api, _ = backend
    with pytest.raises(Refused, match="existe déjà"):
        persist(api, "pledges/listes/avenir-commun.yaml", "nom: x\n", newEntry=True)
    with pytest.raises(Refused, match="ne peut pas écrire"):
        persist(api, "pelicanconf.py", "x")
