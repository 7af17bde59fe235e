"""The published format: the JSON export passes its schema (published beside it), and the CSV
files pass `frictionless validate` against their Data Package."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from helpers import words
from tenir_parole.core.schema import render

BIN = Path(sys.executable).parent  # the venv running the tests (a clone may have none)


def tool(name: str) -> str:
    return shutil.which(name) or str(BIN / name)


def frictionless(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([tool("frictionless"), "validate", "datapackage.json"], cwd=folder,
                          capture_output=True, text=True)


def test_the_json_export_passes_the_schema_published_beside_it(example_site):
    folder = example_site / "donnees"
    published = (folder / "tenir-parole.schema.json").read_text(encoding="utf-8")
    assert published == render("tenir-parole")
    result = subprocess.run([tool("check-jsonschema"), "--schemafile",
                             str(folder / "tenir-parole.schema.json"),
                             str(folder / "tenir-parole.json")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_data_package_passes_frictionless_validate(example_site):
    result = frictionless(example_site / "donnees")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "INVALID" not in result.stdout


def test_the_data_package_describes_every_column_with_its_documentation(example_site):
    package = json.loads((example_site / "donnees" / "datapackage.json").read_text("utf-8"))
    assert package["licenses"][0]["name"] == "etalab-2.0"
    assert package["name"] == "tenir-parole-99999"
    assert any(s["path"] == "https://tenir-parole.example.org" for s in package["sources"])
    fields = {r["path"]: r["schema"]["fields"] for r in package["resources"]}
    assert list(fields) == ["positions.csv", "suivi.csv", "mesures.csv", "raisons.csv"]
    page = BeautifulSoup((example_site / "donnees" / "index.html").read_text("utf-8"),
                         "html.parser")
    on_the_page = {}  # the data page's documentation of each file's columns, as read there
    for caption in page("caption"):
        docs = {row.th.get_text(): words(row.td.get_text())
                for row in caption.parent.tbody("tr")}
        for file in fields:
            if file in caption.get_text():
                on_the_page.setdefault(file, {}).update(docs)
    for file, described in fields.items():
        header = (example_site / "donnees" / file).read_bytes().decode("utf-8-sig") \
            .splitlines()[0].split(";")
        assert [f["name"] for f in described] == header, file  # the file's own columns
        assert {f["name"]: words(f["description"]) for f in described} == {
            name: on_the_page[file][name] for name in header}, file
    described = {(file, f["name"]): f["description"] for file, fs in fields.items() for f in fs}
    assert described["positions.csv", "liste"] == "identifiant de la liste (nom de son fichier)"
    assert described["suivi.csv", "mesure"] == "identifiant de la mesure suivie"
    assert described["raisons.csv", "statut"] == "non-tenu ou tenu-en-partie"
    types = {f["name"]: f["type"] for f in fields["suivi.csv"]}
    assert (types["date"], types["mesure_numero"], types["statut"]) == ("date", "integer",
                                                                         "string")


def test_frictionless_catches_a_value_outside_the_vocabulary(example_site, tmp_path):
    folder = tmp_path / "donnees"
    shutil.copytree(example_site / "donnees", folder)
    csv = folder / "suivi.csv"
    csv.write_text(csv.read_text("utf-8-sig").replace(";en-cours;", ";presque;", 1), "utf-8")
    result = frictionless(folder)
    assert result.returncode != 0 and "INVALID" in result.stdout


def test_the_data_page_offers_the_schema_and_the_package(example_site):
    soup = BeautifulSoup((example_site / "donnees" / "index.html").read_text("utf-8"),
                         "html.parser")
    hrefs = {a["href"] for a in soup.find_all("a")}
    assert {"tenir-parole.schema.json", "datapackage.json"} <= hrefs


def test_a_reuser_reads_each_column_typed_and_bounded(example_site):
    """What a spreadsheet or frictionless learns from datapackage.json before reading a row."""
    package = json.loads((example_site / "donnees" / "datapackage.json").read_text("utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == ["positions", "suivi", "mesures", "raisons"]
    for resource in resources.values():
        assert (resource["encoding"], resource["dialect"]) == (
            "utf-8", {"delimiter": ";", "lineTerminator": "\r\n"})
    positions = {f["name"]: f for f in resources["positions"]["schema"]["fields"]}
    assert positions["liste_elue"]["constraints"] == {"enum": ["oui", "non"]}
    assert positions["source_montant"]["type"] == "integer"
    assert positions["source_montant"]["constraints"] == {"minimum": 0}
    assert positions["COLL_SIRET"]["constraints"] == {"pattern": "[0-9]{14}"}
    assert (positions["DELIB_DATE"]["type"], positions["VOTE_POUR"]["type"]) == ("date",
                                                                                "integer")
    reasons = {f["name"]: f for f in resources["suivi"]["schema"]["fields"]}["raison"]
    assert reasons["constraints"]["enum"][-1] == "fin-de-mandat"
    assert "non-prioritaire" in reasons["constraints"]["enum"]
