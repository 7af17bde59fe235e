"""The form editor's backend and the files it touches: which names it may read, what it
leaves unread, how it writes, and how it sums up a refusal."""

from __future__ import annotations

import shutil

import pytest

from helpers import EXAMPLE, ROOT
from tenir_parole.build.settings import read_settings
from tenir_parole.commands.editor_api import Backend, Refused


@pytest.fixture
def api(tmp_path):
    pledges = shutil.copytree(EXAMPLE, tmp_path / "pledges")
    return Backend(pledges, read_settings(ROOT / "pelicanconf.py"))


def get(api, path):
    return api.handle({"action": "getEntry", "params": {"path": path}})["data"]


def persist(api, files, assets=()):
    return api.handle({"action": "persistEntry", "params": {
        "dataFiles": files, "assets": list(assets), "options": {}}})


@pytest.mark.parametrize("name", ["index", "suivi", "con", "com1"])
def test_a_list_file_with_a_reserved_name_is_never_read(api, name):
    (api.pledges / "listes" / f"{name}.yaml").write_text("nom: x\n", encoding="utf-8")
    assert get(api, f"pledges/listes/{name}.yaml") is None


def test_a_windows_path_names_the_same_file(api):
    assert "Saint-Exemple-sur-Loire" in get(api, "pledges\\commune.yaml")


def test_a_file_over_one_mebibyte_or_not_utf8_is_not_read_nor_listed(api):
    (api.pledges / "listes" / "enorme.yaml").write_bytes(b"nom: x\n" + b"#" * 1_048_576)
    (api.pledges / "listes" / "latin.yaml").write_bytes("nom: é\n".encode("latin-1"))
    assert get(api, "pledges/listes/enorme.yaml") is None
    assert get(api, "pledges/listes/latin.yaml") is None
    listed = api.handle({"action": "entriesByFolder", "params": {"folder": "pledges/listes"}})
    assert [e["file"]["path"] for e in listed] == [
        "pledges/listes/agir-pour-saint-exemple.yaml", "pledges/listes/avenir-commun.yaml",
        "pledges/listes/renouveau-citoyen.yaml", "pledges/listes/saint-exemple-d-abord.yaml"]


def test_a_file_of_exactly_one_mebibyte_is_read(api):
    text = "nom: x\n" + "#" * (1_048_576 - 7)
    (api.pledges / "listes" / "pleine.yaml").write_text(text, encoding="utf-8")
    assert get(api, "pledges/listes/pleine.yaml") == text


def test_a_save_is_written_with_unix_line_ends(api):
    path = api.pledges / "commune.yaml"
    text = path.read_text(encoding="utf-8").replace("Commune fictive", "Commune imaginaire")
    persist(api, [{"path": "pledges/commune.yaml", "raw": text}])
    assert b"\r\n" not in path.read_bytes() and path.read_bytes() == text.encode("utf-8")


def test_a_save_with_an_image_is_refused(api):
    with pytest.raises(Refused) as refused:
        persist(api, [{"path": "pledges/commune.yaml", "raw": "x"}], assets=[{"path": "a.png"}])
    assert str(refused.value) == ("Les images et fichiers joints ne sont pas pris en charge : "
                                  "donnez une adresse web.")


def test_a_refusal_gives_the_first_problem_and_counts_the_others(api):
    path = api.pledges / "commune.yaml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("phase: apres", "phase: NO").replace("exemple: true", "exemple: 3")
    with pytest.raises(Refused) as refused:
        persist(api, [{"path": "pledges/commune.yaml", "raw": broken}])
    problems = refused.value.problems
    assert len(problems) >= 2
    assert not [p for p in problems if p.startswith("Note :") or "à corriger." in p]
    rest = len(problems) - 1
    others = "1 autre problème" if rest == 1 else f"{rest} autres problèmes"
    assert str(refused.value) == (f"Non enregistré, rien n'a été écrit : corrigez d'abord ceci. "
                                  f"{problems[0]} (et {others}, listés en bas de la page)")
    assert path.read_text(encoding="utf-8") == text


def test_a_link_in_the_data_folder_is_replaced_in_the_check_not_written_through(api, tmp_path):
    outside = tmp_path / "dehors.yaml"
    outside.write_text("garde: oui\n", encoding="utf-8")
    (api.pledges / "corrections.yaml").unlink()
    (api.pledges / "corrections.yaml").symlink_to(outside)
    with pytest.raises(Refused):
        persist(api, [{"path": "pledges/corrections.yaml", "raw": "corrections: [\n"}])
    assert outside.read_text(encoding="utf-8") == "garde: oui\n"
