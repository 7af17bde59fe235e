"""The form editor's configuration (Decap CMS) is the model's, stays current, and what the
form writes is what the loader reads."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from helpers import EXAMPLE, ROOT, TODAY
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.form import FORGES, render

EDITOR = ROOT / "editeur"
GUIDE = ROOT / "content" / "pages" / "contribuer.md"
YAML_JS = ROOT / "node_modules" / "yaml" / "package.json"


def shipped(forge: str | None = None) -> str:
    path = EDITOR / "forges" / f"{forge}.yml" if forge else EDITOR / "config.yml"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("forge", [None, *FORGES])
def test_the_shipped_configuration_is_the_models(forge):
    assert shipped(forge) == render(forge), "run `make schemas`"


def fields(config: dict, collection: str) -> dict:
    found = next(c for c in config["collections"] if c["name"] == collection)
    spec = found["fields"] if "fields" in found else found["files"][0]["fields"]
    return {f["name"]: f for f in spec}


def test_the_form_speaks_french_and_chooses_rather_than_types():
    config = yaml.safe_load(shipped())
    assert config["locale"] == "fr"
    assert config["backend"] == {"name": "proxy", "proxy_url": "/api/v1", "branch": "main"}
    assert [c["label"] for c in config["collections"]] == [
        "La commune", "Les mesures", "Les listes candidates", "Le suivi de l'équipe élue",
        "Le journal des corrections"]
    stances = fields(config, "listes")["positions"]["fields"]
    stance = {f["name"]: f for f in stances}
    assert stance["mesure"]["widget"] == "relation"
    assert stance["mesure"]["value_field"] == "mesures.*.slug"
    assert stance["sous_mesures"]["multiple"] is True
    assert {"label": "S'engage pleinement (engagement-total)", "value": "engagement-total"} in \
        stance["position"]["options"]
    assert stance["position"].get("required", True) is True
    assert stance["citation"]["required"] is False and stance["citation"]["widget"] == "text"
    assert stance["date"]["format"] == "YYYY-MM-DD" and stance["date"]["time_format"] is False
    suivi = fields(config, "suivi")
    assert suivi["liste"]["widget"] == "relation" and suivi["liste"]["collection"] == "listes"
    update = {f["name"]: f for f in suivi["mises_a_jour"]["fields"]}
    assert [o["value"] for o in update["statut"]["options"]][:2] == ["non-evalue", "en-cours"]
    # Inside an optional group (a stance's source), nothing is required by the form itself.
    source = {f["name"]: f for f in stance["source"]["fields"]}
    assert all(f.get("required") is False for f in source.values())


def plain(text: str) -> str:
    return " ".join(re.sub(r"\*\*|`", "", text).split())


def test_every_hint_is_a_sentence_of_the_editors_guide():
    guide = plain(GUIDE.read_text(encoding="utf-8"))

    def hints(node):
        if isinstance(node, dict):
            yield from ([node["hint"]] if "hint" in node else [])
            for value in node.values():
                yield from hints(value)
        elif isinstance(node, list):
            for value in node:
                yield from hints(value)

    found = set(hints(yaml.safe_load(shipped())))
    assert len(found) > 10
    assert [hint for hint in found if plain(hint) not in guide] == []


@pytest.mark.parametrize("forge", FORGES)
def test_each_forge_variant_differs_only_by_its_backend(forge):
    local, variant = yaml.safe_load(shipped()), yaml.safe_load(shipped(forge))
    assert variant["collections"] == local["collections"]
    backend = variant["backend"]
    assert backend["name"] == forge and backend["repo"] == "votre-compte/votre-depot"
    assert backend["branch"] == "main"
    needs = {"github": {"base_url"}, "gitlab": {"auth_type", "app_id"},
             "gitea": {"base_url", "api_root", "app_id"}, "forgejo": {"api_root", "app_id"}}
    assert needs[forge] <= set(backend)
    assert all(str(v).startswith("https://") for k, v in backend.items() if k.endswith(("url",
                                                                                       "root")))
    # Every change through the forge becomes a merge request, reviewed before it lands —
    # except on the gitea backend, which cannot (its saves are commits the CI then checks).
    reviewed = variant.get("publish_mode") == "editorial_workflow"
    assert reviewed == (forge != "gitea")


FILES = ["commune.yaml", "mesures.yaml", "listes/avenir-commun.yaml", "suivi.yaml",
         "corrections.yaml"]


@pytest.fixture(scope="module")
def saved_by_the_form(tmp_path_factory):
    """The example's files as a save of the form writes them, unchanged (Decap's format)."""
    node = shutil.which("node")
    if not (node and YAML_JS.is_file()):
        pytest.skip("node ou node_modules/yaml absent : npm ci l'installe")
    copy = tmp_path_factory.mktemp("formulaire") / "pledges"
    shutil.copytree(EXAMPLE, copy)
    paths = [str(copy / name) for name in sorted({*FILES, *(
        f"listes/{p.name}" for p in (EXAMPLE / "listes").iterdir())})]
    result = subprocess.run([node, str(ROOT / "tests" / "core" / "roundtrip.mjs"), *paths],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    for path, text in json.loads(result.stdout).items():
        Path(path).write_text(text, encoding="utf-8")
    return copy


@pytest.mark.parametrize("name", FILES)
def test_a_round_trip_through_the_form_changes_nothing_the_loader_sees(saved_by_the_form,
                                                                       name):
    written = (saved_by_the_form / name).read_text(encoding="utf-8")
    assert written != (EXAMPLE / name).read_text(encoding="utf-8")  # Decap's own style…
    original, through = load_dataset(EXAMPLE, TODAY), load_dataset(saved_by_the_form, TODAY)
    part = {"commune.yaml": "commune", "mesures.yaml": "measures", "suivi.yaml": "followup",
            "corrections.yaml": "corrections", "listes/avenir-commun.yaml": "lists"}[name]
    assert getattr(through, part) == getattr(original, part)  # …the same data


def test_make_schemas_writes_the_local_configuration_and_one_per_forge(tmp_path):
    from tenir_parole.core.form import write_all

    written = write_all(tmp_path / "editeur")
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        "editeur/config.yml", "editeur/forges/github.yml", "editeur/forges/gitlab.yml",
        "editeur/forges/gitea.yml", "editeur/forges/forgejo.yml"]
    for path in written:
        assert path.read_bytes() == (EDITOR / path.relative_to(tmp_path / "editeur")).read_bytes()
