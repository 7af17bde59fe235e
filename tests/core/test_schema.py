"""The JSON Schemas editors' tools use agree with the loader and stay in sync with the model."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT, TODAY, write_pledges
from tenir_parole.core.dataset import load_dataset
from tenir_parole.core.errors import DataErrors
from tenir_parole.core.schema import SCHEMAS, render

CHECK = shutil.which("check-jsonschema") or str(ROOT / ".venv" / "bin" / "check-jsonschema")
DATA_FILES = sorted([*ROOT.glob("pledges/**/*.yaml"), *ROOT.glob("examples/**/*.yaml"),
                     *ROOT.glob("tests/fixtures/**/*.yaml")])


def schema_line(path: Path) -> Path:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, f"{path}: first line must name its schema"
    return (path.parent / match.group(1)).resolve()


def schema_ok(schema: Path, *files: Path) -> bool:
    result = subprocess.run([CHECK, "--schemafile", str(schema), *map(str, files)],
                            capture_output=True, text=True)
    return result.returncode == 0


@pytest.mark.parametrize("kind", SCHEMAS)
def test_published_schemas_match_the_model(kind):
    published = (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert published == render(kind), "run `make schemas`"


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_data_file_names_its_schema_and_passes_it_with_a_yaml_1_2_tool(path):
    schema = schema_line(path)
    assert schema.parent == ROOT / "schemas" and schema.is_file()
    assert schema_ok(schema, path)


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
