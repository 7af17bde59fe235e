"""The JSON Schemas editors' tools use agree with the loader and stay in sync with the model."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, TODAY, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.errors import DataErrors
from tenir_parole.core.schema import SCHEMAS, render

CHECK = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
DATA_FILES = sorted([*ROOT.glob("pledges/**/*.yaml"), *ROOT.glob("examples/**/*.yaml"),
                     *ROOT.glob("tests/fixtures/**/*.yaml")])


def glob(pattern: str) -> re.Pattern:
    """A VS Code glob (« **/listes/*.yaml ») as a regular expression on a relative path."""
    parts = re.split(r"(\*\*/|\*)", pattern)
    return re.compile("".join({"**/": "(?:.*/)?", "*": "[^/]*"}.get(p, re.escape(p))
                              for p in parts))


def schema_for(path: Path) -> Path:
    """The schema .vscode/settings.json gives ``path``: a save through the form editor drops
    every YAML comment, so the association lives there rather than on a first line."""
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT).as_posix()
    found = [schema for schema, patterns in settings["yaml.schemas"].items()
             if any(glob(p).fullmatch(rel) for p in patterns)]
    assert len(found) == 1, f"{rel}: one schema expected in .vscode/settings.json, {found}"
    return (ROOT / found[0]).resolve()


def schema_ok(schema: Path, *files: Path) -> bool:
    result = subprocess.run([CHECK, "--schemafile", str(schema), *map(str, files)],
                            capture_output=True, text=True)
    return result.returncode == 0


@functools.cache
def refused_by_their_schemas() -> dict[Path, set[str]]:
    """Each shipped data file the tool refuses, with the reasons it gives: one run of the tool
    per schema (starting it costs more than checking a file)."""
    by_schema: dict[Path, list[Path]] = {}
    for path in DATA_FILES:
        by_schema.setdefault(schema_for(path), []).append(path)
    refused: dict[Path, set[str]] = {}
    for schema, files in by_schema.items():
        result = subprocess.run([CHECK, "-o", "json", "--schemafile", str(schema),
                                 *map(str, files)], capture_output=True, text=True)
        report = json.loads(result.stdout)
        for error in [*report["errors"], *report.get("parse_errors", [])]:
            refused.setdefault(Path(error["filename"]), set()).add(error["message"])
    return refused


@pytest.mark.parametrize("kind", SCHEMAS)
def test_published_schemas_match_the_model(kind):
    published = (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert published == render(kind), "run `make schemas`"


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_data_file_has_its_schema_and_passes_it_with_a_yaml_1_2_tool(path):
    schema = schema_for(path)
    assert schema.parent == ROOT / "schemas" and schema.is_file()
    assert refused_by_their_schemas().get(path, set()) == set()


@pytest.mark.parametrize(("old", "new"), [
    ('code_insee: "04242"', "code_insee: 04242"),     # a number, not the quoted code
    ("phase: apres", "phase: NO"),                     # YAML 1.1 boolean word
    ("contact: suivi@example.org", "contacte: suivi@example.org"),   # typo in a key
    ("premier_tour: 2026-03-15", "premier_tour: 15/03/2026"),        # French date order
])
def test_a_file_that_breaks_its_schema_also_fails_make_check(tmp_path, old, new):
    from helpers import COMMUNE

    root = write_pledges(tmp_path / "pledges", commune_yaml=COMMUNE.replace(old, new))
    assert not schema_ok(ROOT / "schemas" / "commune.schema.json", root / "commune.yaml")
    with pytest.raises(DataErrors):
        load_dataset(root, TODAY)


def test_make_schemas_writes_each_shipped_schema_byte_for_byte(tmp_path):
    """The five file kinds' and the export's, UTF-8 words unescaped."""
    from tenir_parole.core.schema import write_all

    written = write_all(tmp_path / "schemas")
    assert sorted(p.name for p in written) == [
        "commune.schema.json", "corrections.schema.json", "liste.schema.json",
        "mesures.schema.json", "suivi.schema.json", "tenir-parole.schema.json"]
    for path in written:
        assert path.read_bytes() == (ROOT / "schemas" / path.name).read_bytes()
    assert "la commune (pledges/commune.yaml)" in written[0].read_text(encoding="utf-8")
