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


@pytest.mark.parametrize("name", ["suivi.yaml", "corrections.yaml"])
def test_the_follow_up_and_the_corrections_are_read_and_saved(api, name):
    text = get(api, f"pledges/{name}")
    assert text == (api.pledges / name).read_text(encoding="utf-8")
    persist(api, [{"path": f"pledges/{name}", "raw": text + "# relu\n"}])
    assert (api.pledges / name).read_text(encoding="utf-8").endswith("# relu\n")


def test_a_list_linked_out_of_the_data_folder_is_neither_read_nor_listed(api, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("nom: mot de passe\n", encoding="utf-8")
    (api.pledges / "listes" / "lien.yaml").symlink_to(secret)
    assert get(api, "pledges/listes/lien.yaml") is None
    listed = api.handle({"action": "entriesByFolder", "params": {"folder": "pledges/listes"}})
    assert "pledges/listes/lien.yaml" not in [e["file"]["path"] for e in listed]


def test_a_lists_folder_linked_elsewhere_is_never_written_into(api, tmp_path):
    elsewhere = shutil.move(api.pledges / "listes", tmp_path / "ailleurs")
    (api.pledges / "listes").symlink_to(elsewhere)
    before = sorted(p.name for p in elsewhere.iterdir())
    raw = (elsewhere / "avenir-commun.yaml").read_text(encoding="utf-8")
    with pytest.raises(Refused, match="ne peut pas écrire"):
        persist(api, [{"path": "pledges/listes/nouvelle.yaml", "raw": raw}])
    assert sorted(p.name for p in elsewhere.iterdir()) == before


def test_another_folder_lists_nothing(api):
    assert api.handle({"action": "entriesByFolder", "params": {"folder": "pledges"}}) == []


@pytest.mark.parametrize(("files", "said"), [
    ([], "Rien à enregistrer."),
    ([{"path": "pledges/commune.yaml"}],
     "Fichier que le formulaire ne peut pas écrire : pledges/commune.yaml"),
    ([{"path": "pelicanconf.py", "raw": "x"}],
     "Fichier que le formulaire ne peut pas écrire : pelicanconf.py"),
    (["pledges/commune.yaml"], "Fichier que le formulaire ne peut pas écrire : chemin absent"),
    ([{"path": "pledges/listes/avenir-commun.yaml", "raw": "nom: x\n",
       "newPath": "pledges/listes/avenir.yaml"}],
     "Renommer un fichier n'est pas possible depuis le formulaire."),
])
def test_a_save_the_form_cannot_make_is_refused_in_words(api, files, said):
    before = {p.name: p.read_bytes() for p in (api.pledges / "listes").iterdir()}
    with pytest.raises(Refused) as refused:
        persist(api, files)
    assert str(refused.value) == said
    assert {p.name: p.read_bytes() for p in (api.pledges / "listes").iterdir()} == before


def test_a_refusal_for_one_mistake_says_it_alone(api):
    (api.pledges / "commune.yaml~").write_text("copie\n", encoding="utf-8")
    text = (api.pledges / "commune.yaml").read_text(encoding="utf-8")
    with pytest.raises(Refused) as refused:
        persist(api, [{"path": "pledges/commune.yaml", "raw": text.replace("phase: apres",
                                                                            "phase: NO")}])
    [problem] = refused.value.problems
    assert "phase « NO » inconnue" in problem
    assert str(refused.value) == ("Non enregistré, rien n'a été écrit : corrigez d'abord ceci. "
                                  + problem)


def test_a_save_the_disk_refuses_leaves_no_temporary_file(api, monkeypatch):
    def full(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full)
    text = (api.pledges / "commune.yaml").read_text(encoding="utf-8")
    with pytest.raises(OSError):
        persist(api, [{"path": "pledges/commune.yaml", "raw": text + "# relu\n"}])
    assert sorted(p.name for p in api.pledges.iterdir()) == [
        "commune.yaml", "corrections.yaml", "listes", "mesures.yaml", "suivi.yaml"]
