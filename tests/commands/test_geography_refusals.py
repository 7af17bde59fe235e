"""`make geographie`: what else a package may hold (the Métropole de Lyon, a commune without
population, folders in its archive) and each way it may not hold together, refused in French
with nothing written; npm's own failures said in French too. Run on the tests' tiny package."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from helpers import FIXTURES, cli
from tenir_parole.commands import cog

PACKAGE = FIXTURES / "geographie" / "paquet"


def tarball(target: Path, change=None, folders: bool = False) -> Path:
    """The fixture package as npm packs it (« package/… »), ``change(files)`` applied;
    ``folders``: each folder listed as a member of its own, as some archivers do."""
    files = cog.read_folder(PACKAGE)
    if change:
        change(files)
    with tarfile.open(target, "w:gz") as archive:
        if folders:
            for name in ("package", "package/data"):
                info = tarfile.TarInfo(name)
                info.type = tarfile.DIRTYPE
                archive.addfile(info)
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return target


def edit(name: str, change):
    def apply(files: dict) -> None:
        records = json.loads(files[f"data/{name}.json"])
        change(records)
        files[f"data/{name}.json"] = json.dumps(records).encode()
    return apply


def regenerate(folder: Path, version: str):
    return cli("geographie", "--version", version, str(folder))


def rows(folder: Path) -> list[str]:
    return [line for line in (folder / "cog-2026.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]


def lyon(epcis: list) -> None:
    epcis.append({"code": "200046977", "nom": "Métropole de Lyon", "type": "MET69",
                  "membres": []})


def no_population(communes: list) -> None:
    next(c for c in communes if c["code"] == "97501").pop("population")


def test_the_metropole_de_lyon_is_an_intercommunalite(tmp_path):
    result = regenerate(tmp_path / "geo", str(tarball(tmp_path / "p.tgz", edit("epci", lyon))))
    assert result.returncode == 0, result.stderr
    assert "E\t200046977\tMET69\tMétropole de Lyon" in rows(tmp_path / "geo")


def test_a_commune_without_population_has_an_empty_field_not_zero(tmp_path):
    made = tarball(tmp_path / "p.tgz", edit("communes", no_population))
    assert regenerate(tmp_path / "geo", str(made)).returncode == 0
    assert "C\t97501\t975\t975\t\t\t\tMiquelon-Langlade" in rows(tmp_path / "geo")


def test_an_archive_that_lists_its_folders_gives_the_same_file(tmp_path):
    plain = regenerate(tmp_path / "a", str(tarball(tmp_path / "a.tgz")))
    listed = regenerate(tmp_path / "b", str(tarball(tmp_path / "b.tgz", folders=True)))
    assert plain.returncode == listed.returncode == 0, listed.stderr
    assert rows(tmp_path / "a") == rows(tmp_path / "b")


def twice(epcis: list) -> None:
    epcis[1]["membres"].append(dict(epcis[0]["membres"][0]))


def no_epci(epcis: list) -> None:
    epcis.clear()


def record(name: str, code: str, **fields):
    """The first record of data/<name>.json with ``code``, given ``fields``."""
    return edit(name, lambda records: next(r for r in records if r["code"] == code).update(
        fields))


def delegated_twice(communes: list) -> None:
    communes.append(dict(next(c for c in communes if c["code"] == "01340")))


@pytest.mark.parametrize(("change", "said"), [
    (edit("epci", twice), "EPCI 200054781 : membre '01015' inconnu ou en double"),
    (edit("epci", no_epci), "paquet sans régions, départements, communes ou EPCI"),
    (edit("communes", delegated_twice), "commune-deleguee 01340 : commune de rattachement "
                                        "inconnue, ou code en double"),
    (record("communes", "57521", region="99"), "commune 57521 : département ou région inconnus"),
    (record("departements", "42", region="99"), "département 42 : région '99' inconnue"),
    (record("communes", "42246", anciensCodes=["01018"]),
     "ancien code 01018 : aussi commune actuelle, ou en double"),
    (record("regions", "44", nom="Grand\tEst"), "44 : valeur inattendue 'Grand\\tEst'"),
    (record("regions", "44", nom="Grand Est "), "44 : valeur inattendue 'Grand Est '"),
], ids=["membre-en-double", "sans-epci", "deleguee-en-double", "region-inconnue",
        "region-du-departement", "ancien-code-en-double", "tabulation", "espace-final"])
def test_a_package_that_does_not_hold_together_is_refused(tmp_path, change, said):
    result = regenerate(tmp_path / "geo", str(tarball(tmp_path / "p.tgz", change)))
    assert (result.returncode, result.stderr) == (1, f"{said}\nRien n'a été écrit.\n")
    assert not (tmp_path / "geo").exists()


def test_npm_failing_is_said_with_its_last_three_lines(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    npm = bin_dir / "npm"
    npm.write_text(f"#!{sys.executable}\nimport sys\n"
                   "sys.stderr.write('un\\ndeux\\ntrois\\nquatre\\n')\nsys.exit(1)\n",
                   encoding="utf-8")
    npm.chmod(npm.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = regenerate(tmp_path / "geo", "6.0.0")
    assert (result.returncode, result.stderr) == (
        1, "npm pack @etalab/decoupage-administratif@6.0.0 a échoué : deux trois quatre\n"
           "Rien n'a été écrit.\n")


def test_npm_silent_for_five_minutes_is_said(tmp_path, monkeypatch):
    def slow(*args, **kwargs):
        assert kwargs["timeout"] == 300
        raise subprocess.TimeoutExpired(args[0], kwargs["timeout"])

    monkeypatch.setattr(cog.subprocess, "run", slow)
    result = regenerate(tmp_path / "geo", "6.0.0")
    assert (result.returncode, result.stderr) == (
        1, "npm pack n'a pas répondu en 5 minutes (réseau ?)\nRien n'a été écrit.\n")
